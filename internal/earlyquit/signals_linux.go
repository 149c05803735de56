package earlyquit

import (
	"os"
	"syscall"
)

// osSignals are the Signals this system adds to every Unix's: SIGSTKFLT
// is Linux's alone.
var osSignals = []os.Signal{syscall.SIGSTKFLT}
