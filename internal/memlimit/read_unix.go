//go:build unix

package memlimit

import (
	"math"

	"golang.org/x/sys/unix"
)

// rlimit is the soft limit of resource, 0 when unlimited.
func rlimit(resource int) int64 {
	var l unix.Rlimit
	if unix.Getrlimit(resource, &l) != nil || l.Cur == unix.RLIM_INFINITY || l.Cur >= math.MaxInt64 {
		return 0
	}
	return int64(l.Cur)
}

func read() reading {
	r := reading{addressSpace: rlimit(unix.RLIMIT_AS), data: rlimit(unix.RLIMIT_DATA)}
	if r.addressSpace > 0 || r.data > 0 { // /proc is read only when it matters
		r.vmSize, r.vmData = mapped()
	}
	r.cgroup = cgroupLimit()
	return r
}
