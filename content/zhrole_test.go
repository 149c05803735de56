package content

import (
	"testing"
	"unicode/utf8"

	"github.com/dutymap/dutymap/model"
	"github.com/dutymap/dutymap/model/analysis"
)

// TestWordsNearAreOneCharacterOff: zhWordsNear compares characters
// directly (model.EditDistance on 31,000 words took three times as
// long); it finds the words EditDistance finds one off a stem, and the
// words a slip check must not take for slips are among them.
func TestWordsNearAreOneCharacterOff(t *testing.T) {
	got := zhWordsNearFresh()
	want := 0
	for w := range analysis.Words() {
		if utf8.RuneCountInString(w) != 2 || otherRoles[w] != attrNone || attrKeys[w] != attrNone {
			continue
		}
		near := false
		for _, st := range zhStems {
			stem := st.word
			near = near || model.EditDistance(w, stem) == 1
		}
		if got[w] != near {
			t.Errorf("%s: near %v, want %v", w, got[w], near)
		}
		if near {
			want++
		}
	}
	if len(got) != want {
		t.Errorf("%d words, want %d", len(got), want)
	}
	for _, w := range []string{"知识", "负担", "职责", "执法", "批评"} {
		if !got[w] {
			t.Errorf("%s is not among them", w)
		}
	}
	for _, slip := range []string{"负贵", "知汇", "负则"} {
		if got[slip] {
			t.Errorf("the slip %s is taken for a word", slip)
		}
	}
}
