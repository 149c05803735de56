//go:build unix

package cli

import (
	"os"
	"sync/atomic"
	"syscall"
	"testing"

	tea "charm.land/bubbletea/v2"
)

// A SIGTTOU in the background stops the process until it is continued;
// another raised before that stop took hold, and handled only then, must
// not stop it again: after bg and fg (TestBackgroundJobStops) it stopped
// the explorer in the foreground, once in about fifty runs. In the
// foreground SIGTTIN and SIGTTOU do nothing: the kernel never raises them
// there, so they are stale or sent with kill.
//
// (A pty test cannot force that order: the stop takes hold within
// microseconds, and every pending stop signal is discarded when fg
// continues the process.)
func TestTerminalAccessStopsOnceUntilContinued(t *testing.T) {
	var inForeground atomic.Bool
	var stops atomic.Int32
	// Unbuffered: a send returns once the loop has taken the signal.
	j := &jobControl{
		ttyIO:        make(chan os.Signal),
		continued:    make(chan os.Signal),
		inForeground: inForeground.Load,
		stopSelf:     func() { stops.Add(1) }, // returns before the stop takes hold, as kill(2) may
	}
	done := make(chan struct{})
	go func() { j.watchTerminalAccess(); close(done) }()

	j.ttyIO <- syscall.SIGTTOU // Bubble Tea sets the terminal's modes in the background
	select {
	case j.ttyIO <- syscall.SIGTTOU: // raised again before the stop took hold
		t.Fatalf("a SIGTTOU taken after the stop and before the SIGCONT that ends it (found in the background, it stops the explorer after fg); %d stops", stops.Load())
	case j.continued <- syscall.SIGCONT: // fg: the terminal is the job's, then SIGCONT
	}
	inForeground.Store(true)
	j.ttyIO <- syscall.SIGTTOU // that late one, handled now
	j.ttyIO <- syscall.SIGTTIN // kill -TTIN in the foreground
	close(j.ttyIO)
	<-done // all handled
	if n := stops.Load(); n != 1 {
		t.Errorf("stopped %d times, want once: SIGTTIN and SIGTTOU in the foreground must do nothing", n)
	}

	// Continued in the background (bg), the next try stops it again.
	inForeground.Store(false)
	j.ttyIO = make(chan os.Signal)
	done = make(chan struct{})
	go func() { j.watchTerminalAccess(); close(done) }()
	j.ttyIO <- syscall.SIGTTOU
	j.continued <- syscall.SIGCONT
	close(j.ttyIO)
	<-done
	if n := stops.Load(); n != 2 {
		t.Errorf("a SIGTTOU in the background after bg: %d stops in all, want 2", n)
	}
}

// A stop the explorer did not make (kill -STOP, a debugger) is known only
// by the SIGCONT that ends it: that SIGCONT has the explorer take the
// terminal again. The SIGCONT that ends a stop of the explorer's own
// (ctrl+z here) is Bubble Tea's to handle, and only that one.
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
	if !j.continuedFromElsewhere() {
		t.Fatal("a SIGCONT after a stop from elsewhere (kill -STOP) not recognised: the explorer would stay in the shell's modes")
	}
	if _, cmd := s.Update(continued{}); cmd == nil {
		t.Error("the explorer, told it was continued, does not take the terminal again")
	}
}
