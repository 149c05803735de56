//go:build unix

package content

import (
	"io"
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// A named pipe where a content file or sources.yaml should be is reported
// without being opened: open() on a pipe waits for a writer, which never
// comes (the fifo-content case hung until killed). If the loader did open
// it, the writer below would let it through and the test fails on the
// report instead of hanging.
func TestReadRefusesNamedPipe(t *testing.T) {
	dir := folder(t, map[string]string{"src/en/a.md": validDoc})
	for _, p := range []string{filepath.Join(dir, "en", "x.md"), filepath.Join(dir, "src", "sources.yaml")} {
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := syscall.Mkfifo(p, 0o644); err != nil {
			t.Skipf("mkfifo: %v", err)
		}
		go feedPipe(t, p)
	}
	mustHave(t, loadProblems(t, dir), "en/x.md: is a named pipe (FIFO), not a regular file")
	mustHave(t, loadProblems(t, filepath.Join(dir, "src")), "sources.yaml: is a named pipe (FIFO)", "fix: replace it with a regular file")
}

// feedPipe writes a valid document into the pipe if anyone opens it, and
// unblocks itself when the test ends.
func feedPipe(t *testing.T, p string) {
	t.Cleanup(func() {
		// Open and drain the pipe so the writer's open returns.
		if f, err := os.OpenFile(p, os.O_RDONLY|syscall.O_NONBLOCK, 0); err == nil {
			_, _ = io.Copy(io.Discard, f)
			f.Close()
		}
	})
	f, err := os.OpenFile(p, os.O_WRONLY, 0)
	if err != nil {
		return
	}
	_, _ = f.WriteString(validDoc)
	f.Close()
}
