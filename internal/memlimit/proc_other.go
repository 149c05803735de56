//go:build unix && !linux

package memlimit

// startReserve is what a Go process on a 64-bit system reserves of its
// address space at start (1.2 GB measured on Linux), used where it cannot
// be read.
const startReserve = 1_300 << 20

func mapped() (vmSize, vmData int64) { return startReserve, 64 << 20 }

func cgroupLimit() int64 { return 0 }
