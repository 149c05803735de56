package search

import (
	"strings"
	"testing"

	"github.com/dutymap/dutymap/model"
)

// Chinese near-words from the synonym list: 制订 is 制定 written with the
// other 定, so the duty that 制订s promotion plans answers 谁制定促销计划;
// a claim for expenses (报销), which no duty names, leads to the duty
// that says how expenses are declared and reviewed (费用 … 申报 … 审核),
// among the closest to 谁批准报销.
func TestChineseNearWords(t *testing.T) {
	ix := builtin(t)
	got := ownersSeen(t, ix, "谁制定促销计划", model.Zh, 3)
	if want := "市场部 › 促销企划主管 (1) marketing/positions/compilation-scheme/promotion-planning/3 "; !strings.HasPrefix(got, want) {
		t.Errorf("谁制定促销计划: owners\n%swant them to begin %q", got, want)
	}
	for _, q := range []string{"谁批准报销", "谁负责报销"} {
		res := find(t, ix, q, model.Zh, 20)
		var closest []string
		for _, r := range res.List[:min(3, len(res.List))] {
			closest = append(closest, r.Node.Path)
		}
		if !res.NoMention || !strings.Contains(strings.Join(closest, " "), "marketing/positions/manager/13") {
			t.Errorf("%s: no mention %v, closest %v, want marketing/positions/manager/13 among the first three", q, res.NoMention, closest)
		}
	}
}
