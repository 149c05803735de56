package cli

import (
	"archive/zip"
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// handBook writes a workbook of one sheet, written by hand as some
// programs (and hostile files) write them: rows is the sheet's XML
// between <sheetData> and </sheetData>, shared the items of its shared
// text.
func handBook(t *testing.T, name, rows string, shared ...string) {
	t.Helper()
	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	part := func(name, text string) {
		w, err := z.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(text))
	}
	const ns = `xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"`
	const rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
	part("[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">`+
		`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>`+
		`<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>`+
		`<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`+
		`<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`)
	part("_rels/.rels", `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`+
		`<Relationship Id="rId1" Type="`+rel+`/officeDocument" Target="xl/workbook.xml"/></Relationships>`)
	part("xl/workbook.xml", `<?xml version="1.0" encoding="UTF-8"?><workbook `+ns+` xmlns:r="`+rel+`"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`)
	part("xl/_rels/workbook.xml.rels", `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`+
		`<Relationship Id="rId1" Type="`+rel+`/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="`+rel+`/sharedStrings" Target="sharedStrings.xml"/></Relationships>`)
	part("xl/worksheets/sheet1.xml", `<?xml version="1.0" encoding="UTF-8"?><worksheet `+ns+`><sheetData>`+rows+`</sheetData></worksheet>`)
	var sst strings.Builder
	for _, s := range shared {
		sst.WriteString("<si><t>" + s + "</t></si>")
	}
	part("xl/sharedStrings.xml", `<?xml version="1.0" encoding="UTF-8"?><sst `+ns+`>`+sst.String()+`</sst>`)
	if err := z.Close(); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(name, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// inline and sharedCell are a sheet's cells: text of its own, or item i
// of the workbook's shared text.
func inline(ref, text string) string {
	return `<c r="` + ref + `" t="inlineStr"><is><t>` + text + `</t></is></c>`
}

func sharedCell(ref, i string) string { return `<c r="` + ref + `" t="s"><v>` + i + `</v></c>` }

const handHeader = `<row r="1">` + `<c r="A1" t="inlineStr"><is><t>Department</t></is></c><c r="B1" t="inlineStr"><is><t>Duty</t></is></c></row>`

// A 15 KB workbook whose one shared text of 1 MB is shown by 1,000
// cells, one department each (every cell and department under its own
// bound), was 1 GB of text once read: a Go fatal "out of memory"
// (hostile14 #1). The cells' text is counted while the sheet's XML is
// read, each shared text once per cell that shows it, and the import
// refused at the cell past the bound, having read next to nothing.
func TestImportRefusesSharedTextShownTooOften(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "bomb.xlsx")
	var rows strings.Builder
	rows.WriteString(handHeader)
	for r := 2; r <= 1001; r++ {
		fmt.Fprintf(&rows, `<row r="%d">%s%s</row>`, r, inline(fmt.Sprintf("A%d", r), fmt.Sprintf("D%d", r)), sharedCell(fmt.Sprintf("B%d", r), "0"))
	}
	handBook(t, file, rows.String(), strings.Repeat("Visit customers ", 1<<16))
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	r := run(t, "import", file, "--out", filepath.Join(dir, "o")).fails(t, 1)
	runtime.ReadMemStats(&after)
	want := "dutymap import: " + file + `: sheet "Sheet1", row 129, column B (Duty): by this cell, the sheet's cells hold more than 128 MB of text, the most import reads; import read no further` +
		" (the cell shows 1024 KB of the workbook's shared text, which counts in every cell that shows it)\n" +
		"  fix: shorten the long text the sheet repeats, or split it into several sheets (a few departments each), import each into a folder of its own, and open them together: dutymap --content A --content B\n"
	if r.err != want {
		t.Errorf("stderr:\n%s\nwant:\n%s", r.err, want)
	}
	// The shared text is read once (1 MB), not once per cell (128 MB).
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 48<<20 {
		t.Errorf("the refused import allocated %d MB", alloc>>20)
	}
}

// A cell naming an item of the shared text the workbook does not have
// (-1, past the last, not a number) is a damaged file: -1 was called
// "more than 16 MB of text", and the others imported with the duty
// dropped or replaced by item 0, without a word (hostile14 #7).
func TestImportRefusesSharedTextItemsThatAreNot(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct{ index, shown string }{{"-1", "-1"}, {"2", "2"}, {"999999999", "999999999"}, {"abc", `"abc"`}, {" 1e3", `"1e3"`}} {
		file := filepath.Join(dir, "sst.xlsx")
		handBook(t, file, handHeader+`<row r="2">`+inline("A2", "Sales")+sharedCell("B2", tc.index)+`</row>`+
			`<row r="3">`+inline("A3", "Sales")+sharedCell("B3", "1")+`</row>`, "Visit customers.", "Plan visits.")
		r := run(t, "import", file, "--out", filepath.Join(dir, "o")).fails(t, 1)
		want := "dutymap import: " + file + `: sheet "Sheet1", row 2, column B (Duty): the cell refers to shared text item ` + tc.shown +
			", which the workbook does not have (its shared text has 2 items); the file is damaged\n" +
			"  fix: open it in a spreadsheet program and save it again (or retype the cell)\n"
		if r.err != want {
			t.Errorf("index %q: stderr:\n%s\nwant:\n%s", tc.index, r.err, want)
		}
	}
	// The items it has, and a cell of type s without a value (empty), import.
	file := filepath.Join(dir, "ok.xlsx")
	handBook(t, file, handHeader+`<row r="2">`+inline("A2", "Sales")+sharedCell("B2", "1")+`<c r="C2" t="s"/></row>`, "Visit customers.", "Plan visits.")
	run(t, "import", file, "--out", filepath.Join(dir, "ok")).ok(t)
	mustContain(t, readFile(t, filepath.Join(dir, "ok", "en", "sales.md")), "- Plan visits.")
}

// A workbook whose sheet nests a million elements deep (3 MB of "<r>"
// in a cell, zipped to a few KB) is refused with the part named and a
// fix, exit status 1, at once: the XML decoder kept about 100 bytes for
// each open element, and 40 million took 3.9 GB and 81 s, or a Go fatal
// "out of memory" under a memory limit (hostile16 #1). Without the check
// the import fails with "XML syntax error ... element <r> closed by
// </is>" having allocated over 100 MB.
func TestImportRefusesDeeplyNestedWorkbooks(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "deep.xlsx")
	handBook(t, file, handHeader+`<row r="2"><c r="A2" t="inlineStr"><is>`+strings.Repeat("<r>", 1_000_000)+`</is></c></row>`)
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	r := run(t, "import", file, "--out", filepath.Join(dir, "o")).fails(t, 1)
	runtime.ReadMemStats(&after)
	want := "dutymap import: " + file + ": its part xl/worksheets/sheet1.xml nests its elements more than 256 levels deep (line 1), far deeper than a spreadsheet program writes; the file is damaged or not from one\n" +
		"  fix: open it in a spreadsheet program and save it again, or save the sheet as CSV (UTF-8) and import that\n"
	if r.err != want {
		t.Errorf("stderr:\n%s\nwant:\n%s", r.err, want)
	}
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 32<<20 {
		t.Errorf("the refused import allocated %d MB", alloc>>20)
	}
}
