// Package gcstart lets a short process run without collecting garbage
// until it is known to need collecting, and holds collection off while a
// phase builds what stays live (a load), within a bound on memory.
//
// The packages a program links build megabytes of tables in their
// initialisers (about 4 MB in dutymap, 8 MB while Glamour's Chroma
// registers every lexer and style), over the collector's first goal
// (4 MB), so a cycle ran before main in every process: 1.5 to 2 ms of a 15
// to 20 ms warm search (whole-process runs with GOGC=off against without,
// medians of 11). A warm search that prints a limited answer leaves a few
// megabytes of garbage more and exits: it never needs a cycle. Anything
// that may build much (a load from files, a long-running explorer or
// server) calls Resume first.
//
// Pause is called by the program's first initialiser (package pause,
// imported by main only: a test binary never pauses); Resume turns the
// collector back on as GOGC set it, once.
//
// A hold is never unbounded: while collection is off, a soft memory limit
// (debug.SetMemoryLimit) stands at the live heap plus the larger of
// Budget and the live heap itself (as GOGC=100 would allow, but never
// under Budget), and is moved after every cycle the limit causes. A load
// that makes little garbage (100,000 duties in a few thousand files)
// never reaches it and runs without a cycle; one that makes garbage by
// the file (100,000 files of one duty each: about 18 KB a file, mostly
// the YAML parser's) collects it, rather than growing by the file count
// until the machine's memory is gone.
package gcstart

import (
	"math"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"sync"
)

// Budget is the least garbage a hold lets grow before a collection: more
// than loading 100,000 duties from a few thousand files makes (about
// 190 MB), so that such a load runs without a cycle.
const Budget = 256 << 20

var (
	mu      sync.Mutex
	holds   int   // holds not yet released, Pause's among them
	paused  bool  // Pause holds, and Resume has not released it
	percent int   // GOGC as it was before the first hold
	limit   int64 // the memory limit as it was before the first hold
	armed   bool  // a sentinel waits for the next cycle
	budget  int64 = Budget
)

// Pause turns the collector off until Resume, within the bound of a hold.
// Called from an initialiser, before any other goroutine runs.
func Pause() {
	mu.Lock()
	defer mu.Unlock()
	if !paused {
		paused = true
		// Nothing is live yet, and reading runtime/metrics this early
		// would build its tables in every process: the bound is the
		// budget over what a process holds before a command runs.
		hold(func() int64 { return budget + startHeap })
	}
}

// Resume releases Pause's hold, if Pause turned the collector off and
// nothing has resumed it since; otherwise it does nothing. The collector
// runs as GOGC set it once no other hold is left. Safe for concurrent use.
func Resume() {
	mu.Lock()
	defer mu.Unlock()
	if paused {
		paused = false
		unhold()
	}
}

// Hold turns the collector off, within the bound above, until release is
// called (once; later calls do nothing). Holds nest: the collector runs
// again, and the memory limit is put back, when the last is released.
// Safe for concurrent use.
func Hold() (release func()) {
	mu.Lock()
	defer mu.Unlock()
	hold(bound)
	var once sync.Once
	return func() {
		once.Do(func() {
			mu.Lock()
			defer mu.Unlock()
			unhold()
		})
	}
}

// SetLimit makes n bytes the process's soft memory limit
// (debug.SetMemoryLimit): at once, as the bound of every hold (a hold
// never lets the heap past it), and as the limit put back when the last
// hold is released. Safe for concurrent use.
func SetLimit(n int64) {
	mu.Lock()
	defer mu.Unlock()
	if holds == 0 {
		debug.SetMemoryLimit(n)
		return
	}
	limit = n
	debug.SetMemoryLimit(min(n, debug.SetMemoryLimit(-1)))
}

// startHeap is more than the heap and runtime memory of a process before
// its command runs (the linked libraries' tables: about 12 MB).
const startHeap = 32 << 20

// hold and unhold are called with mu held. at is the memory limit the
// hold starts with.
func hold(at func() int64) {
	holds++
	if holds > 1 {
		return
	}
	percent = debug.SetGCPercent(-1)
	limit = debug.SetMemoryLimit(-1)
	debug.SetMemoryLimit(min(limit, at()))
	arm()
}

func unhold() {
	holds--
	if holds > 0 {
		return
	}
	debug.SetGCPercent(percent)
	debug.SetMemoryLimit(limit)
}

// bound is the memory limit of a hold from the heap the last cycle found
// live (none yet: the limit is Budget over what the program holds besides
// its heap). The runtime counts against the limit all the memory it has
// from the system and not released, so what is not heap (stacks, its own
// tables) is added.
func bound() int64 {
	s := []metrics.Sample{
		{Name: "/memory/classes/total:bytes"},
		{Name: "/memory/classes/heap/released:bytes"},
		{Name: "/memory/classes/heap/free:bytes"},
		{Name: "/memory/classes/heap/objects:bytes"},
		{Name: "/memory/classes/heap/unused:bytes"},
		{Name: "/gc/heap/live:bytes"},
	}
	metrics.Read(s)
	v := func(i int) int64 {
		if s[i].Value.Kind() != metrics.KindUint64 {
			return 0
		}
		return int64(min(s[i].Value.Uint64(), math.MaxInt64/4))
	}
	notHeap := max(v(0)-v(1)-v(2)-v(3)-v(4), 0)
	live := v(5)
	return notHeap + live + max(budget, live)
}

// sentinel is an object nothing keeps: its cleanup runs after the cycle
// that finds it unreachable, and moves the limit to that cycle's live
// heap while a hold lasts. (Large enough not to share a tiny block.)
type sentinel struct{ _ [64]byte }

// arm leaves a sentinel for the next cycle, unless one waits already.
// Called with mu held.
func arm() {
	if armed {
		return
	}
	armed = true
	runtime.AddCleanup(new(sentinel), func(struct{}) {
		mu.Lock()
		defer mu.Unlock()
		armed = false
		if holds > 0 {
			debug.SetMemoryLimit(min(limit, bound()))
			arm()
		}
	}, struct{}{})
}
