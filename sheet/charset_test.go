package sheet

import (
	"bytes"
	"strings"
	"testing"

	"github.com/dutymap/dutymap/model"
	"golang.org/x/text/encoding/simplifiedchinese"
)

// A workbook part that declares another encoding than UTF-8
// (encoding="GBK", "ISO-8859-1", "windows-1252") was refused by sheet's
// own readers with encoding/xml's "Decoder.CharsetReader is nil", though
// excelize reads it (res17). It is read, its text decoded; an encoding
// that neither knows is named, with the fix.
func TestXLSXPartsInOtherEncodings(t *testing.T) {
	gbk, err := simplifiedchinese.GBK.NewEncoder().String("拜访客户。")
	if err != nil {
		t.Fatal(err)
	}
	declare := func(enc string, s string) string {
		return strings.Replace(s, `encoding="UTF-8"`, `encoding="`+enc+`"`, 1)
	}
	book := edited(t, smallBook, map[string]func(string) string{
		"xl/sharedStrings.xml":       func(s string) string { return strings.Replace(declare("GBK", s), "Visit customers.", gbk, 1) },
		"xl/worksheets/sheet1.xml":   func(s string) string { return declare("ISO-8859-1", s) },
		"xl/workbook.xml":            func(s string) string { return declare("windows-1252", s) },
		"xl/_rels/workbook.xml.rels": func(s string) string { return declare("ISO-8859-1", s) },
	})
	res := importXLSX(t, book)
	if len(res.Problems.Errors()) > 0 {
		t.Fatalf("problems:\n%s", problemText(res))
	}
	org := loadFiles(t, res.Files)
	if n := org.Node("sales/duties/1"); n == nil || n.Title.In(model.En) != "拜访客户。" {
		t.Errorf("the duty read from GBK: %v", n)
	}

	for _, part := range []string{"xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/workbook.xml", "xl/styles.xml"} {
		book := edited(t, smallBook, map[string]func(string) string{part: func(s string) string { return declare("x-mac-klingon", s) }})
		_, _, _, err := XLSX(bytes.NewReader(book), "", "")
		want := "its part " + part + " declares the encoding x-mac-klingon, which import does not know (it reads UTF-8 and the encodings web browsers read, such as ISO-8859-1, windows-1252, GBK, Big5 and Shift_JIS)" +
			"\n  fix: open it in a spreadsheet program and save it again, or save the sheet as CSV (UTF-8) and import that"
		if err == nil || err.Error() != want {
			t.Errorf("%s:\ngot  %v\nwant %s", part, err, want)
		}
	}
}
