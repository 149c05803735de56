package analysis

import (
	"maps"
	"slices"
	"strings"
	"testing"
)

// The written-out syllables are those of the pinyin table: every reading
// with a vowel, ü also spelt u. A table regenerated with new readings makes
// this fail until the list is written out again (the wanted list is
// printed).
func TestPinyinSyllablesAreTheTables(t *testing.T) {
	const head = 8 // as readingsOf reads the table
	n := int(u32At(pinyinTable, 4))
	offsets := head + 4*n
	text := pinyinTable[offsets+4*(n+1):]
	want := map[string]bool{}
	for i := range n {
		from, to := u32At(pinyinTable, offsets+4*i), u32At(pinyinTable, offsets+4*i+4)
		for _, r := range strings.Split(text[from:to], ",") {
			if strings.ContainsAny(r, "aeiouv") {
				want[r] = true
				want[SpellU(r)] = true
			}
		}
	}
	if got := pinyinSyllables(); !maps.Equal(got, want) {
		t.Errorf("pinyinSyllableList has %d syllables, the table %d; write it as:\n%s",
			len(got), len(want), strings.Join(slices.Sorted(maps.Keys(want)), " "))
	}
}
