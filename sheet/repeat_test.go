package sheet

import (
	"fmt"
	"strings"
	"testing"

	"github.com/dutymap/dutymap/content"
)

// financeSheet is a sheet as export writes it: the department's own row
// (row 2, its name given as first), then a row per duty (rows 3 on), each
// naming the department as rest.
func financeSheet(first, rest string, duties int) string {
	var b strings.Builder
	b.WriteString("path,department,section,duty\n")
	fmt.Fprintf(&b, "finance,%s,,\n", first)
	for i := 1; i <= duties; i++ {
		fmt.Fprintf(&b, "finance/books/%d,%s,Books,Keep ledger %d.\n", i, rest, i)
	}
	return b.String()
}

// TestARenamedCellIsOneProblem: a department renamed in one cell (its own
// row), the usual spreadsheet edit, is one problem naming both names and
// their rows, whatever the number of duty rows; each edit its fix offers
// makes the sheet import.
func TestARenamedCellIsOneProblem(t *testing.T) {
	res := importCSV(t, financeSheet("Finance department", "Finance", 200), Options{})
	want := `s.csv:2: column B (department): two names for the department finance: "Finance department" on row 2 and "Finance" on rows 3–202
  fix: give it one name: write "Finance" on row 2 (or "Finance department" on rows 3–202); if they are two units, give them different ids in the path column`
	if got := res.Problems.Error(); got != want+"\n1 problem found" {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
	if res.Files != nil {
		t.Error("files to write despite the problem")
	}
	// The fix, either way: one name on every row.
	for _, name := range []string{"Finance", "Finance department"} {
		res := importCSV(t, financeSheet(name, name, 200), Options{})
		org := mustOrg(t, res)
		if got := org.Department("finance").Title.In(0); got != name {
			t.Errorf("named %q, want %q", got, name)
		}
	}

	// Several odd rows, and three names: the odd value is where the
	// problem stands, the fix gives the name most rows give.
	text := financeSheet("Finance", "Finance", 9)
	text = strings.Replace(text, "finance/books/4,Finance,", "finance/books/4,Finances,", 1)
	text = strings.Replace(text, "finance/books/5,Finance,", "finance/books/5,Finances,", 1)
	text = strings.Replace(text, "finance/books/8,Finance,", "finance/books/8,Accounts,", 1)
	res = importCSV(t, text, Options{})
	want = `s.csv:10: column B (department): three names for the department finance: "Finance" on rows 2–5, 8–9 and 11, "Finances" on rows 6–7 and "Accounts" on row 10
  fix: give it one name: write "Finance" on rows 6–7 and 10; if they are two units, give them different ids in the path column`
	if got := res.Problems.Error(); got != want+"\n1 problem found" {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

// TestAValueRepeatedOnRowsIsOneProblem: a department's summary repeated on
// each of its rows, changed on some, is one problem; leaving the cell empty
// on all rows but one, as the fix says, imports.
func TestAValueRepeatedOnRowsIsOneProblem(t *testing.T) {
	sheet := "Department,Summary,Duty\nA,Sells.,a\nA,Sells.,b\nA,Buys.,c\nA,Buys.,d\nA,Sells.,e\n"
	res := importCSV(t, sheet, Options{})
	want := `s.csv:4: column B (Summary): two summaries for the department a: "Sells." on rows 2–3 and 6 and "Buys." on rows 4–5
  fix: give it one summary: write "Sells." on rows 4–5 (or "Buys." on rows 2–3 and 6), or leave the cell empty on all of them but one`
	if got := res.Problems.Error(); got != want+"\n1 problem found" {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
	mustOrg(t, importCSV(t, "Department,Summary,Duty\nA,Buys.,a\nA,,b\nA,,c\nA,,d\nA,,e\n", Options{}))
}

// TestTheSameMistakeOnManyRowsIsOneProblem: a per-row check that finds the
// same mistake on several rows (a department cell left empty, a column of
// translations left empty, an unknown unit pasted down) reports it once,
// with the other rows, and the 50-problem stop is not reached by one
// mistake.
func TestTheSameMistakeOnManyRowsIsOneProblem(t *testing.T) {
	var rows strings.Builder
	rows.WriteString("Department,Duty,Accountable\n")
	for i := range 120 {
		switch {
		case i%3 == 0:
			fmt.Fprintf(&rows, ",Orphan %d,\n", i)
		default:
			fmt.Fprintf(&rows, "A,Duty %d,Fiance\n", i)
		}
	}
	// The unknown unit of the other rows is another mistake, reported in
	// the same run (tryout27 P4), once too.
	res := importCSV(t, rows.String(), Options{})
	errs := res.Problems.Errors()
	if len(errs) != 2 {
		t.Fatalf("want 2 problems (the rows without a department, the unknown unit of the others), got:\n%s", res.Problems)
	}
	want := "s.csv:2: column A (Department): the row has no department (also rows 5, 8, 11, 14, 17, 20, … (39 rows))"
	if got := errs[0].String(); !strings.HasPrefix(got, want+"\n  fix: ") {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
	want = `s.csv:3: column C (Accountable): Accountable: "Fiance" names no unit (also rows 4, 6–7, 9–10, 12–13, 15–16, 18–19, … (79 rows))`
	if got := errs[1].String(); !strings.HasPrefix(got, want+"\n  fix: ") {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}

	// Once they have one, the loader's problem of the pasted-down unit is
	// one problem too.
	res = importCSV(t, strings.ReplaceAll(rows.String(), "\n,Orphan", "\nA,Orphan"), Options{})
	errs = res.Problems.Errors()
	if len(errs) != 1 || !strings.Contains(errs[0].Msg, `"Fiance"`) || !strings.Contains(errs[0].Msg, "(also rows 4, 6–7, 9–10, 12–13, 15–16, 18–19, … (79 rows))") {
		t.Errorf("want one problem for the unknown unit, on its 80 rows, got:\n%s", res.Problems)
	}
}

func TestRowSetNamesRows(t *testing.T) {
	for _, tc := range []struct {
		rows []int
		want string
	}{
		{[]int{7}, "row 7"},
		{[]int{21, 22, 23, 24}, "rows 21–24"},
		{[]int{5, 7, 9, 10, 11, 12}, "rows 5, 7 and 9–12"},
		{[]int{3, 2}, "rows 2–3"}, // out of order: the loader's problems
		{[]int{1, 3, 5, 7, 9, 11, 13, 15}, "rows 1, 3, 5, 7, 9, 11, … (8 rows)"},
	} {
		var s rowSet
		for _, r := range tc.rows {
			s.add(r)
		}
		if got := s.String(); got != tc.want {
			t.Errorf("%v: %q, want %q", tc.rows, got, tc.want)
		}
	}
}

// TestOneLanguageNoteNamesColumns: a department a two-language sheet
// names in one language only is noted in the sheet's terms, the columns to
// fill on its rows (not the file to write), and filling them, as the note
// says, imports it in both.
func TestOneLanguageNoteNamesColumns(t *testing.T) {
	head := "path,department_en,department_zh,section_en,section_zh,duty_en,duty_zh\nsales/s/1,Sales,销售部,Selling,销售,Sell.,销售。\n"
	res := importCSV(t, head+"finance/b/1,Finance,,Books,,Keep books.,\nfinance/b/2,Finance,,Books,,Pay bills.,\n", Options{})
	want := `s.csv:3: note: column B (department_en): the department finance is written in en only; it is shown in en whichever language is chosen
  to show it in both languages, fill department_zh, section_zh and duty_zh on its rows (rows 3–4)`
	if got := problemLines(res.Problems); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
	res = importCSV(t, head+"finance/b/1,Finance,财务部,Books,账簿,Keep books.,记账。\nfinance/b/2,Finance,财务部,Books,账簿,Pay bills.,付账。\n", Options{})
	if len(res.Problems) != 0 || res.Files == nil {
		t.Errorf("the fix followed: %s", res.Problems)
	}

	// With a language column, the rows to add.
	head = "path,language,department,section,duty\nsales/s/1,en,Sales,Selling,Sell.\nsales/s/1,zh,销售部,销售,销售。\n"
	res = importCSV(t, head+"finance/b/1,en,Finance,Books,Keep books.\n", Options{})
	want = `s.csv:4: note: column C (department): the department finance is written in en only; it is shown in en whichever language is chosen
  to show it in both languages, add a row in zh for each of its rows (row 4), with the same path and the zh text`
	if got := problemLines(res.Problems); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
	res = importCSV(t, head+"finance/b/1,en,Finance,Books,Keep books.\nfinance/b/1,zh,财务部,账簿,记账。\n", Options{})
	if len(res.Problems) != 0 || res.Files == nil {
		t.Errorf("the fix followed: %s", res.Problems)
	}
}

// problemLines is the problems as import prints them, one after another.
func problemLines(ps content.Problems) string {
	lines := make([]string, len(ps))
	for i, p := range ps {
		lines[i] = p.String()
	}
	return strings.Join(lines, "\n")
}
