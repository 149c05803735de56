package cli

import (
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/dutymap/dutymap/internal/synth"
)

// BenchmarkSearchWarm100k is `dutymap search` over 100,000 generated
// duties with the cache warm, inside the process (the start of the process,
// about 20 ms of package initialisers, is not in it): one word, two
// words, a rare word and no match. The budget (≤ 0.5× fzf --filter on the
// same lines) is for the whole process; the README has those figures.
func BenchmarkSearchWarm100k(b *testing.B) {
	dir := b.TempDir()
	if err := synth.WriteDir(dir, 100_000, 1); err != nil {
		b.Fatal(err)
	}
	// Files written well before the cache, so that a hit reads none of
	// them (as a user's folder is).
	old := time.Now().Add(-time.Hour)
	filepath.Walk(dir, func(path string, _ os.FileInfo, _ error) error { return os.Chtimes(path, old, old) })
	env := map[string]string{"XDG_CACHE_HOME": b.TempDir()}
	search := func(b *testing.B, query string) {
		code := Run([]string{"--builtin=false", "--content", dir, "search", query},
			IO{Out: io.Discard, Err: io.Discard, Getenv: func(k string) string { return env[k] }})
		if code > 1 {
			b.Fatalf("exit %d", code)
		}
	}
	search(b, "prices") // writes the cache
	for _, q := range []string{"prices", "set prices", "recruitment", "zebra", "dingjia", "pandian", "falvguwen", "yiyiyiyi"} {
		b.Run(q, func(b *testing.B) {
			for b.Loop() {
				search(b, q)
			}
		})
	}
}
