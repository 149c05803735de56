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

// skippedNote is the note of a column with no header, as problemText
// shows it: at (the sheet and the header's row), the column's letter, and
// what it left out.
func skippedNote(at, col, what string) string {
	return at + ": note: column " + col + " has no header and was skipped: " + what + "\n" +
		"  to import it, give column " + col + " a header (Description, Notes or another name from docs/import.md; any other name is listed as ignored); otherwise delete its values"
}

// TestValueWithoutAHeader: a workbook's column with no header (past the
// last header, or under an empty one) is not imported, and one note per
// column says so, naming it and the rows whose values it left out, not
// dropped without a word; the rest of the sheet imports (a column of the
// spreadsheet's own workings beside the duties refused the whole import).
func TestValueWithoutAHeader(t *testing.T) {
	build := func(header []any) func(f *excelize.File, s string) {
		return func(f *excelize.File, s string) {
			f.SetSheetRow(s, "A1", &header)
			f.SetSheetRow(s, "A2", &[]any{"Sales", "Visit customers", "", "weekly"})
			f.SetSheetRow(s, "A3", &[]any{"Sales", "Call", "", "monthly"})
			f.SetSheetRow(s, "A4", &[]any{"Sales", "Plan", "a plan"})
			f.SetSheetRow(s, "A5", &[]any{"", "", "total: 2"}) // a row whose only value has no header
		}
	}
	res := importXLSX(t, workbook(t, build([]any{"Department", "Duty"}), nil))
	want := skippedNote("org.xlsx[Sheet1]:1", "C", "the values of rows 4, 5 were not imported (row 4: “a plan”)") + "\n" +
		skippedNote("org.xlsx[Sheet1]:1", "D", "the values of rows 2, 3 were not imported (row 2: “weekly”)")
	if got := problemText(res); got != want {
		t.Fatalf("want\n%s\ngot:\n%s", want, got)
	}
	org := mustOrg(t, res)
	if got := strings.Join(duties(org, "sales"), "|"); got != "Visit customers|Call|Plan" {
		t.Errorf("want the three duties, got %q", got)
	}
	// An empty header between named ones is the same: C is skipped, D
	// (Notes) imported.
	res = importXLSX(t, workbook(t, build([]any{"Department", "Duty", "", "Notes"}), nil))
	if got := problemText(res); len(res.Problems) != 1 || !strings.HasPrefix(got, "org.xlsx[Sheet1]:1: note: column C has no header and was skipped: the values of rows 4, 5") {
		t.Fatalf("want column C, got:\n%s", got)
	}
	var files strings.Builder
	for _, f := range res.Files {
		files.Write(f.Data)
	}
	if !strings.Contains(files.String(), "weekly") || strings.Contains(files.String(), "a plan") {
		t.Errorf("want column D (Notes) imported and C not, got:\n%s", files.String())
	}
	// The fix applied: headers for both, and no note; the columns are
	// read (row 5's value, under Details, is now a row without a
	// department).
	res = importXLSX(t, workbook(t, build([]any{"Department", "Duty", "Details", "Remarks"}), nil))
	if got := problemText(res); len(res.Problems) != 1 || !strings.HasPrefix(got, "org.xlsx[Sheet1]:5: column A (Department): the row has no department") {
		t.Errorf("with headers, want only row 5's problem, got:\n%s", got)
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

// TestErrorValueWithoutAHeader: a CSV file's spreadsheet error (#REF!)
// under an empty header cell, or under a header no field reads, is in a
// column that is not imported, so it refuses no row (it refused its row);
// under a header that is read it still does.
func TestErrorValueWithoutAHeader(t *testing.T) {
	res := importCSV(t, "Department,Duty,,Notes\nSales,Visit customers.,#REF!,weekly\nSales,Plan visits.,,\n", Options{})
	want := skippedNote("s.csv:1", "C", "row 2's value was not imported (“#REF!”)")
	if got := problemText(res); got != want {
		t.Fatalf("want\n%s\ngot:\n%s", want, got)
	}
	if got := strings.Join(duties(mustOrg(t, res), "sales"), "|"); got != "Visit customers.|Plan visits." {
		t.Errorf("duties %q", got)
	}
	res = importCSV(t, "Department,Duty,Check\nSales,Visit customers.,#N/A\n", Options{}) // an ignored column: not imported either
	if len(res.Problems) != 0 || res.Files == nil {
		t.Errorf("an ignored column's #N/A: want no problem, got:\n%s", res.Problems)
	}
	res = importCSV(t, "Department,Duty,Notes\nSales,Visit customers.,#REF!\n", Options{})
	if errs := res.Problems.Errors(); len(errs) != 1 || !strings.HasPrefix(errs[0].String(), "s.csv:2: column C (Notes): the cell holds the spreadsheet error #REF!") {
		t.Errorf("want row 2 refused for column C, got:\n%s", res.Problems)
	}
}
