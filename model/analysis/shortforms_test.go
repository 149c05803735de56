package analysis

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// Each short form's full form has one word for each of its characters,
// each holding that character: the character a word no text holds stands
// for in its place.
func TestShortFormsSpellOut(t *testing.T) {
	for short, full := range shortForms() {
		if len(full) != utf8.RuneCountInString(short) {
			t.Errorf("%s: %d characters, %d words %v", short, utf8.RuneCountInString(short), len(full), full)
			continue
		}
		for i, r := range []rune(short) {
			if !strings.ContainsRune(full[i], r) {
				t.Errorf("%s: %s does not hold %c", short, full[i], r)
			}
		}
	}
	if got := FullForm("社保"); !slices.Equal(got, []string{"社会", "保险"}) {
		t.Errorf("FullForm(社保) = %v", got)
	}
	if got := FullForm("保险"); got != nil {
		t.Errorf("FullForm(保险) = %v, want nil", got)
	}
}
