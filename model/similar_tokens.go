package model

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// analyse is the one place where a duty's text becomes similarity tokens:
// it returns the token lists of the sentence's units, the whole sentence
// first, then each clause worth a unit of its own. Everything else in the
// similarity index sees only these lists, so switching to another
// analyser (a shared stemmer, stop words and Chinese segmentation) is a
// change here and in the lexicon it calls, nowhere else.
func analyse(s string) [][]string {
	var a analyser
	return a.units(s)
}

// analyser is analyse with buffers kept from one text to the next, for
// indexing many: the lists units returns are valid until its next call.
type analyser struct {
	words, english []word
	toks           []string
	clause, han    []int
	out            [][]string
}

// maxClauses bounds the clause units of one duty; real duties have at
// most a dozen clauses.
const maxClauses = 16

// units returns the token lists of a sentence's units: the whole
// sentence first, then each clause worth a unit of its own (two tokens or
// more, fewer than the whole). Clauses end at , ; : brackets and "and", so
// "Analyse sales figures by region and propose plans" holds "Analyse sales
// figures by region". Only the first maxClauses clauses get units: a
// paragraph pasted as one duty must not cost a unit per comma.
func (a *analyser) units(s string) [][]string {
	whole, clause := a.tokenize(s)
	if len(whole) == 0 {
		return nil
	}
	out := append(a.out[:0], whole)
	defer func() { a.out = out[:0] }()
	if clause[len(clause)-1] == clause[0] {
		return out // one clause: the whole says it all
	}
	n := distinct(whole)
	for i := 0; i < len(whole) && len(out) <= maxClauses; {
		j := i
		for j < len(whole) && clause[j] == clause[i] {
			j++
		}
		if d := distinct(whole[i:j]); d >= 2 && d < n {
			out = append(out, whole[i:j:j])
		}
		i = j
	}
	return out
}

// distinct counts the different tokens of toks: comparing each with
// those before it for the usual short list, sorting a copy for a long one
// (a duty may be a pasted paragraph).
func distinct(toks []string) int {
	if len(toks) > 32 {
		return len(slices.Compact(slices.Sorted(slices.Values(toks))))
	}
	n := 0
	for i, t := range toks {
		if !slices.Contains(toks[:i], t) {
			n++
		}
	}
	return n
}

// word is an English word and the clause it stands in.
type word struct {
	text   string
	clause int
}

// tokenize splits a sentence into similarity tokens, stemmed English words
// and Chinese character bigrams, and numbers the clause of each (clauses
// ascend, so each clause's tokens are contiguous). Both kinds may occur in
// either language's text (a Chinese term quoted in English, "POP" in
// Chinese).
func (a *analyser) tokenize(s string) (toks []string, clause []int) {
	words, toks, clause, han := a.words[:0], a.toks[:0], a.clause[:0], a.han[:0]
	defer func() { a.words, a.toks, a.clause, a.han = words[:0], toks[:0], clause[:0], han[:0] }()
	c := 0
	flushHan := func() {
		switch {
		case len(han) == 2: // one character stands alone
			toks, clause = append(toks, s[han[0]:han[1]]), append(clause, c)
		case len(han) > 2: // bigrams, substrings of s so that none is allocated
			for k := 0; k+2 < len(han); k++ {
				toks, clause = append(toks, s[han[k]:han[k+2]]), append(clause, c)
			}
		}
		han = han[:0]
	}
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.Is(unicode.Han, r) && !hanStop[r]:
			if len(han) == 0 {
				han = append(han, i)
			}
			i += size
			han = append(han, i)
		case isWordRune(r):
			flushHan()
			j := i
			for j < len(s) {
				r2, n := utf8.DecodeRuneInString(s[j:])
				if !isWordRune(r2) {
					break
				}
				j += n
			}
			w := strings.ToLower(s[i:j])
			if w == "and" {
				c++
			}
			words = append(words, word{w, c})
			i = j
		default:
			flushHan()
			if strings.ContainsRune(",;:()，；：。（）", r) {
				c++
			}
			i += size
		}
	}
	flushHan()
	// English after Han keeps each part's clauses ascending: a sentence
	// mixing both scripts is rare and only loses a clause boundary or two.
	a.english = englishTokens(words, a.english[:0])
	for _, w := range a.english {
		toks, clause = append(toks, w.text), append(clause, w.clause+c+1)
	}
	return toks, clause
}

// isWordRune accepts the letters and digits of English words (not Han,
// which tokenize treats apart).
func isWordRune(r rune) bool {
	return (unicode.IsLetter(r) || unicode.IsDigit(r)) && !unicode.Is(unicode.Han, r)
}

// hanStop are function characters that carry no meaning of their own; they
// split runs so that bigrams such as "的品" never form.
var hanStop = runeSet("的和与及并或等对在把将各之其以于由")

func runeSet(s string) map[rune]bool {
	m := map[rune]bool{}
	for _, r := range s {
		m[r] = true
	}
	return m
}
