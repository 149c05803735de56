package sheet

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/dutymap/dutymap/internal/memlimit"
	"github.com/xuri/excelize/v2"
)

// spillingBook is a workbook whose one sheet is more than spillSize of
// XML, which excelize unzips into a temporary file.
func spillingBook(t *testing.T) []byte {
	t.Helper()
	pad := strings.Repeat("x", 60)
	return workbook(t, func(f *excelize.File, s string) {
		f.SetSheetRow(s, "A1", &[]any{"Department", "Duty"})
	}, func(x string) string {
		var b strings.Builder
		b.WriteString(`<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Department</t></is></c><c r="B1" t="inlineStr"><is><t>Duty</t></is></c></row>`)
		for r := 2; b.Len() <= spillSize+1<<20; r++ {
			fmt.Fprintf(&b, `<row r="%d"><c r="A%d" t="inlineStr"><is><t>Dept %d</t></is></c><c r="B%d" t="inlineStr"><is><t>Duty %d %s</t></is></c></row>`, r, r, r%50, r, r, pad)
		}
		b.WriteString(`</sheetData>`)
		return regexp.MustCompile(`(?s)<sheetData>.*</sheetData>`).ReplaceAllLiteralString(x, b.String())
	})
}

// With no temporary folder to be had (TMPDIR missing, or not a folder),
// excelize keeps a large sheet in memory without a word. Where the memory
// bound leaves too little for it, import stops as the workbook is opened
// and names TMPDIR and what to do, before a Go fatal "out of memory" can
// come; where it leaves enough, the sheet is read from memory, and a
// memory problem met later names TMPDIR in its fix too. Without a bound it
// is read as with a folder. memoryBound and heapInUse stand in for the
// process's bound and heap.
func TestImportWithoutATemporaryFolder(t *testing.T) {
	defer func(b func() memlimit.Bound, h func() int64) { memoryBound, heapInUse = b, h }(memoryBound, heapInUse)
	book := spillingBook(t)
	file := filepath.Join(t.TempDir(), "a-file")
	if err := os.WriteFile(file, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(t.TempDir(), "gone")
	bound := func(most int64) func() memlimit.Bound {
		return func() memlimit.Bound {
			return memlimit.Bound{Most: most, From: "ulimit -d 500000 (kB of data)", Raise: "ulimit -d unlimited"}
		}
	}
	heapInUse = func() int64 { return 10 << 20 }

	for _, tc := range []struct{ tmpdir, why string }{{missing, "does not exist"}, {file, "cannot be written: not a directory"}} {
		t.Setenv("TMPDIR", tc.tmpdir)
		memoryBound = bound(20 << 20) // 10 MB held, 17 MB of sheet: past it
		_, _, _, err := XLSX(bytes.NewReader(book), "", "")
		want := `the workbook's large sheets (18 MB of XML) are unzipped into the temporary folder, but ` + tc.tmpdir + ` (TMPDIR) ` + tc.why +
			"; held in memory instead, they would need more than ulimit -d 500000 (kB of data) leaves (about 20 MB)\n" +
			"  fix: set TMPDIR to a folder you can write with 18 MB free (such as TMPDIR=/var/tmp), or raise the limit (ulimit -d unlimited)"
		if err == nil || err.Error() != want {
			t.Errorf("TMPDIR %s: got %v\nwant %s", tc.tmpdir, err, want)
		}
	}

	t.Setenv("TMPDIR", missing)
	memoryBound = bound(100 << 20) // room for the sheet: read from memory
	rows, _, _, err := XLSX(bytes.NewReader(book), "", "")
	if err != nil {
		t.Fatal(err)
	}
	calls := 0
	heapInUse = func() int64 { // the heap grows past the bound as the rows are read
		if calls++; calls > 1 {
			return 101 << 20
		}
		return 10 << 20
	}
	res := Read(rows, Options{Name: "org.xlsx[Sheet1]"})
	rows.Close()
	want := fmt.Sprintf(`the temporary folder %s (TMPDIR) does not exist, so the workbook's large sheets (18 MB of XML) are held in memory: set TMPDIR to a folder you can write with 18 MB free (such as TMPDIR=/var/tmp), or raise the limit (ulimit -d unlimited), or `, missing)
	if errs := res.Problems.Errors(); len(errs) != 1 || !strings.Contains(errs[0].Msg, "the sheet is too large for the memory this process may use") || !strings.HasPrefix(errs[0].Fix, want) {
		t.Errorf("want the memory problem whose fix begins\n%s\ngot:\n%s", want, res.Problems)
	}

	memoryBound = bound(0) // no bound: excelize holds the sheet, and it is read
	heapInUse = func() int64 { return 10 << 20 }
	rows, _, _, err = XLSX(bytes.NewReader(book), "", "")
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	for range 2 {
		rows.Next()
	}
	if cells, row, err := rows.Next(); err != nil || row != 3 || len(cells) != 2 || cells[1] != "Duty 3 "+strings.Repeat("x", 60) {
		t.Errorf("row %d: %q, %v", row, cells, err)
	}
}
