//go:build unix

package cli

import (
	"os"
	"os/signal"
	"sync/atomic"
	"syscall"

	tea "charm.land/bubbletea/v2"
)

var quitSignals = []os.Signal{syscall.SIGHUP, syscall.SIGINT, syscall.SIGQUIT, syscall.SIGTERM}

func signalNumber(s os.Signal) int { return int(s.(syscall.Signal)) }

// jobControl suspends the explorer cleanly, on ctrl+z or on a SIGTSTP
// sent from elsewhere: Bubble Tea gives the terminal back and stops the
// process; on SIGCONT (the shell's fg) it takes the terminal again and
// redraws the screen.
//
// SIGTSTP is caught while dutymap runs, or it would stop the process with
// the terminal still in the explorer's modes. Once caught, Go never
// restores its default action, so the SIGTSTP Bubble Tea sends itself to
// stop (after giving the terminal back) arrives here too: the process then
// stops with SIGSTOP, which no handler can intercept. The shell sees a
// stopped job either way and fg continues it.
//
// suspending is taken by the one SIGTSTP it announces, never cleared on
// resuming: Bubble Tea redraws the screen before its ResumeMsg reaches
// the model, so a SIGTSTP sent as soon as the explorer is back on screen
// would otherwise find the flag still set and stop the process with the
// terminal in the explorer's modes.
type jobControl struct {
	tstp       chan os.Signal
	suspending atomic.Bool
}

func (j *jobControl) start(p *tea.Program) {
	j.tstp = make(chan os.Signal, 1)
	signal.Notify(j.tstp, syscall.SIGTSTP)
	go func() {
		for range j.tstp {
			if j.ownStop() {
				// Bubble Tea's own stop: the terminal is given back.
				_ = syscall.Kill(0, syscall.SIGSTOP)
				continue
			}
			if j.suspend() {
				p.Send(tea.SuspendMsg{})
			}
		}
	}()
}

// ownStop reports whether a SIGTSTP is the one Bubble Tea sends itself
// after giving the terminal back, taking the announcement: any later
// SIGTSTP comes from elsewhere and starts a suspension of its own.
func (j *jobControl) ownStop() bool { return j.suspending.CompareAndSwap(true, false) }

// canSuspend says whether processes can be suspended here.
const canSuspend = true

// suspend marks a suspension under way; it reports whether the program
// may suspend at all.
func (j *jobControl) suspend() bool {
	j.suspending.Store(true)
	return canSuspend
}

func (j *jobControl) stop() {
	if j.tstp != nil {
		signal.Stop(j.tstp)
		close(j.tstp)
	}
}

// catchClosedPipe makes a write to standard output whose reader has gone
// (dutymap export | head) fail with EPIPE rather than kill the process by
// SIGPIPE, so that every command ends the same way however much it had
// left to write: quietly, with its own exit status (runFor). Without it a
// command ended 0 when its output fitted the pipe's buffer and 141 when it
// did not. The signal is caught, not ignored, so that the programs dutymap
// starts (the pager) get the default action back.
func catchClosedPipe() { signal.Notify(make(chan os.Signal, 1), syscall.SIGPIPE) }
