package page

import (
	"strings"
	"testing"
)

// tryout23: at 40 columns a traits table's wrapped row ("Ship working /
// software.") was followed by a line holding only the column rule, which
// read as an empty row. A row of wrapped cells is ruled off from its
// neighbours; rows of one line each stand together, and no line of the
// table is an empty row.
func TestTerminalWrappedRowsRuledOff(t *testing.T) {
	md := "| Dimension | This department |\n|---|---|\n" +
		"| Objective | Ship working software and keep it running. |\n" +
		"| Decision level | Operational |\n" +
		"| Scope | Team |\n"
	ls := lines(t, md, StyleDark, 40)
	var table []string
	for _, l := range ls {
		if strings.Contains(l, "│") || strings.Contains(l, "┼") {
			table = append(table, strings.TrimSpace(l))
		}
	}
	out := strings.Join(table, "\n")
	if len(table) < 6 {
		t.Fatalf("the objective's row does not wrap at 40 columns, the test lost its point:\n%s", strings.Join(ls, "\n"))
	}
	for _, l := range table {
		if strings.Trim(l, "│ ") == "" {
			t.Errorf("an empty row in the table:\n%s", out)
		}
	}
	rules := strings.Count(out, "┼")
	if rules != 2 {
		t.Errorf("%d rules, want 2: under the header and under the wrapped row, none between the one-line rows:\n%s", rules, out)
	}
	if !strings.Contains(out, "Decision level │ Operational\nScope") {
		t.Errorf("the one-line rows are not together:\n%s", out)
	}
}
