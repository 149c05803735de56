package search

import (
	"testing"

	"github.com/dutymap/dutymap/model"
)

// A slip of an inflected word the texts say in other forms only is read
// as the word meant in the typed word's own form: "aproves" (one letter
// left out of approves) is approves, though the texts say approve,
// approval and approving, not approval, another word two edits away
// (tryout23 G15); the results say so.
func TestSlipReadInItsTypedForm(t *testing.T) {
	ix := builtin(t)
	for _, c := range []struct{ query, typed, meant string }{
		{"who aproves the budget", "aproves", "approves"},
		{"who aproves", "aproves", "approves"},
		{"who colects payments", "colects", "collects"},
		{"who recieves payments", "recieves", "receives"},
	} {
		res := find(t, ix, c.query, model.En, 5)
		want := Correction{Typed: c.typed, Word: c.meant, Searched: true}
		if len(res.Corrected) == 0 || res.Corrected[0] != want || res.NoMention {
			t.Errorf("%q: corrected %+v (no mention %v), want %+v", c.query, res.Corrected, res.NoMention, want)
		}
	}
	// Without a form of its own (the base alone), the term's form fewest
	// edits away: "aprove" is approve, not approval.
	if res := find(t, ix, "aprove", model.En, 5); len(res.Corrected) != 1 || res.Corrected[0].Word != "approve" {
		t.Errorf("aprove: corrected %+v, want approve", res.Corrected)
	}
}
