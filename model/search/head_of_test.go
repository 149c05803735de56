package search

import (
	"testing"

	"github.com/dutymap/dutymap/model"
)

// An -ing form right after a form of "be" is the verb going on, no noun:
// "where the industry is heading" holds no head, as "leaving the
// customer satisfied" holds no staff leave (tryout26 U21).
func TestProgressiveIsNoNoun(t *testing.T) {
	ix := New(model.NewOrg([]*model.Node{
		dept("research", "Research", "Follow where the industry is heading, and report on it."),
		dept("admin", "Administration", "Run the head office's reception."),
	}, nil))
	res := find(t, ix, "who staffs the head office reception", model.En, 0)
	if full, partial := matches(res, "Follow where the industry is heading, and report on it."); full || partial {
		t.Errorf("\"is heading\" is a match (in full %v): it holds head only as a verb", full)
	}
	if full, _ := matches(res, "Run the head office's reception."); !full {
		t.Errorf("\"the head office\" is no match, want one")
	}
}

// "Who is the head of X", "head of X", "who heads X" ask who leads X: the
// unit X names answers, as "who is in charge of X" is answered, and its
// manager's position beside it; never the duties that say where something
// is heading (tryout26 U21).
func TestHeadOfUnit(t *testing.T) {
	ix := builtin(t)
	for _, c := range []struct {
		query  string
		owners []string // the first owners, in order
	}{
		{"who is the head of sales", []string{"sales"}},
		{"who heads the sales department", []string{"sales"}},
		{"who is head of finance", []string{"finance"}},
		{"head of marketing", []string{"marketing", "marketing/positions/manager"}},
		{"who is the head of marketing", []string{"marketing", "marketing/positions/manager"}},
		{"who is heading the marketing department", []string{"marketing", "marketing/positions/manager"}},
	} {
		res := find(t, ix, c.query, model.En, 20)
		got := ownerPaths(res.Owners(len(c.owners)))
		if len(got) != len(c.owners) {
			t.Errorf("%q: owners %v, want %v first", c.query, got, c.owners)
			continue
		}
		for i := range got {
			if got[i] != c.owners[i] {
				t.Errorf("%q: owners %v, want %v first", c.query, got, c.owners)
				break
			}
		}
		for _, r := range res.List {
			if r.Match == Words && r.Node.Path == "marketing/roles/intelligence/1" {
				t.Errorf("%q: %q (where the industry is heading) matches", c.query, r.Node.Title[model.En])
			}
		}
	}
}
