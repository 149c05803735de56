// Package gcstart lets a short process run without collecting garbage
// until it is known to need collecting. The packages a program links build
// megabytes of tables in their initialisers (about 4 MB in dutymap, 8 MB
// while Glamour's Chroma registers every lexer and style), over the
// collector's first goal (4 MB), so a cycle ran before main in every
// process: 1.5 to 2 ms of a 15 to 20 ms warm search (whole-process runs
// with GOGC=off against without, medians of 11). A warm search that prints
// a limited answer leaves a few megabytes of garbage more and exits: it
// never needs a cycle. Anything that may build much (a load from files, a
// long-running explorer or server) calls Resume first.
//
// Pause is called by the program's first initialiser (package pause,
// imported by main only: a test binary never pauses); Resume turns the
// collector back on as GOGC set it, once.
package gcstart

import (
	"runtime/debug"
	"sync/atomic"
)

var (
	paused  atomic.Bool
	percent int // as GOGC set it, before Pause
)

// Pause turns the collector off until Resume. Called from an initialiser,
// before any other goroutine runs.
func Pause() {
	percent = debug.SetGCPercent(-1)
	paused.Store(true)
}

// Resume turns the collector back on, as it was before Pause, if Pause
// turned it off and nothing has resumed it since; otherwise it does
// nothing (a debug.SetGCPercent made meanwhile is not undone). Safe for
// concurrent use.
func Resume() {
	if paused.CompareAndSwap(true, false) {
		debug.SetGCPercent(percent)
	}
}
