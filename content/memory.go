package content

import (
	"fmt"

	"github.com/dutymap/dutymap/internal/memlimit"
	"github.com/dutymap/dutymap/internal/termsafe"
)

// What loading content and building its search index keeps live at the
// most, from the bytes of its files. Measured with GODEBUG=gctrace=1 on
// cold searches (linux/amd64, internal/synth content, srv17 and res11):
// 1,000,000 duties, 131.5 MB in 4,000 files: 1,325 MB; 100,000 duties,
// 13.1 MB in 400 files: 158 MB; 20,000 files of one duty each, 3.1 MB:
// 72 MB. The formula gives 1,347, 156 and 95 MB. Long descriptions cost
// less (485 MB of them: 1,272 MB live), so for them it errs on the safe
// side.
const (
	needPerByte = 10
	needPerFile = 2 << 10
	needBase    = 24 << 20
)

// memoryBound is the process's memory bound (a variable so that a test
// can set one).
var memoryBound = memlimit.Current

// loadNeed is the memory, in bytes, that loading files files of bytes
// bytes in all is expected to keep live (see needPerByte).
func loadNeed(bytes int64, files int) int64 {
	return needPerByte*bytes + needPerFile*int64(files) + needBase
}

// checkMemory refuses the content listed so far, before any is read, when
// loading it would keep more live than the process's memory bound
// (memlimit: ulimit -v, ulimit -d, a cgroup's limit) lets the heap hold:
// past it the Go runtime ends the process with a fatal error that no
// code can catch. It reports whether the content may be loaded.
func (ld *loader) checkMemory(l Layer) bool {
	b := memoryBound()
	need := loadNeed(ld.listedBytes, ld.listedFiles)
	if b.Most == 0 || need <= b.Most {
		return true
	}
	ld.c.add(termsafe.QuoteName(l.Root), 0,
		fmt.Sprintf("raise the limit (%s), or load fewer folders at once", b.Raise),
		"the content is too large for the memory this process may use: loading %s takes about %d MB, and %s leaves about %d MB",
		ld.listedSummary(), memlimit.MB(need), b.From, memlimit.MB(b.Most)).as(KindTooMuch, "")
	return false
}
