//go:build linux

package main

import (
	"archive/zip"
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// A workbook whose duties sheet is small but which holds a second sheet
// of 64 MB of XML (2 MB zipped): excelize unzips that sheet into a
// temporary file, and with TMPDIR missing keeps it in memory instead.
// Under `ulimit -d 180000` that was a Go fatal "out of memory allocating
// heap arena metadata" as the workbook was opened; now import stops
// first, naming TMPDIR and what to do. With a temporary folder the same
// workbook imports under the same limit.
//
// The limit is 190000 kB, not the 180000 of the report: what the process
// holds writable at start (VmData, thread stacks included) varies from run
// to run between about 128 and 149 MB (measured 2026-12-02, ten starts), so
// the room it leaves for loading, 90% of the rest, fell under the 25 MB a
// one-duty folder is reckoned to need in one full-suite run in ten. At
// 190000 the room is 33–52 MB: enough to load, too little for 65 MB held.
func TestImportNamesTMPDIRWhenALargeSheetCannotBeUnzipped(t *testing.T) {
	dir := t.TempDir()
	book := filepath.Join(dir, "data.xlsx")
	writeDataBook(t, book, 64<<20)
	missing := filepath.Join(dir, "no-such-folder")

	t.Setenv("TMPDIR", missing)
	r := underDataLimit(t, "190000", "import", book, "--out", filepath.Join(dir, "o"))
	for _, want := range []string{
		"dutymap import: " + book + ": the workbook's large sheets (65 MB of XML) are unzipped into the temporary folder, but " + missing + " (TMPDIR) does not exist; held in memory instead, they would need more than ulimit -d 190000 (kB of data) leaves",
		"\n  fix: set TMPDIR to a folder you can write with 65 MB free (such as TMPDIR=/var/tmp), or raise the limit (ulimit -d unlimited)\n",
	} {
		if !strings.Contains(r.err, want) {
			t.Errorf("stderr lacks %q:\n%.2000s", want, r.err)
		}
	}
	if r.code != 1 || strings.Contains(r.err, "fatal error") || strings.Contains(r.err, "goroutine ") {
		t.Errorf("exit %d, want 1 without a Go fatal error; stderr:\n%.2000s", r.code, r.err)
	}

	t.Setenv("TMPDIR", dir)
	if r := underDataLimit(t, "190000", "import", book, "--out", filepath.Join(dir, "o")); r.code != 0 || !strings.Contains(r.out, "1 duty") {
		t.Errorf("with a temporary folder: exit %d, stdout %q, stderr:\n%.2000s", r.code, r.out, r.err)
	}
}

// writeDataBook writes a workbook whose first sheet has one duty and whose
// second sheet has about size bytes of XML, streamed into the zip.
func writeDataBook(t *testing.T, path string, size int) {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	f.SetSheetRow("Sheet1", "A1", &[]any{"Department", "Duty"})
	f.SetSheetRow("Sheet1", "A2", &[]any{"Sales", "Visit customers."})
	if _, err := f.NewSheet("Data"); err != nil {
		t.Fatal(err)
	}
	var small bytes.Buffer
	if _, err := f.WriteTo(&small); err != nil {
		t.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(small.Bytes()), int64(small.Len()))
	if err != nil {
		t.Fatal(err)
	}
	out, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer out.Close()
	zw := zip.NewWriter(out)
	for _, e := range zr.File {
		w, err := zw.Create(e.Name)
		if err != nil {
			t.Fatal(err)
		}
		if e.Name != "xl/worksheets/sheet2.xml" {
			rc, _ := e.Open()
			io.Copy(w, rc)
			rc.Close()
			continue
		}
		bw := bufio.NewWriter(w)
		n, _ := bw.WriteString(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`)
		pad := strings.Repeat("y", 200)
		for r := 1; n < size; r++ {
			m, _ := fmt.Fprintf(bw, `<row r="%d"><c r="A%d" t="inlineStr"><is><t>%d %s</t></is></c></row>`, r, r, r, pad)
			n += m
		}
		bw.WriteString("</sheetData></worksheet>")
		if err := bw.Flush(); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
}
