package sheet

import (
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// TestRowWiderThanTheHeader: a CSV cell with the separator in it and no
// quotes splits the cell; the row is refused (tryout 7, defect 2: it was
// imported cut at the separator), every such row is listed, and the row
// the fix shows imports the whole duty. Empty trailing cells are fine.
func TestRowWiderThanTheHeader(t *testing.T) {
	for _, tc := range []struct{ name, sheet, problem, fixed, duty string }{
		{"comma", "Department,Duty\nMarketing,Plan, arrange and manage all of the department's work\nSales,Visit customers,,\n",
			"s.csv:2: the row has 3 cells but the header has 2: a cell that contains a comma must be in double quotes; the cells are: “Marketing” “Plan” “arrange and manage all of the department's work”",
			`Marketing,"Plan, arrange and manage all of the department's work"`, "Plan, arrange and manage all of the department's work"},
		{"semicolon", "Department;Section;Duty\nSales;Field;Visit customers; weekly\nSales;Field;Call;;\n",
			"s.csv:2: the row has 4 cells but the header has 3: a cell that contains a semicolon (the separator) must be in double quotes",
			`Sales;Field;"Visit customers; weekly"`, "Visit customers; weekly"},
		{"tab", "Department\tDuty\nSales\tVisit customers\tweekly\nSales\tCall\t\t\n",
			"s.csv:2: the row has 3 cells but the header has 2: a cell that contains a tab (the separator) must be in double quotes",
			"Sales\t\"Visit customers\tweekly\"", "Visit customers\tweekly"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := importCSV(t, tc.sheet, Options{})
			errs := res.Problems.Errors()
			if len(errs) != 1 || !strings.HasPrefix(errs[0].String(), tc.problem) || res.Files != nil {
				t.Fatalf("want one problem %q and nothing to write, got %d files and:\n%s", tc.problem, len(res.Files), res.Problems)
			}
			i := strings.LastIndex(errs[0].Fix, ": ")
			if row := errs[0].Fix[i+2:]; i < 0 || row != tc.fixed {
				t.Fatalf("want the fix to show the row %q, got %q", tc.fixed, errs[0].Fix)
			}
			lines := strings.Split(tc.sheet, "\n")
			lines[1] = tc.fixed
			org := mustOrg(t, importCSV(t, strings.Join(lines, "\n"), Options{}))
			if got := duties(org, org.Departments[0].ID); len(got) == 0 || got[0] != tc.duty {
				t.Errorf("with the fix applied, want the duty %q, got %q", tc.duty, got)
			}
		})
	}
	// Every such row is listed; a row whose split cannot be told apart
	// gets a fix that joins the last cells, which imports.
	res := importCSV(t, "Department,Duty\nHR,Hire,train,pay\nSales,Visit\nOps,Plan, then run\n", Options{})
	errs := res.Problems.Errors()
	if len(errs) != 2 || errs[0].Line != 2 || errs[1].Line != 4 ||
		errs[0].Fix != `put the cell that holds a comma in double quotes, such as: HR,"Hire,train,pay"` {
		t.Fatalf("want rows 2 and 4, the first with a fix that joins the last cells, got:\n%s", res.Problems)
	}
	// Long cells are shown cut short, on one line.
	long := strings.Repeat("word ", 100)
	res = importCSV(t, "Department,Duty\nSales,\"x\",\""+long+"\nmore\"\n", Options{})
	if errs := res.Problems.Errors(); len(errs) != 1 || len(errs[0].Msg) > 600 || strings.Contains(errs[0].Msg, "\n") {
		t.Errorf("want one problem on one bounded line, got:\n%s", res.Problems)
	}
}

// TestValueWithoutAHeader: a workbook's value in a column with no header
// (past the last header, or under an empty one) is one problem per column,
// naming it and its rows, not dropped without a word; giving the column a
// header imports the sheet.
func TestValueWithoutAHeader(t *testing.T) {
	build := func(header []any) func(f *excelize.File, s string) {
		return func(f *excelize.File, s string) {
			f.SetSheetRow(s, "A1", &header)
			f.SetSheetRow(s, "A2", &[]any{"Sales", "Visit customers", "", "weekly"})
			f.SetSheetRow(s, "A3", &[]any{"Sales", "Call", "", "monthly"})
			f.SetSheetRow(s, "A4", &[]any{"Sales", "Plan", "a plan"})
		}
	}
	res := importXLSX(t, workbook(t, build([]any{"Department", "Duty"}), nil))
	want := []string{
		"org.xlsx[Sheet1]:1: column C has no header, but row 4 has a value in it (row 4: “a plan”)",
		"org.xlsx[Sheet1]:1: column D has no header, but rows 2, 3 have a value in it (row 2: “weekly”)",
	}
	errs := res.Problems.Errors()
	if len(errs) != 2 || !strings.HasPrefix(errs[0].String(), want[0]) || !strings.HasPrefix(errs[1].String(), want[1]) || res.Files != nil {
		t.Fatalf("want %q, got:\n%s", want, res.Problems)
	}
	if !strings.Contains(errs[1].Fix, "give column D a header") {
		t.Errorf("want a fix naming column D, got %q", errs[1].Fix)
	}
	// An empty header between named ones is the same mistake.
	res = importXLSX(t, workbook(t, build([]any{"Department", "Duty", "", "Notes"}), nil))
	if errs := res.Problems.Errors(); len(errs) != 1 || !strings.HasPrefix(errs[0].String(), "org.xlsx[Sheet1]:1: column C has no header") {
		t.Fatalf("want column C, got:\n%s", res.Problems)
	}
	// The fix applied: headers for both.
	org := mustOrg(t, importXLSX(t, workbook(t, build([]any{"Department", "Duty", "Details", "Remarks"}), nil)))
	if got := duties(org, "sales"); len(got) != 3 {
		t.Errorf("want 3 duties, got %q", got)
	}
	// A duty merged across the columns right of its header is one value.
	book := workbook(t, func(f *excelize.File, s string) {
		f.SetSheetRow(s, "A1", &[]any{"Department", "Duty"})
		f.SetSheetRow(s, "A2", &[]any{"Sales", "Visit customers and write the visit plan"})
		if err := f.MergeCell(s, "B2", "D2"); err != nil {
			t.Fatal(err)
		}
	}, nil)
	org = mustOrg(t, importXLSX(t, book))
	if got := duties(org, "sales"); len(got) != 1 || got[0] != "Visit customers and write the visit plan" {
		t.Errorf("a duty merged across columns: got %q", got)
	}
}
