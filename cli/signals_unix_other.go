//go:build unix && !linux

package cli

import (
	"os"
	"syscall"
)

// osCrashSignals are the crashSignals this system adds to every Unix's:
// SIGEMT, which the Go runtime treats as a crash (a stack dump and exit
// 2) on the BSDs, macOS and Solaris, and which Linux does not have.
var osCrashSignals = []os.Signal{syscall.SIGEMT}
