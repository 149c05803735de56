package search

import (
	"strings"
	"testing"

	"github.com/dutymap/dutymap/model"
)

// Chinese near-words from the synonym list: 制订 is 制定 written with the
// other 定, so the duty that 制订s promotion plans answers 谁制定促销计划;
// a claim for expenses (报销), which no duty names, is a word of the
// expenses themselves (费用, 支出): Finance, which manages the company's
// 费用收支, answers 谁负责报销 and 我要报销找谁, and is among the first
// three to 谁批准报销 (tryout24 H2).
func TestChineseNearWords(t *testing.T) {
	ix := builtin(t)
	got := ownersSeen(t, ix, "谁制定促销计划", model.Zh, 3)
	if want := "市场部 › 促销企划主管 (1) marketing/positions/compilation-scheme/promotion-planning/3 "; !strings.HasPrefix(got, want) {
		t.Errorf("谁制定促销计划: owners\n%swant them to begin %q", got, want)
	}
	for _, q := range []string{"谁负责报销", "我要报销找谁"} {
		res := find(t, ix, q, model.Zh, 20)
		if os := res.Owners(3); res.NoMention || len(os) == 0 || os[0].Department.ID != "finance" {
			t.Errorf("%s: no mention %v, owners %v; want finance first", q, res.NoMention, ownerNames(os))
		}
	}
	res := find(t, ix, "谁批准报销", model.Zh, 20)
	var closest []string
	for _, r := range res.List[:min(3, len(res.List))] {
		closest = append(closest, r.Node.Path)
	}
	if res.NoMention || !strings.Contains(strings.Join(closest, " "), "finance/responsibilities/1") {
		t.Errorf("谁批准报销: no mention %v, first %v, want finance/responsibilities/1 among the first three", res.NoMention, closest)
	}
}
