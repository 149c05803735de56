//go:build linux

package main

import (
	"archive/zip"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dutymap/dutymap/internal/synth"
)

// underAddressLimit runs the binary as `ulimit -v kb` leaves it, with
// output to pipes.
func underAddressLimit(t *testing.T, kb string, args ...string) piped {
	t.Helper()
	return underULimit(t, "-v", kb, args...)
}

// Content the loader admits under a memory bound is exported under it:
// the JSON export held the whole document three times over (a tree of
// nodes, compact, indented), and 45,000 duties under `ulimit -v 1000000`
// loaded, then ended in a Go fatal "out of memory" (hunt24). Now it is
// written one department at a time: exit 0, or the loader's own refusal,
// never a fatal error.
func TestExportJSONFitsWhereTheContentLoads(t *testing.T) {
	dir := t.TempDir()
	if err := synth.WriteDir(dir, 45_000, 1); err != nil {
		t.Fatal(err)
	}
	r := underAddressLimit(t, "1000000", "--no-cache", "--builtin=false", "--content", dir, "export", "--format", "json")
	refused := r.code == 1 && strings.Contains(r.err, "the content is too large for the memory this process may use")
	if !refused && (r.code != 0 || !strings.HasSuffix(r.out, "\n}\n")) || strings.Contains(r.err, "fatal") || strings.Contains(r.err, "goroutine ") {
		t.Errorf("exit %d, %d bytes out, stderr:\n%.600s", r.code, len(r.out), r.err)
	}
}

// The workbook export, too, fits where the content loads: it built every
// row first, then excelize's whole sheet and zip in memory, and 60,000
// duties under `ulimit -v 1000000` loaded, then ended in a Go fatal "out
// of memory" 3 runs of 3 (hunt24). Now the rows are made one at a time,
// the sheet spills to a temporary file and the zip goes straight out:
// exit 0 with a whole workbook, or the loader's own refusal, never a
// fatal error.
func TestExportXLSXFitsWhereTheContentLoads(t *testing.T) {
	dir := t.TempDir()
	if err := synth.WriteDir(dir, 60_000, 1); err != nil {
		t.Fatal(err)
	}
	book := filepath.Join(t.TempDir(), "org.xlsx")
	r := underAddressLimit(t, "1000000", "--no-cache", "--builtin=false", "--content", dir, "export", "--format", "xlsx", "-o", book)
	refused := r.code == 1 && strings.Contains(r.err, "the content is too large for the memory this process may use")
	if refused {
		t.Logf("the loader refused the content under the limit:\n%s", r.err)
	}
	if !refused && (r.code != 0 || r.out != "Wrote "+book+".\n") || strings.Contains(r.err, "fatal") || strings.Contains(r.err, "goroutine ") {
		t.Fatalf("exit %d, stdout %q, stderr:\n%.600s", r.code, r.out, r.err)
	}
	if refused {
		return
	}
	zr, err := zip.OpenReader(book)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	for _, f := range zr.File {
		// 60,000 duties, their sections and departments: about 44 MB.
		if f.Name == "xl/worksheets/sheet1.xml" && f.UncompressedSize64 > 10<<20 {
			return
		}
	}
	t.Errorf("the workbook lacks its sheet of rows: %d parts", len(zr.File))
}

// import, too, stops where the memory runs out, with the limit named and
// a fix: a CSV file of 300,000 rows of eight words (23 MB, about 600
// bytes a row once read) under `ulimit -v 1000000` ended in a Go fatal "out of
// memory" (hunt25). Now reading stops at the bound, or the
// files are not written when they would pass it; never a fatal error.
func TestImportStopsAtTheMemoryBound(t *testing.T) {
	dir := t.TempDir()
	var b strings.Builder
	b.WriteString("Department,Section,Duty\n")
	words := strings.Fields("review plan budget report audit invoice contract supplier customer schedule " +
		"approve draft verify record payment order stock quality training safety")
	for i := range 300_000 {
		fmt.Fprintf(&b, "Dept %d,Sec %d,", i%50, i%1000)
		for k := range 8 {
			fmt.Fprintf(&b, "%s ", words[(i*7+k*13+i/20*k)%20])
		}
		fmt.Fprintf(&b, "%d.\n", i)
	}
	file := filepath.Join(dir, "big.csv")
	if err := os.WriteFile(file, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	// ulimit -d counts every page the runtime maps, not only the heap's
	// objects, which the first version of the check watched: it died so.
	for _, lim := range []struct{ opt, kb, from string }{
		{"-v", "1000000", "ulimit -v 1000000 (kB of address space)"},
		{"-d", "300000", "ulimit -d 300000 (kB of data)"},
	} {
		r := underULimit(t, lim.opt, lim.kb, "import", file, "-o", filepath.Join(dir, "out"))
		if r.code != 1 || !strings.Contains(r.err, "big.csv: the sheet is too large for the memory this process may use: ") ||
			!strings.Contains(r.err, lim.from+" leaves about ") ||
			!strings.Contains(r.err, "fix: raise the limit (ulimit "+lim.opt+" unlimited), or split it into several sheets") ||
			strings.Contains(r.err, "fatal") || strings.Contains(r.err, "goroutine ") {
			t.Errorf("ulimit %s %s: exit %d, stderr:\n%.600s", lim.opt, lim.kb, r.code, r.err)
		}
		if _, err := os.Stat(filepath.Join(dir, "out")); err == nil {
			t.Errorf("ulimit %s %s: the folder was written", lim.opt, lim.kb)
		}
	}
}

// Every command starts under `ulimit -v 1000000` (1 GB of address space),
// the limit a user or a shared host sets. The binary links cgo, and glibc
// reserved a 64 MB malloc arena for each thread: the process died before
// main, "runtime/cgo: pthread_create failed" and a dump of every goroutine
// (hunt24). internal/onearena keeps glibc to one arena.
func TestStartsUnderOneGigabyteOfAddressSpace(t *testing.T) {
	for _, args := range [][]string{
		{"version"},
		{"search", "price"},
		{"show", "marketing"},
		{"compare", "marketing", "sales"},
		{"validate"},
		{"export", "--format", "json"},
	} {
		r := underAddressLimit(t, "1000000", args...)
		if r.code != 0 || r.out == "" || strings.Contains(r.err, "fatal") || strings.Contains(r.err, "goroutine ") {
			t.Errorf("dutymap %s under ulimit -v 1000000: exit %d, %d bytes out, stderr:\n%.600s", strings.Join(args, " "), r.code, len(r.out), r.err)
		}
	}
}
