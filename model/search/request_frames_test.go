package search

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/dutymap/dutymap/model"
)

// The frames a person puts round the question they mean, by wording
// family, in both languages (tryout27 X9, X12, P10): each framed question
// asks what its plain twin asks, the same words searched, all of them
// mentioned, and the same owner first, in full. The frame's words are
// never named as missing.
func TestRequestFramesAskThePlainQuestion(t *testing.T) {
	ix := builtin(t)
	families := []struct {
		name   string
		lang   model.Lang
		framed []string // each with %s for the work
		plain  string
		works  []string
	}{
		{
			// X9: the asker's next step, read as "who do I ask about" is.
			name: "asker's verb", lang: model.En, plain: "who do I ask about %s",
			framed: []string{"who do I go to about %s", "who do I go to for %s", "where do I go for %s", "where should I go about %s",
				"who can I turn to about %s", "who should I see about %s", "who do I contact about %s", "who should I speak to about %s",
				"who do I talk to about %s", "who should I call about %s", "who do we go to with %s", "who do I need to see about %s",
				"who is the right person to ask about %s", "who's the best person to contact about %s", "who am I supposed to contact about %s",
				"who do I reach out to about %s", "who do I get in touch with about %s", "whom should I contact regarding %s",
				"who should I go and see about %s", "who to ask about %s", "which department do I go to for %s", "which team should I contact about %s"},
			works: []string{"complaints", "training", "pricing", "advertising", "expenses", "attendance"},
		},
		{
			// X12: a polite opening before the question.
			name: "opening", lang: model.En, plain: "who %s",
			framed: []string{"I'd like to know who %s", "I would like to know who %s", "I want to know who %s", "I was wondering who %s",
				"I wonder who %s", "do you know who %s", "do you happen to know who %s", "can you tell me who %s", "any idea who %s",
				"sorry to bother you, who %s", "hi, quick question: who %s", "excuse me, who %s", "may I ask who %s",
				"I'm trying to find out who %s", "just wondering who %s", "does anyone know who %s", "please let me know who %s"},
			works: []string{"sets prices", "handles complaints", "organises staff training", "manages expenses"},
		},
		{
			// P10: "owns" is the frame's verb of doing, as "handles" is.
			name: "owns", lang: model.En, plain: "who handles %s", framed: []string{"who owns %s"},
			works: []string{"pricing", "complaints", "training", "the brand", "advertising"},
		},
		{
			// X9 in Chinese: 问谁, 找谁, 去哪个部门 after the work.
			name: "asker's verb zh", lang: model.Zh, plain: "%s找谁",
			framed: []string{"%s问谁", "%s该问谁", "%s要问谁", "%s该找谁", "%s去找谁", "%s应该找哪个部门", "%s去哪个部门", "%s该问哪个部门",
				"%s可以找谁", "%s能找谁", "%s找谁问", "%s请教谁", "%s的事去问谁"},
			works: []string{"培训", "定价", "考勤", "投诉", "报销", "广告"},
		},
		{
			// X12 in Chinese: a polite opening, before 谁 or before the work.
			name: "opening zh", lang: model.Zh, plain: "谁负责%s",
			framed: []string{"我想知道谁负责%s", "想知道谁负责%s", "麻烦问下谁负责%s", "麻烦问一下谁负责%s", "请教一下谁负责%s", "打听一下谁负责%s",
				"请问一下谁负责%s", "你知道谁负责%s吗", "我想了解一下谁负责%s", "不好意思，请问谁负责%s", "我想问问谁负责%s",
				"能告诉我谁负责%s吗", "有人知道谁负责%s吗", "打扰一下，谁负责%s", "您好，请问谁负责%s"},
			works: []string{"培训", "定价", "考勤", "投诉", "广告"},
		},
		{
			name: "opening zh, work first", lang: model.Zh, plain: "%s找谁",
			framed: []string{"我想知道%s找谁", "想知道%s找谁", "麻烦问下%s找谁", "请教一下%s找谁", "打听一下%s找谁"},
			works:  []string{"培训", "定价", "考勤", "投诉", "报销"},
		},
		{
			// X12: the asker's trouble between the work and 找谁.
			name: "trouble zh", lang: model.Zh, plain: "%s找谁",
			framed: []string{"%s有问题找谁", "%s出了问题找谁", "%s有疑问该找谁", "%s不对找谁", "%s出错了找谁", "%s搞错了找谁", "%s有问题该问哪个部门"},
			works:  []string{"考勤", "工资", "报销", "培训"},
		},
		{
			// P10: 搞 is a verb of doing, as 做 is.
			name: "搞", lang: model.Zh, plain: "谁来做%s", framed: []string{"谁来搞%s", "谁负责搞%s"},
			works: []string{"活动", "培训", "促销", "广告"},
		},
		{
			name: "搞, work first", lang: model.Zh, plain: "%s谁来做", framed: []string{"%s谁来搞", "%s由谁来搞"},
			works: []string{"员工培训", "促销活动", "广告"},
		},
	}
	frameWords := []string{"go", "turn", "see", "contact", "speak", "talk", "call", "need", "I'd", "like", "know", "wondering", "wonder",
		"happen", "idea", "sorry", "bother", "quick", "question", "owns", "right", "best", "supposed", "reach", "touch", "regarding",
		"问", "知道", "了解", "麻烦", "问下", "麻烦问下", "请教", "打听", "一下", "搞", "问问", "好", "可以", "能", "有", "问题", "疑问", "不对", "出错", "错"}
	for _, f := range families {
		for _, w := range f.works {
			plainQ := fmt.Sprintf(f.plain, w)
			plain := find(t, ix, plainQ, f.lang, 20)
			po := plain.Owners(1)
			if plain.NoMention || len(plain.Missing) > 0 || len(po) == 0 {
				t.Fatalf("%s: the plain question %q is unanswered (missing %q)", f.name, plainQ, plain.Missing)
			}
			for _, fr := range f.framed {
				q := fmt.Sprintf(fr, w)
				res := find(t, ix, q, f.lang, 20)
				fo := res.Owners(1)
				if res.NoMention || len(res.Missing) > 0 || !slices.Equal(res.Words, plain.Words) {
					t.Errorf("%s: %q: no mention %v, missing %q, words %q; want %q's words %q, all mentioned", f.name, q, res.NoMention, res.Missing, res.Words, plainQ, plain.Words)
					continue
				}
				// A question asking which department is answered by
				// departments (哪个部门), one asking who by any unit.
				if len(fo) == 0 || fo[0].Duties == 0 || fo[0].Department != po[0].Department || fo[0].Proof.Node != po[0].Proof.Node {
					t.Errorf("%s: %q: owners %v; want %q's first owner, in full: %v", f.name, q, ownersProved(fo), plainQ, ownersProved(po))
				}
				for _, word := range res.Words {
					if slices.ContainsFunc(frameWords, func(fw string) bool { return strings.EqualFold(fw, word) }) {
						t.Errorf("%s: %q searched for %q, a word of the frame", f.name, q, word)
					}
				}
			}
		}
	}
}

