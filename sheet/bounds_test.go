package sheet

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/dutymap/dutymap/internal/termsafe"
	"github.com/xuri/excelize/v2"
)

// problemText is every problem and note of a read, as import prints them.
func problemText(res *Result) string {
	var lines []string
	for _, p := range res.Problems {
		lines = append(lines, p.String())
	}
	return strings.Join(lines, "\n")
}

// Control characters in cells never reach the files import writes, nor
// the ids: the escaped "Sales" is the clean one's department. Each column
// gets one note naming the code points and the first row (fails if
// plainRows is taken out of Read: the files hold ESC, and the ids
// sales-0-t and field-2j appear).
func TestImportLeavesControlCharactersOut(t *testing.T) {
	const e = "\x1b"
	text := string(csvOf(t, [][]string{
		{"Department", "Section", "Position", "Duty", "Description"},
		{"Sales" + e + "]0;T" + e + "\\", "Field" + e + "[2J", "Mgr\u202e", "Visit " + e + "]8;;http://e/" + e + "\\customers" + e + "]8;;" + e + "\\ monthly.", "Desc \u009b31m red " + e + "P1$r" + e + "\\"},
		{"Sales", "Field", "Mgr", "Call\a customers.", "line one\vline two"},
	}))
	res := importCSV(t, text, Options{})
	if len(res.Problems.Errors()) > 0 {
		t.Fatal(res.Problems)
	}
	if len(res.Files) != 1 {
		t.Fatalf("%d files: the escaped and the clean Sales are two departments", len(res.Files))
	}
	md := string(res.Files[0].Data)
	if bad := termsafe.Check(md, false); bad != "" {
		t.Fatalf("the file holds %s:\n%s", bad, md)
	}
	for _, want := range []string{"name: Sales\n", "## Field {#field}", "### Mgr {#mgr .position}", "- Visit customers monthly.", "  Desc  red\n", "- Call customers.", "  line one\\\n  line two"} {
		if !strings.Contains(md, want) {
			t.Errorf("the file lacks %q:\n%s", want, md)
		}
	}
	want := `s.csv:2: note: column A (Department): the cell holds control characters (U+001B ESC), which are not text; import left them out, with the escape sequences they start
  the files hold the cells' text without them; if a cell reads wrong there, correct it in the sheet and import again
s.csv:2: note: column B (Section): the cell holds control characters (U+001B ESC), which are not text; import left them out, with the escape sequences they start
  the files hold the cells' text without them; if a cell reads wrong there, correct it in the sheet and import again
s.csv:2: note: column C (Position): the cell holds control characters (U+202E RLO), which are not text; import left them out
  the files hold the cells' text without them; if a cell reads wrong there, correct it in the sheet and import again
s.csv:2: note: column D (Duty): 2 cells hold control characters (U+001B ESC, U+0007 BEL), which are not text, the first on this row; import left them out, with the escape sequences they start
  the files hold the cells' text without them; if a cell reads wrong there, correct it in the sheet and import again
s.csv:2: note: column E (Description): the cell holds control characters (U+009B CSI, U+001B ESC), which are not text; import left them out, with the escape sequences they start
  the files hold the cells' text without them; if a cell reads wrong there, correct it in the sheet and import again`
	if got := problemText(res); got != want {
		t.Errorf("notes:\n%s\nwant:\n%s", got, want)
	}
}

// A sheet with more rows than import reads stops at the first row past
// the bound, with a fix (fails if the bound is taken out of Read).
func TestImportBoundsRows(t *testing.T) {
	defer func(n int) { maxRows = n }(maxRows)
	maxRows = 3
	res := importCSV(t, "Department,Duty\nSales,a\nSales,b\nSales,c\nSales,d\nSales,e\n", Options{})
	want := "s.csv: the sheet has more than 3 rows, the most import reads (stopped at row 5)\n  fix: " + SplitFix
	if got := problemText(res); got != want || res.Files != nil {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

// A department whose text passes what its content file may hold stops
// the sheet at that row, not after reading every row (fails without
// grow: the sheet is read to its end and the check of the written folder
// finds the file too large).
func TestImportStopsAtADepartmentTooLarge(t *testing.T) {
	defer func(n int) { maxDocBytes = n }(maxDocBytes)
	maxDocBytes = 1 << 20
	var b strings.Builder
	b.WriteString("Department,Section,Duty\nFinance,Books,Keep the books.\n")
	duty := strings.Repeat("x", 1000)
	for i := range 2000 {
		fmt.Fprintf(&b, "Sales,Field,%s %d\n", duty, i)
	}
	res := importCSV(t, b.String(), Options{})
	want := `s.csv:1043: column A (Department): by this row, the department "Sales" has more than 1 MB of text in en, more than its content file may hold; import stopped here
  fix: split "Sales" into several departments (the rows of each named apart), or move long descriptions out of the sheet`
	if got := problemText(res); got != want || res.Rows != 1042 {
		t.Errorf("%d rows read; got:\n%s\nwant:\n%s", res.Rows, got, want)
	}
}

// A sheet that grows past MaxFileSize while it is read (import checks
// the size with Stat first) stops with the fix, not "cannot read".
func TestImportCSVLimitReader(t *testing.T) {
	r := &limitReader{r: strings.NewReader("x"), n: 0}
	rows, err := CSV(r, "", ',')
	if err != nil {
		t.Fatal(err)
	}
	res := Read(rows, Options{Name: "s.csv"})
	want := "s.csv: the file is larger than 128 MB, the most import reads\n  fix: " + SplitFix
	if got := problemText(res); got != want {
		t.Errorf("got:\n%s", got)
	}
}

// A workbook's cells escape control characters as _x001B_ (OOXML's
// ST_Xstring); excelize decodes them, and import leaves them out as it
// does a CSV file's.
func TestImportLeavesControlCharactersOutOfWorkbooks(t *testing.T) {
	book := workbook(t, func(f *excelize.File, s string) {
		f.SetCellValue(s, "A1", "Department")
		f.SetCellValue(s, "B1", "Duty")
		f.SetCellValue(s, "A2", "Sales")
		f.SetCellValue(s, "B2", "Visit")
	}, func(x string) string {
		b2 := regexp.MustCompile(`<c r="B2"[^>]*>.*?</c>`)
		if !b2.MatchString(x) {
			t.Fatal("no cell B2 in the sheet's XML")
		}
		return b2.ReplaceAllLiteralString(x, `<c r="B2" t="inlineStr"><is><t>_x001B_]0;TITLE_x0007_ Visit _x009B_2J customers _x202E_.</t></is></c>`)
	})
	res := importXLSX(t, book)
	if len(res.Files) != 1 {
		t.Fatal(problemText(res))
	}
	if md := string(res.Files[0].Data); !strings.Contains(md, "- Visit  customers .\n") || termsafe.Check(md, false) != "" {
		t.Errorf("the file:\n%s", md)
	}
	want := "org.xlsx[Sheet1]:2: note: column B (Duty): the cell holds control characters (U+001B ESC, U+0007 BEL, U+009B CSI, U+202E RLO), which are not text; import left them out, with the escape sequences they start"
	if got := problemText(res); !strings.HasPrefix(got, want+"\n") {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}
