package sheet

import (
	"runtime"
	"runtime/metrics"

	"github.com/dutymap/dutymap/internal/memlimit"
)

// Reading a sheet keeps about 600 bytes a row live, and more for long
// cells (500,000 short rows, 38 MB of CSV: 315 MB; a workbook of as many
// rows, 180 MB of XML: 323 MB). Under a memory bound (ulimit -v, ulimit
// -d, a cgroup's limit) that ended in a Go fatal "out of memory" and a
// dump of every goroutine, which no code can catch (hunt25: 38 MB of CSV
// under ulimit -v 1000000). Read looks at the heap every memoryCheckRows
// rows and stops, with the limit named and a fix, once it holds more than
// the bound lets content keep live (memlimit.Bound.Most).

// memoryCheckRows is how often, in rows, Read looks at the heap: about
// 2.5 MB of rows between two looks, far less than the margin between the
// bound and the fatal error.
const memoryCheckRows = 4096

// memoryBound is the process's memory bound, and heapInUse what the Go
// runtime holds mapped (heap, stacks, its own tables), less what it gave
// back: variables so that a test can set them. Not the heap's objects
// alone: under ulimit -d 300000, which counts every mapped page, import
// died with the objects still well under the bound.
var (
	memoryBound = memlimit.Current
	heapInUse   = func() int64 {
		s := []metrics.Sample{{Name: "/memory/classes/total:bytes"}, {Name: "/memory/classes/heap/released:bytes"}}
		metrics.Read(s)
		return int64(s[0].Value.Uint64() - s[1].Value.Uint64())
	}
)

// overMemory reports, once the heap holds more than the bound lets it
// keep, the row reading stopped at, as a problem of the file.
func (b *builder) overMemory(row int) bool {
	bound := memoryBound()
	if bound.Most == 0 {
		return false
	}
	held := heapInUse()
	if held <= bound.Most {
		return false
	}
	if held = collected(); held <= bound.Most {
		return false
	}
	b.fileProblem(b.held+"raise the limit ("+bound.Raise+"), or "+SplitFix,
		"the sheet is too large for the memory this process may use: by row %d, reading it holds %d MB, and %s leaves about %d MB; import stopped there",
		row, memlimit.MB(held), bound.From, memlimit.MB(bound.Most))
	return true
}

// writeNeed is what writing the content files takes beside the rows
// read, for text bytes of text: the files' text, as it is built and as
// the files hold it, and the loader's check of them (res: a sheet that
// read to the end under the bound died in content.Write, hunt25).
func writeNeed(text int64) int64 { return 3 * text }

// tooLargeToWrite reports, when writing the content files would take the
// heap past the bound, that the sheet's rows were read but cannot be
// written, as a problem of the file.
func (b *builder) tooLargeToWrite() bool {
	bound := memoryBound()
	if bound.Most == 0 || b.size == nil {
		return false
	}
	var text int64
	for _, sizes := range b.size.bytes {
		for _, n := range sizes {
			text += int64(n)
		}
	}
	held, need := heapInUse(), writeNeed(text)
	if held+need <= bound.Most {
		return false
	}
	if held = collected(); held+need <= bound.Most {
		return false
	}
	b.fileProblem(b.held+"raise the limit ("+bound.Raise+"), or "+SplitFix,
		"the sheet is too large for the memory this process may use: its %d rows hold %d MB, writing them as content files takes about %d MB more, and %s leaves about %d MB",
		b.res.Rows, memlimit.MB(held), memlimit.MB(need), bound.From, memlimit.MB(bound.Most))
	return true
}

// collected is heapInUse once garbage is collected: it counts garbage
// not yet collected too, and a sheet that fits was refused at 120,000
// rows where 150,000 passed. Only near the bound.
func collected() int64 {
	runtime.GC()
	return heapInUse()
}
