package model

import (
	"github.com/dutymap/dutymap/model/analysis"
	"github.com/kljensen/snowball/english"
)

// SharesObject reports whether duties a and b have a word of what they
// act on in common, in some language both are written in. Duties that
// share only how they work ("Build and manage the sales channels", "Study
// and manage the product life cycle") do different work alike, however
// rare the verbs: similarity alone scores them related.
//
// Of the words the similarity index keeps for both (synonyms as one),
// these do not count:
//   - in English, the verbs a duty begins with, in either duty: duties are
//     imperatives, so the first word is a verb, and so is the first word
//     of each clause after a clause of that one word ("Collect, analyse
//     and file sales data"); "Serve customers before the sale" and
//     "Provide logistics services" share a verb, not an object. Later
//     clauses may begin with nouns ("Clean shelves, counters, and
//     tables"), so their first words count. The stop words kept for
//     their meaning (after, before) do not;
//   - in Chinese, a word the dictionary tags as a verb, adjective, adverb
//     or function word (analysis.IsChineseVerb: 管理, 建设, 提供, 服务).
//     A Chinese clause often begins with what it is for (为客户提供售前服务),
//     so word order says less there than the part of speech.
func SharesObject(a, b *Node) bool {
	var an analyser
	for l := range NumLangs {
		ta, tb := a.Title[l], b.Title[l]
		if ta == "" || tb == "" {
			continue
		}
		objA, leadA := an.objects(ta)
		objB, leadB := an.objects(tb)
		for t := range objA {
			if objB[t] && !leadA[t] && !leadB[t] {
				return true
			}
		}
	}
	return false
}

// objects returns the words of s that may name what it acts on, and the
// English verbs it begins with (SharesObject).
func (a *analyser) objects(s string) (obj, verbs map[string]bool) {
	terms, clause := a.tokenize(s)
	obj, verbs = map[string]bool{}, map[string]bool{}
	leading := true // still in the verbs the duty begins with
	for i, t := range terms {
		starts := i == 0 || clause[i] != clause[i-1]
		if !starts {
			leading = false // a clause of more than one word ends the leading verbs
		}
		switch {
		case analysis.IsHanWord(t):
			if !analysis.IsChineseVerb(t) {
				obj[t] = true
			}
		case starts && leading:
			verbs[t] = true
		case !english.IsStopWord(t):
			obj[t] = true
		}
	}
	return obj, verbs
}
