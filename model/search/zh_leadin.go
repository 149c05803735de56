package search

import "github.com/dutymap/dutymap/model"

// After a lead-in (负责), a verb with its object is the question's verb,
// as without it: 谁负责跟进回款 asks what 谁跟进回款 asks. The dictionary
// tags 回款 a verb, as it tags 工资 of 谁负责工资发放, so its tags cannot
// say which of two such words is the verb (plan.pairVerb). The index can:
// a first word no duty says (跟进), nor any synonym of it, is no noun the
// duties act on, and the synonym list does not use it as a noun
// (nounBySynonyms: 工资 beside 薪酬, 薪资): it is the verb, and the word
// after it its object, which then answers as for the plain question (the
// verb no duty says is named as not mentioned: verbUnsaid).

// unsaidPairVerb returns p with its pair of verb-tagged words after a
// lead-in read as verb and object when no duty says the first; p as it is
// otherwise.
func (ix *Index) unsaidPairVerb(p plan) plan {
	v := p.pairVerb
	if v < 0 || v+2 > min(len(p.words), maxWords) || p.subject.from != v || p.subject.to != v+2 {
		return p
	}
	verb, object := p.words[v], p.words[v+1]
	if !wholeChineseWord(verb) || !wholeChineseWord(object) || object.joins || nounBySynonyms(verb.term) || ix.dutySaysIn(model.Zh, verb) {
		return p
	}
	words := append([]qword(nil), p.words...) // p.words is shared with the caller's plan
	words[v].verb = true
	p.words = words
	p.subject.to = v + 1
	p.object.from, p.object.to = v+1, v+2
	return p
}
