package search

import (
	"slices"
	"testing"

	"github.com/dutymap/dutymap/model"
)

// A question's time preposition says when the work is done, not what it
// is (verify27 V6): "who prepares before the exhibition" was answered in
// full by "Serve customers before the sale." and "Provide service before,
// during and after the sale…", which share only "before" (and a verb of
// service) with it. Now the exhibition's duties answer it, the time word
// ranks without being needed, and it is never named as unmentioned.
func TestTimePrepositionIsNoWorkOfTheQuestion(t *testing.T) {
	ix := builtin(t)
	for _, q := range []string{"who prepares before the exhibition", "who helps before the exhibition"} {
		res := find(t, ix, q, model.En, 10)
		for _, r := range res.List {
			if r.Match == Words && (r.Node.Path == "sales/customer-service/1" || r.Node.Path == "marketing/roles/public-relations/6") {
				t.Errorf("%q: %q is a full match by its time word alone", q, r.Node.Title.In(model.En))
			}
		}
		if os := res.Owners(1); len(os) == 0 || !slices.Contains([]string{"operations", "sales"}, os[0].Department.ID) || os[0].Duties == 0 {
			t.Errorf("%q: owners %v, want the exhibition's Operations or Sales by a duty", q, ownerNames(os))
		}
		if slices.Contains(res.Missing, "before") {
			t.Errorf("%q: “before” named as unmentioned", q)
		}
	}
	// The sale's own question still finds it: the time word ranks it.
	res := find(t, ix, "who serves customers before the sale", model.En, 5)
	if len(res.List) == 0 || res.List[0].Node.Path != "sales/customer-service/1" {
		t.Errorf("who serves customers before the sale: first %v, want sales/customer-service/1", paths(res.List))
	}
}
