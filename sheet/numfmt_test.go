package sheet

import (
	"bytes"
	"regexp"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// A number format shows a text cell's text once per @ in it, so the
// text a cell shows is counted so (a 4 KB workbook whose format was
// 2,000 @ kept import busy past a minute); a format longer than a
// spreadsheet program writes is refused as a damaged file.
func TestNumberFormatsThatRepeatText(t *testing.T) {
	defer func(n int) { maxDocBytes = n }(maxDocBytes)
	maxDocBytes = 64 << 10
	book := func(code string) []byte {
		b := edited(t, func(f *excelize.File, s string) {
			f.SetSheetRow(s, "A1", &[]any{"Department", "Duty"})
			f.SetSheetRow(s, "A2", &[]any{"Sales", strings.Repeat("Visit customers. ", 1_000)}) // 17 KB
			fmt := "@"
			style, err := f.NewStyle(&excelize.Style{CustomNumFmt: &fmt})
			if err != nil {
				t.Fatal(err)
			}
			f.SetCellStyle(s, "B2", "B2", style)
		}, map[string]func(string) string{"xl/styles.xml": func(x string) string {
			return regexp.MustCompile(`formatCode="@"`).ReplaceAllLiteralString(x, `formatCode="`+code+`"`)
		}})
		return b
	}
	open := func(b []byte) error {
		rows, _, _, err := XLSX(bytes.NewReader(b), "", "")
		if rows != nil {
			rows.Close() // its temporary folder, when the test fails
		}
		return err
	}
	err := open(book(strings.Repeat("@", 300)))
	if want := `not a readable XLSX workbook: its number format "164" is 300 characters long, longer than a spreadsheet program writes (255); the file is damaged or not from one` +
		"\n  fix: open it in a spreadsheet program and save it again"; err == nil || err.Error() != want {
		t.Errorf("got %v\nwant %s", err, want)
	}
	// Four @ show the 17 KB text four times: past the (lowered) 64 KB a cell may hold.
	err = open(book("@ @ @ @"))
	if want := `sheet "Sheet1", row 2, column B (Duty): the cell holds more than 0 MB of text`; err == nil || !strings.HasPrefix(err.Error(), want) {
		t.Errorf("got %v\nwant %s", err, want)
	}
	// One @ is the text as typed.
	if res := importXLSX(t, book("@")); len(res.Problems.Errors()) > 0 {
		t.Errorf("%s", problemText(res))
	}
}
