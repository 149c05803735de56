package sheet

import (
	"archive/zip"
	"bytes"
	"encoding/binary"
	"strings"
	"testing"
	"unicode/utf16"
)

// fixDamaged is the fix every damaged workbook is given.
const fixDamaged = "\n  fix: open it in the spreadsheet program and save it again as .xlsx (it repairs what it can), or save the sheet as CSV (UTF-8) and import that; if it was downloaded or copied, get it again"

// A part written in UTF-16 (a byte order mark, or none) was refused as
// "XML syntax error on line 1: invalid UTF-8", while the message for an
// encoding not known promised that import reads UTF-16 (tryout20). It is
// named as what it is, with the fix; the promise is gone.
func TestXLSXPartInUTF16(t *testing.T) {
	utf16LE := func(s string, bom bool) string {
		var b []byte
		if bom {
			b = append(b, 0xff, 0xfe)
		}
		for _, u := range utf16.Encode([]rune(s)) {
			b = binary.LittleEndian.AppendUint16(b, u)
		}
		return string(b)
	}
	for _, part := range []string{"xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/workbook.xml", "xl/styles.xml"} {
		for _, bom := range []bool{true, false} {
			book := edited(t, smallBook, map[string]func(string) string{part: func(s string) string {
				return utf16LE(strings.Replace(s, `encoding="UTF-8"`, `encoding="UTF-16"`, 1), bom)
			}})
			_, _, _, err := XLSX(bytes.NewReader(book), "", "")
			want := "its part " + part + " is written in UTF-16, which import does not read (spreadsheet programs write UTF-8)" +
				"\n  fix: open it in a spreadsheet program and save it again, or save the sheet as CSV (UTF-8) and import that"
			if err == nil || err.Error() != want {
				t.Errorf("%s (byte order mark %v):\ngot  %v\nwant %s", part, bom, err, want)
			}
		}
	}
}

// A part whose size, as the zip's directory gives it, its packed bytes
// cannot hold (one byte changed in the directory) is a damaged workbook:
// it was told that it "unzips to more than 512 MB", with the fix to split
// its sheet (tryout20). A size deflate can reach stays the workbook's.
func TestXLSXPartSizeNoPackingCanHold(t *testing.T) {
	book := workbook(t, smallBook, nil)
	huge := func(n uint64) uint64 { return n + 600<<20 }
	keep := func(c uint32) uint32 { return c }
	_, _, _, err := XLSX(bytes.NewReader(lying(t, book, "xl/styles.xml", huge, keep)), "", "")
	if err == nil || !strings.HasPrefix(err.Error(), "the workbook is damaged: the zip archive's directory says its part xl/styles.xml unpacks to 600 MB, which its ") ||
		!strings.HasSuffix(err.Error(), " bytes of packed data cannot hold"+fixDamaged) {
		t.Errorf("got %v", err)
	}
}

// A part the workbook needs, lost (its name in the zip's directory
// damaged), is named with what it holds: excelize said "EOF", or of
// the sheet it had just listed, "the workbook has no sheet "Sheet1"; its
// sheets are: Sheet1" (tryout20).
func TestXLSXMissingPart(t *testing.T) {
	for part, want := range map[string]string{
		"_rels/.rels":                "the workbook is damaged: it has no part _rels/.rels, which every workbook holds",
		"xl/_rels/workbook.xml.rels": "the workbook is damaged: it has no part xl/_rels/workbook.xml.rels, which says where its sheets are kept",
		"xl/worksheets/sheet1.xml":   "the workbook is damaged: it has no part xl/worksheets/sheet1.xml, where it keeps its sheet Sheet1",
	} {
		book := renamed(t, workbook(t, smallBook, nil), part, strings.Replace(part, "s", "$", 1))
		_, _, _, err := XLSX(bytes.NewReader(book), "", "")
		if want += " (the part's name in the zip archive may be what is damaged)" + fixDamaged; err == nil || err.Error() != want {
			t.Errorf("%s renamed:\ngot  %v\nwant %s", part, err, want)
		}
	}
}

// renamed is book with its part from named to.
func renamed(t *testing.T, book []byte, from, to string) []byte {
	t.Helper()
	i := bytes.LastIndex(book, []byte(from)) // in the directory, where readers look
	if i < 0 {
		t.Fatalf("no part %s", from)
	}
	out := bytes.Clone(book)
	copy(out[i:], to)
	return out
}

// A part packed by a method archive/zip does not unpack (bzip2, LZMA) was
// "zip: unsupported compression algorithm"; it is named, with its method.
func TestXLSXPartPackedByAnotherMethod(t *testing.T) {
	book := rezip(t, workbook(t, smallBook, nil), func(e entry) []part {
		if e.name() != "xl/worksheets/sheet1.xml" {
			return e.same()
		}
		b := e.body()
		return []part{{name: e.name(), body: b, header: &zip.FileHeader{Method: 12, CompressedSize64: uint64(len(b)), UncompressedSize64: uint64(len(b))}}}
	})
	_, _, _, err := XLSX(bytes.NewReader(book), "", "")
	want := "its part xl/worksheets/sheet1.xml is packed with a compression method (number 12) that spreadsheet programs do not use; the file is damaged or not from one" + fixDamaged
	if err == nil || err.Error() != want {
		t.Errorf("got  %v\nwant %s", err, want)
	}
}
