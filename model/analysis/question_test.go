package analysis

import (
	"slices"
	"testing"
)

// One list of question words serves every reader of questions: which
// queries are questions (IsQuestion: the role questions and the question
// plan), which words ask for the subject of a verb (AsksWho: the question
// slots, the Chinese verb slot), which ask which one of a kind (AsksWhich:
// a unit noun after them is the question's), the fillers, and the words a
// first word's slip is read as (EnglishQuestionWords).
func TestQuestionWords(t *testing.T) {
	for q, want := range map[string]bool{
		"who sets prices?": true, "whom do i ask": true, "whose job is pricing": true, "which team handles ads": true,
		"what does sales do": true, "sales, who?": true, "谁负责定价": true, "由谁审批": true, "哪个部门负责广告": true,
		"定价归什么部门": true, "啥部门管发票": true, "哪位负责": true,
		// Not asking who or which: how, why, where and when ask no unit,
		// and a word merely holding a question word is none.
		"how are prices set": false, "why do marketing and sales quarrel": false, "where is the warehouse": false,
		"怎么制定价格": false, "set prices": false, "whole sales": false, "whatever works": false,
		"what-if plans": false, "whoever": false, "showhow": false, "": false,
		// Chinese has no spaces: a word asking which anywhere counts, and
		// 为什么 (why) holds 什么, as it did in each list before.
		"为什么吵架": true,
	} {
		if got := IsQuestion(q); got != want {
			t.Errorf("IsQuestion(%q) = %v, want %v", q, got, want)
		}
	}
	for w, want := range map[string][2]bool{ // AsksWho, AsksWhich
		"who": {true, false}, "whom": {true, false}, "which": {true, true}, "what": {false, true}, "whose": {false, true},
		"how": {false, false}, "why": {false, false}, "team": {false, false},
		"谁": {true, false}, "由谁": {true, false}, "哪": {true, true}, "哪个": {true, true}, "哪些": {true, true},
		"哪家": {true, true}, "哪个部门": {true, false}, "哪位": {false, true}, "什么": {false, true}, "啥": {false, true},
		"怎么": {false, false}, "为什么": {false, false}, "负责": {false, false},
	} {
		if got := [2]bool{AsksWho(w), AsksWhich(w)}; got != want {
			t.Errorf("%q: AsksWho, AsksWhich = %v, want %v", w, got, want)
		}
	}
	for _, q := range questionWords {
		if !IsFiller(q.word) || !IsQuestionWord(q.word) {
			t.Errorf("%q is a question word and no filler", q.word)
		}
	}
	if got, want := EnglishQuestionWords(), []string{"who", "whom", "whose", "which", "what", "where", "when", "why", "how"}; !slices.Equal(got, want) {
		t.Errorf("EnglishQuestionWords() = %q, want %q", got, want)
	}
}

// The Chinese verb slot reads the verb after any word asking who or which
// (哪个部门 as 谁 and 什么部门): 开, 发票, not 开发, 票.
func TestVerbSlotAfterEveryAskingWord(t *testing.T) {
	for _, q := range []string{"谁开发票", "由谁开发票", "哪个部门开发票", "什么部门开发票", "哪个小组开发票"} {
		var an Analyzer
		var words []string
		for _, tk := range an.Tokens(q, nil) {
			words = append(words, tk.Folded)
		}
		if !slices.Contains(words, "开") || !slices.Contains(words, "发票") {
			t.Errorf("%s: words %q, want 开 and 发票", q, words)
		}
	}
}
