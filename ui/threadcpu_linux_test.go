//go:build linux

package ui

import (
	"syscall"
	"time"
)

// threadCPU is the CPU time of the calling OS thread: with the goroutine
// locked to its thread, the work one step did itself, without the time
// the machine gave to other processes meanwhile.
func threadCPU() time.Duration {
	var r syscall.Rusage
	if syscall.Getrusage(1 /* RUSAGE_THREAD */, &r) != nil {
		return 0
	}
	return time.Duration(r.Utime.Nano() + r.Stime.Nano())
}
