package analysis

import "strings"

// asks says what a question word asks for.
type asks uint8

const (
	// asksWho: the one who does the verb after it, its subject ("who
	// sets prices", "which department sets prices", 谁定价, 哪个部门定价).
	asksWho asks = 1 << iota
	// asksWhich: which one of a kind; a unit noun after it says what kind
	// and is part of the question ("what team", 哪个小组: IsUnitNoun).
	asksWhich
)

// questionWords are the words questions ask with, folded, and what each
// asks: the one list every reader of questions takes them from (a closed
// class of English and Chinese grammar). A word asking neither who nor
// which (where, why, 怎么, 为什么) still makes a query a question's
// words, which are fillers (IsFiller) and whose slips a query's first
// word is read as (EnglishQuestionWords); IsQuestion takes only the words
// asking who or which, which can ask for a unit. Chinese words the
// segmenter cuts (哪位 is 哪 and 位) are listed for readers of a run's
// words as written.
var questionWords = []struct {
	word string
	asks asks
}{
	{"who", asksWho}, {"whom", asksWho}, {"whose", asksWhich}, {"which", asksWho | asksWhich}, {"what", asksWhich},
	// The question word with "is" or "has", as most people type it
	// (verify26 V3: "who's the head of sales").
	{"who's", asksWho}, {"what's", asksWhich},
	{"where", 0}, {"when", 0}, {"why", 0}, {"how", 0},
	{"谁", asksWho}, {"由谁", asksWho}, {"找谁", asksWho},
	{"哪", asksWho | asksWhich}, {"哪个", asksWho | asksWhich}, {"哪些", asksWho | asksWhich}, {"哪家", asksWho | asksWhich},
	{"哪位", asksWhich}, {"哪一个", asksWhich}, {"哪个部门", asksWho},
	{"什么", asksWhich}, {"什么样", asksWhich}, {"啥", asksWhich},
	{"哪里", 0}, {"哪儿", 0}, {"何", 0}, {"何时", 0}, {"为什么", 0}, {"为何", 0},
	{"怎么", 0}, {"怎样", 0}, {"怎么样", 0}, {"如何", 0}, {"多少", 0},
	// "What does it do", as the segmenter keeps it whole: 销售部是干什么的
	// asks what 销售部做什么 asks.
	{"干什么", 0}, {"做什么", 0}, {"干嘛", 0}, {"干啥", 0}, {"做啥", 0},
}

// questionAsks maps each question word to what it asks: words are looked up in
// it for every word of every text indexed (askedVerbObject).
var questionAsks = func() map[string]asks {
	m := make(map[string]asks, len(questionWords))
	for _, q := range questionWords {
		m[q.word] = q.asks
	}
	return m
}()

// asksUnit reports whether a folded word asks who or which (AsksWho,
// AsksWhich), in one look-up.
func asksUnit(word string) bool { return questionAsks[word] != 0 }

// AsksWho reports whether a folded word asks for the subject of the verb
// after it, the one who does it: who, whom, which; 谁, 由谁, 哪, 哪个 …
// ("what" asks which one of a kind: "what team" asks who, "what does
// sales do" does not; see AsksWhich).
func AsksWho(word string) bool { return questionAsks[word]&asksWho != 0 }

// AsksWhich reports whether a folded word asks which one of a kind
// ("which", "what", "whose"; 哪, 哪个, 什么, 啥 …): a unit noun right after
// it (IsUnitNoun: "which team", 哪个小组) says what kind, and is part of
// the question, as "department" is.
func AsksWhich(word string) bool { return questionAsks[word]&asksWhich != 0 }

// IsQuestion reports whether a lower-cased query asks who or which: it
// has an English word asking so, whole (AsksWho, AsksWhich: "who", "what
// team …", not "whole" or "whatever"), or a Chinese one anywhere (谁, 哪,
// 什么, 啥: Chinese has no spaces). "How are prices set" asks no unit,
// and is searched as its words.
func IsQuestion(lower string) bool {
	for _, q := range questionWords {
		if q.asks != 0 && PhraseAt(lower, q.word) >= 0 {
			return true
		}
	}
	return false
}

// PhraseAt returns where phrase stands in s as whole words, or -1: no
// letter, digit or hyphen right before or after it; anywhere for a
// Chinese phrase, as Chinese has no spaces.
func PhraseAt(s, phrase string) int {
	for from := 0; ; {
		i := strings.Index(s[from:], phrase)
		if i < 0 {
			return -1
		}
		i += from
		end := i + len(phrase)
		if phrase[0] >= 0x80 || ((i == 0 || !isWordByte(s[i-1])) && (end == len(s) || !isWordByte(s[end]))) {
			return i
		}
		from = i + 1
	}
}

func isWordByte(c byte) bool { return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' }

// EnglishQuestionWords returns the English question words, in the order
// of the list: the words a query's first word may be a typing slip of
// ("wich", "waht").
func EnglishQuestionWords() []string {
	var out []string
	for _, q := range questionWords {
		if q.word[0] < 0x80 && !strings.Contains(q.word, "'") { // "who's" is who, not a word to correct to
			out = append(out, q.word)
		}
	}
	return out
}
