package page

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/dutymap/dutymap/content"
	"github.com/dutymap/dutymap/model"
)

// TestEmptyDepartmentSaysSoOnce (tryout12 nit): a department with no
// duties says so once. The built-in trade union office's summary says the
// source gives none, so the page adds nothing; a department whose content
// says nothing about it gets the page's own line.
func TestEmptyDepartmentSaysSoOnce(t *testing.T) {
	org, err := content.Load(content.Builtin())
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range model.Langs {
		for _, path := range []string{"trade-union", "security", "logistics", "party-mass"} {
			n := org.Node(path)
			if n == nil || n.Duties > 0 {
				t.Fatalf("%s: the built-in content has no empty department %s", l.Code(), path)
			}
			got := Render(org, n, Options{Lang: l})
			if strings.Contains(got, words[l].noDuties) {
				t.Errorf("%s: %s says it has no duties twice, in its summary and the page's line:\n%s", l.Code(), path, got)
			}
		}
	}

	files := fstest.MapFS{
		"en/legal.md": {Data: []byte("---\nid: legal\nname: Legal\n---\n")},
		"en/audit.md": {Data: []byte("---\nid: audit\nname: Audit\nsummary: Checks the books; its duties are still to be written.\n---\n")},
	}
	own, err := content.Load(content.Layer{Name: "t", Root: "t", FS: files})
	if err != nil {
		t.Fatal(err)
	}
	if got := Render(own, own.Node("legal"), Options{Lang: model.En}); !strings.Contains(got, "*"+words[model.En].noDuties+"*") {
		t.Errorf("a department with nothing written about it does not say it has no duties:\n%s", got)
	}
	if got := Render(own, own.Node("audit"), Options{Lang: model.En}); strings.Contains(got, words[model.En].noDuties) {
		t.Errorf("a department whose summary speaks for it got the page's line too:\n%s", got)
	}
}

// A department with no duty of its own that another's RACI lines name
// (a team just made to take work over) lists that work, with its role,
// in place of "no duties" (verify25 W5); in both languages.
func TestEmptyDepartmentListsWorkGivenToIt(t *testing.T) {
	files := fstest.MapFS{
		"en/it.md":         {Data: []byte("---\nid: it\nname: IT department\n---\n\n## Support {#support}\n\n- Fix the printers.\n- Order office supplies.\n  Responsible: facilities\n- Buy laptops.\n  Consulted: facilities\n")},
		"zh/it.md":         {Data: []byte("---\nid: it\nname: 信息部\n---\n\n## 支持 {#support}\n\n- 修理打印机。\n- 订购办公用品。\n  负责：facilities\n- 购买笔记本电脑。\n  咨询：facilities\n")},
		"en/facilities.md": {Data: []byte("---\nid: facilities\nname: Facilities\n---\n")},
		"zh/facilities.md": {Data: []byte("---\nid: facilities\nname: 后勤组\n---\n")},
	}
	org, err := content.Load(content.Layer{Name: "t", Root: "t", FS: files})
	if err != nil {
		t.Fatal(err)
	}
	for l, want := range map[model.Lang]string{
		model.En: "## Work written elsewhere that names it\n\n- Order office supplies. — *IT department › Support* (R)\n- Buy laptops. — *IT department › Support* (C)\n",
		model.Zh: "## 别处写下、点名由它承担的工作\n\n- 订购办公用品。 — *信息部 › 支持* (R)\n- 购买笔记本电脑。 — *信息部 › 支持* (C)\n",
	} {
		got := Render(org, org.Node("facilities"), Options{Lang: l})
		if !strings.Contains(got, want) || strings.Contains(got, words[l].noDuties) {
			t.Errorf("%s:\n%s\nwant it to hold\n%s\nand not %q", l.Code(), got, want, words[l].noDuties)
		}
	}
}
