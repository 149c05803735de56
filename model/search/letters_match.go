package search

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/dutymap/dutymap/model/analysis"
)

// Scores of one term by how it matches, far enough apart that the way a
// term matches outweighs length: the whole word beats the start of a word,
// which beats a substring inside a word, which beats letters scattered
// across the text. Other forms of a word and its synonyms are the word
// index's business (words.go): this is the letters-in-order fallback.
// A query's score is its terms' scores weighted by their length, as a long
// term says more than a short one: for "set prices", how "prices" matches
// counts twice as much as how "set" does.
const (
	scoreWord   = 1000
	scorePrefix = 900
	scoreInside = 600
	scoreFuzzy  = 300 // plus fuzzyScore's points, clamped to ±fuzzySpread
	fuzzySpread = 100
	// scorePhrase is added when the terms appear together as typed: "set
	// prices" in "Set prices or credit terms" beats "set product prices".
	scorePhrase = 200
	// maxLenPenalty caps the length penalty of one point a rune: shorter
	// texts rank higher, and may beat another form of the word, but a long
	// text with the word still beats one with it only inside a word.
	maxLenPenalty = 100
)

// cterm is a term prepared for matching.
type cterm struct {
	text  string // folded, or in the case-keeping form when case-sensitive (foldText)
	cs    bool   // case-sensitive: matched against the text's case-keeping form
	exact bool
	runes int
	lead  bool // starts with a letter or digit: can start a word
	tail  bool // ends with a letter or digit
	// most is the highest score fuzzyScore can give the term, whatever
	// the text: a search skips the texts that could not make the list
	// even with it.
	most int
}

func compileTerm(t Term) cterm {
	c := cterm{cs: hasUpper(t.Text), exact: t.Exact}
	c.text = foldText(t.Text, c.cs)
	c.runes = utf8.RuneCountInString(c.text)
	c.lead, c.tail = wordAt(c.text, 0), wordBefore(c.text, len(c.text))
	c.most = scoreFuzzy + min(mostPoints(c.text), fuzzySpread)
	return c
}

// mostPoints bounds the points walk can give term's letters in any text:
// the first at most a word start's; each next one a word start's less a
// gap's when apart from the one before, or the adjacent's when next to it,
// plus a word start's only where a word can start right after the letter
// before (that letter does not carry a word on) or at an ideograph.
func mostPoints(term string) int {
	points, prev := 0, rune(-1)
	for _, r := range term {
		switch {
		case prev < 0:
			points += fuzzyWordStart
		case !continues(prev) || analysis.IsHan(r):
			points += max(fuzzyWordStart-fuzzyGap, fuzzyAdjacent+fuzzyWordStart)
		default:
			points += max(fuzzyWordStart-fuzzyGap, fuzzyAdjacent)
		}
		prev = r
	}
	return points
}

// how a term matched
type kind uint8

const (
	noMatch kind = iota
	scattered
	inside
	prefix
	word
)

// locate finds t in h without scoring scattered letters: its best
// substring occurrence.
// It returns the kind, the byte range [at, end) of the match and the score;
// scattered means the term's runes occur only scattered and fuzzyScore
// gives the score. starts are where h's words begin (nil: find them).
func (t *cterm) locate(h string, starts []uint16) (k kind, at, end, score int) {
	if starts == nil || !t.lead {
		k, at = t.scan(h)
	} else {
		k, at = t.atStarts(h, starts)
	}
	end = at + len(t.text)
	switch k {
	case word:
		return k, at, end, scoreWord
	case prefix:
		return k, at, end, scorePrefix
	case inside:
		return k, at, end, scoreInside
	}
	if t.exact || !subseq(h, t.text) || !t.startsWord(h, starts) {
		return noMatch, 0, 0, 0
	}
	return scattered, 0, 0, 0
}

// startsWord reports whether t's letters occur in h in order from the
// start of a word (any Chinese character starts one): "prc" in "the price
// card", not in "reprocess". Letters scattered from the middle of a word
// are noise, and each costs a fuzzy score. starts are h's word starts, or
// nil to find them.
func (t *cterm) startsWord(h string, starts []uint16) bool {
	r0, n := utf8.DecodeRuneInString(t.text)
	if analysis.IsHan(r0) || !t.lead {
		return true
	}
	rest := t.text[n:]
	if starts != nil {
		for _, s := range starts {
			if i := int(s); strings.HasPrefix(h[i:], t.text[:n]) && subseq(h[i+n:], rest) {
				return true
			}
		}
		return len(starts) == 0 || int(starts[len(starts)-1]) >= 0xFFFF // offsets past 65535 are not kept
	}
	for from := 0; ; {
		i := strings.Index(h[from:], t.text[:n])
		if i < 0 {
			return false
		}
		i += from
		if !wordBefore(h, i) && subseq(h[i+n:], rest) {
			return true
		}
		from = i + n
	}
}

// atStarts returns the best place t occurs in h, looking at word starts
// first: the first whole word, else the first word start, else the first
// occurrence anywhere. It is the fast path of scan.
func (t *cterm) atStarts(h string, starts []uint16) (kind, int) {
	first := strings.Index(h, t.text)
	if first < 0 {
		return noMatch, 0 // the usual case, found without walking the words
	}
	best, bestAt := noMatch, 0
	c0 := t.text[0]
	for _, s := range starts {
		i := int(s)
		if h[i] != c0 || !strings.HasPrefix(h[i:], t.text) {
			continue
		}
		if !t.tail || !wordAt(h, i+len(t.text)) {
			return word, i
		}
		if best == noMatch {
			best, bestAt = prefix, i
		}
	}
	if best != noMatch {
		return best, bestAt
	}
	return inside, first
}

