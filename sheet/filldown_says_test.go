package sheet

import (
	"strings"
	"testing"
)

// TestNoDepartmentFixSaysWhatFillDownAlsoFills (tryout24 H7): the fix
// for a row with no department offers --fill-down, which would also fill
// other rows' blank position cells (row 4's duty is the department's
// own, its position blank on purpose): the fix names them, and says
// nothing more when there are none.
func TestNoDepartmentFixSaysWhatFillDownAlsoFills(t *testing.T) {
	for _, tc := range []struct{ name, sheet, fix string }{
		{"a position left blank above",
			"部门,岗位,职责\n财务部,会计,审核报销。\n行政部,前台,接待来访。\n行政部,,管理办公用品。\n,前台,收发快递。\n",
			"(if a blank cell means the same as the one above it, import with --fill-down; it would also fill column B (岗位) on row 4 from the row above)"},
		{"many, in two columns",
			"Department,Section,Position,Duty\nSales,Selling,Clerk,Sell.\nSales,,,Sell 3.\nSales,,,Sell 4.\nSales,Selling,,Count.\nSales,,,Sell 6.\nSales,,,Sell 7.\nSales,,,Sell 8.\n,,,Orphan.\n",
			"import with --fill-down; it would also fill column B (Section) on rows 3, 4, 6, 7, 8 and 1 more, and column C (Position) on rows 3, 4, 5, 6, 7 and 2 more from the row above)"},
		{"nothing else",
			"Department,Position,Duty\nSales,Clerk,Sell.\n,Clerk,Bill.\n",
			"(if a blank cell means the same as the one above it, import with --fill-down)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := importCSV(t, tc.sheet, Options{})
			errs := res.Problems.Errors()
			if len(errs) != 1 || !strings.Contains(errs[0].Msg, "the row has no department") {
				t.Fatalf("want one problem, the row with no department:\n%s", errs)
			}
			if !strings.HasSuffix(errs[0].Fix, tc.fix) {
				t.Errorf("fix:\n%s\nwant it to end:\n%s", errs[0].Fix, tc.fix)
			}
		})
	}
}
