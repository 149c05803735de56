package search

import (
	"os"
	"strings"
	"testing"
	"unicode"

	"github.com/dutymap/dutymap/model"
)

// TestTypoRuleOnRealWords measures the rule for searching a word as
// another (searchWords): which of the real English words the built-in
// content lacks would be replaced, and which typing slips are put right.
// The real words are those of the O*NET task statements (some 19,000
// tasks of every trade) that no built-in text holds; the slips are every
// word of the built-in English texts with two neighbouring letters
// swapped, or a letter left out, that is no word of the texts. It prints
// its figures, and fails if the rule replaces more than 3 in 200 of the
// real words it could, puts right fewer than 9 in 10 of the swaps, or 95
// in 100 of the letters left out inside a word of seven letters or more, or of
// the letters left out inside an inflected word's base (the same rule for
// "colects" as for "trians": correction.replace), or suggests the word
// for fewer than 95 in 100 of the letters left out.
func TestTypoRuleOnRealWords(t *testing.T) {
	t.Parallel() // reads only what it builds; the slowest tests share the two cores
	w := builtin(t).wordsOf(model.En)
	lacked := onetWordsLacked(t, w)
	var real, near, swapped int
	var examples []string
	for _, f := range lacked {
		real++
		if best, swap := w.nearest(f); best != "" {
			near++
			if swap || inflectedSlip(f, best) || droppedInside(f, best) { // correction.replace
				swapped++
				if len(examples) < 30 {
					examples = append(examples, f+"→"+best)
				}
			}
		}
	}
	var swaps, swapsRight, drops, dropsNear, insideDrops, insideRight int
	for _, s := range w.surface {
		word := s.word
		if !isPinyin(word) || typoEdits(word) == 0 {
			continue
		}
		for i := 0; i+1 < len(word); i++ {
			if word[i] == word[i+1] {
				continue
			}
			slip := word[:i] + string(word[i+1]) + string(word[i]) + word[i+2:]
			if holdsWord(w, slip) {
				continue
			}
			swaps++
			if best, swap := w.nearest(slip); best == word && swap {
				swapsRight++
			}
		}
		for i := range len(word) {
			slip := word[:i] + word[i+1:]
			if typoEdits(slip) == 0 || holdsWord(w, slip) {
				continue
			}
			drops++
			best, _ := w.nearest(slip)
			if best == word {
				dropsNear++
			}
			if droppedInside(slip, word) {
				insideDrops++
				if best == word {
					insideRight++
				}
			}
		}
	}
	// A letter left out inside the base of an inflected word the texts
	// hold ("colects" of "collects", "superviss" of "supervises") is
	// searched as the word, as a swap is (correction.replace).
	var inflectedDrops, inflectedRight int
	var missedInflected []string
	for _, s := range w.surface {
		for _, end := range regularEndings {
			base, ok := slipBase(s.word, end)
			if !ok || !isPinyin(s.word) || end == "d" && strings.HasSuffix(s.word, "ed") {
				continue // "accepted" is accept+ed, not accepte+d
			}
			// Inside the base: neither its first letter nor its last.
			for i := 1; i < len(base)-1; i++ {
				slip := base[:i] + base[i+1:] + end
				if _, ok := slipBase(slip, end); !ok || i > 1 && base[i] == base[i-1] || holdsWord(w, slip) {
					continue
				}
				inflectedDrops++
				if best, swap := w.nearest(slip); best == s.word && (swap || inflectedSlip(slip, best)) {
					inflectedRight++
				} else if len(missedInflected) < 40 {
					missedInflected = append(missedInflected, slip+"→"+best+"/"+s.word)
				}
			}
		}
	}
	t.Logf("a letter left out inside the base of the built-in English's inflected words: %d, searched as the word: %d (%.1f%%); missed %v",
		inflectedDrops, inflectedRight, 100*float64(inflectedRight)/float64(max(inflectedDrops, 1)), missedInflected)
	if inflectedRight*10 < inflectedDrops*9 {
		t.Errorf("a letter left out inside an inflected word's base: %d of %d searched as the word, want 90%% at least", inflectedRight, inflectedDrops)
	}
	t.Logf("real words the built-in English lacks (O*NET): %d; a slip from one it holds, replaced before: %d (%.1f%%); a swap or a slip inside an inflected word's base, replaced now: %d (%.2f%%) %v",
		real, near, 100*float64(near)/float64(real), swapped, 100*float64(swapped)/float64(real), examples)
	t.Logf("slips of the built-in English words: swaps %d, searched as the word: %d (%.1f%%); letters left out %d, suggested as the word: %d (%.1f%%)",
		swaps, swapsRight, 100*float64(swapsRight)/float64(swaps), drops, dropsNear, 100*float64(dropsNear)/float64(drops))
	t.Logf("a letter left out inside a word of seven letters or more: %d, searched as the word: %d (%.1f%%)",
		insideDrops, insideRight, 100*float64(insideRight)/float64(max(insideDrops, 1)))
	// 18 of 1,806 (1.0%) before a letter left out inside a long word was
	// searched instead, 24 (1.3%) since; 3,700 more slips put right.
	if swapped*200 > near*3 || swapsRight*10 < swaps*9 || insideRight*100 < insideDrops*95 {
		t.Errorf("the rule replaces %d of %d real words a slip away (want 1.5%% at most), and puts right %d of %d swaps and %d of %d letters left out inside a long word",
			swapped, near, swapsRight, swaps, insideRight, insideDrops)
	}
	// A word keeping every typed letter comes first among words as close
	// (nearest): 89% of the letters left out got their word before, 98%
	// since.
	if dropsNear*100 < drops*95 {
		t.Errorf("a letter left out: %d of %d suggested as the word, want 95%% at least", dropsNear, drops)
	}
}

