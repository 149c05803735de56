//go:build !unix

package cli

import (
	"os"
	"syscall"

	tea "charm.land/bubbletea/v2"
)

var quitSignals = []os.Signal{os.Interrupt, syscall.SIGTERM}

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
func (j *jobControl) used()              {}

// catchClosedPipe does nothing where writes to a closed pipe fail with an
// error and raise no signal.
func catchClosedPipe() {}
