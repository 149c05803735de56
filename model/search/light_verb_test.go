package search

import (
	"strings"
	"testing"

	"github.com/dutymap/dutymap/model"
)

// A light verb with an object says only that the object is made or done:
// "who makes the ads" asks who does advertising, as "who handles the ads"
// does (tryout27 X3: "make" decided, and "Release … the information it
// needs to make public" proved Marketing "in part"). "Make sure" is a verb
// of its own.
func TestLightVerbLetsTheObjectDecide(t *testing.T) {
	ix := builtin(t)
	for _, q := range []string{"who makes the ads", "who makes adverts", "who makes advertisements", "who made the ads"} {
		res := find(t, ix, q, model.En, 10)
		os := res.Owners(1)
		if len(os) == 0 || os[0].Duties == 0 || !strings.Contains(strings.ToLower(os[0].Proof.Node.Title.In(model.En)), "advertis") {
			t.Errorf("%q: owners %v, want the advertising duties' owner first, by a duty", q, ownerNames(os))
		}
		for _, r := range res.List {
			if r.Node.Path == "marketing/roles/public-relations/7" {
				t.Errorf("%q: %q matched by “make”", q, r.Node.Title.In(model.En))
			}
		}
	}
	// "Who makes the sales plan" is about the sales plan, not every duty
	// that makes something.
	if os := find(t, ix, "who makes the sales plan", model.En, 10).Owners(1); len(os) == 0 || os[0].Duties == 0 {
		t.Errorf("who makes the sales plan: owners %v, want one by a duty", ownerNames(os))
	}
	p := makePlan(Parse("who makes sure the booths are safe"))
	if len(p.words) == 0 || p.words[0].folded != "makes" || !p.words[0].verb {
		t.Errorf("who makes sure the booths are safe: words %v, want “makes” its verb", p.words)
	}
}
