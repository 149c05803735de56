//go:build !unix

package earlyquit

import (
	"os"
	"syscall"
)

// Signals: SIGQUIT, which the Go runtime answers with a stack dump, though
// nothing sends it here.
var Signals = []os.Signal{syscall.SIGQUIT}
