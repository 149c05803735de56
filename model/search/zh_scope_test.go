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
