//go:build unix

package cli

import (
	"os"
	"os/signal"
	"syscall"

	tea "charm.land/bubbletea/v2"
)

var quitSignals = []os.Signal{syscall.SIGHUP, syscall.SIGINT, syscall.SIGQUIT, syscall.SIGTERM}

func signalNumber(s os.Signal) int { return int(s.(syscall.Signal)) }

// jobControl suspends the explorer cleanly, on ctrl+z or on a SIGTSTP
// sent from elsewhere: Bubble Tea gives the terminal back, then stops the
// process with a SIGTSTP of its own; on SIGCONT (the shell's fg) it takes
// the terminal again and redraws. While dutymap runs, SIGTSTP is caught so
// that it cannot stop the process with the terminal still in the
// explorer's modes; the catch is lifted just before Bubble Tea's own
// SIGTSTP, which must stop the process.
type jobControl struct {
	tstp chan os.Signal
}

func (j *jobControl) start(p *tea.Program) {
	j.tstp = make(chan os.Signal, 1)
	signal.Notify(j.tstp, syscall.SIGTSTP)
	go func() {
		for range j.tstp {
			if j.suspend() {
				p.Send(tea.SuspendMsg{})
			}
		}
	}()
}

// suspend lifts the catch of SIGTSTP; it reports whether the program may
// suspend.
func (j *jobControl) suspend() bool {
	if j.tstp == nil {
		return false
	}
	signal.Stop(j.tstp)
	return true
}

// resumed catches SIGTSTP again after fg.
func (j *jobControl) resumed() {
	if j.tstp != nil {
		signal.Notify(j.tstp, syscall.SIGTSTP)
	}
}

func (j *jobControl) stop() {
	if j.tstp != nil {
		signal.Stop(j.tstp)
		close(j.tstp)
	}
}
