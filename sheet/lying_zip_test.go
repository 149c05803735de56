package sheet

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"hash/crc32"
	"testing"
)

// deflate is b as a zip's deflated part holds it.
func deflate(b []byte) []byte {
	var buf bytes.Buffer
	w, _ := flate.NewWriter(&buf, flate.DefaultCompression)
	w.Write(b)
	w.Close()
	return buf.Bytes()
}

// lying is book with the declared size (or, with crc, the checksum) of
// part changed: the zip's directory no longer says what the part holds.
func lying(t *testing.T, book []byte, name string, size func(uint64) uint64, crc func(uint32) uint32) []byte {
	t.Helper()
	return rezip(t, book, func(e entry) []part {
		if e.name() != name {
			return e.same()
		}
		body := e.body()
		packed := deflate(body)
		return []part{{name: name, body: packed, header: &zip.FileHeader{Method: zip.Deflate, CRC32: crc(crc32.ChecksumIEEE(body)),
			CompressedSize64: uint64(len(packed)), UncompressedSize64: size(uint64(len(body)))}}}
	})
}

// A workbook whose zip directory does not say what a part holds (a part
// longer than declared, or with another checksum) was refused with
// archive/zip's "zip: not a valid zip file" or "zip: checksum error",
// which say neither what is wrong nor what to do; a lie in a part
// excelize reads gave "EOF", an XML syntax error, or "the workbook has no
// sheet "Sheet1"; its sheets are: Sheet1" (res17). Each part is named,
// with the fix; the workbook saved again (the sound one) imports.
func TestXLSXPartNotAsTheZipSays(t *testing.T) {
	book := workbook(t, smallBook, nil)
	half := func(n uint64) uint64 { return n / 2 }
	same := func(n uint64) uint64 { return n }
	flip := func(c uint32) uint32 { return c ^ 1 }
	keep := func(c uint32) uint32 { return c }
	const fix = ": the archive is damaged or inconsistent (cut short, or changed by a program that does not write zip files right)" +
		"\n  fix: open it in the spreadsheet program and save it again (or save the sheet as CSV (UTF-8) and import that); if it was downloaded or copied, get it again"
	for _, part := range []string{"xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "docProps/app.xml"} {
		_, _, _, err := XLSX(bytes.NewReader(lying(t, book, part, half, keep)), "", "")
		if want := "its part " + part + " is longer than the zip archive's directory says" + fix; err == nil || err.Error() != want {
			t.Errorf("%s declared half its size:\ngot  %v\nwant %s", part, err, want)
		}
		_, _, _, err = XLSX(bytes.NewReader(lying(t, book, part, same, flip)), "", "")
		if want := "its part " + part + " does not match the checksum the zip archive's directory gives" + fix; err == nil || err.Error() != want {
			t.Errorf("%s with another checksum:\ngot  %v\nwant %s", part, err, want)
		}
	}
	if res := importXLSX(t, book); res.Rows != 1 || len(res.Problems.Errors()) > 0 {
		t.Errorf("saved again: %d rows; problems:\n%s", res.Rows, problemText(res))
	}
}
