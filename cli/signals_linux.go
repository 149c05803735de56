package cli

import (
	"os"
	"syscall"
)

// osCrashSignals are the crashSignals this system adds to every Unix's.
var osCrashSignals = []os.Signal{syscall.SIGSTKFLT}
