package search

import "math/bits"

// objectApart reports whether an English question whose verb no duty
// says (its object then answers it: verbUnsaid) asks about an object of
// several words that no duty or point holds together, a word no text
// holds among them (slipped: the words a correction covers, whose slip is
// read first, are not judged). The duties holding
// one of its words are about something else: "Set up and run the
// company's honour room" holds the "room" of "who books meeting rooms?"
// and "Arrange the company's meetings" its "meeting", neither a meeting
// room, and "who books hotel rooms?" is answered by no duty about rooms
// while none says "hotel". A question so asked has no answer (tryout24
// H9), as when no duty mentions its object at all.
func (ix *Index) objectApart(p plan, hits []whit, byDuty uint64, slipped slips) bool {
	if !p.question {
		return false
	}
	unsaid := false
	for i, w := range p.words[:min(len(p.words), maxWords)] {
		unsaid = unsaid || w.verb && !w.han && !w.role && byDuty&(1<<i) == 0 && !slipped.covers(i)
	}
	if !unsaid {
		return false
	}
	object := ix.objectWords(p) &^ uint64(slipped)
	if bits.OnesCount64(object) < 2 || object&byDuty == 0 {
		return false
	}
	for _, h := range hits {
		if h.mask&object == object && ix.kindOf(h.node).IsLeaf() {
			return false
		}
	}
	return true
}
