package sheet

import (
	"fmt"
	"runtime"
	"strings"
	"testing"

	"github.com/dutymap/dutymap/content"
	"github.com/dutymap/dutymap/model"
)

// While the written folder is loaded back to check it, the sheet's own
// organisation is let go: the loader parses every file meanwhile, and an
// import of 99,000 one-duty departments peaked at 465 MB live (1 GB of
// memory) with both held. What stays, the cells each written line came
// from and the files, is measured as the load starts, by the department:
// 1.1 KB (fails if check keeps the builder's nodes: 2.8 KB).
func TestImportLetsGoOfItsOrganisationWhileChecking(t *testing.T) {
	const depts = 10_000
	var b strings.Builder
	b.WriteString("Department,Position,Duty\n")
	for i := range depts {
		fmt.Fprintf(&b, "Dept %d of widgets,Officer %d,Plan and review the widget budget number %d each quarter\n", i, i, i)
	}
	text := b.String()
	var base, held uint64
	defer func(f func(...content.Layer) (*model.Org, content.Problems)) { loadFolder = f }(loadFolder)
	loadFolder = func(layers ...content.Layer) (*model.Org, content.Problems) {
		held = liveHeap() - base
		return content.Check(layers...)
	}
	base = liveHeap()
	res := importCSV(t, text, Options{})
	if len(res.Problems) != 0 || len(res.Files) != depts || res.Org == nil || len(res.Org.Node(fmt.Sprintf("dept-%d-of-widgets", depts-1)).Children) != 1 {
		t.Fatalf("%d files, org %v; problems:\n%s", len(res.Files), res.Org != nil, problemText(res))
	}
	runtime.KeepAlive(text)
	if per := held / depts; per > 1800 {
		t.Errorf("as the check's load started, the import held %d bytes a department", per)
	}
}

// liveHeap is the heap in use after a collection, in bytes.
func liveHeap() uint64 {
	var m runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&m)
	return m.HeapAlloc
}
