package cli

import (
	"strings"
	"testing"
)

// tryout9 #11: every command that names an argument it cannot use quotes
// it the same way, cut to 80 cells: "show" and "compare" used to echo a
// 120 KB argument whole while "search" cut it.
func TestMessagesQuoteLongArgumentsCut(t *testing.T) {
	long := strings.Repeat("a", 120_000)
	want := `"` + strings.Repeat("a", 79) + `…"`
	for _, tc := range []struct {
		args []string
		code int
	}{
		{[]string{"show", long}, 1},
		{[]string{"compare", long, "sales"}, 1},
		{[]string{"compare", "marketing", long}, 1},
		{[]string{"matrix", long}, 1},
	} {
		r := run(t, tc.args...).fails(t, tc.code)
		first, _, _ := strings.Cut(r.err, "\n")
		if !strings.Contains(first, want) || len(r.err) > 2000 {
			t.Errorf("%s: %d bytes of message, first line %.200q; want the argument quoted as %.20s…", tc.args[0], len(r.err), first, want)
		}
	}
	// A newline or an escape in the argument is shown escaped, on one line.
	r := run(t, "show", "mark\x1b[31m\neting").fails(t, 1)
	if first, _, _ := strings.Cut(r.err, "\n"); !strings.Contains(first, `"mark\x1b[31m eting"`) {
		t.Errorf("first line %q", first)
	}
}
