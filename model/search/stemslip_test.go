package search

import (
	"testing"

	"github.com/dutymap/dutymap/model"
	"github.com/dutymap/dutymap/model/analysis"
)

// TestStemSlipsOnRealWords measures the slip rule through an inflected
// word's base (wordIndex.nearestStem, and listedBase for the synonym
// list's words): of the real English words the built-in content lacks
// (the O*NET task statements' words) that no word of the texts is a slip
// away from (nearest), how many would be read through their base (and
// searched in their place when nothing answers the query as typed:
// correction.replace);
// and, of slips of inflected forms the texts
// lack (a word of the texts with -s or -ed added, two neighbouring
// letters of it swapped, or one inside it left out, the first letter
// kept, a word of five letters at least), how many are suggested as a word of the same term. It fails above 1 in 100 real words
// suggested, or below 9 in 10 slips put right.
func TestStemSlipsOnRealWords(t *testing.T) {
	t.Parallel() // reads only what it builds; the slowest tests share the two cores
	w := builtin(t).wordsOf(model.En)
	lacked := onetWordsLacked(t, w)
	termOf := func(s string) string {
		for _, tk := range analysis.Tokens(s) {
			if tk.Kind == analysis.Word {
				return tk.Term
			}
		}
		return ""
	}
	var real, suggested int
	var examples []string
	for _, f := range lacked {
		stem := termOf(f)
		if _, ok := w.term(stem); ok {
			continue // found by its stem: no slip
		}
		if best, _ := w.nearest(f); best != "" {
			continue
		}
		real++
		best, _ := w.nearestStem(f)
		if best == "" {
			best, _ = listedBase(f)
		}
		if best != "" {
			suggested++
			if len(examples) < 20 {
				examples = append(examples, f+"→"+best)
			}
		}
	}
	var slips, right int
	var missed []string
	for _, s := range w.surface {
		term := w.vocab[s.term]
		if s.word != term || !isPinyin(term) || len(term) < 5 {
			continue
		}
		for _, suffix := range []string{"s", "ed"} {
			form := term + suffix
			if holdsWord(w, form) || termOf(form) != term {
				continue
			}
			for i := 1; i < len(term); i++ {
				var variants []string
				if i+1 < len(term) && term[i] != term[i+1] {
					variants = append(variants, term[:i]+string(term[i+1])+string(term[i])+term[i+2:])
				}
				if i+1 < len(term) && len(term) > 5 {
					variants = append(variants, term[:i]+term[i+1:]) // a letter inside it left out
				}
				for _, v := range variants {
					slip := v + suffix
					st := termOf(slip)
					if holdsWord(w, slip) || typoEdits(slip) == 0 {
						continue
					}
					if _, ok := w.term(st); ok {
						continue
					}
					if best, _ := w.nearest(slip); best != "" {
						continue // nearest's case
					}
					slips++
					if best, _ := w.nearestStem(slip); best != "" && termOf(best) == term {
						right++
					} else if len(missed) < 10 {
						missed = append(missed, slip+"→"+best)
					}
				}
			}
		}
	}
	t.Logf("real words the built-in English lacks, no slip of its words (O*NET): %d; suggested through their stem: %d (%.2f%%) %v",
		real, suggested, 100*float64(suggested)/float64(max(real, 1)), examples)
	t.Logf("slips of inflected forms the texts lack, no slip of their words: %d; suggested as the word: %d (%.1f%%); missed %v",
		slips, right, 100*float64(right)/float64(max(slips, 1)), missed)
	if suggested*100 > real {
		t.Errorf("%d of %d real words suggested through their stem: more than 1%%", suggested, real)
	}
	if right*10 < slips*9 {
		t.Errorf("%d of %d slips of inflected forms put right: fewer than 90%%", right, slips)
	}
}
