package ui

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/dutymap/dutymap/cache"
	"github.com/dutymap/dutymap/content"
	"github.com/dutymap/dutymap/internal/synth"
	"github.com/dutymap/dutymap/model"
)

// BenchmarkFirstFrame100k is the explorer's own work from start to its
// first frame over a folder of 100,000 generated duties, cache warm, as
// `dutymap --content DIR` does it: open the cache (check it, make the
// organisation), start the similarity index's background build, make the
// model, lay it out for a 120×35 window and render it. Budget (issue 18):
// the whole first frame, process start included, ≤ 100 ms.
func BenchmarkFirstFrame100k(b *testing.B) { benchFirstFrame(b, 100_000) }

// BenchmarkFirstFrame1M is the same over 1,000,000 duties (budget ≤ 500
// ms). Writing the folder and its cache takes minutes.
func BenchmarkFirstFrame1M(b *testing.B) { benchFirstFrame(b, 1_000_000) }

func benchFirstFrame(b *testing.B, n int) {
	dir := b.TempDir()
	if err := synth.WriteDir(dir, n, 1); err != nil {
		b.Fatal(err)
	}
	// Files written well before the cache, so that a hit reads none of
	// them (as a user's folder is).
	old := time.Now().Add(-time.Hour)
	filepath.Walk(dir, func(path string, _ os.FileInfo, _ error) error { return os.Chtimes(path, old, old) })
	layer := content.Dir(dir)
	store := cache.Store{Dir: b.TempDir(), Program: "bench"}
	ld, err := store.Open([]content.Layer{layer})
	if err != nil {
		b.Fatal(err)
	}
	if err := ld.Save(); err != nil {
		b.Fatal(err)
	}
	ld = nil
	for b.Loop() {
		ld, err := store.Open([]content.Layer{layer})
		if err != nil || ld.Status != cache.Hit {
			b.Fatalf("not a hit: %v %s", err, ld.Reason)
		}
		// As the explorer does (cli/tui.go), the similarity build waits
		// for the first frame.
		ctx, cancel := context.WithCancel(context.Background())
		drawn := make(chan struct{})
		m := New(Config{Org: ld.Org, Lang: model.En, Theme: ThemeDark, Search: ld.Index,
			Similarity: model.BuildSimilarityAfter(ctx, ld.Org, drawn)})
		next, _ := m.Update(tea.WindowSizeMsg{Width: 120, Height: 35})
		if v := next.(*Model).Render(); len(v) == 0 {
			b.Fatal("no frame")
		}
		b.StopTimer()
		close(drawn)
		cancel()
		m.sh.sim.Wait(context.Background())
		b.StartTimer()
	}
}
