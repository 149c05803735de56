package search

import (
	"unicode"
	"unicode/utf8"

	"github.com/dutymap/dutymap/model"
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

// splitAlt is the alternative by which the pieces of a split compound
// find the texts that say it split (splitSays); both pieces share one,
// which looks the texts up once.
type splitAlt struct {
	sets splitSets
	// scan are the terms of the side whose texts are fewer: where to look.
	scan []int32
	// found: the texts that say the compound, with the impact of the
	// word scanned; looked up on first use.
	found   bool
	nodes   []int32
	impacts []float32
}

// splitSets are the index's words that may say a compound split: verbs
// of two characters or more that hold its first character, words that
// are not verbs that hold its second.
type splitSets struct {
	pair         splitPair
	verbs, nouns map[int32]bool
}

// splitSetsOf returns pair's sets in w.
func (w *wordIndex) splitSetsOf(pair splitPair) splitSets {
	sets := splitSets{pair: pair, verbs: map[int32]bool{}, nouns: map[int32]bool{}}
	for _, t := range w.holdersOf(pair.verb) {
		if analysis.IsChineseVerb(w.vocab[t]) {
			sets.verbs[t] = true
		}
	}
	for _, t := range w.holdersOf(pair.noun) {
		if v := w.vocab[t]; analysis.IsHanWord(v) && !analysis.IsChineseVerb(v) {
			sets.nouns[t] = true
		}
	}
	return sets
}

// splitSetsIn returns, per language of langs and pair of pairs, the sets
// of the pair in that language's index: made once for a search, for the
// alternatives of every compilation of its words (splitAltsOf) and for
// what its duties say whole (wholeWords).
func (ix *Index) splitSetsIn(langs [2]model.Lang, pairs []splitPair) [2][]splitSets {
	var out [2][]splitSets
	if len(pairs) == 0 {
		return out
	}
	for k, l := range langs {
		w := ix.wordsOf(l)
		for _, sp := range pairs {
			out[k] = append(out[k], w.splitSetsOf(sp))
		}
	}
	return out
}

// splitAltsOf returns the alternatives of the two pieces of sets' pair,
// which share their look-up, or false when no text can say it. They weigh as
// the compound's bigram would (weightBigrams) of each piece's own weight
// (base, its heaviest other alternative's), or of the commoner side's
// weight when the index holds neither character alone: a text that says
// the verb and its object says the compound as well as one that writes
// it, and must be able to answer a question asking it.
func (w *wordIndex) splitAltsOf(sets splitSets, base [2]float32) ([2]alt, bool) {
	if len(sets.verbs) == 0 || len(sets.nouns) == 0 {
		return [2]alt{}, false
	}
	df := func(terms map[int32]bool) (sum int64) {
		for t := range terms {
			sum += int64(w.df[t])
		}
		return sum
	}
	dv, dn := df(sets.verbs), df(sets.nouns)
	sa := &splitAlt{sets: sets}
	side := sets.verbs
	if dn < dv {
		side = sets.nouns
	}
	for t := range side {
		sa.scan = append(sa.scan, t)
	}
	var out [2]alt
	for k := range out {
		b := base[k]
		if b == 0 {
			b = w.idf(int32(min(max(dv, dn), int64(w.docs))))
		}
		out[k] = alt{term: -1, split: sa, weight: weightBigrams * b, synonym: true}
	}
	return out, true
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

// splitMatches scores the texts that say a's compound split.
func (ix *Index) splitMatches(w *wordIndex, a alt, s *scratch) {
	sa := a.split
	if !sa.found {
		sa.found = true
		done := map[int32]bool{}
		for _, t := range sa.scan {
			nodes, impacts := w.postings(t)
			for k, n := range nodes {
				if done[n] {
					continue
				}
				done[n] = true
				if ix.splitSays(w, n, sa.sets) {
					sa.nodes, sa.impacts = append(sa.nodes, n), append(sa.impacts, impacts[k])
				}
			}
		}
	}
	for k, n := range sa.nodes {
		s.score(n, a.weight*sa.impacts[k], false)
	}
}

// splitSays reports whether node n's title says a compound split: a verb
// of sets holding its first character, then, in the same clause and at
// most maxSplitGap words on, a word of sets holding its second.
func (ix *Index) splitSays(w *wordIndex, n int32, sets splitSets) bool {
	toks := w.tokens(n)
	var title []rune
	for x, tv := range toks {
		if !sets.verbs[tv.term] {
			continue
		}
		for _, to := range toks[x+1:] {
			if to.pos <= tv.pos {
				continue // a part of the verb itself
			}
			if int(to.pos)-int(tv.pos) > maxSplitGap || to.start < tv.end {
				break
			}
			if !sets.nouns[to.term] {
				continue
			}
			if title == nil {
				title = []rune(ix.titleOf(n, w.lang))
			}
			if int(to.start) <= len(title) && !clauseBreak(title[tv.end:to.start]) {
				return true
			}
			break // past the end of the verb's clause
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
