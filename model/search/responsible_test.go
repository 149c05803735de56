package search

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
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
	// written in no role in it: in part, as any text holding the words;
	// the unit it names answers for the duty, after the one doing it
	// (verify26 W6); alike from an index read alone, whose node table
	// keeps the Accountable lines too.
	for name, ix := range map[string]*Index{"built": built, "alone": alone} {
		for _, c := range []struct {
			query string
			lang  model.Lang
		}{{"who hires contractors", model.En}, {"谁招聘外包人员", model.Zh}} {
			os := find(t, ix, c.query, c.lang, 20).Owners(0)
			if len(os) != 3 || os[0].Department.ID != "people" || !os[0].Responsible || os[0].Proof.Node.Path != "eng/work/3" ||
				os[1].Department.ID != "fin" || os[1].Accountable != 1 || os[1].Proof.Node.Path != "eng/work/3" ||
				os[2].Department.ID != "eng" || os[2].Accountable != 0 || os[2].Duties != 0 {
				t.Errorf("%s %s: owners %+v, want people (Responsible, proved by eng/work/3), fin accountable for it, then eng in part", name, c.query, os)
			}
		}
	}
}

// The unit an Accountable line names answers for the duty only where it
// has no match of its own: with one, its own duties count, prove it and
// rank it, and the duty it signs off lifts it above no one (verify26 V1,
// where "who is in charge of sales" put Marketing first, proved by a
// Sales duty whose Accountable line named it).
func TestAccountableUnitKeepsItsOwnProof(t *testing.T) {
	load := func(accountable string) *Index {
		dir := t.TempDir()
		for name, text := range map[string]string{
			"en/sales.md":     "---\nid: sales\nname: Sales\n---\n\n## Work {#work}\n\n- Sell the products in the stores.\n" + accountable + "- Visit the stores.\n",
			"en/marketing.md": "---\nid: marketing\nname: Marketing\n---\n\n## Work {#work}\n\n- Run the stores.\n- Set the prices.\n",
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
		return New(org)
	}
	signed, plain := load("  Accountable: marketing\n"), load("")
	// Marketing runs the stores itself: its own duty answers.
	if os := find(t, signed, "who runs the stores", model.En, 20).Owners(0); !slices.ContainsFunc(os, func(o Owner) bool {
		return o.Department.ID == "marketing" && o.Duties == 1 && o.Accountable == 0 && o.Proof.Node.Path == "marketing/work/1"
	}) {
		t.Errorf("who runs the stores: owners %v; want Marketing by its own duty, not accountable", ownersProved(os))
	}
	// Where it has no match of its own, it answers for Sales' duty, after Sales.
	if os := find(t, signed, "who sells products in the stores", model.En, 20).Owners(0); len(os) < 2 || os[0].Department.ID != "sales" ||
		os[1].Department.ID != "marketing" || os[1].Accountable != 1 || os[1].Proof.Node.Path != "sales/work/1" {
		t.Errorf("who sells products in the stores: owners %v; want Sales, then Marketing accountable for sales/work/1", ownersProved(os))
	}
	for _, q := range []string{"who runs the stores", "who handles the stores", "who visits the stores"} {
		so, po := find(t, signed, q, model.En, 20).Owners(0), find(t, plain, q, model.En, 20).Owners(0)
		if len(so) != len(po) {
			t.Errorf("%q: owners %v with the Accountable line, %v without", q, ownersProved(so), ownersProved(po))
			continue
		}
		for k := range so {
			if so[k].Department.ID != po[k].Department.ID || so[k].Duties != po[k].Duties || so[k].Accountable != po[k].Accountable ||
				so[k].Proof.Node.Path != po[k].Proof.Node.Path || so[k].Score != po[k].Score {
				t.Errorf("%q: owner %d is %+v with the Accountable line, %+v without; want the same", q, k, so[k], po[k])
			}
		}
	}
}

// A point of a topic's shared work names who does it (Responsible) and
// who answers for it (Accountable): "who counts the stock?" lists the
// units of both lines, the one answering for it without doing it after
// those doing it, each with its roles (Owner.Responsible, Owner.Accountable
// counting the points), in both languages; and an index read without its
// organisation (the cache) gives the same owners, roles and proofs.
func TestSharedWorkAccountableUnit(t *testing.T) {
	dir := t.TempDir()
	for name, text := range map[string]string{
		"en/sales.md":   "---\nid: sales\nname: Sales\n---\n\n## Selling {#selling}\n\n- Sell the products.\n",
		"en/finance.md": "---\nid: finance\nname: Finance\n---\n\n## Budget {#budget}\n\n- Draw up the budget.\n",
		"en/audit.md":   "---\nid: audit\nname: Audit\n---\n\n## Checks {#checks}\n\n- Check the accounts.\n",
		"en/yearend.md": "---\nid: year-end\nkind: topic\nname: Year-end close\nconcerns: [finance, sales]\n---\n\n## Shared work {#shared}\n\n" +
			"- Count the stock at year end.\n  Responsible: sales, finance\n  Accountable: sales\n" +
			"- Seal the warehouse at year end.\n  Responsible: sales\n  Accountable: audit\n",
		"zh/sales.md":   "---\nid: sales\nname: 销售部\n---\n\n## 销售 {#selling}\n\n- 销售产品。\n",
		"zh/finance.md": "---\nid: finance\nname: 财务部\n---\n\n## 预算 {#budget}\n\n- 编制预算。\n",
		"zh/audit.md":   "---\nid: audit\nname: 审计部\n---\n\n## 检查 {#checks}\n\n- 检查账目。\n",
		"zh/yearend.md": "---\nid: year-end\nkind: topic\nname: 年终结算\nconcerns: [finance, sales]\n---\n\n## 共同工作 {#shared}\n\n" +
			"- 年终盘点库存。\n  负责：sales, finance\n  批准：sales\n" +
			"- 年终封存仓库。\n  负责：sales\n  批准：audit\n",
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
	// Each owner: department, Responsible, Accountable, proof.
	say := func(os []Owner) []string {
		var out []string
		for _, o := range os {
			out = append(out, fmt.Sprintf("%s R=%v A=%d %s", o.Department.ID, o.Responsible, o.Accountable, o.Proof.Node.Path))
		}
		return out
	}
	for _, c := range []struct {
		query string
		lang  model.Lang
		want  []string
	}{
		{"who counts the stock", model.En, []string{"sales R=true A=1 year-end/shared/1", "finance R=true A=0 year-end/shared/1"}},
		{"谁盘点库存", model.Zh, []string{"sales R=true A=1 year-end/shared/1", "finance R=true A=0 year-end/shared/1"}},
		{"who seals the warehouse", model.En, []string{"sales R=true A=0 year-end/shared/2", "audit R=false A=1 year-end/shared/2"}},
		{"谁封存仓库", model.Zh, []string{"sales R=true A=0 year-end/shared/2", "audit R=false A=1 year-end/shared/2"}},
	} {
		for name, ix := range map[string]*Index{"built": built, "alone": alone} {
			if got := say(find(t, ix, c.query, c.lang, 20).Owners(0)); !slices.Equal(got, c.want) {
				t.Errorf("%s %s: owners\n%q\nwant\n%q", name, c.query, got, c.want)
			}
		}
	}
}
