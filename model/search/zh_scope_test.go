package search

import (
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