// A question that ends in the asker's frame after its work ("a dealer
// wants training, who should they contact"), and one asking how much,
// are answered with the work's words; the frame is never the reason a
// question goes unanswered (tryout27 X12).
func TestRequestFrameAfterTheWork(t *testing.T) {
	ix := builtin(t)
	for _, c := range []struct {
		query string
		lang  model.Lang
		owner string // the first owner's department
		gone  []string
	}{
		{"a dealer wants training, who should they contact", model.En, "marketing", []string{"contact", "should", "they"}},
		{"my payslip is wrong, who should I contact?", model.En, "hr", []string{"contact"}},
		{"who do I go to if I want training", model.En, "hr", []string{"go", "want"}},
		{"customers have complaints about repairs, who should they talk to", model.En, "marketing", []string{"talk", "to"}},
		{"who decides how much we spend on advertising", model.En, "marketing", []string{"much"}},
		{"who decides how many promotions we run", model.En, "marketing", []string{"many"}},
		{"我想知道今年广告预算是谁定的", model.Zh, "marketing", []string{"知道"}},
	} {
		res := find(t, ix, c.query, c.lang, 20)
		os := res.Owners(1)
		if res.NoMention || len(res.Missing) > 0 || len(os) == 0 || os[0].Department.ID != c.owner {
			t.Errorf("%q: no mention %v, missing %q, words %q, owners %v; want %s first", c.query, res.NoMention, res.Missing, res.Words, ownersProved(os), c.owner)
		}
		for _, w := range c.gone {
			if slices.Contains(res.Words, w) {
				t.Errorf("%q: searched for %q (words %q), a word of the frame", c.query, w, res.Words)
			}
		}
	}
}

// Where the same words are work, they stay searched: the asker's verbs
// with no asker as subject, or before their object ("who should call the
// dealers", "who do I see the reports with"), "much" after no "how", and
// the Chinese pieces of an opening where they begin the work (了解市场,
// 下单, 问价).
func TestRequestFrameWordsStayWorkElsewhere(t *testing.T) {
	ix := builtin(t)
	for _, c := range []struct {
		query, word string
		lang        model.Lang
	}{
		{"who should I email the report to", "email", model.En},
		{"who should call the dealers", "call", model.En},
		{"who do I see the reports with", "see", model.En},
		{"who goes to the exhibitions", "goes", model.En},
		{"who does much of the selling", "much", model.En},
		{"我想下单找谁", "下单", model.Zh},
		{"了解市场的是谁", "了解", model.Zh},
		{"问价找谁", "问", model.Zh},
		{"能力培训找谁", "能力", model.Zh},
		{"质量问题找谁", "问题", model.Zh},
	} {
		res := find(t, ix, c.query, c.lang, 20)
		if !slices.ContainsFunc(res.Words, func(w string) bool { return strings.Contains(w, c.word) }) {
			t.Errorf("%q: words %q; want %q searched", c.query, res.Words, c.word)
		}
	}
}
