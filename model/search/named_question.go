package search

import (
	"strings"
	"unicode/utf8"
)

// questionName returns the whole name (wholeName) that a query's words
// make without its question words, fillers and stop words: "marketing
// manager" of "what does the marketing manager do" and of "marketing
// manager duties", 市场部经理 of 市场部经理负责什么 and of 市场部经理的职责;
// a possessive names its unit ("HR" of "HR's duties").
// The department or position of that name is the one the query asks
// about, and ranks first as it does when its name is the whole query
// (plan.name): 市场部经理 before 市场部经理助理, whose name merely begins
// with the words, in Chinese as in English. None for a query with a word
// of whom the work is done for (谁向市场部反馈: 市场部 receives it,
// qword.recipient), or with exact terms.
func questionName(p plan) string {
	if len(p.words) == 0 || len(p.exact) > 0 {
		return ""
	}
	var b strings.Builder
	han := true // no space before the first word
	for _, w := range p.words {
		if w.recipient || w.stop || w.folded == "" {
			return ""
		}
		if !han && !w.han {
			b.WriteByte(' ')
		}
		if w.han {
			b.WriteString(w.folded)
		} else {
			b.WriteString(withoutPossessive(w.folded)) // "HR's duties" names HR
		}
		han = w.han
	}
	if utf8.RuneCountInString(b.String()) > maxNameRunes {
		return ""
	}
	return b.String()
}
