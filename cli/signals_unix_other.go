//go:build unix && !linux

package cli

import "os"

// osCrashSignals are the crashSignals this system adds to every Unix's:
// SIGSTKFLT is Linux's alone.
var osCrashSignals []os.Signal
