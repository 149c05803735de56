package search

import (
	"slices"
	"testing"

	"github.com/dutymap/dutymap/model"
)

// A department named before the question word (销售部谁收钱: in sales,
// who collects the money?) is where to look: a duty or summary of another
// unit that holds nothing of the question but that name (把各项企划交给
// 销售部, 为销售部操盘) answers nothing and makes no owner; the department
// comes first (tryout25 T20).
func TestChineseScopeBeforeQuestionWord(t *testing.T) {
	ix := builtin(t)
	for _, q := range []string{"销售部谁收钱", "销售部谁负责收款"} {
		res := find(t, ix, q, model.Zh, 50)
		for _, p := range []string{"marketing/overall/6", "planning/functions/10", "planning"} {
			if got := matchOf(res, p); got != "absent" {
				t.Errorf("%s: %s (naming 销售部 only) matched %s, want absent", q, p, got)
			}
		}
		owners := res.Owners(3)
		if len(owners) == 0 || owners[0].Department.ID != "sales" || owners[0].Position != nil {
			t.Errorf("%s: owners %s, want 销售部 first", q, ownerList(owners, model.Zh))
		}
	}
	// Another unit's duty that holds the work's words too still answers.
	res := find(t, ix, "市场部谁负责定价", model.Zh, 50)
	if got := matchOf(res, "planning/functions/7"); got != "words" {
		t.Errorf("市场部谁负责定价: planning/functions/7 (制定价格与促销方案) matched %s, want words", got)
	}
}

// Inside the unit a question names before its question word, the unit's
// name is no word of the work either (verify26 V2): 销售展位 (its 销售) was
// the proof for 销售部谁负责培训 and 统筹市场部的全部工作 a full match of
// 市场部谁定价. A text holding nothing but the name is no match; the
// unit's own duties that do the work come first, before another unit's
// that names it (会同人力资源部); when it has none, the others' answer.
func TestChineseScopeNameIsNoWordOfTheWork(t *testing.T) {
	ix := builtin(t)
	res := find(t, ix, "销售部谁负责培训", model.Zh, 50)
	if got := matchOf(res, "sales/exhibition-sales/1"); got != "absent" {
		t.Errorf("销售部谁负责培训: sales/exhibition-sales/1 (销售展位) matched %s, want absent", got)
	}
	if owners := res.Owners(3); len(owners) == 0 || owners[0].Department.ID != "marketing" || owners[0].Proof.Node.Path != "marketing/overall/6" {
		t.Errorf("销售部谁负责培训: owners %s, want 市场部 first by marketing/overall/6 (it trains sales)", ownerList(owners, model.Zh))
	}
	res = find(t, ix, "市场部谁定价", model.Zh, 50)
	if got := matchOf(res, "marketing/positions/manager/1"); got != "absent" {
		t.Errorf("市场部谁定价: marketing/positions/manager/1 (统筹市场部的全部工作) matched %s, want absent", got)
	}
	if owners := res.Owners(3); len(owners) == 0 || owners[0].Department.ID != "marketing" || owners[0].Position != nil || owners[0].Proof.Node.Path != "marketing/life-cycle/introduction/4" {
		t.Errorf("市场部谁定价: owners %s, want 市场部 first by 为产品定价", ownerList(owners, model.Zh))
	}
	for q, dept := range map[string]string{"人力资源部谁负责培训": "hr", "市场部谁负责客户": "marketing", "销售部谁负责价格": "sales"} {
		owners := find(t, ix, q, model.Zh, 50).Owners(3)
		if len(owners) == 0 || owners[0].Department.ID != dept || owners[0].Duties == 0 {
			t.Errorf("%s: owners %s, want %s's own duty first", q, ownerList(owners, model.Zh), dept)
		}
	}
}

// A question naming where to look (销售部谁负责培训) whose scope holds no
// duty on the work is answered by the other units, and says so
// (verify27 V2): Results.OutOfScope names the department and the work's
// words, not the department's name. A scope that answers says nothing.
func TestChineseScopeWithoutTheWorkSaysSo(t *testing.T) {
	ix := builtin(t)
	for q, word := range map[string]string{"销售部谁负责培训": "培训", "销售部谁负责展会": "展会"} {
		res := find(t, ix, q, model.Zh, 50)
		o := res.OutOfScope
		if o == nil || len(o.Units) != 1 || o.Units[0].ID != "sales" || !slices.Equal(o.Words, []string{word}) {
			t.Errorf("%s: out of scope %+v, want 销售部 and %s", q, o, word)
			continue
		}
		if owners := res.Owners(3); len(owners) == 0 || owners[0].Department.ID == "sales" {
			t.Errorf("%s: owners %s, want others'", q, ownerList(owners, model.Zh))
		}
		quote := func(w string) string { return "“" + w + "”" }
		name := func(n *model.Node) string { return n.Title.In(model.Zh) }
		if got, want := o.Note(model.Zh, quote, name), "销售部没有提到“"+word+"”的职责；其他部门："; got != want {
			t.Errorf("%s: note %q, want %q", q, got, want)
		}
	}
	for _, q := range []string{"销售部谁收钱", "人力资源部谁负责培训", "市场部谁定价", "谁负责培训"} {
		if o := find(t, ix, q, model.Zh, 50).OutOfScope; o != nil {
			t.Errorf("%s: out of scope %+v, want none (the scope answers, or there is none)", q, o)
		}
	}
}
