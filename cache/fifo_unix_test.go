//go:build unix

package cache

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/dutymap/dutymap/content"
)

// TestNamedPipeInPlaceOfTheCacheFile: a named pipe under the cache file's
// name is a miss (opening it used to wait for a writer forever: every
// command hung), `dutymap cache` lists it and Clear removes it, and the
// next Save writes the cache file in its place.
func TestNamedPipeInPlaceOfTheCacheFile(t *testing.T) {
	dir := folder(t, 50)
	s := store(t)
	file := warm(t, s, content.Dir(dir))
	if err := os.Remove(file); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mkfifo(file, 0o600); err != nil {
		t.Skip("no named pipes here:", err)
	}
	ld := open(t, s, content.Dir(dir))
	wantStatus(t, ld, Miss, "not a cache file")

	list, err := s.List()
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != 1 || filepath.Base(list[0].File) != filepath.Base(file) || !strings.Contains(list[0].Problem, "named pipe") {
		t.Fatalf("listed %+v, want the pipe named as one", list)
	}
	if _, err := s.Clear(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Lstat(file); !os.IsNotExist(err) {
		t.Fatalf("Clear left the pipe (%v)", err)
	}
	if err := syscall.Mkfifo(file, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := ld.Save(); err != nil {
		t.Fatal(err)
	}
	wantStatus(t, open(t, s, content.Dir(dir)), Hit, "")
}
