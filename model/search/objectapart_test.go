package search

import (
	"testing"

	"github.com/dutymap/dutymap/model"
)

// A question whose verb no duty says is answered by the duties holding
// its object, whole (tryout24 H9): "who books meeting rooms?" by none,
// though "Set up and run the company's honour room" holds "room" and
// "Arrange the company's meetings" "meeting"; "who books hotel rooms?"
// by none either, no text saying "hotel". An object that duties hold
// together still answers ("who writes the marketing plan?").
func TestObjectHeldApartAnswersNothing(t *testing.T) {
	ix := builtin(t)
	for _, q := range []string{"who books meeting rooms", "who books hotel rooms"} {
		res := find(t, ix, q, model.En, 5)
		if os := res.Owners(3); len(os) > 0 || res.Matches > 0 {
			t.Errorf("%q: %d matches, owners %v; want none: no duty holds its object", q, res.Matches, ownerNames(os))
		}
		if len(res.List) == 0 {
			t.Errorf("%q: no closest duties listed", q)
		}
	}
	for q, want := range map[string]string{"who writes the marketing plan": "marketing", "who records customer information": "marketing", "who onboards staff": "hr"} {
		if os := find(t, ix, q, model.En, 5).Owners(1); len(os) == 0 || os[0].Department.ID != want {
			t.Errorf("%q: owners %v, want %s first", q, ownerNames(os), want)
		}
	}
}
