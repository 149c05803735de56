package sheet

import (
	"bytes"
	"strings"
	"testing"
)

// A row number or a cell reference no sheet has (r="abc", r="1048577",
// r="A0", r="ZZZZ2", r with control characters) is a damaged part, said
// with the part, the value quoted and the fix: excelize's words were
// "cannot read the header: strconv.Atoi: parsing "abc": invalid syntax" or
// "row number exceeds maximum limit", blaming the header for row 2.
// Rows and cells without a number (optional) are still read.
func TestRowAndCellReferencesNoSheetHas(t *testing.T) {
	const part = "its part xl/worksheets/sheet1.xml "
	for _, tc := range []struct{ from, to, want string }{
		{`<row r="2"`, `<row r="abc"`, `numbers a row abc (line 2), which is not a row number (1 to 1,048,576)`},
		{`<row r="2"`, `<row r="1048577"`, `numbers a row 1048577 (line 2), which is not a row number (1 to 1,048,576)`},
		{`<row r="1"`, `<row r="99999999999"`, `numbers a row 99999999999 (line 2), which is not a row number (1 to 1,048,576)`},
		{`<c r="A2"`, `<c r="A0"`, `names a cell A0 (line 2), which is not a cell a sheet has (columns A to XFD, rows 1 to 1,048,576)`},
		{`<c r="B2"`, `<c r="ZZZZ2"`, `names a cell ZZZZ2 (line 2), which is not a cell a sheet has (columns A to XFD, rows 1 to 1,048,576)`},
		{`<c r="A2"`, `<c r="A9999999"`, `names a cell A9999999 (line 2), which is not a cell a sheet has (columns A to XFD, rows 1 to 1,048,576)`},
		{`<c r="A1"`, "<c r=\"\u009b31mA1\"", `names a cell $'\u009b31mA1' (line 2), which is not a cell a sheet has (columns A to XFD, rows 1 to 1,048,576)`},
	} {
		book := edited(t, smallBook, map[string]func(string) string{"xl/worksheets/sheet1.xml": func(x string) string {
			if !strings.Contains(x, tc.from) {
				t.Fatalf("the sheet has no %s:\n%s", tc.from, x)
			}
			return strings.Replace(x, tc.from, tc.to, 1)
		}})
		_, _, _, err := XLSX(bytes.NewReader(book), "", "")
		if want := part + tc.want + damaged; err == nil || err.Error() != want {
			t.Errorf("%s:\ngot  %v\nwant %s", tc.to, err, want)
		}
	}
	book := edited(t, smallBook, map[string]func(string) string{"xl/worksheets/sheet1.xml": func(x string) string {
		return strings.NewReplacer(`<row r="2"`, `<row`, ` r="A2"`, ``, ` r="B2"`, ``).Replace(x)
	}})
	res := importXLSX(t, book)
	if got := duties(loadFiles(t, res.Files), "sales"); len(got) != 1 || got[0] != "Visit customers." {
		t.Errorf("a row and cells without numbers: duties %q, problems:\n%s", got, problemText(res))
	}
}
