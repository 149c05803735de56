package search

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/dutymap/dutymap/content"
	"github.com/dutymap/dutymap/internal/wire"
	"github.com/dutymap/dutymap/model"
)

// A duty written in one unit whose Responsible line names another is the
// other's to do: "who hires engineers?" names the People team first,
// proved by Engineering's "Hire engineers.", marked Responsible, and
// Engineering after it, accountable for it (its RACI role A: no line names
// another), not "in part" (G9); in both languages, and alike from an index
// read without its organisation (F16).
func TestResponsibleUnitIsTheOwner(t *testing.T) {
	dir := t.TempDir()
	for name, text := range map[string]string{
		"en/eng.md":    "---\nid: eng\nname: Engineering\n---\n\n## Work {#work}\n\n- Build the product.\n- Hire engineers.\n  Responsible: people\n- Hire contractors.\n  Responsible: people\n  Accountable: fin\n",
		"en/fin.md":    "---\nid: fin\nname: Finance\n---\n\n## Work {#work}\n\n- Pay suppliers.\n",
		"en/people.md": "---\nid: people\nname: People team\n---\n\n## Work {#work}\n\n- Run payroll.\n",
		"zh/eng.md":    "---\nid: eng\nname: 工程部\n---\n\n## 工作 {#work}\n\n- 开发产品。\n- 招聘工程师。\n  负责：people\n- 招聘外包人员。\n  负责：people\n  批准：fin\n",
		"zh/fin.md":    "---\nid: fin\nname: 财务部\n---\n\n## 工作 {#work}\n\n- 支付供应商货款。\n",
		"zh/people.md": "---\nid: people\nname: 人事部\n---\n\n## 工作 {#work}\n\n- 发放工资。\n",
	} {
		if err := os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	org, err := content.Load(content.Dir(dir))
	if err != nil {
		t.Fatal(err)
	}
	built := New(org)
	var w wire.Writer
	built.Encode(&w)
	alone, err := DecodeAlone(wire.NewReader(w.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	for name, ix := range map[string]*Index{"built": built, "alone": alone} {
		for _, c := range []struct {
			query string
			lang  model.Lang
		}{{"who hires engineers", model.En}, {"谁招聘工程师", model.Zh}} {
			os := find(t, ix, c.query, c.lang, 20).Owners(0)
			if len(os) != 2 || os[0].Department.ID != "people" || !os[0].Responsible || os[0].Proof.Node.Path != "eng/work/2" ||
				os[1].Department.ID != "eng" || os[1].Responsible || os[1].Accountable != 1 || os[1].Proof.Node.Path != "eng/work/2" {
				t.Errorf("%s %s: owners %+v, want people (Responsible, proved by eng/work/2), then eng accountable for it", name, c.query, os)
			}
		}
	}
	// An Accountable line naming another unit leaves the unit the duty is
	// written in no role in it: in part, as any text holding the words.
	// (The node table keeps only Responsible lines: an index read alone
	// takes the department to be accountable.)
	for _, c := range []struct {
		query string
		lang  model.Lang
	}{{"who hires contractors", model.En}, {"谁招聘外包人员", model.Zh}} {
		os := find(t, built, c.query, c.lang, 20).Owners(0)
		if len(os) != 2 || os[0].Department.ID != "people" || !os[0].Responsible || os[0].Proof.Node.Path != "eng/work/3" ||
			os[1].Department.ID != "eng" || os[1].Accountable != 0 || os[1].Duties != 0 {
			t.Errorf("%s: owners %+v, want people (Responsible, proved by eng/work/3), then eng in part", c.query, os)
		}
	}
}
