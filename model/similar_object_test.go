package model

import (
	"testing"
)

// Duties that share what they act on, against duties that share only how
// they work: the examples of SharesObject's doc comment, both languages.
func TestSharesObject(t *testing.T) {
	duty := func(en, zh string) *Node { return &Node{Kind: KindDuty, Title: Text{en, zh}} }
	for _, tc := range []struct {
		a, b *Node
		want bool
	}{
		{duty("Set the product's price.", "制定产品价格。"), duty("Apply the prices the marketing department has set.", "执行市场部定下的定价。"), true},
		{duty("Organise the training plans for sales staff.", ""), duty("Organise staff training.", ""), true},
		{duty("", "组织员工培训。"), duty("", "组织实施业务员工培训计划。"), true},
		// Only verbs in common, in either language.
		{duty("Build and manage the sales channels.", "建设并管理销售渠道。"), duty("Study and manage the product life cycle and brand building.", "调研管理产品生命周期与品牌建设。"), false},
		{duty("Serve customers before the sale.", "为客户提供售前服务。"), duty("Provide logistics services for the exhibits.", "为展品提供物流服务。"), false},
		{duty("Look after dealers.", ""), duty("Look after the company's rules and systems.", ""), false},
		// Different languages: nothing is compared across them.
		{duty("Set the product's price.", ""), duty("", "制定产品价格。"), false},
	} {
		if got := SharesObject(tc.a, tc.b); got != tc.want {
			t.Errorf("SharesObject(%q, %q) = %v, want %v", tc.a.Title, tc.b.Title, got, tc.want)
		}
	}
}

// On the O*NET yardstick, a related best match (MinRelated up to
// MinSimilar) that shares an object with its task joins occupations the
// yardstick relates more often than one sharing only verbs: the object
// test tells the two apart, which is why the comparison keeps only the
// first kind in its related tier.
func TestYardstickRelatedSharesObject(t *testing.T) {
	o, _, similar := measured(t)
	var kept, keptRel, dropped, droppedRel int
	var examples []string
	for task, ms := range similar {
		if len(ms) == 0 || LikenessOf(ms[0].Score) != Related {
			continue
		}
		rel := o.related(o.occ[task], o.occ[ms[0].Node])
		if SharesObject(task, ms[0].Node) {
			kept++
			keptRel += b2i(rel)
			continue
		}
		dropped++
		droppedRel += b2i(rel)
		if len(examples) < 10 {
			examples = append(examples, task.Title[En]+"  ≈  "+ms[0].Node.Title[En])
		}
	}
	t.Logf("related best matches sharing an object: %d, %.0f%% in related occupations; sharing none: %d, %.0f%%",
		kept, pct(keptRel, kept), dropped, pct(droppedRel, dropped))
	for _, e := range examples {
		t.Log("  no object: " + e)
	}
	if pct(keptRel, kept) <= pct(droppedRel, dropped) {
		t.Errorf("pairs sharing an object join related occupations %.0f%% of the time, pairs sharing none %.0f%%: the test no longer tells them apart",
			pct(keptRel, kept), pct(droppedRel, dropped))
	}
}
