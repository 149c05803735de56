package cli

import (
	"os"
	"os/signal"
	"sync/atomic"
)

// SIGQUIT (ctrl+\ on a terminal) ends a command the way ctrl+c does:
// quietly, with the status a shell gives a process ended by the signal
// (128+3). Left to the Go runtime, it would print every goroutine's stack
// and exit 2. So do the other crashSignals (SIGABRT, kill -SEGV, …),
// with 128+n. The parts of dutymap that run for a while and own the
// terminal or the process (the explorer, show's pager, a terminal query,
// an import, serve) catch them themselves (quitSignals) while they run,
// and mark it with handleQuit.

// quitHandlers counts the parts that handle the crashSignals themselves
// now.
var quitHandlers atomic.Int32

// catchQuit makes each of the crashSignals end the process with status
// 128+n whenever no part of dutymap handles it. It is set up once, with
// the process's own standard streams (StdIO), never for an SSH session.
func catchQuit() {
	quit := make(chan os.Signal, 1)
	signal.Notify(quit, crashSignals...)
	go func() {
		for s := range quit {
			if quitHandlers.Load() == 0 {
				os.Exit(128 + signalNumber(s))
			}
		}
	}()
}

// handleQuit says that the caller handles the crashSignals itself until
// it calls release. Call it after the caller's own signal.Notify: a signal
// that arrives in between then ends the process, where one that arrived
// after the mark and before the caller listened would be lost.
func handleQuit() (release func()) {
	quitHandlers.Add(1)
	return func() { quitHandlers.Add(-1) }
}
