package model

import (
	"slices"
	"unicode/utf8"

	"github.com/dutymap/dutymap/model/analysis"
)

// analyse is the one place where a duty's text becomes similarity tokens:
// it returns the token lists of the sentence's units, the whole sentence
// first, then each clause worth a unit of its own. Everything else in the
// similarity index sees only these lists.
func analyse(s string) [][]string {
	var a analyser
	return a.units(s)
}

// analyser is analyse with buffers kept from one text to the next, for
// indexing many: the lists units returns are valid until its next call.
type analyser struct {
	an     analysis.Analyzer
	toks   []analysis.Token
	terms  []string
	clause []int
	out    [][]string
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

// tokenize splits a sentence into similarity tokens with the shared
// lexicon (model/analysis): folded words, Snowball stems, Chinese words
// as segmented, stop words dropped, a phrase of the lexicon ("draw up")
// in place of its words, and every term replaced by the canonical term of
// its synonyms (analysis.Canonical), so that synonyms count as the same
// word. It numbers the clause of each token: clauses ascend, so each
// clause's tokens are contiguous.
func (a *analyser) tokenize(s string) (terms []string, clause []int) {
	a.toks = a.an.Tokens(s, a.toks[:0])
	terms, clause = a.terms[:0], a.clause[:0]
	defer func() { a.terms, a.clause = terms[:0], clause[:0] }()
	toks := a.toks
	c := 0
	// The clause breaks lie between tokens: scan the text up to each
	// token (Start is a rune offset), counting them. A token's own runes
	// are letters, digits or Chinese characters, never a break.
	at, rn := 0, 0 // byte and rune offsets of the scan
	scanTo := func(start int) {
		for ; rn < start && at < len(s); rn++ {
			if b := s[at]; b < utf8.RuneSelf {
				c += b2i(isClauseBreak(rune(b)))
				at++
				continue
			}
			r, size := utf8.DecodeRuneInString(s[at:])
			c += b2i(isClauseBreak(r))
			at += size
		}
	}
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if t.Kind == analysis.Phrase {
			continue // taken with its first word, below
		}
		scanTo(t.Start)
		if isConjunction(t) {
			c++
		}
		term, end := t.Term, t.End
		// A phrase follows its first word; the longest stands for all
		// the words it spans.
		for j := i + 1; j < len(toks) && toks[j].Kind == analysis.Phrase && toks[j].Start == t.Start; j++ {
			if toks[j].End > end {
				term, end = toks[j].Term, toks[j].End
			}
		}
		if term != t.Term {
			for i+1 < len(toks) && toks[i+1].End <= end {
				i++
			}
		} else if t.Stop {
			continue
		}
		terms, clause = append(terms, analysis.Canonical(term)), append(clause, c)
	}
	return terms, clause
}

// isConjunction reports whether t joins two clauses: "and", 和, 与, 及,
// 以及, 并, 并且.
func isConjunction(t analysis.Token) bool {
	switch t.Folded {
	case "and", "和", "与", "及", "以及", "并", "并且":
		return true
	}
	return false
}

// isClauseBreak reports whether r ends a clause: the commas (the Chinese
// enumeration comma too), semicolons, colons, brackets and full stops of
// either language.
func isClauseBreak(r rune) bool {
	switch r {
	case ',', ';', ':', '(', ')', '，', '、', '；', '：', '。', '（', '）':
		return true
	}
	return false
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
