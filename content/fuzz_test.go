package content

import (
	"strings"
	"testing"
	"testing/fstest"
)

// FuzzLoad feeds arbitrary bytes as a department file, in both languages'
// folders, and requires the loader to either load or report problems that
// are located and explained: never a panic, never an empty message.
func FuzzLoad(f *testing.F) {
	f.Add([]byte(salesEN), []byte(salesZH))
	f.Add([]byte("---\nid: a\nname: A\ntraits:\n  objective: x\n---\n## X {#x .position}\n- d {#d}\n  more\n"), []byte("---\nid: a\nname: 甲\n---\n## 乙 {#x}\n- 丁\n"))
	f.Add([]byte("---\n---\n"), []byte("## only {#o}\n- x\n"))
	f.Add([]byte("---\nid: r\nkind: relation\nfrom: a\nto: b\nname: R\n---\n```\n# not a heading\n"), []byte{0xff, 0xfe})
	f.Add([]byte("---\nid: a\nname: A\n---\n## X {#x .position}\nInformed: a\n- d\n  Accountable: a, a/x\n  R: a/x\n  Approver: a\n"),
		[]byte("---\nid: a\nname: 甲\n---\n## 乙 {#x .position}\n- 丁\n  批准：甲、a/x\n  审批：甲\n"))
	f.Add([]byte("---\nid: a\nkind: relation\nname: R\nfrom: a\nto: a\n---\n## P {#p}\nFrom: a/p/1\n- x\n  To: nowhere, a\n  Returns: a/p/1\n"), []byte(""))
	f.Fuzz(func(t *testing.T, en, zh []byte) {
		fsys := fstest.MapFS{
			"en/a.md":      &fstest.MapFile{Data: en},
			"zh/a.md":      &fstest.MapFile{Data: zh},
			"sources.yaml": &fstest.MapFile{Data: []byte(sourcesYAML)},
		}
		org, err := Load(Layer{Name: "fuzz", FS: fsys, Root: "fuzz"})
		if err != nil {
			ps, ok := err.(Problems)
			if !ok || len(ps) == 0 {
				t.Fatalf("error %T %v is not a list of problems", err, err)
			}
			for _, p := range ps {
				if p.File == "" || p.Msg == "" || p.Fix == "" {
					t.Fatalf("incomplete problem: %+v", p)
				}
			}
			return
		}
		for _, n := range org.Nodes() {
			if n.Path == "" || strings.ContainsRune(n.Title.In(0)+n.Title.In(1), 0x1b) {
				t.Fatalf("bad node %+v", n)
			}
		}
	})
}
