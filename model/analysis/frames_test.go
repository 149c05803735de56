package analysis

import (
	"slices"
	"testing"
)

// A Chinese request frame is a word of its own, as the question words
// are: 我要报销找谁 is 我要 | 报销 | 找谁, so that the query keeps 报销 alone
// (tryout24 H13); 找谁 asks who, as 谁 does.
func TestRequestFramesSegment(t *testing.T) {
	for run, want := range map[string][]string{
		"我要报销找谁":      {"我要", "报销", "找谁"},
		"我想问一下工资的事找谁": {"我想", "问一下", "工资", "的", "事", "找谁"},
		"找谁开发票":       {"找谁", "开", "发票"},
	} {
		if got := SegmentChinese(run); !slices.Equal(got, want) {
			t.Errorf("%s: %q, want %q", run, got, want)
		}
	}
	for _, w := range []string{"我要", "我想", "问一下", "找谁", "我", "shei", "fuze", "bumen", "nage", "zhaoshei"} {
		if !IsFiller(w) {
			t.Errorf("%s is no filler", w)
		}
	}
	if !AsksWho("找谁") || IsQuestionWord("help") || !IsFramingWord("help") {
		t.Error("找谁 asks who; help frames a request and asks nothing")
	}
}

// A noun in -ing of its own sense is no form of its verb (tryout24 H15):
// "standing" (a company's reputation) is no "stand" at an exhibition, in
// either number; other -ing forms stem as their verb.
func TestIngNounsKeepTheirSense(t *testing.T) {
	if Stem("standing") == Stem("stand") || Stem("standings") != Stem("standing") || Stem("evening") == Stem("even") {
		t.Errorf("standing %q, standings %q, stand %q, evening %q: want the nouns apart from the verbs", Stem("standing"), Stem("standings"), Stem("stand"), Stem("evening"))
	}
	for _, w := range []string{"setting", "pricing", "planning", "stands"} {
		if s := Stem(w); s == w {
			t.Errorf("%s stems as itself", w)
		}
	}
}

// A time phrase is a word of its own (daily, 明年) or a time unit after
// its determiners (every month, next year's, 每个 月, 下 个 月); a unit
// without one is no time phrase (the month's sales, 月饼).
func TestTimePhraseAt(t *testing.T) {
	for _, c := range []struct {
		words []string
		at, n int
	}{
		{[]string{"pays", "salaries", "every", "month"}, 2, 2},
		{[]string{"draws", "up", "next", "year's", "budget"}, 2, 2},
		{[]string{"the", "monthly", "report"}, 1, 1},
		{[]string{"负责", "下", "个", "月", "的", "促销"}, 1, 3},
		{[]string{"负责", "每个", "月", "发", "工资"}, 1, 2},
		{[]string{"负责", "明年", "的", "预算"}, 1, 1},
		{[]string{"plans", "the", "month's", "sales"}, 1, 0},
		{[]string{"plans", "the", "year"}, 2, 0},
		{[]string{"pays", "once", "a", "month"}, 1, 1},
		{[]string{"pays", "once", "a", "month"}, 2, 2},
		{[]string{"pays", "salaries", "at", "the", "end", "of", "the", "month"}, 4, 4},
		{[]string{"pays", "salaries", "at", "the", "end", "of", "each", "month"}, 4, 4},
		{[]string{"decides", "in", "the", "end"}, 1, 3},
		{[]string{"the", "end", "of", "the", "campaign"}, 1, 0},
		{[]string{"every", "customer"}, 0, 0},
		{[]string{"下", "单"}, 0, 0},
	} {
		if n := TimePhraseAt(c.words, c.at); n != c.n {
			t.Errorf("TimePhraseAt(%q, %d) = %d, want %d", c.words, c.at, n, c.n)
		}
	}
	for _, w := range []string{"mainly", "else", "ultimately", "主要", "最终", "到底", "具体"} {
		if !IsQuestionAdverb(w) {
			t.Errorf("%s is no question adverb", w)
		}
	}
	if IsQuestionAdverb("main") || !IsRequestModal("要") || IsRequestModal("问") {
		t.Error("main is an adjective; 要 a request's modal, 问 its verb")
	}
}
