package cli

import (
	"os"
	"os/signal"
	"sync/atomic"

	tea "charm.land/bubbletea/v2"
)

// watchSignals ends the explorer on the quit signals (SIGHUP, SIGINT,
// SIGTERM, and the crashSignals: SIGQUIT, SIGABRT, kill -SEGV, …):
// Bubble Tea quits as on "q", which gives the terminal back (main
// screen, cursor shown, mouse reporting off). stop ends the
// watch and returns the number of the signal that ended the program, or
// 0; dutymap then exits 128+n, as a shell reports a process killed by
// signal n.
//
// A second signal means the first went unheard (an update that runs long):
// the terminal is restored at once and the process exits.
func watchSignals(p *tea.Program, jobs *jobControl) (stop func() int) {
	quit := make(chan os.Signal, 1)
	signal.Notify(quit, quitSignals...)
	jobs.start(p)
	var got atomic.Int32
	done := make(chan struct{})
	go func() {
		for {
			select {
			case s := <-quit:
				if got.CompareAndSwap(0, int32(signalNumber(s))) {
					go p.Quit() // blocks until the program reads it
					continue
				}
				p.Kill()
				os.Exit(128 + int(got.Load()))
			case <-done:
				return
			}
		}
	}()
	return func() int {
		signal.Stop(quit)
		close(done)
		jobs.stop()
		return int(got.Load())
	}
}
