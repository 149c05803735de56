package search

import (
	"slices"
	"testing"

	"github.com/dutymap/dutymap/model"
)

// A phrasal verb is a verb of its own (analysis.Phrasal): "set" does not
// find "Set up the stand", "set up" finds it however it is written
// ("setting-up", "sets up" across two words of the query), and a
// question with the phrasal verb asks for it.
func TestPhrasalVerbIsItsOwnWord(t *testing.T) {
	ix := New(model.NewOrg([]*model.Node{
		dept("events", "Events", "Set up the stand.", "Organise the setting-up of the exhibition."),
		dept("marketing", "Marketing", "Set the prices.", "Draw up the advertising budget."),
	}, nil))
	words := func(query string) []string {
		var out []string
		for _, r := range find(t, ix, query, model.En, 10).List {
			if r.Match == Words {
				out = append(out, r.Node.Title[model.En])
			}
		}
		return out
	}
	for _, c := range []struct {
		query string
		want  []string
	}{
		{"set", []string{"Set the prices.", "Draw up the advertising budget."}}, // draw up: a synonym of set
		{"set prices", []string{"Set the prices."}},
		{"set up", []string{"Set up the stand.", "Organise the setting-up of the exhibition."}},
		{"setting-up", []string{"Organise the setting-up of the exhibition.", "Set up the stand."}},
		{"draws up budget", []string{"Draw up the advertising budget."}},
	} {
		got := words(c.query)
		slices.Sort(got)
		slices.Sort(c.want)
		if !slices.Equal(got, c.want) {
			t.Errorf("%q: word matches %q, want %q", c.query, got, c.want)
		}
	}
	res := find(t, ix, "who sets up the exhibition?", model.En, 10)
	if os := res.Owners(0); len(os) == 0 || os[0].Department.ID != "events" || len(res.Missing) > 0 {
		t.Errorf("who sets up the exhibition?: owners %v, missing %q; want Events first, nothing missing", ownerNames(os), res.Missing)
	}
	res = find(t, ix, "who sets prices?", model.En, 10)
	if os := res.Owners(0); len(os) != 1 || os[0].Department.ID != "marketing" {
		t.Errorf("who sets prices?: owners %v; want Marketing alone", ownerNames(os))
	}
}
