package search

import (
	"context"
	"runtime"
	"strings"
	"testing"

	"github.com/dutymap/dutymap/model"
)

// TestLongWordCostsItsLength: a pasted run of 100,000 letters is searched
// for in memory proportional to its length, not its square: every slip of
// such a word was once tried (3 s and 10 GB allocated per search); a
// word longer than any typed word is no typing slip.
func TestLongWordCostsItsLength(t *testing.T) {
	ix := New(testOrg())
	long := strings.Repeat("zq", 50_000)
	for _, l := range model.Langs {
		ix.Search(context.Background(), Parse("prices"), l, 20) // tables built on first use are not the query's cost
	}
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for _, l := range model.Langs {
		res, err := ix.Search(context.Background(), Parse(long), l, 20)
		if err != nil || len(res.List) != 0 {
			t.Fatalf("%v: %v, %d results", l, err, len(res.List))
		}
	}
	runtime.ReadMemStats(&after)
	if got := after.TotalAlloc - before.TotalAlloc; got > 64<<20 {
		t.Fatalf("searching a 100,000-letter word allocated %d MB", got>>20)
	}
	// The longest word read as a slip is still corrected.
	word := strings.Repeat("ab", maxSlipLetters/2)
	if typoEdits(word) == 0 || typoEdits(word+"c") != 0 {
		t.Fatalf("typoEdits: %d letters %d, one more %d", len(word), typoEdits(word), typoEdits(word+"c"))
	}
}

// BenchmarkSearchLongPaste: pasted queries far longer than anything typed,
// one word or many, letters or Chinese characters, each must cost about
// its length (see TestLongWordCostsItsLength).
func BenchmarkSearchLongPaste(b *testing.B) {
	ix := New(testOrg())
	for name, q := range map[string]string{
		"letters":    strings.Repeat("zq", 50_000),
		"han":        strings.Repeat("价格", 20_000),
		"who":        strings.Repeat("谁", 40_000),
		"dept":       "d:" + strings.Repeat("zq", 50_000) + " prices",
		"many-words": strings.Repeat("zq ", 20_000),
	} {
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				ix.Search(context.Background(), Parse(q), model.En, 20)
			}
		})
	}
}
