package search

import (
	"slices"
	"testing"

	"github.com/dutymap/dutymap/model"
)

// A run of Chinese the dictionary cuts into words, a verb or an adjective
// of one character beside a longer word, is those words (tryout27 X12):
// 客户说沙发坏了找谁 asks about a sofa (沙发) that broke (坏), which the
// customer says (说); no duty mentions 沙发, and the note names it, not a
// word “说沙发坏” nobody wrote. A word the dictionary lacks is still one
// word, however it was cut: 元宇宙 (a bound 元 before 宇宙), 斑马, 年会.
func TestChinesePredicateCharIsAWordOfItsOwn(t *testing.T) {
	ix := builtin(t)
	res := find(t, ix, "客户说沙发坏了找谁", model.Zh, 20)
	terms, _ := res.NotMentioned()
	if !slices.Contains(terms, "沙发") || slices.ContainsFunc(terms, func(w string) bool { return len([]rune(w)) > 2 }) {
		t.Errorf("客户说沙发坏了找谁: not mentioned %q, want 沙发 named as a word of its own", terms)
	}
	for q, word := range map[string]string{"元宇宙": "元宇宙", "斑马": "斑马", "谁组织年会": "年会"} {
		if terms, _ := find(t, ix, q, model.Zh, 20).NotMentioned(); !slices.Equal(terms, []string{word}) {
			t.Errorf("%s: not mentioned %q, want %q whole", q, terms, word)
		}
	}
}
