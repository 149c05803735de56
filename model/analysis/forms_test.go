package analysis

import "testing"

// Forms of one word by inflection are the same word; words Porter2 stems
// alike but derived from one another are not.
func TestSameInflection(t *testing.T) {
	for _, c := range []struct {
		a, b string
		same bool
	}{
		{"prices", "price", true}, {"sets", "set", true}, {"recruits", "recruited", true},
		{"pricing", "priced", true}, {"plans", "planning", true}, {"setting", "sets", true},
		{"supplies", "supplied", true}, {"organizes", "organised", true}, {"fixes", "fix", true},
		{"informs", "information", false}, {"manages", "management", false}, {"collects", "collective", false},
		{"customers", "custom", false}, {"fixes", "fixture", false},
		// A phrasal verb: its verb's forms, the same particle.
		{"sets up", "setting-up", true}, {"draws up", "drew up", true}, {"sets up", "set", false}, {"sets up", "sets out", false},
	} {
		if got := SameInflection(c.a, c.b); got != c.same {
			t.Errorf("SameInflection(%q, %q) = %v, want %v", c.a, c.b, got, c.same)
		}
	}
	if !ListedTogether(Stem("manages"), "management") || !ListedTogether(Stem("receives"), "reception") || ListedTogether(Stem("informs"), "information") {
		t.Error("ListedTogether: want management with manage, reception with receive, not information with inform")
	}
}
