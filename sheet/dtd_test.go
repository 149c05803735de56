package sheet

import (
	"bytes"
	"strings"
	"testing"
)

// A workbook part that uses an entity only a DTD declares (&c;) was
// refused with encoding/xml's words and no fix: "not a readable XLSX
// workbook: XML syntax error on line 1: invalid character entity &c;"
// (tryout18 E). The part, the entity and the line are named, with the
// fix; the part without the entity (saved again) imports, and so does a
// DTD that declares an entity no text uses (encoding/xml expands none,
// so it cannot grow the text).
func TestXLSXEntityFromADTD(t *testing.T) {
	doctype := func(s string) string { return strings.Replace(s, "?>", `?><!DOCTYPE x [<!ENTITY c "cc">]>`, 1) }
	for part, use := range map[string]func(string) string{
		"xl/worksheets/sheet1.xml": func(s string) string { return strings.Replace(doctype(s), "<sheetData>", "<sheetData>&c;", 1) },
		"xl/styles.xml":            func(s string) string { return strings.Replace(doctype(s), "</styleSheet>", "&c;</styleSheet>", 1) },
		"xl/sharedStrings.xml":     func(s string) string { return strings.Replace(doctype(s), "Visit", "&c;Visit", 1) },
	} {
		_, _, _, err := XLSX(bytes.NewReader(edited(t, smallBook, map[string]func(string) string{part: use})), "", "")
		want := "its part " + part + " uses the entity &c; (line 2), which only a DTD (<!DOCTYPE …>) declares: spreadsheet programs do not write them, and import does not expand them" +
			"\n  fix: open it in a spreadsheet program and save it again, or save the sheet as CSV (UTF-8) and import that"
		if err == nil || err.Error() != want {
			t.Errorf("%s:\ngot  %v\nwant %s", part, err, want)
		}
		if res := importXLSX(t, edited(t, smallBook, map[string]func(string) string{part: doctype})); res.Rows != 1 || len(res.Problems.Errors()) > 0 {
			t.Errorf("%s with a DTD its text does not use: %d rows; problems:\n%s", part, res.Rows, problemText(res))
		}
	}
}

// Every workbook import cannot read gets a fix line, not the library's
// words alone.
func TestXLSXUnreadableHasAFix(t *testing.T) {
	book := edited(t, smallBook, map[string]func(string) string{"xl/worksheets/sheet1.xml": func(s string) string {
		return strings.Replace(s, "<sheetData>", "<sheetData><row><c>", 1)
	}})
	_, _, _, err := XLSX(bytes.NewReader(book), "", "")
	want := "its part xl/worksheets/sheet1.xml is damaged: its XML is broken on line 2 (element <c> closed by </sheetData>)" +
		"\n  fix: open it in the spreadsheet program and save it again as .xlsx (it repairs what it can), or save the sheet as CSV (UTF-8) and import that; if it was downloaded or copied, get it again"
	if err == nil || err.Error() != want {
		t.Errorf("got  %v\nwant %s", err, want)
	}
}
