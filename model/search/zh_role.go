package search

import (
	"strings"

	"github.com/dutymap/dutymap/model/analysis"
)

// Spoken Chinese asks for the approver with the one character 批 (批 ②
// in the 现代汉语词典: 批准, 批示): 谁批预算, and in the spoken order, the
// object first, 预算谁批 ("the budget, who approves it?"). It asks what
// 谁批准预算 asks (rolePhrases). Only where 批 is a word of its own right
// after the question word: 批发 (wholesale), 批次 (batch) and 一批 (a
// batch of) say nothing of approving. (A switch, not a map: package
// initialisers allocate nothing they need not.)
func shortRoleVerbFull(term string) (string, bool) {
	switch term {
	case "批":
		return "批准", true
	}
	return "", false
}

// shortRoleVerb returns query with a one-character role verb that
// follows its question word (谁, 由谁, 找谁) written in full (shortRoleVerbFull) (谁批 → 谁批准), and
// whether it holds one.
func shortRoleVerb(query string) (string, bool) {
	if !hasHan(query) {
		return query, false
	}
	runes := []rune(query)
	toks := analysis.Tokens(query)
	for i, t := range toks {
		full, ok := shortRoleVerbFull(t.Term)
		if !ok || !t.Han || i == 0 || !strings.HasSuffix(toks[i-1].Term, "谁") || toks[i-1].End != t.Start {
			continue
		}
		return string(runes[:t.Start]) + full + string(runes[t.End:]), true
	}
	return query, false
}
