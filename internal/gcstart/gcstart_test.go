package gcstart

import (
	"math"
	"runtime/debug"
	"runtime/metrics"
	"testing"
)

func TestPauseThenResumeOnce(t *testing.T) {
	Resume() // never paused: nothing to do
	if got := debug.SetGCPercent(100); got != 100 {
		t.Fatalf("Resume without Pause set GOGC to %d", got)
	}
	Pause()
	if got := debug.SetGCPercent(-1); got != -1 {
		t.Fatalf("after Pause the collector is at %d%%, want off", got)
	}
	Resume()
	if got := debug.SetGCPercent(70); got != 100 {
		t.Fatalf("after Resume the collector is at %d%%, want 100 (as before Pause)", got)
	}
	Resume() // resumed already: the 70 set since stays
	if got := debug.SetGCPercent(100); got != 70 {
		t.Fatalf("a second Resume set GOGC to %d, want the 70 set since", got)
	}
}

// TestHoldIsBounded: while a hold keeps the collector off, garbage is
// collected once it passes the budget over the live heap, so memory stays
// near live + budget however much garbage a phase makes (a load of 100,000
// one-duty files made 2 GB of it, a Go fatal out-of-memory error on a
// 4 GB machine); and a release puts the collector and the limit back.
func TestHoldIsBounded(t *testing.T) {
	defer func(b int64) { budget = b }(budget)
	budget = 32 << 20
	const garbage = 512 << 20
	debug.FreeOSMemory() // from a heap with nothing free kept, as at a start
	release := Hold()
	if got := debug.SetGCPercent(-1); got != -1 {
		t.Errorf("under a hold the collector is at %d%%, want off", got)
	}
	peak := uint64(0)
	for range garbage / (64 << 10) {
		// Written as a loader writes what it reads: a loop of nothing
		// but allocation outruns any collector.
		sink = make([]byte, 64<<10)
		for i := range sink {
			sink[i] = byte(i)
		}
		peak = max(peak, inUse())
	}
	sink = nil
	release()
	t.Logf("%d MB of garbage made under a hold with a budget of %d MB: peak %d MB in use", garbage>>20, budget>>20, peak>>20)
	if peak > garbage/2 {
		t.Errorf("under a hold memory grew to %d MB with %d MB of garbage: want it collected past the %d MB budget", peak>>20, garbage>>20, budget>>20)
	}
	if got := debug.SetGCPercent(100); got != 100 {
		t.Errorf("after the release the collector is at %d%%, want 100", got)
	}
	if got := debug.SetMemoryLimit(-1); got != math.MaxInt64 {
		t.Errorf("after the release the memory limit is %d, want none", got)
	}
}

var sink []byte

// inUse is the memory the runtime counts against a limit.
func inUse() uint64 {
	s := []metrics.Sample{{Name: "/memory/classes/total:bytes"}, {Name: "/memory/classes/heap/released:bytes"}}
	metrics.Read(s)
	return s[0].Value.Uint64() - s[1].Value.Uint64()
}

// SetLimit while a hold lasts (Pause's, from main's start) lowers the
// hold's bound and is the limit left once the hold is released; a hold
// put back the limit it found, undoing the process's memory bound.
func TestSetLimitUnderAHold(t *testing.T) {
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(-1))
	debug.SetMemoryLimit(math.MaxInt64)
	release := Hold()
	SetLimit(1 << 20)
	if got := debug.SetMemoryLimit(-1); got != 1<<20 {
		t.Errorf("during the hold the limit is %d, want the 1 MB set", got)
	}
	inner := Hold()
	if got := debug.SetMemoryLimit(-1); got != 1<<20 {
		t.Errorf("a nested hold moved the limit to %d", got)
	}
	inner()
	release()
	if got := debug.SetMemoryLimit(-1); got != 1<<20 {
		t.Errorf("after the hold the limit is %d, want the 1 MB set during it", got)
	}
	SetLimit(2 << 20) // no hold: at once
	if got := debug.SetMemoryLimit(-1); got != 2<<20 {
		t.Errorf("without a hold the limit is %d, want 2 MB", got)
	}
}
