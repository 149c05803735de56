package search

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/dutymap/dutymap/model"
	"github.com/dutymap/dutymap/model/analysis"
)

// askerRespelt reads a query whose first word no text holds, in either
// language, and which is one typing slip (model.EditDistance: an
// insertion, deletion, substitution or swap of two neighbouring letters)
// from exactly one English question word (of three letters or more, as
// all are: analysis.EnglishQuestionWords), as starting with that word: "wich team
// handles ads", "whcih team …" and "waht team …" ask what "which team
// handles ads" asks, and "team" is the unit asked for, not a word of the
// work (plan: whichNouns). It returns q unchanged, and ok false, when the
// first word is held by some text, is a question word or a common word
// already, is shorter than three letters, is close to two question words
// ("wha": what, who, why), or is all the query says.
func (ix *Index) askerRespelt(q Query) (Query, Correction, bool) {
	word, meant, ok := askerSlip(q)
	if !ok || ix.holdsWord(analysis.Fold(word)) {
		return q, Correction{}, false
	}
	text := q.Terms[0].Text
	out := q
	out.Terms = append([]Term{{Text: meant + text[len(word):]}}, q.Terms[1:]...)
	return out, Correction{Typed: word, Word: meant, Searched: true}, true
}

// askerSlip is askerRespelt's reading without the texts: the query's
// first word, as typed without the punctuation after it, and the question
// word it is one slip from, when the rules above but the first (no text
// holds it) allow it.
func askerSlip(q Query) (word, meant string, ok bool) {
	if len(q.Terms) < 2 || q.Terms[0].Exact {
		return "", "", false
	}
	word = strings.TrimRightFunc(q.Terms[0].Text, func(r rune) bool { return !isWord(r) })
	typed := analysis.Fold(word)
	if utf8.RuneCountInString(typed) < 3 || !isPinyin(typed) || analysis.IsFiller(typed) {
		return "", "", false
	}
	for _, w := range analysis.EnglishQuestionWords() {
		if model.EditDistance(typed, w) == 1 {
			if meant != "" {
				return "", "", false // two question words as near
			}
			meant = w
		}
	}
	return word, meant, meant != ""
}

// holdsWord reports whether some text, in either language, holds the
// folded word: as a word (its term, or as written), or as the pinyin of a
// Chinese word.
func (ix *Index) holdsWord(folded string) bool {
	if ix.holdsTerm(folded) {
		return true
	}
	if !isPinyin(folded) {
		return false
	}
	return len(ix.wordsOf(model.Zh).readings(folded, false)) > 0
}

// holdsTerm reports whether some text, in either language, holds the
// folded word as a word: its term, or as written.
func (ix *Index) holdsTerm(folded string) bool {
	term := folded
	for _, t := range analysis.Tokens(folded) {
		if t.Kind == analysis.Word {
			term = t.Term
			break
		}
	}
	for _, l := range model.Langs {
		w := ix.wordsOf(l)
		if _, ok := w.term(term); ok || w.isSurface(folded) {
			return true
		}
	}
	return false
}

// fillerRespelt reads a Chinese question whose two characters right
// after its word asking who (谁, 由谁, 哪个部门 …) are a typing slip of a
// filler (analysis.FillerSlip: 谁负则预算 for 谁负责预算) as written with
// the filler, when no text holds the two as a word: the question asks
// what it would ask with the filler, and the results say so. Only the
// first such slip of the query is read; q is returned unchanged, and ok
// false, when there is none.
func (ix *Index) fillerRespelt(q Query) (Query, Correction, bool) {
	tried := 0 // pairs looked up: each reads the dictionary (analysis.Frequency)
	for ti, t := range q.Terms {
		if t.Exact {
			continue
		}
		rs := []rune(t.Text)
		for i := 1; i+2 <= len(rs) && tried < maxWords; i++ {
			if !asksWhoBefore(rs[:i]) {
				continue
			}
			tried++
			pair := string(rs[i : i+2])
			meant, ok := analysis.FillerSlip(pair)
			if !ok || ix.holdsWhole(pair) {
				continue
			}
			out := q
			out.Terms = slices.Clone(q.Terms)
			out.Terms[ti].Text = string(rs[:i]) + meant + string(rs[i+2:])
			return out, Correction{Typed: pair, Word: meant, Searched: true}, true
		}
	}
	return q, Correction{}, false
}

// asksWhoBefore reports whether rs ends with a Chinese word asking who
// (analysis.AsksWho: 谁, 由谁, 哪个部门 …).
func asksWhoBefore(rs []rune) bool {
	for n := 1; n <= min(len(rs), 4); n++ {
		if w := string(rs[len(rs)-n:]); analysis.IsHanWord(w) && analysis.AsksWho(w) {
			return true
		}
	}
	return false
}

// holdsWhole reports whether some text, in either language, holds the
// Chinese word as one word of the index.
func (ix *Index) holdsWhole(word string) bool {
	for _, l := range model.Langs {
		if _, ok := ix.wordsOf(l).term(word); ok {
			return true
		}
	}
	return false
}