// scan is atStarts without word starts: it tries every occurrence.
func (t *cterm) scan(h string) (kind, int) {
	best, bestAt := noMatch, 0
	for from := 0; ; {
		i := strings.Index(h[from:], t.text)
		if i < 0 {
			return best, bestAt
		}
		i += from
		k := inside
		if !t.lead || !wordBefore(h, i) {
			k = prefix
			if !t.tail || !wordAt(h, i+len(t.text)) {
				return word, i
			}
		}
		if k > best {
			best, bestAt = k, i
		}
		from = i + 1
	}
}

// fuzzyScore scores the term's letters scattered in h, in order, from the
// start of a word (startsWord), and returns the score and the matched
// runes' indices. Like fzf's and sahilm/fuzzy's scores (which it replaced:
// a typo over 100,000 duties went from 20 to 12 ms of CPU) it rewards letters
// at word starts and letters next to each other, and charges the gaps
// between them; it walks h once from each of its first few candidate
// starts, greedily, without allocating more than the positions: it runs
// for every scattered match a search may list.
func (t *cterm) fuzzyScore(h string) (int, []int, bool) {
	best, bestAt := t.bestStart(h)
	if bestAt < 0 {
		return 0, nil, false
	}
	_, pos := t.walkPositions(h, bestAt)
	return best, pos, true
}

// fuzzyPoints is fuzzyScore without the positions.
func (t *cterm) fuzzyPoints(h string) (int, bool) {
	best, bestAt := t.bestStart(h)
	return best, bestAt >= 0
}

// bestStart returns the score of the best of the first few places the
// term's letters can start at in h, and that place (-1: none).
func (t *cterm) bestStart(h string) (int, int) {
	r0, n0 := utf8.DecodeRuneInString(t.text)
	best, bestAt, tries := 0, -1, 0
	for from := 0; from < len(h) && tries < maxFuzzyStarts; {
		i := strings.Index(h[from:], t.text[:n0])
		if i < 0 {
			break
		}
		i += from
		from = i + n0
		if t.lead && wordBefore(h, i) && !analysis.IsHan(r0) {
			continue
		}
		tries++
		if s, ok := t.walk(h, i, nil); ok && (bestAt < 0 || s > best) {
			best, bestAt = s, i
		}
	}
	if bestAt < 0 {
		return 0, -1
	}
	return scoreFuzzy + min(max(best, -fuzzySpread), fuzzySpread), bestAt
}

// maxFuzzyStarts bounds the places fuzzyScore tries the first letter at.
const maxFuzzyStarts = 4

// Points of a scattered match, per letter: at a word start, right after
// the letter before; and per rune skipped between two letters.
const (
	fuzzyWordStart = 12
	fuzzyAdjacent  = 8
	fuzzyGap       = 1
)

// walk matches the term's runes greedily in h from byte at, which holds
// the first, and returns the points, or false when they do not all occur.
// It appends the matched byte offsets to offs when offs is not nil.
func (t *cterm) walk(h string, at int, offs *[]int) (int, bool) {
	score, prev, j := 0, -1, at
	for _, r := range t.text {
		k := j
		if prev >= 0 {
			if r < utf8.RuneSelf {
				k = strings.IndexByte(h[j:], byte(r))
			} else {
				k = strings.IndexRune(h[j:], r)
			}
			if k < 0 {
				return 0, false
			}
			k += j
		}
		if !wordBefore(h, k) || analysis.IsHan(lastRuneBefore(h, k+1)) {
			score += fuzzyWordStart
		}
		if prev >= 0 {
			if gap := utf8.RuneCountInString(h[prev:k]) - 1; gap == 0 {
				score += fuzzyAdjacent
			} else {
				score -= fuzzyGap * min(gap, 10)
			}
		}
		if offs != nil {
			*offs = append(*offs, k)
		}
		_, size := utf8.DecodeRuneInString(h[k:])
		prev, j = k, k+size
	}
	return score, true
}

// walkPositions is walk returning the matched runes as rune indices.
func (t *cterm) walkPositions(h string, at int) (int, []int) {
	offs := make([]int, 0, t.runes)
	s, _ := t.walk(h, at, &offs)
	return s, runeIndices(h, offs)
}

func lastRuneBefore(h string, i int) rune {
	r, _ := utf8.DecodeLastRuneInString(h[:i])
	return r
}

// lenPenalty is what a text's length costs.
func lenPenalty(runes int) int { return min(runes, maxLenPenalty) }

// positions returns the rune indices of text that the terms matched, for
// highlighting: each term's best substring or scattered letters.
// found, when not nil, are the positions of the scattered terms, which
// the fuzzy score has already found.
func positions(terms []cterm, text string, found []int) []int {
	// The terms are found in the folded text, or in the case-keeping form
	// for a term with a capital, and the runes they matched are mapped
	// back to the text's.
	folded, cased, src := foldMapped(text, slices.ContainsFunc(terms, func(t cterm) bool { return t.cs }))
	out := slices.Clone(found)
	for i := range terms {
		t := &terms[i]
		h := folded
		if t.cs {
			h = cased
		}
		k, at, end, _ := t.locate(h, nil)
		switch k {
		case noMatch:
			continue
		case scattered:
			if found != nil {
				continue
			}
			if _, pos, ok := t.fuzzyScore(h); ok {
				out = append(out, pos...)
			}
		default:
			start := utf8.RuneCountInString(h[:at])
			for j := range utf8.RuneCountInString(h[at:end]) {
				out = append(out, start+j)
			}
		}
	}
	slices.Sort(out)
	return displayed(text, src, slices.Compact(out))
}
