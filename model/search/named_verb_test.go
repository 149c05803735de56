package search

import (
	"testing"

	"github.com/dutymap/dutymap/model"
)

// A department whose name holds what a question's verb is done to answers
// it whatever the verb (tryout24 H10): "who runs the union" is answered
// by the Trade union office, which lists no duties, as "who is in charge
// of the union" is; "who runs logistics" by the Logistics department, as
// "who handles logistics" is.
func TestNamedByObjectWhateverTheVerb(t *testing.T) {
	ix := builtin(t)
	for query, want := range map[string]string{
		"who runs the union":            "trade-union",
		"who organises the union":       "trade-union",
		"who is in charge of the union": "trade-union",
		"who runs logistics":            "logistics",
		"who handles logistics":         "logistics",
	} {
		os := find(t, ix, query, model.En, 5).Owners(1)
		if len(os) == 0 || os[0].Department.ID != want {
			t.Errorf("%q: owners %v, want %s first", query, ownerNames(os), want)
		}
	}
}
