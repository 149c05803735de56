package sheet

import (
	"strings"
	"testing"

	"github.com/dutymap/dutymap/model"
)

// A sheet that names a department or section once and leaves the cells
// below blank was refused row by row, with a fix that meant retyping
// them (tryout17 #8b). The fix now names --fill-down, and with it each
// blank unit cell is the one above it, unless a level before it changed.
func TestFillDown(t *testing.T) {
	const csv = "Department,Section,Duty\nSales,Selling,Sell goods\n,,Collect money\n,Service,Answer calls\n,,Fix faults\nFinance,,Keep books\n"
	res := importCSV(t, csv, Options{})
	if len(res.Problems) != 1 || !strings.Contains(res.Problems[0].Fix, "import with --fill-down") {
		t.Fatalf("without --fill-down, want one problem naming it:\n%s", res.Problems)
	}
	res = importCSV(t, csv, Options{FillDown: true})
	if len(res.Problems.Errors()) > 0 {
		t.Fatalf("with --fill-down:\n%s", res.Problems)
	}
	org := loadFiles(t, res.Files)
	for path, want := range map[string]string{
		"sales/selling/1": "Sell goods", "sales/selling/2": "Collect money",
		"sales/service/1": "Answer calls", "sales/service/2": "Fix faults",
		"finance/duties/1": "Keep books",
	} {
		n := org.Node(path)
		if n == nil {
			t.Errorf("no %s", path)
			continue
		}
		if got := n.Title.In(model.En); got != want {
			t.Errorf("%s: %q, want %q", path, got, want)
		}
	}
	if n := org.Node("finance/selling"); n != nil {
		t.Errorf("finance got sales's section below a new department")
	}
}
