//go:build unix && !linux

package earlyquit

import (
	"os"
	"syscall"
)

// osSignals are the Signals this system adds to every Unix's: SIGEMT,
// which the Go runtime treats as a crash on macOS, the BSDs and Solaris,
// and which Linux does not have.
var osSignals = []os.Signal{syscall.SIGEMT}
