package memlimit

import (
	"strings"
	"testing"
)

// The bound is the smallest that any limit gives, after what the process
// holds at start, and names that limit and how to raise it.
func TestBound(t *testing.T) {
	const gb = 1 << 30
	if b := bound(reading{vmSize: gb, vmData: 40 << 20}); b.Soft != 0 || b.Most != 0 {
		t.Errorf("no limit gave a bound: %+v", b)
	}
	// res11: ulimit -v 4000000 with 1.2 GB mapped at start.
	b := bound(reading{addressSpace: 4_000_000 << 10, vmSize: 1_227_176 << 10, vmData: 40 << 20})
	if b.Soft < 1_400<<20 || b.Soft > 1_600<<20 || b.Most < 1_800<<20 || b.Most > 2_000<<20 {
		t.Errorf("ulimit -v 4000000: soft %d MB, most %d MB; want 1400-1600 (1500 MiB finished) and 1800-2000 (the fatal came at 2120)", b.Soft>>20, b.Most>>20)
	}
	if b.From != "ulimit -v 4000000 (kB of address space)" || b.Raise != "ulimit -v unlimited" {
		t.Errorf("ulimit -v: from %q, raise %q", b.From, b.Raise)
	}
	b = bound(reading{addressSpace: 8 * gb, data: 200 << 20, vmSize: gb, vmData: 40 << 20, cgroup: 4 * gb})
	if b.Soft != 120<<20 || b.Most != 144<<20 || !strings.HasPrefix(b.From, "ulimit -d 204800") {
		t.Errorf("ulimit -d 200 MB under the others: %+v, want 120 MB soft, 144 MB most from ulimit -d", b)
	}
	b = bound(reading{addressSpace: 64 * gb, vmSize: gb, cgroup: 2 * gb})
	if b.Soft != 3*gb/2 || !strings.Contains(b.From, "cgroup (2048 MB)") {
		t.Errorf("cgroup of 2 GB: %+v", b)
	}
	// A limit the process is already past still bounds, at the least.
	if b := bound(reading{addressSpace: gb / 2, vmSize: gb}); b.Soft != 1 || b.Most != 1 {
		t.Errorf("ulimit -v under what is mapped: %+v, want 1 byte", b)
	}
}

// BenchmarkSet is what Set costs a process at its start: reading the
// limits (getrlimit, /proc/self/status, the cgroup's files) and the bound
// from them. Set itself runs once; this runs its work b.N times.
func BenchmarkSet(b *testing.B) {
	for b.Loop() {
		_ = bound(read())
	}
}
