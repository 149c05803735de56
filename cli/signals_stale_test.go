//go:build unix

package cli

import (
	"testing"

	tea "charm.land/bubbletea/v2"
)

// bg followed at once by fg could suspend the explorer once more: Bubble
// Tea, continued by bg, sets the terminal's modes in the background, which
// raises SIGTTOU; handled after fg, the signal found the explorer in the
// foreground and suspended it. From a stop until the fence (taken before
// the explorer draws again: fencedWriter), such a signal is stale: in the
// foreground it does nothing, in the background it still stops the
// process. After the fence, one in the foreground (kill -TTOU) suspends
// the explorer, as ctrl+z does.
//
// (A pty test cannot force that order: a signal sent to the stopped
// explorer to stand for the late one is discarded by the kernel when fg
// continues it, as every pending stop signal is on SIGCONT.)
func TestStaleTerminalSignalAfterFg(t *testing.T) {
	j := newJobControl()
	s := screen{Model: leaky{}, jobs: j}
	if got := j.terminalAccess(true); got != accessSuspend {
		t.Fatalf("SIGTTOU in the foreground before any stop: %d, want a suspension", got)
	}
	s.Update(tea.KeyPressMsg{Code: 'z', Mod: tea.ModCtrl})
	if !j.ownStop() { // Bubble Tea's own SIGTSTP: the process stops next
		t.Fatal("ctrl+z announced no stop")
	}
	if got := j.terminalAccess(true); got != accessStale {
		t.Errorf("SIGTTOU raised in the background, handled after fg: %d, want nothing (%d)", got, accessStale)
	}
	if got := j.terminalAccess(false); got != accessStop {
		t.Errorf("SIGTTOU in the background: %d, want a stop", got)
	}
	j.fenced()
	if got := j.terminalAccess(true); got != accessSuspend {
		t.Errorf("SIGTTOU in the foreground after the fence: %d, want a suspension", got)
	}
}

// A stop the explorer did not make (kill -STOP, a debugger) is known only
// by the SIGCONT that ends it: that SIGCONT has the explorer take the
// terminal again, and, as after any stop, a SIGTTIN or SIGTTOU raised
// before the fence (by taking the terminal in the background, after bg)
// is stale. The SIGCONT that ends a stop of the explorer's own (ctrl+z
// here) is Bubble Tea's to handle, and only that one.
func TestContinuedAfterStopFromElsewhere(t *testing.T) {
	j := newJobControl()
	s := screen{Model: leaky{}, jobs: j}
	s.Update(tea.KeyPressMsg{Code: 'z', Mod: tea.ModCtrl})
	if !j.ownStop() {
		t.Fatal("ctrl+z announced no stop")
	}
	if j.continuedFromElsewhere() {
		t.Error("the SIGCONT after ctrl+z taken for one after a stop from elsewhere: the explorer would take the terminal twice")
	}
	j.fenced()
	if !j.continuedFromElsewhere() {
		t.Fatal("a SIGCONT after a stop from elsewhere (kill -STOP) not recognised: the explorer would stay in the shell's modes")
	}
	if got := j.terminalAccess(true); got != accessStale {
		t.Errorf("SIGTTOU raised in the background after kill -STOP and bg, handled after fg: %d, want nothing (%d)", got, accessStale)
	}
	j.fenced()
	if got := j.terminalAccess(true); got != accessSuspend {
		t.Errorf("SIGTTOU in the foreground after the fence: %d, want a suspension", got)
	}
	if _, cmd := s.Update(continued{}); cmd == nil {
		t.Error("the explorer, told it was continued, does not take the terminal again")
	}
}
