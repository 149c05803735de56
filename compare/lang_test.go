package compare_test

import (
	"testing"

	"github.com/dutymap/dutymap/compare"
	"github.com/dutymap/dutymap/model"
)

// TestLanguageWords: what every output (Markdown, the explorer) says about
// a department not written, or not wholly written, in the reader's
// language, and about a pair set side by side in another language.
func TestLanguageWords(t *testing.T) {
	both := dept("both", "Both", "两者", nil, section("s", "S", "Set product prices.|确定产品价格。"))
	zhOnly := dept("zh", "", "中文部", nil, section("s", "S", "|执行产品价格。", "|拜访客户。"))
	part := dept("part", "Part", "部分", nil, section("s", "S", "Plan the year.|策划全年。", "Call on customers.|", "Sell.|"))
	model.NewOrg([]*model.Node{both, zhOnly, part}, nil)

	for _, tc := range []struct {
		d    *model.Node
		name string
		l    model.Lang
		want string
	}{
		{both, "Both", model.En, ""},
		{zhOnly, "中文部", model.Zh, ""},
		{zhOnly, "中文部", model.En, "中文部 is not written in English: its text is shown in Chinese, and its duties are paired by their Chinese wording."},
		{part, "Part", model.Zh, "“Part”的 3 项职责中有 2 项没有中文文本：这些以英文显示，并按英文措辞配对。"},
		{part, "Part", model.En, ""},
	} {
		if got := compare.LanguageNote(tc.d, tc.name, tc.l); got != tc.want {
			t.Errorf("LanguageNote(%s, %s) = %q, want %q", tc.d.ID, tc.l.Code(), got, tc.want)
		}
	}

	duty := func(d *model.Node) *model.Node { return model.Leaves(d)[0] }
	cross := model.Pair{A: duty(both), B: duty(zhOnly), Score: 0.6}
	if pl := compare.PairLang(cross, model.En); pl != model.Zh {
		t.Errorf("PairLang = %s, want zh", pl.Code())
	}
	for _, tc := range []struct {
		l          model.Lang
		comparedIn string
		a, b       string
	}{
		{model.En, ", compared in Chinese", "Set product prices. (确定产品价格。)", "执行产品价格。"},
		{model.Zh, "", "确定产品价格。", "执行产品价格。"},
	} {
		pl := compare.PairLang(cross, tc.l)
		if got := compare.ComparedIn(cross, tc.l); got != tc.comparedIn {
			t.Errorf("ComparedIn(%s) = %q, want %q", tc.l.Code(), got, tc.comparedIn)
		}
		if a, b := compare.PairText(cross.A, tc.l, pl), compare.PairText(cross.B, tc.l, pl); a != tc.a || b != tc.b {
			t.Errorf("PairText(%s) = %q, %q, want %q, %q", tc.l.Code(), a, b, tc.a, tc.b)
		}
	}
	same := model.Pair{A: duty(both), B: duty(part), Score: 0.6}
	if got := compare.ComparedIn(same, model.En) + compare.ComparedIn(same, model.Zh); got != "" {
		t.Errorf("a pair written in both languages is marked %q", got)
	}
}
