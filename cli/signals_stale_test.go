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
