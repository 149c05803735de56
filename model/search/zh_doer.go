package search

import (
	"strings"
	"unicode/utf8"

	"github.com/dutymap/dutymap/model/analysis"
)

// A Chinese verb in a 的-phrase may carry a complement that says how the
// action ended or an aspect particle (定下的价格, 制定好的方案, 设计出的渠道,
// 定了的价格): the same verb, whose subject the phrase names as the doer
// (otherDoer). And a question of one word that is a verb and its object
// (定价: 定 the price) asks who does that verb: a duty applying the prices
// another unit set (执行市场部定下的价格) does not set them.

// complements are the characters that may stand between a verb and the
// 的 of its phrase: results and directions (下, 出, 好, 完, 成) and the
// aspect particles 了 and 过.
const complements = "下出好完成了过"

// afterComplement returns text (what follows a verb) without the one
// complement it may start with.
func afterComplement(text string) string {
	r, size := utf8.DecodeRuneInString(text)
	if size > 0 && r != utf8.RuneError && strings.ContainsRune(complements, r) {
		return text[size:]
	}
	return text
}

// compoundVerbWord returns the index in p.words of a question's only
// word of what it asks to have done when that word is a noun of two
// characters whose first is a verb and whose second is what it is done
// to (定价, pricing: 定 the 价), or -1.
func compoundVerbWord(p plan) int {
	if p.subject.to-p.subject.from != 1 || p.subject.from >= min(len(p.words), maxWords) {
		return -1
	}
	w := p.words[p.subject.from]
	if !w.han || w.role || w.recipient || utf8.RuneCountInString(w.term) != 2 || analysis.IsChineseVerb(w.term) {
		return -1
	}
	first, _ := utf8.DecodeRuneInString(w.term)
	if !analysis.IsChineseVerb(string(first)) {
		return -1
	}
	return p.subject.from
}

// compoundVerbs returns the forms in which a text says the verb of word
// (compoundVerbWord): the word itself and its first character.
func compoundVerbs(word string) []string {
	first, _ := utf8.DecodeRuneInString(word)
	return []string{word, string(first)}
}
