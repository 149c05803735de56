package analysis

import (
	"strings"
	"unicode/utf8"
)

// chineseRoleVerbs are the verbs of the roles of a responsibility matrix
// as Chinese questions ask for them: approving (批准, 审批, 审核, 核准,
// 审定, 批示, 签字, 签批, 签核, 同意, 把关, 拍板), being told (通知, 告知,
// 知会), being asked (咨询) and doing (负责). A closed class, kept as a
// literal: package initialisers allocate nothing for it.
var chineseRoleVerbs = []string{
	"批准", "审批", "审核", "核准", "审定", "批示", "签字", "签批", "签核", "同意", "把关", "拍板",
	"通知", "告知", "知会", "咨询", "负责",
}

// IsChineseRoleVerb reports whether a Chinese word is a verb of a role of
// the responsibility matrix (chineseRoleVerbs: 批准, 审批, 通知, 负责 …):
// a whole word, never a piece of a longer one the dictionary lacks (退款
// after 批准 is a word of its own, not 批准退款).
func IsChineseRoleVerb(word string) bool {
	for _, v := range chineseRoleVerbs {
		if v == word {
			return true
		}
	}
	return false
}

// roleVerbCut finds, in a run's words, a role verb (chineseRoleVerbs)
// right after the question's words asking who (asksUnit: 谁, 由谁, 哪个部门)
// and any fillers or modals after them (谁来, 谁能), which the dictionary
// segmentation cut into the next word: 谁批准备份 is 谁, 批, 准备, 份 to the
// segmenter, where the question asks who approves 备份. It returns the
// index of the word the verb begins and the verb, or -1. A dictionary
// word that begins with the verb and goes on (负责人 of 谁是部门负责人,
// 通知书) is a word of its own, and is left alone.
func roleVerbCut(words []string) (at int, verb string) {
	asked := false // the words so far end in question words asking who
	for j, w := range words {
		switch {
		case asksUnit(w):
			asked = true
			continue
		case !asked:
			continue
		}
		if utf8.RuneCountInString(w) < 2 {
			// Only a word shorter than the verb can cut it (批 of 批准).
			for _, v := range chineseRoleVerbs {
				if wordsBegin(words[j:], v) {
					return j, v
				}
			}
		}
		if !IsFiller(w) && !IsUnitNoun(w) && !IsRequestModal(w) {
			asked = false
		}
	}
	return -1, ""
}

// wordsBegin reports whether words, written together, begin with s.
func wordsBegin(words []string, s string) bool {
	for _, w := range words {
		if len(w) >= len(s) {
			return strings.HasPrefix(w, s)
		}
		if !strings.HasPrefix(s, w) {
			return false
		}
		s = s[len(w):]
	}
	return s == ""
}
