//go:build !unix

package cli

import (
	"os"
	"syscall"

	tea "charm.land/bubbletea/v2"
	"github.com/dutymap/dutymap/internal/earlyquit"
	"golang.org/x/term"
)

var quitSignals = []os.Signal{os.Interrupt, syscall.SIGTERM}

// crashSignals: earlyquit.Signals (SIGQUIT, though nothing sends it here).
var crashSignals = earlyquit.Signals

func signalNumber(s os.Signal) int {
	if n, ok := s.(syscall.Signal); ok {
		return int(n)
	}
	return 2 // os.Interrupt
}

// canSuspend says whether processes can be suspended here.
const canSuspend = false

// jobControl does nothing where processes cannot be suspended.
type jobControl struct{}

func newJobControl(...any) *jobControl { return &jobControl{} }

func (j *jobControl) start(*tea.Program) {}
func (j *jobControl) suspend() bool      { return false }
func (j *jobControl) stop()              {}
func (j *jobControl) ownStop() bool      { return false }
func (j *jobControl) failed(error)       {}
func (j *jobControl) err() error         { return nil }

// catchClosedPipe does nothing where writes to a closed pipe fail with an
// error and raise no signal.
func catchClosedPipe() {}

// stopSignals: none stops a process here.
var stopSignals []os.Signal

func isStopSignal(os.Signal) bool { return false }
func stopProcess(os.Signal)       {}

// continueSignals: none continues a process here.
var continueSignals []os.Signal

func isContinueSignal(os.Signal) bool { return false }

// foreground: a console program here is always in the foreground.
func foreground(int) bool { return true }

// queryMode puts the console in raw mode for a terminal's answer; no
// other program takes it meanwhile (held).
func queryMode(fd int) (restore func(), held func() bool, err error) {
	saved, err := term.MakeRaw(fd)
	if err != nil {
		return nil, nil, err
	}
	return func() { _ = term.Restore(fd, saved) }, func() bool { return true }, nil
}
