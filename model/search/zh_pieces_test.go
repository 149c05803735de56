package search

import (
	"slices"
	"strings"
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

// In part, what the verb is done to decides the proof over a text holding
// the question's verb alone (tryout27 X3): 谁维护公司形象 is 市场部 by a duty
// building the brand's image (形象), not by 负责维护大客户; a text holding the
// verb with another word of the question still ranks as any other (谁维护
// 客户关系: 负责维护大客户).
func TestObjectProvesOverALightVerb(t *testing.T) {
	ix := builtin(t)
	owners := find(t, ix, "谁维护公司形象", model.Zh, 50).Owners(2)
	if len(owners) == 0 || owners[0].Department.ID != "marketing" || !strings.Contains(owners[0].Proof.Node.Title.In(model.Zh), "形象") {
		t.Errorf("谁维护公司形象: owners %s, want 市场部 proved by a duty holding 形象", ownerList(owners, model.Zh))
	}
	for _, o := range find(t, ix, "谁维护客户关系", model.Zh, 50).Owners(3) {
		if o.Department.ID == "marketing" && o.Position == nil && o.Proof.Node.Path != "marketing/overall/3" {
			t.Errorf("谁维护客户关系: 市场部 proved by %s %q, want marketing/overall/3 (负责维护大客户)", o.Proof.Node.Path, o.Proof.Node.Title.In(model.Zh))
		}
	}
}
