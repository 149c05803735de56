package sheet

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"fmt"
	"hash/crc32"
	"runtime"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// smallBook builds the workbook the tests below make hostile: a header
// and one duty, its text shared (so the book has a sharedStrings part).
func smallBook(f *excelize.File, s string) {
	f.SetSheetRow(s, "A1", &[]any{"Department", "Duty"})
	f.SetSheetRow(s, "A2", &[]any{"Sales", "Visit customers."})
}

// partNames lists the parts of a workbook, as its zip directory does.
func partNames(t *testing.T, book []byte) []string {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(book), int64(len(book)))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, f := range zr.File {
		names = append(names, f.Name)
	}
	return names
}

// allocated is what f allocates on the heap, in bytes.
func allocated(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// A part whose elements nest a million deep (3 MB of "<x>") is refused
// before any XML decoder keeps a stack of them, in whichever part it is:
// encoding/xml keeps about 100 bytes for each open element, and excelize
// decodes every part it uses whole, so a 118 KB workbook nesting 40
// million took 3.9 GB, or died with a Go fatal "out of memory" under a
// memory limit (hostile16 #1). Without checkParts each part allocates
// over 100 MB and gives an XML syntax error, or imports.
func TestXLSXRefusesDeepNesting(t *testing.T) {
	deep := func(x string) string {
		i := strings.LastIndex(x, "</")
		return x[:i] + strings.Repeat("<x>", 1_000_000) + x[i:]
	}
	names := partNames(t, workbook(t, smallBook, nil))
	if len(names) < 9 {
		t.Fatalf("the workbook has only the parts %s", names)
	}
	for _, part := range names {
		book := edited(t, smallBook, map[string]func(string) string{part: deep})
		var err error
		alloc := allocated(func() { _, _, _, err = XLSX(bytes.NewReader(book), "", "") })
		want := "its part " + part + " nests its elements more than 256 levels deep (line 2), far deeper than a spreadsheet program writes; the file is damaged or not from one" +
			"\n  fix: open it in a spreadsheet program and save it again, or save the sheet as CSV (UTF-8) and import that"
		if err == nil || err.Error() != want {
			t.Errorf("%s: got %v\nwant %s", part, err, want)
		}
		if alloc > 16<<20 {
			t.Errorf("%s: refusing it allocated %d MB", part, alloc>>20)
		}
	}
}

// Elements nested as deep as the bound (256, the root included) import;
// one level more is refused (fails if the bound is off by one either
// way, or counts an empty element <x/> as open).
func TestXLSXNestingBound(t *testing.T) {
	nest := func(levels int) func(string) string {
		return func(x string) string {
			i := strings.LastIndex(x, "</styleSheet>")
			// The root is level 1; <y/> inside the deepest would be one more.
			return x[:i] + strings.Repeat("<x>", levels-1) + "<y/>" + strings.Repeat("</x>", levels-1) + x[i:]
		}
	}
	res := importXLSX(t, edited(t, smallBook, map[string]func(string) string{"xl/styles.xml": nest(maxXMLDepth - 1)}))
	if len(res.Files) != 1 || len(res.Problems) != 0 {
		t.Errorf("%d files; problems:\n%s", len(res.Files), problemText(res))
	}
	_, _, _, err := XLSX(bytes.NewReader(edited(t, smallBook, map[string]func(string) string{"xl/styles.xml": nest(maxXMLDepth)})), "", "")
	if err == nil || !strings.HasPrefix(err.Error(), "its part xl/styles.xml nests its elements more than 256 levels deep") {
		t.Errorf("got %v", err)
	}
}

// A tag of more than maxDocBytes (an attribute of 3 MB, the bound
// lowered to 1 MB) in a part that scan does not read is refused before
// encoding/xml gathers it whole (fails without the guard in
// checkNesting, or for the workbook's own list of sheets and its
// relationships, in readXML, which bounds them in the one read that
// decodes them: the workbook imports, or excelize fails, having
// allocated the attribute several times over).
func TestXLSXRefusesLongTags(t *testing.T) {
	defer func(n int) { maxDocBytes = n }(maxDocBytes)
	maxDocBytes = 1 << 20
	for _, part := range []string{"xl/styles.xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels"} {
		book := edited(t, smallBook, map[string]func(string) string{part: func(x string) string {
			i := strings.LastIndex(x, "</")
			return x[:i] + `<x a="` + strings.Repeat("A", 3<<20) + `"/>` + x[i:]
		}})
		var err error
		alloc := allocated(func() { _, _, _, err = XLSX(bytes.NewReader(book), "", "") })
		want := "its part " + part + " holds more than 1 MB between two tags, far more than a spreadsheet program writes; the file is damaged or not from one"
		if err == nil || !strings.HasPrefix(err.Error(), want+"\n  fix: ") {
			t.Errorf("got %v\nwant %s", err, want)
		}
		if alloc > 8<<20 {
			t.Errorf("%s: refusing it allocated %d MB", part, alloc>>20)
		}
	}
}

// bomb is a workbook whose sheet unzips, as its zip directory says and
// as it really does, to rows MB of rows: a deflate stream of one
// compressed megabyte of rows, repeated (each copy is a block that
// refers to nothing before it), so it takes next to no time to make.
func bomb(t *testing.T, mb int) []byte {
	t.Helper()
	const head = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>` +
		`<row><c t="inlineStr"><is><t>Department</t></is></c><c t="inlineStr"><is><t>Duty</t></is></c></row>`
	row := `<row><c t="inlineStr"><is><t>Sales</t></is></c><c t="inlineStr"><is><t>Visit customers.</t></is></c></row>`
	chunk := []byte(strings.Repeat(row, (1<<20)/len(row)))
	deflated := func(b []byte) []byte {
		var buf bytes.Buffer
		w, _ := flate.NewWriter(&buf, flate.BestCompression)
		w.Write(b)
		w.Flush() // non-final blocks, ending on a byte
		return buf.Bytes()
	}
	data := deflated([]byte(head))
	crc := crc32.ChecksumIEEE([]byte(head))
	size := uint64(len(head))
	one := deflated(chunk)
	for range mb {
		data = append(data, one...)
		crc = crc32.Update(crc, crc32.IEEETable, chunk)
		size += uint64(len(chunk))
	}
	tail := "</sheetData></worksheet>"
	data = append(data, deflated([]byte(tail))...)
	data = append(data, 0x03, 0x00) // the final block, empty
	crc = crc32.Update(crc, crc32.IEEETable, []byte(tail))
	size += uint64(len(tail))

	return rezip(t, workbook(t, smallBook, nil), func(e entry) []part {
		if e.name() != "xl/worksheets/sheet1.xml" {
			return e.same()
		}
		return []part{{name: e.name(), body: data, header: &zip.FileHeader{Method: zip.Deflate, CRC32: crc,
			CompressedSize64: uint64(len(data)), UncompressedSize64: size}}}
	})
}

// A workbook whose zip directory says its parts unzip to more than 512
// MB is refused at once, having read none of them: a 6.9 MB file of 2 GB
// of rows took 55 s (hostile16 #3). Without the check of the declared
// sizes, scan reads 512 MB of the sheet first (tens of seconds, and
// hundreds of MB allocated), then excelize refuses it with this message.
func TestXLSXRefusesZipBombsAtOnce(t *testing.T) {
	book := bomb(t, 600)
	if len(book) > 4<<20 {
		t.Fatalf("the bomb is %d KB", len(book)>>10)
	}
	var err error
	alloc := allocated(func() { _, _, _, err = XLSX(bytes.NewReader(book), "", "") })
	want := "the workbook unzips to more than 512 MB, the most import reads; " + SplitFix
	if err == nil || err.Error() != want {
		t.Errorf("got %v\nwant %s", err, want)
	}
	if alloc > 4*uint64(len(book))+(8<<20) {
		t.Errorf("refusing a %d KB workbook allocated %d MB", len(book)>>10, alloc>>20)
	}
	// The bomb is a sound zip: a smaller one (2 MB) is read to its end.
	res := importXLSX(t, bomb(t, 2))
	if res.Rows < 19_000 {
		t.Errorf("%d rows, %d files; problems:\n%s", res.Rows, len(res.Files), problemText(res))
	}
}

// A workbook that holds its sheet twice under one name (a zip allows
// it), the second nesting a million deep: scan reads one, excelize keeps
// the other, so neither is left unchecked (fails if checkParts skips
// every part named as the sheet scan reads).
func TestXLSXChecksTwinSheets(t *testing.T) {
	var sheet string
	twins := rezip(t, workbook(t, smallBook, nil), func(e entry) []part {
		switch e.name() {
		case "xl/worksheets/sheet1.xml":
			sheet = string(e.body())
		case "":
			i := strings.LastIndex(sheet, "</")
			return []part{{name: "xl/worksheets/sheet1.xml", body: []byte(sheet[:i] + strings.Repeat("<x>", 1_000_000) + sheet[i:])}}
		}
		return e.same()
	})
	var got error
	alloc := allocated(func() { _, _, _, got = XLSX(bytes.NewReader(twins), "", "") })
	if got == nil || !strings.HasPrefix(got.Error(), "its part xl/worksheets/sheet1.xml nests its elements more than 256 levels deep") {
		t.Errorf("got %v", got)
	}
	if alloc > 16<<20 {
		t.Errorf("refusing it allocated %d MB", alloc>>20)
	}
}

// withPart is book with one more part, name, that unzips to mb MB of
// zeros (as its zip directory says and as it really does).
func withPart(t *testing.T, book []byte, name string, mb int) []byte {
	t.Helper()
	// One compressed megabyte, repeated (as in bomb).
	zeros := make([]byte, 1<<20)
	var one bytes.Buffer
	fw, _ := flate.NewWriter(&one, flate.BestCompression)
	fw.Write(zeros)
	fw.Flush()
	var data []byte
	var crc uint32
	for range mb {
		data = append(data, one.Bytes()...)
		crc = crc32.Update(crc, crc32.IEEETable, zeros)
	}
	data = append(data, 0x03, 0x00) // the final block, empty
	return rezip(t, book, func(e entry) []part {
		if e.name() != "" {
			return e.same()
		}
		return []part{{name: name, body: data, header: &zip.FileHeader{Method: zip.Deflate, CRC32: crc,
			CompressedSize64: uint64(len(data)), UncompressedSize64: uint64(mb) << 20}}}
	})
}

// A workbook large only because of its pictures was told to split its
// sheets, which cannot help: its sheet is small (tryout18 E). It is told
// the truth, and following the fix (the pictures deleted) it imports. A
// workbook whose own sheets are too large keeps the advice to split.
func TestXLSXLargeOnlyFromPictures(t *testing.T) {
	book := workbook(t, smallBook, nil)
	for i := range 2 {
		book = withPart(t, book, fmt.Sprintf("xl/media/image%d.png", i+1), 300)
	}
	_, _, _, err := XLSX(bytes.NewReader(book), "", "")
	want := `the workbook unzips to more than 512 MB, the most import reads, and 600 MB of it are pictures or other files embedded in it (such as xl/media/image1.png), which import does not read
  fix: delete the pictures and embedded files from the workbook (or from a copy of it) and save it, or save the sheet as CSV (UTF-8) and import that`
	if err == nil || err.Error() != want {
		t.Fatalf("got %v\nwant %s", err, want)
	}
	// One picture larger than import reads (600 MB, past 512 MB) is
	// told at its size, not at the bound the count of the parts stops at.
	_, _, _, err = XLSX(bytes.NewReader(withPart(t, workbook(t, smallBook, nil), "xl/media/image1.png", 600)), "", "")
	if err == nil || err.Error() != want {
		t.Errorf("one picture of 600 MB: got %v\nwant %s", err, want)
	}
	// A picture packed by a method no reader here unpacks, whose size
	// cannot be checked, is counted up to a bound, and said to be more.
	odd := rezip(t, workbook(t, smallBook, nil), func(e entry) []part {
		if e.name() != "" {
			return e.same()
		}
		return []part{{name: "xl/media/image1.png", body: []byte("odd!"), header: &zip.FileHeader{Method: 99, CompressedSize64: 4, UncompressedSize64: 1 << 50}}}
	})
	_, _, _, err = XLSX(bytes.NewReader(odd), "", "")
	if want := strings.Replace(want, "and 600 MB of it", "and more than 1048576 MB of it", 1); err == nil || err.Error() != want {
		t.Errorf("a picture of a size that cannot be checked: got %v\nwant %s", err, want)
	}
	// The fix: the same workbook without its pictures.
	without := rezip(t, book, func(e entry) []part {
		if strings.HasPrefix(e.name(), "xl/media/") {
			return nil
		}
		return e.same()
	})
	if res := importXLSX(t, without); res.Rows != 1 || len(res.Problems.Errors()) > 0 {
		t.Errorf("without its pictures: %d rows; problems:\n%s", res.Rows, problemText(res))
	}
	// Pictures beside a sheet too large by itself: splitting is the fix.
	_, _, _, err = XLSX(bytes.NewReader(withPart(t, bomb(t, 600), "xl/media/image1.png", 1)), "", "")
	if want := "the workbook unzips to more than 512 MB, the most import reads; " + SplitFix; err == nil || err.Error() != want {
		t.Errorf("got %v\nwant %s", err, want)
	}
}
