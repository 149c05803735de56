package search

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/sahilm/fuzzy"
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
	scoreFuzzy  = 300 // plus sahilm/fuzzy's score, clamped to ±fuzzySpread
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
	text  string // folded, or as typed when case-sensitive
	cs    bool   // case-sensitive: matched against the displayed text
	exact bool
	runes int
	lead  bool // starts with a letter or digit: can start a word
	tail  bool // ends with a letter or digit
}

func compileTerm(t Term) cterm {
	c := cterm{text: t.Text, cs: hasUpper(t.Text), exact: t.Exact}
	if !c.cs {
		c.text = foldString(t.Text)
	}
	c.runes = utf8.RuneCountInString(c.text)
	c.lead, c.tail = wordAt(c.text, 0), wordBefore(c.text, len(c.text))
	return c
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

// locate finds t in h without sahilm/fuzzy: its best substring occurrence.
// It returns the kind, the byte range [at, end) of the match and the score;
// scattered means the term's runes occur only scattered and sahilm/fuzzy
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
	if isHan(r0) || !t.lead {
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

// fuzzyScore runs sahilm/fuzzy on one text. It returns the score with
// sahilm's length penalty taken back out (length is penalised once per
// result, in runes, rather than once per term in bytes) and the matched
// positions as rune indices: sahilm reports byte offsets.
func (t *cterm) fuzzyScore(h string) (int, []int, bool) {
	pat := t.text
	if t.cs {
		pat, h = caseRunes(pat), caseRunes(h)
	}
	ms := fuzzy.FindNoSort(pat, []string{h})
	if len(ms) == 0 {
		return 0, nil, false // cannot happen after subseq
	}
	m := ms[0]
	s := m.Score + len(h) - len(m.MatchedIndexes)
	s = min(max(s, -fuzzySpread), fuzzySpread) // its adjacency bonus grows as 3^n
	return scoreFuzzy + s, runeIndices(h, m.MatchedIndexes), true
}

// lenPenalty is what a text's length costs.
func lenPenalty(runes int) int { return min(runes, maxLenPenalty) }

// positions returns the rune indices of text that the terms matched, for
// highlighting: each term's best substring or scattered letters.
// found, when not nil, are the positions of the scattered terms, which
// sahilm/fuzzy has already found.
func positions(terms []cterm, text string, found []int) []int {
	// Folding with word starts, as the index does, lets locate look only
	// where words begin; this runs for every result listed.
	var p prepared
	p.prepare(text)
	folded := string(p.folded)
	out := slices.Clone(found)
	for i := range terms {
		t := &terms[i]
		h, starts := folded, p.starts
		if t.cs {
			h, starts = text, nil
		}
		k, at, end, _ := t.locate(h, starts)
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
	return slices.Compact(out)
}
