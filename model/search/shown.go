package search

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// A section, department or topic is found by its notes too, which a
// result does not show: "The core of the work" holds "setting up" and
// "stand side by side" in the paragraphs under its title. Shown as a
// match with no word of the query lit, it reads as found for nothing.
// When another text's title shows the query's words, such a node is a
// match in part; when none does, the notes are all the query has, and they match.
// A node the query names, or lies in (whit.whole, whit.named), is found
// by its name. A question is so judged, whose match answers it; keywords
// find every text that holds them, its notes too.

// hideUnshown makes the main matches among hits that are no duty or
// point and whose titles hold no word of the query (titleSays) matches in
// part, when some other hit's title holds one, in a question.
func (q *wquery) hideUnshown(hits []whit) {
	if !q.p.question {
		return
	}
	var unshown []int
	for i, h := range hits {
		if h.main && h.whole == 0 && !h.named && !q.ix.kindOf(h.node).IsLeaf() && !q.titleSays(h) {
			unshown = append(unshown, i)
		}
	}
	if len(unshown) == 0 {
		return
	}
	shown := false
	for i, h := range hits {
		if h.mask != 0 && !slices.Contains(unshown, i) && q.titleSays(h) {
			shown = true
			break
		}
	}
	if !shown {
		return
	}
	for _, i := range unshown {
		hits[i].main = false
	}
}

// titleSays reports whether hit h's title, or the summary shown under a
// department or position, holds a word of the query: a term that matched
// (wquery.terms), or a Chinese word of the query as written.
func (q *wquery) titleSays(h whit) bool {
	title := q.ix.node(h.node).Title[h.lang]
	size := utf8.RuneCountInString(title)
	terms := q.terms[langIdx(q.langs, h.lang)]
	for _, t := range q.ix.wordsOf(h.lang).tokens(h.node) {
		if t.start < t.end && int(t.end) <= size && terms[t.term] {
			return true
		}
	}
	for _, w := range q.p.words {
		if w.han && w.term != "" && strings.Contains(title, w.term) {
			return true
		}
	}
	// A department's or position's line shows its summary under it.
	if !q.ix.canOwn(h.node) {
		return false
	}
	words := q.ix.wordsOf(h.lang)
	for _, s := range q.ix.unitSummaries(h.lang) {
		if s.unit != h.node {
			continue
		}
		for _, t := range s.terms {
			if id, ok := words.term(t); ok && terms[id] {
				return true
			}
		}
	}
	return false
}
