package search

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/dutymap/dutymap/model"
	"github.com/dutymap/dutymap/model/analysis"
)

// byFullForm returns p with a Chinese short form no text holds (missing:
// the words not mentioned, as typed), typed as one word or cut into its
// characters, replaced by the words of its full form
// (analysis.FullForm) that some text holds, itself or through a synonym
// (社保: 保险; 医保: 保险; 质检: 质量 and 检验). A word of it no text
// holds is left out, as byHead leaves out the verb no text uses, and so
// is the verb of a verb and its object (发放 of 发薪: 薪水, which 工资
// says); but the full form's head, its last word, is what the short form is
// about: when no text holds it, its character in the short form stands
// for the words built on it, as a compound's head does (qword.head: 税 of
// 纳税 for 税款, which no text holds; 税务 says it). said is the short
// form as typed; full the words of the full form searched, without a
// head character. ok is false when p has no such short form, or more
// than one, or neither its head nor the words built on its character are
// held.
func (ix *Index) byFullForm(p plan, missing []string) (q plan, said string, full []string, ok bool) {
	// A short form is missing when a word not mentioned holds it: as
	// typed (社保), within a run of pieces quoted together (缴纳社保), or
	// by both its characters (发 and 薪 of 谁给员工发薪, quoted apart
	// after a verb).
	holds := func(s string) bool {
		return slices.ContainsFunc(missing, func(m string) bool { return strings.Contains(m, s) })
	}
	single := func(w qword) bool { return w.han && utf8.RuneCountInString(w.term) == 1 }
	at, n := -1, 0
	for i, w := range p.words[:min(len(p.words), maxWords)] {
		k, form := 0, ""
		switch {
		case !w.han:
		case !w.joins && analysis.FullForm(w.term) != nil && holds(w.typed):
			k, form = 1, w.typed
		case i+1 < len(p.words) && single(w) && single(p.words[i+1]) && p.words[i+1].joins && (i+2 >= len(p.words) || !p.words[i+2].joins):
			// The characters of a short form the segmenter cut (社 and
			// 保 of 员工社保), the second joined to the first.
			pair := w.typed + p.words[i+1].typed
			if analysis.FullForm(pair) != nil && (holds(pair) || holds(w.typed) && holds(p.words[i+1].typed)) {
				k, form = 2, pair
			}
		}
		if k == 0 {
			continue
		}
		if at >= 0 {
			return p, "", nil, false
		}
		at, n, said = i, k, form
	}
	if at < 0 {
		return p, "", nil, false
	}
	words := fullFormWork(said)
	// A verb and its object written as one word (纳税: 缴纳 税款, 发薪:
	// 发放 薪水) is about its object: the question has a verb of its own
	// or a filler (负责), and the verb would find what else is done so
	// (申报 of 报税 in 规定各项费用如何申报).
	verbObject := analysis.IsChineseVerb(words[0]) && !analysis.IsChineseVerb(words[len(words)-1])
	var with []qword
	for k, word := range words {
		switch {
		case k == 0 && verbObject:
		case ix.heldWithSynonyms(word):
			with = append(with, qword{term: word, folded: word, typed: said, han: true})
			full = append(full, word)
		case k == len(words)-1 && ix.buildsOn([]rune(said)[k]):
			head := []rune(said)[k]
			with = append(with, qword{term: string(head), folded: string(head), typed: said, han: true, head: true})
		default:
			if k == len(words)-1 {
				// What the short form is about, the content never says:
				// its other words alone would answer for it.
				return p, "", nil, false
			}
		}
	}
	// The head takes the place of the short form's last piece, as a
	// question's verb when that was (谁纳税), as byHead keeps it.
	with[len(with)-1].verb = p.words[at+n-1].verb
	q = p
	q.byHead = true
	q.words = slices.Concat(p.words[:at], with, p.words[at+n:])
	if next := at + len(with); next < len(q.words) {
		q.words[next].joins = false
	}
	// The words after the short form move by the words it became; a
	// range that held any piece of it holds them all (发 the verb and 薪
	// its object, of 谁给员工发薪: both are 薪水 now).
	moved := func(i int) int {
		switch {
		case i <= at:
			return i
		case i <= at+n:
			return at + len(with)
		}
		return i + len(with) - n
	}
	move := func(from, to int) (int, int) {
		f, t := moved(from), moved(to)
		if from < at+n && to > at {
			f, t = min(f, at), max(t, at+len(with))
		}
		return f, t
	}
	q.subject.from, q.subject.to = move(p.subject.from, p.subject.to)
	q.object.from, q.object.to = move(p.object.from, p.object.to)
	if q.subject.from >= q.subject.to {
		q.subject = q.object
	}
	return q, said, full, true
}

// fullFormWork returns the words of a short form's full form that say
// its work (analysis.FullForm): all of them, but for an object naming
// people in general (招人: 招聘 人员, 招工: 招聘 员工; analysis.IsUnitNoun),
// whom every unit has: the verb alone says the work then, as "who hires
// people?" asks who hires.
func fullFormWork(said string) []string {
	words := analysis.FullForm(said)
	if n := len(words); n > 1 && analysis.IsUnitNoun(words[n-1]) {
		return words[:n-1]
	}
	return words
}

// heldWithSynonyms reports whether some text, in either language, holds
// the analysed term as a word, or one of its synonyms (not a related
// term).
func (ix *Index) heldWithSynonyms(term string) bool {
	for _, l := range model.Langs {
		for _, t := range append([]string{term}, synonymTerms(term)...) {
			if _, ok := ix.wordsOf(l).term(t); ok {
				return true
			}
		}
	}
	return false
}

// fullFormIn returns what the first answer of list (the first result
// mentioning the query's main words) holds in a short form's place: the
// words of its full form searched (full) or a synonym of each, and the
// words built on the short form's last character when that stood for
// the full form's head (builtOnIn), at most maxVia (保险 for 社保, 工资
// for 发薪, 质量 for 质检, 税务 for 纳税).
func (ix *Index) fullFormIn(list []Result, said string, full []string) []string {
	at := slices.IndexFunc(list, func(r Result) bool { return r.Match == Words })
	if at < 0 {
		return nil
	}
	list = list[at:]
	title := list[0].Node.Title[list[0].Lang]
	var via []string
	for _, word := range full {
		for _, t := range append([]string{word}, synonymTerms(word)...) {
			if strings.Contains(title, t) {
				via = append(via, t)
				break
			}
		}
	}
	if words := fullFormWork(said); len(full) == 0 || full[len(full)-1] != words[len(words)-1] {
		via = append(via, ix.builtOnIn(list, said)...)
	}
	return via[:min(len(via), maxVia)]
}

// synonymTerms returns the synonyms of an analysed term, not its related
// terms.
func synonymTerms(term string) []string {
	var out []string
	for _, s := range analysis.Synonyms(term) {
		if !s.Related {
			out = append(out, s.Term)
		}
	}
	return out
}

// buildsOn reports whether some text, in either language, holds a word
// a compound's head character stands for (wordIndex.headWords).
func (ix *Index) buildsOn(head rune) bool {
	for _, l := range model.Langs {
		if len(ix.wordsOf(l).headWords(head)) > 0 {
			return true
		}
	}
	return false
}
