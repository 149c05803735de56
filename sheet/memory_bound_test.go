package sheet

import (
	"fmt"
	"strings"
	"testing"

	"github.com/dutymap/dutymap/internal/memlimit"
)

// Under a memory bound, reading a sheet stops, with the limit named and
// a fix, once the heap holds more than the bound lets it keep, and a
// sheet read whole is not written when its files would take the heap
// past it: 38 MB of CSV under ulimit -v 1000000 ended in a Go fatal "out
// of memory" (hunt25). heapInUse stands in for the heap here.
func TestReadStopsAtTheMemoryBound(t *testing.T) {
	defer func(b func() memlimit.Bound, h func() int64) { memoryBound, heapInUse = b, h }(memoryBound, heapInUse)
	memoryBound = func() memlimit.Bound {
		return memlimit.Bound{Most: 100 << 20, From: "ulimit -v 1000000 (kB of address space)", Raise: "ulimit -v unlimited"}
	}
	var b strings.Builder
	b.WriteString("Department,Duty\n")
	for i := range 3 * memoryCheckRows {
		fmt.Fprintf(&b, "Sales,Visit customer %d.\n", i)
	}
	sheetText := b.String() // about 90 KB of duties
	fix := "\n  fix: raise the limit (ulimit -v unlimited), or " + SplitFix
	for _, tc := range []struct {
		name string
		heap int64
		want string
	}{
		{"over the bound while reading", 101 << 20,
			fmt.Sprintf("s.csv: the sheet is too large for the memory this process may use: by row %d, reading it holds 101 MB, and ulimit -v 1000000 (kB of address space) leaves about 100 MB; import stopped there", memoryCheckRows+1) + fix},
		{"the files would pass it", 100<<20 - 100<<10,
			fmt.Sprintf("s.csv: the sheet is too large for the memory this process may use: its %d rows hold 100 MB, writing them as content files takes about 1 MB more, and ulimit -v 1000000 (kB of address space) leaves about 100 MB", 3*memoryCheckRows) + fix},
		{"room enough", 90 << 20, ""},
	} {
		heapInUse = func() int64 { return tc.heap }
		res := importCSV(t, sheetText, Options{})
		if got := problemText(res); got != tc.want || (tc.want == "") != (res.Files != nil) {
			t.Errorf("%s: %d files, problems:\n%s\nwant:\n%s", tc.name, len(res.Files), got, tc.want)
		}
	}
}
