package search

import (
	"slices"
	"testing"

	"github.com/dutymap/dutymap/model"
)

// In a question asking which unit does a verb to something, the object
// carries the question: with no duty holding both, the owners are those
// whose duties hold the object, the one with more of them first; a unit
// whose duties hold only the verb ("Run sales promotions") is no owner,
// though its duties stay in the list, in part.
func TestObjectCarriesTheQuestion(t *testing.T) {
	ix := New(model.NewOrg([]*model.Node{
		dept("sales", "Sales", "Sell exhibition booths."),
		// Each of Operations' duties is long and says the exhibition
		// once: any one of them scores below Sales' short one.
		dept("operations", "Operations", "Organise the setting-up and the tearing-down of the stands, the lighting and the signs of the exhibition.",
			"Provide the logistics, the transport and the storage of every exhibit for the exhibition.", "Register the visitors and the exhibitors of the exhibition at the gate and online."),
		dept("marketing", "Marketing", "Run sales promotions.", "Run the brand campaigns."),
		// A note saying both words: the units' duties match in part.
		doc(model.KindTopic, "fairs", "Exhibitions", "", sec("notes", "Notes", "", duty("Many firms run an exhibition each spring.", ""))),
	}, nil))
	res := find(t, ix, "which department runs the exhibition?", model.En, 20)
	var ids []string
	for _, o := range res.Owners(0) {
		ids = append(ids, o.Department.ID)
	}
	if !slices.Equal(ids, []string{"operations", "sales"}) {
		t.Errorf("owners %q, want operations then sales, marketing none", ids)
	}
	listed := false
	for _, r := range res.List {
		listed = listed || r.Node.Title[model.En] == "Run sales promotions."
	}
	if !listed {
		t.Errorf("a duty holding the verb alone is no longer listed: %q", texts(res.List))
	}
	// Not a question: every unit whose texts hold a word is an owner.
	// (The topic's note is no unit's.)
	if os := find(t, ix, "run exhibition", model.En, 20).Owners(0); len(os) != 3 {
		t.Errorf("run exhibition: %d owners, want 3", len(os))
	}
}
