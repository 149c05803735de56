package compare_test

import (
	"strings"
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
		if got := (compare.Written{true, true}).LanguageNote(tc.d, tc.name, tc.l); got != tc.want {
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

// TestPairLangByWrittenLanguage: a pair is compared in a language both
// duties are written in by the test the note above the comparison counts
// with (model.Text.InOtherLanguage), not merely one both have text in.
// Chinese left in the English file is not English: the pair says it was
// compared in Chinese and shows the English duty's Chinese words; English
// left in the Chinese file likewise. Neither duty shows the same words
// twice.
func TestPairLangByWrittenLanguage(t *testing.T) {
	both := dept("both", "Both", "两者", nil, section("s", "S", "Set product prices.|确定产品价格。"))
	// Translated into neither language: the English file holds the Chinese text.
	zhInEn := dept("zhinen", "Copied", "抄写部", nil, section("s", "S", "确定产品的价格。|确定产品的价格。"))
	// The Chinese file holds the English text.
	enInZh := dept("eninzh", "Pasted", "粘贴部", nil, section("s", "S", "Set the product prices.|Set the product prices."))
	org := model.NewOrg([]*model.Node{both, zhInEn, enInZh}, nil)

	for _, tc := range []struct {
		b       *model.Node
		l, want model.Lang
		line    string // the pair's second line in the Markdown comparison
		first   string // and its first
	}{
		{zhInEn, model.En, model.Zh, "- ≈ 确定产品的价格。 — *S* (", "1. Set product prices. (确定产品价格。) — *S*"},
		{enInZh, model.Zh, model.En, "- ≈ Set the product prices. — *S*（", "1. 确定产品价格。（Set product prices.） — *S*"},
	} {
		r := compare.Departments(org, nil, both, tc.b)
		if len(r.Shared) != 1 {
			t.Fatalf("%s: %d shared pairs, want 1", tc.b.ID, len(r.Shared))
		}
		p := r.Shared[0]
		if pl := compare.PairLang(p, tc.l); pl != tc.want {
			t.Errorf("%s: PairLang(%s) = %s, want %s", tc.b.ID, tc.l.Code(), pl.Code(), tc.want.Code())
		}
		md := compare.Markdown(r, tc.l)
		comparedIn := compare.ComparedIn(p, tc.l)
		if comparedIn == "" || !strings.Contains(md, tc.first) || !strings.Contains(md, tc.line) || !strings.Contains(md, comparedIn+")") && !strings.Contains(md, comparedIn+"）") {
			t.Errorf("%s in %s: want %q, %q and %q in the comparison:\n%s", tc.b.ID, tc.l.Code(), tc.first, tc.line, comparedIn, md)
		}
	}
}

// TestLanguageNoteAgreesWithCheck (tryout20): a comparison says a text is
// shown in the other language exactly when it falls back there, as check
// and validate see it. In an organisation written in one language, a duty
// of its English file written in Chinese is its text: check and validate
// say nothing, and neither does the comparison. Read in a language it has
// no text in (--lang), it says once that the organisation is written in
// the other, not that each department lacks a translation.
func TestLanguageNoteAgreesWithCheck(t *testing.T) {
	enOnly := func(s *model.Node) *model.Node { s.Title = model.Text{model.En: s.Title[model.En]}; return s }
	a := dept("a", "Dept A", "", nil, enOnly(section("s", "Work", "Approve the yearly budget.|", "管理办公用品。|")))
	b := dept("b", "Dept B", "", nil, enOnly(section("s", "Work", "Hire new staff.|")))
	org := model.NewOrg([]*model.Node{a, b}, nil)
	w := compare.WrittenOf(org)
	if w != (compare.Written{model.En: true}) {
		t.Fatalf("WrittenOf = %v, want English only", w)
	}
	if note := w.LanguageNote(a, "Dept A", model.En); note != "" {
		t.Errorf("English-only organisation, a Chinese duty in its English file: the note %q, want none", note)
	}
	if missing, total := w.Untranslated(a, model.En); missing != 0 || total != 2 {
		t.Errorf("Untranslated = %d of %d, want 0 of 2", missing, total)
	}
	if note := w.LanguageNote(a, "Dept A", model.Zh); note != "" {
		t.Errorf("read in Chinese, which it has none of: a department's note %q, want the organisation's alone", note)
	}
	if got, want := w.OrgNote(model.Zh), "本组织只有英文文本：内容以英文显示。"; got != want {
		t.Errorf("OrgNote(zh) = %q, want %q", got, want)
	}
	if got := w.OrgNote(model.En); got != "" {
		t.Errorf("OrgNote(en) = %q, want none: the organisation is written in English", got)
	}
	// Written in both languages, the same Chinese duty in the English
	// file is one check reports (lang-parity): the note says it.
	both := compare.Written{true, true}
	if got, want := both.LanguageNote(a, "Dept A", model.En), "Dept A has 1 of its 2 duties not written in English: they are shown in Chinese, and paired by their Chinese wording."; got != want {
		t.Errorf("bilingual: the note %q, want %q", got, want)
	}
}
