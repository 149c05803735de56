// Package memlimit finds the memory this process may use (ulimit -v,
// ulimit -d, the memory limit of its cgroup) and sets the Go runtime's soft
// memory limit under it, so that the collector works harder as the heap
// nears the bound instead of the process ending in a Go fatal "out of
// memory" with a dump of every goroutine; and it tells a loader the bound,
// so that content too large for it is refused before loading (Bound).
//
// Measured on linux/amd64 (res11): a cold search of 1,000,000 duties
// under `ulimit -v 4000000` died at 2.0 GB of heap; with the soft limit at
// 1500 MiB it finished, at 1800 MiB it did not. The address space a hard
// limit counts holds, besides the heap, about 1.2 GB the runtime reserves
// at start and heap arenas it maps but never unmaps, so only a part of
// what is left may be heap.
package memlimit

import (
	"fmt"
	"os"
	"sync"

	"github.com/dutymap/dutymap/internal/gcstart"
)

// Fractions of the room a bound leaves (the bound less what the process
// holds at start): soft is where the runtime's soft limit is set, most is
// the largest live heap content may be expected to need and still load.
// Address space: the fatal came at 0.75 of the room (2.12 GB of heap in
// use with 2.84 GB left by ulimit -v 4000000, res11), and a soft limit at
// 0.55 of it finished; the room also holds heap arenas the runtime maps
// and never unmaps. Data segment and cgroup count only memory in use: the
// rest is left to stacks, the runtime's own tables and fragmentation.
const (
	addressSpaceSoft, addressSpaceMost = 0.55, 0.7
	dataSoft, dataMost                 = 0.75, 0.9
	cgroupSoft, cgroupMost             = 0.75, 0.9
)

// Bound is the memory the heap may grow to, and where that comes from.
type Bound struct {
	// Soft is the soft memory limit set for the runtime, in bytes; 0 when
	// no hard limit is known.
	Soft int64
	// Most is the most that content being loaded may be expected to keep
	// live without the process failing, in bytes (0: no limit known).
	Most int64
	// From names the limit, for a message: "ulimit -v 4000000 (kB of
	// address space)".
	From string
	// Raise is a command or step that lifts it: "ulimit -v unlimited".
	Raise string
}

// reading is what the process was found to be allowed and to hold; a
// limit of 0 is no limit.
type reading struct {
	addressSpace, data int64 // RLIMIT_AS, RLIMIT_DATA, bytes
	vmSize, vmData     int64 // what the process maps and holds writable at start
	cgroup             int64 // the cgroup's memory limit, bytes
}

// bound is the smallest of the bounds r gives.
func bound(r reading) Bound {
	var b Bound
	take := func(room int64, soft, most float64, from, raise string) {
		room = max(room, 1) // a bound already passed still bounds
		if b.Most == 0 || int64(float64(room)*most) < b.Most {
			b = Bound{Soft: max(int64(float64(room)*soft), 1), Most: max(int64(float64(room)*most), 1), From: from, Raise: raise}
		}
	}
	if r.addressSpace > 0 {
		take(r.addressSpace-r.vmSize, addressSpaceSoft, addressSpaceMost,
			fmt.Sprintf("ulimit -v %d (kB of address space)", r.addressSpace>>10), "ulimit -v unlimited")
	}
	if r.data > 0 {
		take(r.data-r.vmData, dataSoft, dataMost,
			fmt.Sprintf("ulimit -d %d (kB of data)", r.data>>10), "ulimit -d unlimited")
	}
	if r.cgroup > 0 {
		take(r.cgroup, cgroupSoft, cgroupMost,
			fmt.Sprintf("the memory limit of its cgroup (%d MB)", r.cgroup>>20), "give the container or service more memory")
	}
	return b
}

var (
	once    sync.Once
	current Bound
)

// Set reads the process's limits, once, and unless GOMEMLIMIT is set makes
// the bound the runtime's soft memory limit (through gcstart, whose holds
// then stay under it). It returns the bound; call it at the start of main.
func Set() Bound {
	once.Do(func() {
		current = bound(read())
		if current.Soft > 0 && os.Getenv("GOMEMLIMIT") == "" {
			gcstart.SetLimit(current.Soft)
		}
	})
	return current
}

// MB is n bytes in megabytes (2^20), rounded up, as the messages about
// a bound give sizes.
func MB(n int64) int64 { return (n + 1<<20 - 1) >> 20 }

// Current is the bound Set found (none before Set is called, as in tests).
func Current() Bound { return current }
