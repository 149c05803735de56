package gcstart

import (
	"runtime/debug"
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
