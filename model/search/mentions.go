package search

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/dutymap/dutymap/model"
	"github.com/dutymap/dutymap/model/analysis"
)

// notHeldInWords returns the missing words of a query that its other
// words answer without the Chinese characters that some duty or point
// nodeOK allows holds inside one of its words, in either language: a
// character the segmenter cut out of a longer run of the query (发 of
// 谁发工资) is searched for as a word of its own and matches none, but a
// note saying that no duty mentions “发” above 每月发放工资 would be
// untrue (search 发 finds it). The note names only what no text holds,
// as it does for longer words, which their bigrams and parts find inside
// other words. (When nothing answers, what no duty mentions as a word is
// why, and the note says so.)
func (ix *Index) notHeldInWords(missing []string, nodeOK []bool) []string {
	held := func(ch string) bool {
		for _, l := range model.Langs {
			w := ix.wordsOf(l)
			terms, _ := w.holding(ch)
			for _, t := range terms {
				nodes, _ := w.postings(t)
				for _, n := range nodes {
					if ix.kindOf(n).IsLeaf() && (nodeOK == nil || nodeOK[n]) {
						return true
					}
				}
			}
		}
		return false
	}
	return slices.DeleteFunc(missing, func(typed string) bool {
		r, size := utf8.DecodeRuneInString(typed)
		return size == len(typed) && analysis.IsHan(r) && held(typed)
	})
}

// dutyMentions returns the bits of the words of a question asking who
// does something (bit i for words[i]) that some duty among hits mentions
// as a whole word, in its text: the word's own term or a synonym's, in the
// duty's language. What decides whether such a question is answered
// (Index.unanswered) counts only these, not the other ways a word finds
// texts:
//   - a word that only a topic's or relation's text holds is mentioned by
//     no duty ("printers" in a note about who marketing deals with);
//   - the start of a longer word is not the word: a whole question's last
//     word is not one still being typed ("car" of "who fixes the car" is
//     not "care" or "carried");
//   - a Chinese character is not the words that hold it (开 of 发票谁开
//     is not 开展: those are found as its expansions, not its term);
//   - a word the question says as an action, against a text's word of the
//     same stem made into an adjective (derivedSuffixes): "fixes" is not
//     "a fixed route", "collects" not "collective events". Porter2 stems
//     each pair alike.
func (ix *Index) dutyMentions(p plan, hits []whit, langs [2]model.Lang) uint64 {
	n := min(len(p.words), maxWords)
	var want uint64 = 1<<n - 1
	// Per language: the terms that say each word whole.
	var says [2][]map[int32]bool
	for k, l := range langs {
		w := ix.wordsOf(l)
		says[k] = make([]map[int32]bool, n)
		for i, q := range p.words[:n] {
			m := map[int32]bool{}
			if id, ok := w.term(q.term); ok {
				m[id] = true
			}
			for _, s := range analysis.Synonyms(q.term) {
				if id, ok := w.term(s.Term); ok && !s.Related {
					m[id] = true
				}
			}
			says[k][i] = m
		}
	}
	action := make([]int8, n) // 0 unknown, 1 an English action word, -1 not
	isAction := func(i int) bool {
		if action[i] == 0 {
			action[i] = -1
			if q := p.words[i]; !q.han && (q.verb || ix.actionWord(q)) {
				action[i] = 1
			}
		}
		return action[i] > 0
	}
	var got uint64
	for _, h := range hits {
		if got == want {
			break
		}
		if h.mask&want&^got == 0 || ix.kindOf(h.node) != model.KindDuty {
			continue
		}
		k := langIdx(langs, h.lang)
		var title []rune
		for _, t := range ix.wordsOf(h.lang).tokens(h.node) {
			for i := range n {
				if got&(1<<i) != 0 || h.mask&(1<<i) == 0 || !says[k][i][t.term] {
					continue
				}
				if title == nil {
					title = []rune(ix.titleOf(h.node, h.lang))
				}
				if int(t.end) > len(title) || t.start >= t.end {
					continue
				}
				surface := string(title[t.start:t.end])
				if isAction(i) && derivedAway(analysis.Fold(p.words[i].typed), analysis.Fold(surface)) {
					continue // "fixed" for "fixes"
				}
				got |= 1 << i
			}
		}
	}
	return got
}

// derivedSuffixes end English words derived from a verb as an adjective,
// which Porter2 stems with the verb: "a fixed route", "collective
// events", "the merchants who have signed up". A noun made of the verb
// (-ion, -ment, -ance) most often names the action itself ("the
// reception of visitors" is receiving them, "warehouse management"
// managing it), and stays a mention of it.
var derivedSuffixes = []string{"ed", "ive"}

// derivedSuffix returns the suffix of derivedSuffixes that a folded word
// ends in, its plural's -s aside, or "".
func derivedSuffix(word string) string {
	if len(word) > 4 && strings.HasSuffix(word, "s") && !strings.HasSuffix(word, "ss") {
		word = word[:len(word)-1]
	}
	for _, s := range derivedSuffixes {
		if len(word) > len(s)+2 && strings.HasSuffix(word, s) {
			return s
		}
	}
	return ""
}

// derivedAway reports whether surface, a text's word of the same stem as
// the query's word typed, is derived from it as an adjective:
// "fixed" against "fixes", "collective" against "collects". The same
// derivation on both sides is the same word ("collected", "collected").
func derivedAway(typed, surface string) bool {
	s := derivedSuffix(surface)
	return s != "" && s != derivedSuffix(typed)
}
