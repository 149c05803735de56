//go:build unix

package cli

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// import of a named pipe is refused before the open, which would wait
// for a writer forever (hostile12 #5). Without the checks (Stat first,
// the non-blocking open, the check of the open file), import's open lets
// the writer below in: import then reads an empty sheet and this test
// fails on its message instead of hanging.
func TestImportRefusesANamedPipe(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "fifo.csv")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skip(err)
	}
	opened := make(chan struct{})
	go func() {
		// Blocks until a reader opens the pipe: import, if it did.
		if f, err := os.OpenFile(fifo, os.O_WRONLY, 0); err == nil {
			f.Close()
		}
		close(opened)
	}()
	r := run(t, "import", fifo, "--out", filepath.Join(dir, "o")).fails(t, 1)
	want := "dutymap import: " + fifo + " is a named pipe (FIFO), not a file; save the sheet as a .csv or .xlsx file and import that\n"
	if r.err != want {
		t.Errorf("stderr:\n%s\nwant:\n%s", r.err, want)
	}
	// Let the writer go: open the reading end without waiting.
	if f, err := os.OpenFile(fifo, os.O_RDONLY|syscall.O_NONBLOCK, 0); err == nil {
		<-opened
		f.Close()
	}
}

// A named pipe given as the content folder, or as the folder init writes,
// was "a file" (hostile16 #7): it is named as what it is.
func TestNamedPipeAsAFolderIsNamed(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "f")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skip(err)
	}
	for _, args := range [][]string{{"validate", fifo}, {"--content", fifo, "validate"}} {
		r := run(t, args...)
		if r.code != 1 {
			t.Errorf("%v: exit %d, want 1", args, r.code)
		}
		mustContain(t, r.out+r.err, fifo+": is a named pipe (FIFO), not a content folder\n")
	}
	r := run(t, "init", fifo).fails(t, 1)
	if want := "dutymap init: " + fifo + " is a named pipe (FIFO), not a folder; choose a new folder name\n"; r.err != want {
		t.Errorf("stderr:\n%s\nwant:\n%s", r.err, want)
	}
}
