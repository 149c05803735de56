package search

import (
	"math/bits"

	"github.com/dutymap/dutymap/model"
	"github.com/dutymap/dutymap/model/analysis"
)

// A question's verb and its object, where no duty says both: "who tests
// the software" over "Test every release before it ships." (the verb)
// and "Renew the software licences." (the object, as a word before
// another noun: the licences are renewed, not the software). A noun
// written right before another noun says which one that noun is; the
// work is done to the second (tryout28 Y7). A duty that does the
// question's verb answers before one that does another verb to a thing
// the question's object only qualifies. A duty holding the object as the
// thing acted on ("Process salaries" for "who pays salaries") keeps its
// place: the verb with another object ("Pay suppliers") is another work.

// verbOverModifier makes, in an English question asking who does a verb
// to something (wquery.does) that no main match holds whole, the duties
// doing the verb (it is their first word) matches, and the matches
// holding the object only before another noun matches in part, when
// every main match holding the object holds it so.
func (q *wquery) verbOverModifier(hits []whit, cws [2][]cword) {
	k := langIdx(q.langs, model.En)
	if q.langs[k] != model.En || !q.asksWho || q.does == 0 || q.object == 0 || len(cws[k]) == 0 {
		return
	}
	verb := q.does &^ q.object
	if verb == 0 || bits.OnesCount64(verb) != 1 {
		return
	}
	vi := bits.TrailingZeros64(verb)
	if vi >= len(cws[k]) || vi >= len(q.p.words) || q.p.words[vi].role || doingVerbs[q.p.words[vi].folded] {
		return
	}
	w := q.ix.wordsOf(model.En)
	termsOf := func(i int) map[int32]bool {
		m := map[int32]bool{}
		for _, a := range cws[k][i].alts {
			if !a.related && a.term >= 0 && a.part == 0 {
				m[a.term] = true
			}
		}
		return m
	}
	verbTerms := termsOf(vi)
	asked := termSet(cws[k]) // every word of the question: a noun it also says is no other thing
	var objects, modifiers []int
	var doers []int
	for n, h := range hits {
		if h.lang != model.En {
			continue
		}
		switch {
		case h.main && h.mask&q.does == q.does:
			return // a duty says both
		case h.main && h.mask&q.object != 0:
			objects = append(objects, n)
			if q.onlyBeforeANoun(w, h, cws[k], asked) {
				modifiers = append(modifiers, n)
			}
		case h.mask&verb != 0 && h.mask&q.object == 0 && q.ix.kindOf(h.node) == model.KindDuty:
			for _, t := range w.tokens(h.node) {
				if t.pos == 0 && verbTerms[t.term] {
					doers = append(doers, n)
					break
				}
			}
		}
	}
	if len(doers) == 0 || len(modifiers) == 0 || len(modifiers) != len(objects) {
		return
	}
	for _, n := range modifiers {
		hits[n].main = false
	}
	for _, n := range doers {
		hits[n].main = true
	}
}

// onlyBeforeANoun reports whether English hit h holds each word of the
// question's object it holds only right before another word the question
// does not say, one space between ("software" of "Renew the software
// licences"), never at its start, where a duty's verb stands, nor before
// a determiner or a word of how often ("the servers every night").
func (q *wquery) onlyBeforeANoun(w *wordIndex, h whit, cws []cword, asked map[int32]bool) bool {
	tokens := w.tokens(h.node)
	title := []rune(q.ix.titleOf(h.node, model.En))
	for m := h.mask & q.object; m != 0; m &= m - 1 {
		i := bits.TrailingZeros64(m)
		if i >= len(cws) {
			return false
		}
		terms := map[int32]bool{}
		for _, a := range cws[i].alts {
			if !a.related && a.term >= 0 {
				terms[a.term] = true
			}
		}
		for j, t := range tokens {
			if !terms[t.term] {
				continue
			}
			if t.pos == 0 || j+1 >= len(tokens) {
				return false
			}
			u := tokens[j+1]
			if u.pos != t.pos+1 || asked[u.term] || int(u.start) != int(t.end)+1 || int(u.end) > len(title) || title[t.end] != ' ' {
				return false
			}
			// A determiner or a word of how often begins what follows
			// the noun ("the servers every night"): no noun it qualifies.
			if next := analysis.Fold(string(title[u.start:u.end])); determiners[next] || analysis.IsFrequencyWord(next) {
				return false
			}
		}
	}
	return true
}
