package search

import "github.com/dutymap/dutymap/model"

// A Chinese question's contact verb (联系 of 谁联系客户, 沟通 of
// 谁与市场部沟通终端工作) is a verb of doing, no word a match must hold
// (contactVerbs): who handles the customers answers it. Yet a duty that
// says the very verb (与客户保持联系) does what is asked more exactly than
// one that only deals with customers (登门拜访客户): it ranks higher by
// the verb's BM25 weight in that text, as a word of the query would, while
// what matches, and what is said to be unmentioned, stay as they are.

// liftContact adds, to each Chinese hit whose text says a contact verb of
// the question (plan.contact), that word's weight in it, and returns
// those hits' nodes: a match among them does what is asked to its object
// (wquery.doesIt), and its owner answers before those that only hold the
// object.
func (ix *Index) liftContact(p plan, hits []whit) map[int32]bool {
	if len(p.contact) == 0 {
		return nil
	}
	w := ix.wordsOf(model.Zh)
	lift := map[int32]float32{}
	for _, verb := range p.contact {
		id, ok := w.term(verb)
		if !ok {
			continue // no text says it: nothing to lift
		}
		idf := w.idf(w.df[id])
		nodes, impacts := w.postings(id)
		for k, n := range nodes {
			lift[n] += idf * impacts[k]
		}
	}
	says := map[int32]bool{}
	for i := range hits {
		if l, ok := lift[hits[i].node]; ok && hits[i].lang == model.Zh && hits[i].mask != 0 {
			hits[i].score += l
			says[hits[i].node] = true
		}
	}
	return says
}
