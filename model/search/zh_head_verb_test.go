package search

import (
	"testing"

	"github.com/dutymap/dutymap/model"
)

// A compound no text holds is not answered through a verb built on its
// head's character: 报审 (submit for review) says nothing of 海报 (a
// poster), 年报, 简报, 日报 or 月报 (reports); the question says no duty
// mentions the compound, exit 1, with the closest (tryout26 U5). A noun
// built on the head still answers: 报税 through 税务.
func TestCompoundHeadIsNoVerb(t *testing.T) {
	ix := builtin(t)
	for _, q := range []string{"谁做海报", "谁负责海报", "谁负责年报", "谁做简报", "谁负责日报", "谁做月报"} {
		res := find(t, ix, q, model.Zh, 20)
		if terms, _ := res.NotMentioned(); !res.NoMention || len(terms) != 1 {
			t.Errorf("%q: no-mention %v %v, want no duty mentions the compound", q, res.NoMention, terms)
		}
		if os := res.Owners(1); len(os) > 0 {
			t.Errorf("%q: owner %s, want none", q, os[0].Name(model.Zh))
		}
	}
	res := find(t, ix, "谁负责报税", model.Zh, 20)
	if os := res.Owners(1); len(os) == 0 || os[0].Node().Path != "finance" || res.NoMention {
		t.Errorf("谁负责报税: owners %v (no-mention %v), want 财务部 through 税务", ownerPaths(os), res.NoMention)
	}
}
