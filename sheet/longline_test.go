package sheet

import (
	"fmt"
	"io"
	"runtime"
	"strings"
	"testing"
)

// longRows hands on rows of a department each and a duty of size bytes,
// made afresh for every row (as a workbook's reader makes a shared
// text's), and measures the heap still in use every tenth row.
type longRows struct {
	row, rows, size int
	base, peak      uint64
}

func (l *longRows) Next() ([]string, int, error) {
	l.row++
	if l.row == 1 {
		return []string{"Department", "Duty"}, 1, nil
	}
	if l.row > l.rows+1 {
		return nil, l.row, io.EOF
	}
	if l.row%10 == 0 {
		var m runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&m)
		l.peak = max(l.peak, m.HeapAlloc)
	}
	return []string{fmt.Sprintf("D%d", l.row), strings.Repeat("Visit customers. ", l.size/17)}, l.row, nil
}

func (l *longRows) Close() error { return nil }

// A duty longer than a title may be is refused as its row is read, and
// the row dropped: the loader refused it only once every row was held
// and the folder written, so a sheet of 200 such rows held 200 MB before
// the message (hostile14 #1). The heap stays flat across the rows, and
// the problem names the first row first.
func TestImportRefusesALongDutyAsItIsRead(t *testing.T) {
	l := &longRows{rows: 200, size: 256 << 10}
	var m runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&m)
	l.base = m.HeapAlloc
	res := Read(l, Options{Name: "long.csv"})
	want := "long.csv:2: column B (Duty): a duty's line is 256 KB long; the most it may be is 64 KB (also rows 3–201)\n" +
		"  fix: keep it to a sentence; longer text belongs in a Description column beside it, on the same row"
	if got := problemText(res); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	// 200 rows of 256 KB are 50 MB; a few rows' worth is what reading takes.
	if grew := int64(l.peak) - int64(l.base); grew > 8<<20 {
		t.Errorf("the heap grew by %d MB while 200 refused rows were read", grew>>20)
	}
}
