package cli

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/xuri/excelize/v2"
)

// bigWorkbook is an XLSX file whose one sheet has header and then rows
// rows (row gives the cells of row r, from 2), as inline text: more than
// 16 MB of sheet XML, which excelize unzips into a temporary file rather
// than memory.
func bigWorkbook(t *testing.T, header []string, row func(r int) []string, rows int) []byte {
	t.Helper()
	f := excelize.NewFile()
	var small bytes.Buffer
	if _, err := f.WriteTo(&small); err != nil {
		t.Fatal(err)
	}
	f.Close()
	cells := func(b *strings.Builder, r int, values []string) {
		fmt.Fprintf(b, `<row r="%d">`, r)
		for i, v := range values {
			ref, _ := excelize.CoordinatesToCellName(i+1, r)
			fmt.Fprintf(b, `<c r="%s" t="inlineStr"><is><t>%s</t></is></c>`, ref, v)
		}
		b.WriteString("</row>")
	}
	var sheet strings.Builder
	sheet.WriteString(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
		`<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`)
	cells(&sheet, 1, header)
	for r := 2; r <= rows+1; r++ {
		cells(&sheet, r, row(r))
	}
	sheet.WriteString("</sheetData></worksheet>")
	if sheet.Len() <= 16<<20 {
		t.Fatalf("the sheet's XML is %d bytes, not more than 16 MB", sheet.Len())
	}
	zr, err := zip.NewReader(bytes.NewReader(small.Bytes()), int64(small.Len()))
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	for _, e := range zr.File {
		w, _ := zw.Create(e.Name)
		if e.Name == "xl/worksheets/sheet1.xml" {
			io.WriteString(w, sheet.String())
			continue
		}
		rc, _ := e.Open()
		io.Copy(w, rc)
		rc.Close()
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

// TestImportLeavesNoTemporaryFiles: excelize unzips a sheet of more than
// 16 MB of XML into a temporary file, which only closing the workbook
// removes. An import that stopped early (a header it cannot read, too
// many problems, no such sheet) left it behind, one per import: 400 MB in /tmp for a
// large sheet.
func TestImportLeavesNoTemporaryFiles(t *testing.T) {
	pad := strings.Repeat("x", 60)
	cases := []struct {
		name   string
		header []string
		row    func(r int) []string
		want   string
		args   []string
	}{
		{"no department column", []string{"Foo", "Bar"}, func(int) []string { return []string{"some text " + pad, "more"} },
			"no column reads as the department", nil},
		{"too many problems", []string{"Department", "Duty", "Kind"}, func(r int) []string {
			kind := "duty"
			if r < 100 {
				kind = fmt.Sprint("thing", r) // unknown, a problem of its own on each row
			}
			return []string{"Sales", fmt.Sprintf("Sell %d %s", r, pad), kind}
		}, "stopped after 50 problems", nil},
		{"a sheet the workbook does not have", []string{"Department", "Duty"}, func(r int) []string { return []string{"Sales", fmt.Sprint("Sell ", r, pad)} },
			`the workbook has no sheet "Tasks"`, []string{"--sheet", "Tasks"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			file := filepath.Join(dir, "big.xlsx")
			if err := os.WriteFile(file, bigWorkbook(t, tc.header, tc.row, 100_000), 0o644); err != nil {
				t.Fatal(err)
			}
			tmp := t.TempDir()
			t.Setenv("TMPDIR", tmp)
			r := run(t, append([]string{"import", file, "--out", filepath.Join(dir, "o")}, tc.args...)...).fails(t, 1)
			mustContain(t, r.err, tc.want)
			left, err := os.ReadDir(tmp)
			if err != nil {
				t.Fatal(err)
			}
			var names []string
			for _, e := range left {
				names = append(names, e.Name())
			}
			if len(names) > 0 {
				t.Errorf("import left %s in the temporary folder", strings.Join(names, ", "))
			}
		})
	}
}

// TestImportRemovesTheWorkbookFolderOnQuit: ctrl+c (or SIGTERM, SIGHUP,
// ctrl+\) while a workbook is read removes its temporary folder, then
// ends the process with the signal's status; before, Go ended it at
// once and the folder stayed. (The handler, fed a signal: a real one
// would end the test.)
func TestImportRemovesTheWorkbookFolderOnQuit(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "dutymap-xlsx-1")
	writeFile(t, filepath.Join(dir, "excelize-1"), "the sheet, unzipped")
	signals, done := make(chan os.Signal, 1), make(chan struct{})
	status := make(chan int, 1)
	signals <- syscall.SIGINT
	removeOnSignal(dir, signals, done, func(code int) { status <- code })
	if code := <-status; code != 130 {
		t.Errorf("exit status %d, want 130", code)
	}
	if _, err := os.Stat(dir); !os.IsNotExist(err) {
		t.Errorf("the folder is left: %v", err)
	}
	// Once reading is over, a signal is no longer its to handle.
	close(done)
	removeOnSignal(t.TempDir(), make(chan os.Signal), done, func(int) { t.Error("exit after the workbook was read") })
}