// TestPinyinSlipsOnRealWords measures the pinyin slip rule
// (wordIndex.swappedReading) on English words: of the O*NET words the
// built-in content lacks and no English word of it is a slip away from,
// how many would be searched as the pinyin of a Chinese word they are a
// swap of; and how many of the built-in Chinese words' readings, with two
// neighbouring letters swapped, find their reading again.
func TestPinyinSlipsOnRealWords(t *testing.T) {
	data, err := os.ReadFile(onetCSV)
	if err != nil {
		t.Skipf("O*NET corpus not available: %v", err)
	}
	ix := builtin(t)
	en, zh := ix.wordsOf(model.En), ix.wordsOf(model.Zh)
	seen := map[string]bool{}
	var lacked, swapped int
	var examples []string
	for _, f := range strings.FieldsFunc(strings.ToLower(string(data)), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if seen[f] || !isPinyin(f) || typoEdits(f) == 0 {
			continue
		}
		seen[f] = true
		if r := en.surfaceRange(f); len(r) > 0 && r[0].word == f || len(zh.readings(f, false)) > 0 {
			continue
		}
		lacked++
		if pinyinSwap(en, zh, f) {
			swapped++
			examples = append(examples, f+"→"+zh.swappedReading(f))
		}
	}
	var swaps, right int
	for _, rd := range zh.readingsTable() {
		p := rd.pinyin
		if rd.initials || typoEdits(p) == 0 {
			continue
		}
		for i := 0; i+1 < len(p); i++ {
			slip := p[:i] + string(p[i+1]) + string(p[i]) + p[i+2:]
			if p[i] == p[i+1] || len(zh.readings(slip, false)) > 0 {
				continue
			}
			swaps++
			if zh.swappedReading(slip) == p {
				right++
			}
		}
	}
	t.Logf("O*NET words the content lacks, no English slip: %d; searched as pinyin they are a swap of: %d (%.2f%%): %v",
		lacked, swapped, 100*float64(swapped)/float64(max(lacked, 1)), examples)
	t.Logf("swaps of the Chinese words' readings: %d; the reading found again: %d (%.1f%%)", swaps, right, 100*float64(right)/float64(max(swaps, 1)))
	if lacked > 0 && swapped*200 > lacked {
		t.Errorf("%d of %d English words would be searched as pinyin: more than 0.5%%", swapped, lacked)
	}
	if swaps > 0 && right*10 < swaps*9 {
		t.Errorf("only %d of %d pinyin swaps find their reading again", right, swaps)
	}
}

// onetWordsLacked returns, once each and in the order they first appear,
// the words of the O*NET task statements (lower case, letters only) that
// a slip could be made of (isPinyin, typoEdits) and no text of w holds;
// it skips the test when the corpus is not there.
func onetWordsLacked(t *testing.T, w *wordIndex) []string {
	t.Helper()
	data, err := os.ReadFile(onetCSV)
	if err != nil {
		t.Skipf("O*NET corpus not available: %v", err)
	}
	seen := map[string]bool{}
	var lacked []string
	for _, f := range strings.FieldsFunc(strings.ToLower(string(data)), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if seen[f] || !isPinyin(f) || typoEdits(f) == 0 {
			continue
		}
		seen[f] = true
		if !holdsWord(w, f) {
			lacked = append(lacked, f)
		}
	}
	return lacked
}

// holdsWord reports whether some text of w holds s as written.
func holdsWord(w *wordIndex, s string) bool {
	r := w.surfaceRange(s)
	return len(r) > 0 && r[0].word == s
}
