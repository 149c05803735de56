package cli

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"github.com/dutymap/dutymap/cache"
	"github.com/dutymap/dutymap/content"
	"github.com/dutymap/dutymap/internal/synth"
	"github.com/dutymap/dutymap/model"
	"github.com/dutymap/dutymap/model/analysis"
)

// idleHeap opens a warm cache of n generated duties as the explorer does,
// builds its indexes, settles, and returns the live heap it added, in
// bytes per duty: the organisation, the search index's prepared parts and
// the similarity index, without the Chinese dictionary (let go once they
// are built) or the cache file's pages (given back).
func idleHeap(tb testing.TB, n int) float64 {
	tb.Helper()
	dir := tb.TempDir()
	if err := synth.WriteDir(dir, n, 1); err != nil {
		tb.Fatal(err)
	}
	// Files written well before the cache, so that a hit reads none of
	// them (as a user's folder is).
	old := time.Now().Add(-time.Hour)
	filepath.Walk(dir, func(path string, _ os.FileInfo, _ error) error { return os.Chtimes(path, old, old) })
	layers := []content.Layer{content.Dir(dir)}
	store := cache.Store{Dir: tb.TempDir(), Program: "idle"}
	ld, err := store.Open(layers)
	if err != nil {
		tb.Fatal(err)
	}
	if err := ld.Save(); err != nil {
		tb.Fatal(err)
	}
	ld = nil
	analysis.ReleaseDictionary()
	before := liveHeap()
	if ld, err = store.Open(layers); err != nil || ld.Status != cache.Hit {
		tb.Fatalf("not a hit: %v %s", err, ld.Reason)
	}
	sim := model.BuildSimilarity(context.Background(), ld.Org)
	settle(ld, sim)
	after := liveHeap()
	runtime.KeepAlive(ld)
	runtime.KeepAlive(sim)
	return float64(after-before) / float64(n)
}

func liveHeap() uint64 {
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.HeapAlloc
}

// The idle explorer's memory grows with the organisation by what its
// nodes and indexes hold, nothing more: the Chinese dictionary is let go
// once the indexes are built. At 20,000 generated duties that is about 540
// bytes a duty (a node's rarer fields in model.Details, a compact
// similarity index, the dictionary released); the dictionary alone would
// add about 440 here, nodes of the old layout about 280. 100,000 duties
// hold about 520 bytes a duty (BenchmarkIdleHeap100k).
func TestIdleExplorerHoldsLittlePerDuty(t *testing.T) {
	if testing.Short() {
		t.Skip("writes and indexes 20,000 duties")
	}
	const most = 650
	if got := idleHeap(t, 20_000); got > most {
		t.Errorf("the idle explorer holds %.0f bytes of heap a duty, at most %d", got, most)
	} else {
		t.Logf("%.0f bytes of heap a duty", got)
	}
}

// BenchmarkIdleHeap100k reports the idle explorer's live heap at 100,000
// generated duties (issue 18: the whole process idle ≤ 100 MB there, of
// which about 20 MB are the executable's pages).
func BenchmarkIdleHeap100k(b *testing.B) {
	var perDuty float64
	for b.Loop() {
		perDuty = idleHeap(b, 100_000)
	}
	b.ReportMetric(perDuty, "B/duty")
	b.ReportMetric(perDuty*100_000/1e6, "MB")
}
