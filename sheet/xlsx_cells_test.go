package sheet

import (
	"regexp"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// row2 is the second row of a sheet's XML.
var row2 = regexp.MustCompile(`<row r="2".*?</row>`)

// TestCellsWithoutReferences: a writer may leave out a cell's r="C2"
// (streaming libraries do); the cell is then the one after the cell before
// it. Values past the header in such cells are reported as in a sheet
// with references, and so are equal values side by side: only a range the
// workbook merges is one value (ten "x" cells without references were
// read as a department "x" with a duty "x", and the other eight dropped
// in silence: hostile13 #18).
func TestCellsWithoutReferences(t *testing.T) {
	for _, tc := range []struct{ name, row, want string }{
		{"no references", `<row r="2"><c t="inlineStr"><is><t>x</t></is></c><c t="inlineStr"><is><t>x</t></is></c><c t="inlineStr"><is><t>x</t></is></c><c t="inlineStr"><is><t>x</t></is></c></row>`,
			"org.xlsx[Sheet1]:1: column C has no header, but row 2 has a value in it (row 2: “x”)\n" +
				"  fix: give column C a header (Description, Notes or another name from docs/import.md imports it; any other name is listed as ignored), or delete its values\n" +
				"org.xlsx[Sheet1]:1: column D has no header, but row 2 has a value in it (row 2: “x”)"},
		{"after a reference", `<row r="2"><c r="A2" t="inlineStr"><is><t>Sales</t></is></c><c r="B2" t="inlineStr"><is><t>Visit.</t></is></c><c t="inlineStr"><is><t>Visit.</t></is></c></row>`,
			"org.xlsx[Sheet1]:1: column C has no header, but row 2 has a value in it (row 2: “Visit.”)"},
	} {
		book := workbook(t, func(f *excelize.File, s string) {
			f.SetSheetRow(s, "A1", &[]any{"Department", "Duty"})
			f.SetSheetRow(s, "A2", &[]any{"placeholder"})
		}, func(x string) string { return row2.ReplaceAllLiteralString(x, tc.row) })
		res := importXLSX(t, book)
		got := problemText(res)
		if !strings.Contains(got, tc.want) || len(res.Problems.Errors()) == 0 {
			t.Errorf("%s: got\n%s\nwant\n%s", tc.name, got, tc.want)
		}
	}
}
