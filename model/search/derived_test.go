package search

import (
	"slices"
	"testing"

	"github.com/dutymap/dutymap/model"
)

// A text that holds a query word only as another word of its stem
// (Porter2 stems "government" and "govern", "marketing" and "market",
// "accounting" and "accounts" alike) holds it as a synonym does: it
// matches in part where a text saying the word itself, or one of its own
// inflections ("governments", "the product's"), matches; and when every
// match holds it so, a note says through which word (search21:
// "government relations" answered by "rules that govern how employees
// work", "accounting" by "the key accounts").
func TestDerivedWordMatchesAsSynonym(t *testing.T) {
	ix := tiny(
		[2]string{"Decide how the board will govern.", "甲"},
		[2]string{"Brief governments each month.", "乙"},
		[2]string{"Study the market.", "丙"},
		[2]string{"Run marketing events.", "丁"},
		[2]string{"Look after the key accounts.", "戊"},
		[2]string{"Set the product's price.", "己"},
		[2]string{"Keep the rules.", "庚"},
		[2]string{"Print the rules.", "辛"},
		[2]string{"Post the rules.", "壬"},
	)
	matchOf := func(res *Results, path string) Match {
		for _, r := range res.List {
			if r.Node.Path == path {
				return r.Match
			}
		}
		return Letters // not listed as a words match
	}
	// Each query word weighs more than the common "rules": a text holding
	// it alone is a match, holding it only as another word, in part.
	for _, c := range []struct {
		query, own, derived string
	}{
		{"government rules", "d/s/2", "d/s/1"},
		{"marketing rules", "d/s/4", "d/s/3"},
	} {
		res := find(t, ix, c.query, model.En, 10)
		if matchOf(res, c.own) != Words || matchOf(res, c.derived) != Partial {
			t.Errorf("%q: %s is %v, %s is %v; want a match and a match in part (list %v)",
				c.query, c.own, matchOf(res, c.own), c.derived, matchOf(res, c.derived), paths(res.List))
		}
	}
	res := find(t, ix, "accounting", model.En, 10)
	if want := []Through{{Typed: "accounting", Via: []string{"accounts"}}}; !slices.EqualFunc(res.Through, want, func(a, b Through) bool {
		return a.Typed == b.Typed && slices.Equal(a.Via, b.Via)
	}) || matchOf(res, "d/s/5") != Words {
		t.Errorf("accounting: through %v, d/s/5 %v; want %v, a match", res.Through, matchOf(res, "d/s/5"), want)
	}
	// A possessive, an inflection, and a form the synonym list writes
	// beside the word are its own.
	// A possessive in the query is the word's own form too: "marketing's"
	// is held by "marketing" as the word is (tryout26 U19).
	for q, path := range map[string]string{"product price": "d/s/6", "who prices products": "d/s/6", "the board governs": "d/s/1", "the product's price": "d/s/6", "marketing's events": "d/s/4"} {
		if res := find(t, ix, q, model.En, 10); matchOf(res, path) != Words || len(res.Through) > 0 {
			t.Errorf("%q: %s is %v, through %v; want a match, no note", q, path, matchOf(res, path), res.Through)
		}
	}
}
