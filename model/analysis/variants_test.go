package analysis

import "testing"

// Irregular verbs' past forms and American spellings stem as their base
// and British forms do, in texts and queries alike; words the rules do not
// cover, and past forms that are other words, keep their own stems.
func TestLemmaJoinsWhatPorter2LeavesApart(t *testing.T) {
	for _, pair := range [][2]string{
		{"built", "builds"}, {"sold", "selling"}, {"paid", "pays"}, {"written", "write"}, {"wrote", "writes"},
		{"kept", "keep"}, {"bought", "buying"}, {"made", "makes"}, {"taught", "teach"}, {"drawn", "draw"},
		{"labor", "labour"}, {"labors", "labours"}, {"behavior", "behaviour"}, {"behavioral", "behaviour"},
		{"center", "centre"}, {"centers", "centres"}, {"centered", "centred"}, {"fiber", "fibre"},
		{"color", "colours"}, {"favorite", "favourite"}, {"honorable", "honour"},
		{"traveled", "travelled"}, {"canceling", "cancelling"}, {"defense", "defence"}, {"catalog", "catalogue"},
		{"organize", "organise"}, {"analyzed", "analysed"},
	} {
		if a, b := Stem(pair[0]), Stem(pair[1]); a != b {
			t.Errorf("%s stems as %q, %s as %q: want one stem", pair[0], a, pair[1], b)
		}
	}
	// The forms of one word, as search tells a verb said as written.
	for _, pair := range [][2]string{{"built", "builds"}, {"sold", "selling"}, {"paid", "pays"}, {"wrote", "writes"},
		{"labored", "labours"}, {"centers", "centre"}, {"analyzed", "analyses"}} {
		if !SameInflection(pair[0], pair[1]) {
			t.Errorf("%s and %s: not one word's forms", pair[0], pair[1])
		}
	}
	for _, pair := range [][2]string{
		{"found", "find"}, {"left", "leave"}, {"ground", "grind"}, {"motor", "motour"}, {"order", "ordre"},
		{"water", "watre"}, {"literal", "litre"}, {"meter", "metre"}, {"felt", "feel"},
	} {
		if a, b := Stem(pair[0]), Stem(pair[1]); a == b {
			t.Errorf("%s and %s both stem as %q: want them apart", pair[0], pair[1], a)
		}
	}
}

// Every form of the list finds its base, and nothing else does.
func TestIrregularBaseReadsTheList(t *testing.T) {
	for _, c := range [][2]string{{"arose", "arise"}, {"withdrawn", "withdraw"}, {"wrote", "write"}, {"bidden", "bid"}, {"hid", "hide"}, {"hidden", "hide"}} {
		if b, ok := irregularBase(c[0]); !ok || b != c[1] {
			t.Errorf("%s: %q, %v; want %s", c[0], b, ok, c[1])
		}
	}
	for _, w := range []string{"write", "bid", "hide", "wro", "writ", "found", "left", "s", "built built"} {
		if b, ok := irregularBase(w); ok {
			t.Errorf("%s: base %q, want none", w, b)
		}
	}
}
