package cli

import (
	"io"
	"os"
	"testing"

	"github.com/dutymap/dutymap/internal/synth"
)

// BenchmarkSearchCold100k is `dutymap search prices` over 100,000
// generated duties (both languages) with the cache to rebuild, inside the
// process: the content files read and parsed, the search index of both
// languages built, the search answered and the cache file written, each
// run into an empty cache folder. The budget (≤ 2× fzf --filter on the
// same lines) is for the whole process; the README has those figures.
func BenchmarkSearchCold100k(b *testing.B) {
	dir := b.TempDir()
	if err := synth.WriteDir(dir, 100_000, 1); err != nil {
		b.Fatal(err)
	}
	caches := b.TempDir()
	b.ReportAllocs()
	for b.Loop() {
		b.StopTimer()
		if err := os.RemoveAll(caches); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		env := map[string]string{"XDG_CACHE_HOME": caches}
		code := Run([]string{"--builtin=false", "--content", dir, "search", "prices"},
			IO{Out: io.Discard, Err: io.Discard, Getenv: func(k string) string { return env[k] }})
		if code != 0 {
			b.Fatalf("exit %d", code)
		}
	}
}
