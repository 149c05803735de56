package search

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dutymap/dutymap/model/analysis"
)

// A Chinese verb-object compound that the dictionary lacks (收款: collect
// money) comes out of the segmenter as two characters (收, 款), each a
// piece of the word (qword.joins). A duty seldom writes the compound
// itself: it says the verb and the object as words of their own, with the
// compound's characters inside them, 收回已售货物的货款 (收回 … 货款),
// 招聘销售人员 (招聘 … 人员). A text says such a compound (splitSays) when
// a verb of it holds the first character and a word that is not a verb,
// after it in the same clause and at most maxSplitGap words on, holds the
// second: the verb and its object, as the compound puts them. Holding the
// characters anywhere is not enough: 收入 and 款式 are no collecting of
// money, and neither is a noun before the verb.

// maxSplitGap is how many words a compound's object may stand after its
// verb: the words between say which object (已售货物的 of 收回已售货物的货款),
// and a clause of a duty is short.
const maxSplitGap = 6

// splitPair is a two-character compound of a query split into its
// characters: the pieces are p.words[first] and p.words[first+1].
type splitPair struct {
	first      int
	verb, noun rune // the first character, said in a verb; the second, in its object
}

// splitPairs returns the compounds of two characters that the segmenter
// split (the first piece not joining one before it, the second joined to
// it, and nothing joining after): each character is a word of the query
// that stands for itself only (qword.alone is not set).
func splitPairs(words []qword) []splitPair {
	var out []splitPair
	n := min(len(words), maxWords)
	single := func(w qword) bool { return w.han && !w.alone && utf8.RuneCountInString(w.term) == 1 }
	for i := 0; i+1 < n; i++ {
		a, b := words[i], words[i+1]
		if a.joins || !b.joins || !single(a) || !single(b) || i+2 < n && words[i+2].joins {
			continue
		}
		v, _ := utf8.DecodeRuneInString(a.term)
		o, _ := utf8.DecodeRuneInString(b.term)
		out = append(out, splitPair{first: i, verb: v, noun: o})
	}
	return out
}

// splitAlt is the alternative by which a piece of a split compound finds
// the texts that say the compound split (splitSays).
type splitAlt struct {
	pair splitPair
	// terms are the index's words that hold the piece's own character
	// (wordIndex.holdersTable): the texts to look through.
	terms []int32
}

// splitAltOf returns the alternative of piece i of pair, and whether the
// index holds a word with its character at all. It weighs as the
// compound's bigram would (weightBigrams) of the piece's own weight
// (base, its heaviest other alternative's), or of the commoner of the two
// characters' weight when the index holds neither alone: a text that says
// the verb and its object says the compound as well as one that writes
// it, and must be able to answer a question asking it.
func (w *wordIndex) splitAltOf(pair splitPair, i int, base float32) (alt, bool) {
	own, other := pair.verb, pair.noun
	if i != pair.first {
		own, other = other, own
	}
	terms := w.holdersOf(own)
	if len(terms) == 0 || len(w.holdersOf(other)) == 0 {
		return alt{}, false
	}
	if base == 0 {
		base = w.idf(max(w.holderDF(own), w.holderDF(other)))
	}
	return alt{term: -1, split: &splitAlt{pair: pair, terms: terms}, weight: weightBigrams * base, synonym: true}, true
}

// holdersOf returns the terms of all the index's words of two characters
// or more that hold ch.
func (w *wordIndex) holdersOf(ch rune) []int32 {
	table := w.holdersTable()
	lo, hi := holderRange(table, ch)
	out := make([]int32, 0, hi-lo)
	for _, h := range table[lo:hi] {
		out = append(out, h.term)
	}
	return out
}

// holderDF is how many texts hold a word with ch, at most (the sum of
// the words' document frequencies, up to the number of texts).
func (w *wordIndex) holderDF(ch rune) int32 {
	table := w.holdersTable()
	lo, hi := holderRange(table, ch)
	var df int64
	for _, h := range table[lo:hi] {
		df += int64(w.df[h.term])
	}
	return int32(min(df, int64(w.docs)))
}

// splitMatches scores the texts that say a's compound split.
func (ix *Index) splitMatches(w *wordIndex, a alt, s *scratch, bit uint64) {
	done := map[int32]bool{}
	for _, t := range a.split.terms {
		nodes, impacts := w.postings(t)
		for k, n := range nodes {
			if done[n] {
				continue
			}
			done[n] = true
			if ix.splitSays(w, n, a.split.pair) {
				s.score(n, a.weight*impacts[k], false)
			}
		}
	}
}

// splitSays reports whether node n's title says pair's compound split: a
// verb holding its first character, then, in the same clause and at most
// maxSplitGap words on, a word that is not a verb holding its second.
func (ix *Index) splitSays(w *wordIndex, n int32, pair splitPair) bool {
	toks := w.tokens(n)
	if len(toks) < 2 {
		return false
	}
	title := []rune(ix.titleOf(n, w.lang))
	word := func(t seqToken) string {
		if int(t.end) > len(title) || t.start >= t.end {
			return ""
		}
		return string(title[t.start:t.end])
	}
	for x, tv := range toks {
		v := word(tv)
		if utf8.RuneCountInString(v) < 2 || !strings.ContainsRune(v, pair.verb) || !analysis.IsChineseVerb(v) {
			continue
		}
		for _, to := range toks[x+1:] {
			if int(to.pos) <= int(tv.pos) {
				continue // a part of the verb itself
			}
			if int(to.pos)-int(tv.pos) > maxSplitGap || int(to.start) < int(tv.end) || clauseBreak(title[tv.end:to.start]) {
				break
			}
			if o := word(to); strings.ContainsRune(o, pair.noun) && analysis.IsHanWord(o) && !analysis.IsChineseVerb(o) {
				return true
			}
		}
	}
	return false
}

// clauseBreak reports whether the text between two words ends a clause:
// punctuation (，、；。 and the like).
func clauseBreak(between []rune) bool {
	for _, r := range between {
		if unicode.IsPunct(r) {
			return true
		}
	}
	return false
}
