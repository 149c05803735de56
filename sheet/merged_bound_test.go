package sheet

import (
	"fmt"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// A merged range's text counts in the sheet's text once per cell it
// fills: a 7 KB workbook whose 1 MB description was merged over 300
// rows, one department each, wrote 300 MB (1.4 GB of memory), and 1,000
// rows would have been a Go fatal "out of memory". The bound is lowered
// to 256 KB, the text 30,000 bytes.
func TestMergedTextCountsInEveryCell(t *testing.T) {
	defer func(n int64) { maxSheetText = n }(maxSheetText)
	maxSheetText = 256 << 10
	book := workbook(t, func(f *excelize.File, s string) {
		f.SetSheetRow(s, "A1", &[]any{"Department", "Duty", "Description"})
		for r := 2; r <= 41; r++ {
			f.SetSheetRow(s, fmt.Sprintf("A%d", r), &[]any{fmt.Sprintf("D%d", r), "Visit."})
		}
		f.SetCellValue(s, "C2", strings.Repeat("x", 30_000))
		f.MergeCell(s, "C2", "C41")
	}, nil)
	res := importXLSX(t, book)
	want := "org.xlsx[Sheet1]:10: column C (Description): by this cell, which a merged range (C2:C41) fills with 30 KB of text, the sheet's cells hold more than 0 MB"
	if got := problemText(res); !strings.HasPrefix(got, want) || len(res.Problems) != 1 || res.Files != nil {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	// Under the bound, the range fills every row.
	maxSheetText = 4 << 20
	if res := importXLSX(t, book); len(res.Problems.Errors()) > 0 || res.Rows != 40 {
		t.Errorf("%d rows, problems:\n%s", res.Rows, problemText(res))
	}
}
