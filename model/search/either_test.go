package search

import (
	"testing"

	"github.com/dutymap/dutymap/model"
)

// A question offering units as alternatives is asked as who does the
// rest, among them first: the units' names are no words of the work (a
// duty handing plans to 销售部 proves nothing of pricing), a possessive
// names its unit ("HR's job"), and the one chosen is the first offered
// owner whose duties do the work; none when neither does (tryout27 X11).
func TestEitherOrChoosesAnOfferedUnit(t *testing.T) {
	ix := builtin(t)
	for _, c := range []struct {
		query  string
		lang   model.Lang
		chosen string // the chosen owner's unit path, "" for none
		first  string // the first owner's proof
	}{
		{"市场部和销售部谁负责定价", model.Zh, "marketing", "marketing/life-cycle/introduction/4"},
		{"定价是市场部还是销售部负责", model.Zh, "marketing", "marketing/life-cycle/introduction/4"},
		{"定价归市场部还是销售部", model.Zh, "marketing", "marketing/life-cycle/introduction/4"},
		{"促销是市场部的事还是销售部的事", model.Zh, "marketing/positions/compilation-scheme/promotion-planning", "marketing/positions/compilation-scheme/promotion-planning/6"},
		{"谁负责定价，市场部还是销售部？", model.Zh, "marketing", "marketing/life-cycle/introduction/4"},
		{"is training done by HR or marketing", model.En, "hr", "hr/responsibilities/2"},
		{"is training HR's job or marketing's", model.En, "hr", "hr/responsibilities/2"},
		{"does marketing or sales set prices", model.En, "marketing", "marketing/life-cycle/introduction/4"},
		{"is pricing finance or HR", model.En, "", "marketing/life-cycle/introduction/4"},
		{"定价是财务部还是人力资源部负责", model.Zh, "", "marketing/life-cycle/introduction/4"},
	} {
		res := find(t, ix, c.query, c.lang, 20)
		if len(res.Offered) != 2 {
			t.Errorf("%s: offered %d units, want 2", c.query, len(res.Offered))
			continue
		}
		// (It does speak of training: 讲解、培训和研讨.)
		if got := matchOf(res, "marketing/overall/6"); got == "words" && c.lang == model.Zh {
			t.Errorf("%s: marketing/overall/6 (hands plans to 销售部) is a full match", c.query)
		}
		o, ok := res.Chosen()
		switch {
		case c.chosen == "" && ok:
			t.Errorf("%s: chose %s, want none of the offered", c.query, o.Node().Path)
		case c.chosen != "" && (!ok || o.Node().Path != c.chosen):
			t.Errorf("%s: chose %v %v, want %s", c.query, ok, o.Node(), c.chosen)
		}
		if owners := res.Owners(1); len(owners) == 0 || owners[0].Proof.Node.Path != c.first {
			t.Errorf("%s: owners %s, want the first proved by %s", c.query, ownerList(owners, c.lang), c.first)
		}
		for _, m := range res.Missing {
			t.Errorf("%s: %q said unmentioned", c.query, m)
		}
	}
	// Two units not offered as alternatives: the question as it is.
	for _, q := range []string{"who reports sales figures to marketing", "who works with marketing and sales",
		"市场部和销售部的区别", "谁与市场部和销售部沟通", "市场部谁定价", "HR or marketing"} {
		if res := find(t, ix, q, model.En, 20); res.Offered != nil {
			t.Errorf("%s: offered %d units, want none", q, len(res.Offered))
		}
	}
}

// A possessive names its unit: "HR's duties" asks what "HR duties" asks,
// the Human resources department first, and no note says no duty
// mentions "HR's" (tryout27 X11).
func TestPossessiveNamesTheUnit(t *testing.T) {
	ix := builtin(t)
	for _, q := range []string{"HR's duties", "what are HR's duties", "HR’s duties"} {
		res := find(t, ix, q, model.En, 5)
		if len(res.List) == 0 || res.List[0].Node.Path != "hr" || res.NoMention || len(res.Missing) > 0 {
			first := "nothing"
			if len(res.List) > 0 {
				first = res.List[0].Node.Path
			}
			t.Errorf("%s: first %s, missing %v, want hr first and nothing missing", q, first, res.Missing)
		}
	}
}

// Text whose lower case is longer than itself ("İ") before the units
// offered reads what joins them all the same, and never panics.
func TestEitherOrReadsAroundChangingCase(t *testing.T) {
	ix := builtin(t)
	for _, q := range []string{"İİİİ does marketing or sales set prices", "ȺȺȺ 定价是市场部还是销售部负责"} {
		if res := find(t, ix, q, model.En, 5); len(res.Offered) != 2 {
			t.Errorf("%s: offered %d units, want 2", q, len(res.Offered))
		}
	}
}
