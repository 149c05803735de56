package sheet

import (
	"fmt"
	"strings"
	"testing"
)

// A sheet's notes of rows are listed up to maxRowNotes, the rest counted
// in one note: 300,000 rows whose duties repeated printed 200,000 notes
// (hunt25). Every row is still read and written.
func TestRowNotesAreBounded(t *testing.T) {
	defer func(n int) { maxRowNotes = n }(maxRowNotes)
	maxRowNotes = 5
	var b strings.Builder
	b.WriteString("Department,Duty\n")
	for i := range 8 {
		fmt.Fprintf(&b, "Sales,Visit customer %d.\n", i)
	}
	for i := range 8 {
		fmt.Fprintf(&b, "Sales,Visit customer %d.\n", i) // each the same duty as a row above: a note
	}
	res := importCSV(t, b.String(), Options{})
	got := problemText(res)
	if n := strings.Count(got, ": note: column B (Duty): the same duty as row "); n != 5 {
		t.Errorf("%d notes of repeated duties listed, want 5:\n%s", n, got)
	}
	want := "s.csv: note: 3 more notes of rows are not listed: import lists the first 5\n" +
		"  the files hold what the notes say; correct the rows noted above in the sheet and import again to see the rest"
	if !strings.HasSuffix(got, want) || res.Files == nil {
		t.Errorf("got:\n%s\nwant it to end with:\n%s", got, want)
	}
	if d := duties(loadFiles(t, res.Files), "sales"); len(d) != 8 {
		t.Errorf("duties %q, want the 8", d)
	}
}
