package ownership

import (
	"testing"
	"testing/fstest"

	"github.com/dutymap/dutymap/content"
)

// FuzzCheck feeds arbitrary text as a department file in both languages,
// beside a department, a topic of shared work and a relation that link to
// it, and requires every check to run without a panic on whatever loads,
// each finding located and with a message and a fix.
func FuzzCheck(f *testing.F) {
	f.Add([]byte("---\nid: a\nname: A\n---\n## S {#s .position}\n- Keep the ledgers balanced.\n  Accountable: a, b\n- Sign.\n  Consulted: a/s\n"),
		[]byte("---\nid: a\nname: 甲\n---\n## 乙 {#s .position}\n- 记账。\n  批准：甲、b\n- 签字。\n"))
	f.Add([]byte("---\nid: a\nname: A\n---\n## S {#s}\n- Load the delivery vans.\n"), []byte(""))
	f.Add([]byte("---\nid: a\nname: A\norder: 1\n---\n## S {#s}\n- x\n  Informed: b\n## T {#t .unit}\nResponsible: a/t\n- y\n"), []byte("---\nid: a\nname: A\n---\n"))
	f.Fuzz(func(t *testing.T, en, zh []byte) {
		fsys := fstest.MapFS{
			"en/a.md": {Data: en},
			"zh/a.md": {Data: zh},
			"en/b.md": {Data: []byte("---\nid: b\nname: B\n---\n## S {#s}\n- Load the delivery vans.\n- Keep the ledgers balanced.\n")},
			"en/t.md": {Data: []byte("---\nid: t\nkind: topic\nname: T\nconcerns: [a, b]\n---\n## W {#w}\n- Share.\n  Accountable: a, b\n- Nobody.\n")},
			"en/r.md": {Data: []byte("---\nid: r\nkind: relation\nname: R\nfrom: a\nto: b\n---\n## P {#p}\nFrom: a/s/1\n- It.\n  To: b/s/1\n  Returns: r/p/1\n")},
		}
		org, ps := content.Check(content.Layer{Name: "fuzz", Root: "fuzz", FS: fsys})
		if org == nil {
			if len(ps.Errors()) == 0 {
				t.Fatal("no organisation and no problem")
			}
			return
		}
		for _, fd := range Run(org, Options{}).Findings {
			if fd.File == "" || fd.Msg == "" || fd.Fix == "" || fd.Node == nil {
				t.Fatalf("incomplete finding: %+v", fd)
			}
		}
	})
}
