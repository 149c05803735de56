package search

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/dutymap/dutymap/model"
)

// A unit noun after a word asking which ("which team", "what group",
// 哪个小组, 哪个科室) is the question's, as "department" is: the question
// finds what its other words find, in both languages, and never the
// duties that happen to say "team" or 小组.
func TestUnitNounsAskWho(t *testing.T) {
	ix := builtin(t)
	for question, words := range map[string]string{
		"what team handles advertising?":       "advertising",
		"which team handles ads":               "ads",
		"which unit handles complaints":        "complaints",
		"what group handles complaints":        "complaints",
		"which office handles complaints?":     "complaints",
		"Which division does market research?": "market research",
		"which of the teams handles ads?":      "ads",
		"what people handle complaints":        "complaints",
		"哪个小组负责广告":                             "广告",
		"哪个科室负责广告":                             "广告",
		"什么小组负责广告？":                            "广告",
		"哪一个团队负责售后服务":                          "售后服务",
		"哪位同事负责广告":                             "广告",
		"广告归哪个组管":                              "广告",
	} {
		for _, lang := range model.Langs {
			q, w := find(t, ix, question, lang, 30), find(t, ix, words, lang, 30)
			if len(w.List) == 0 {
				t.Errorf("%q finds nothing", words)
				continue
			}
			if !reflect.DeepEqual(paths(q.List), paths(w.List)) || len(q.Missing) != 0 {
				t.Errorf("%q (%v) finds %v (missing %q),\n%q finds %v", question, lang, paths(q.List)[:min(3, len(q.List))], q.Missing, words, paths(w.List)[:3])
			}
		}
	}
	// Elsewhere a unit noun is a word like any other: the duties about
	// the sales team answer "sales team" and "who builds the team?", and
	// the texts about 团队 answer 团队.
	for _, q := range []string{"sales team", "who builds the team?"} {
		if res := find(t, ix, q, model.En, 5); len(res.List) == 0 || res.List[0].Node.Path != "sales/selling/6" {
			t.Errorf("%q: %v, want sales/selling/6 (Build up the sales team) first", q, paths(res.List))
		}
	}
	if res := find(t, ix, "团队", model.Zh, 5); len(res.List) == 0 || !strings.Contains(res.List[0].Node.Title.In(model.Zh), "团队") {
		t.Errorf("团队: %v, want a text about 团队 first", paths(res.List))
	}
}

// "What team" asks who as "which team" does: its verb is the question's
// verb, which alone answers nothing ("what team sets KPIs?" as "who sets
// KPIs?": no duty mentions KPIs).
func TestWhatUnitAsksForTheSubject(t *testing.T) {
	ix := builtin(t)
	for _, c := range []struct {
		query, object string
		lang          model.Lang
	}{{"what team sets KPIs?", "KPIs", model.En}, {"what group manages the warehouse?", "warehouse", model.En}, {"what team draws up contracts?", "contracts", model.En}, {"什么小组制定KPI", "KPI", model.Zh}} {
		res := find(t, ix, c.query, c.lang, 10)
		terms, _ := res.NotMentioned()
		if !res.NoMention || res.Matches != 0 || len(res.Owners(5)) != 0 || !slices.Equal(terms, []string{c.object}) {
			t.Errorf("%q: no mention %v, %d matches, %d owners, not mentioned %q; want no mention of %q and no owner",
				c.query, res.NoMention, res.Matches, len(res.Owners(5)), terms, c.object)
		}
	}
}

// A role question asking which team holds a role holds it for the work
// its other words name: "what team is responsible for advertising" is
// "who is responsible for advertising", never the units whose duties say
// "team".
func TestRoleQuestionOfAUnitNoun(t *testing.T) {
	ix := builtin(t)
	for _, c := range []struct{ query, plain string }{
		{"what team is responsible for advertising", "who is responsible for advertising?"},
		{"which group is accountable for pricing?", "who is accountable for pricing?"},
		{"哪个小组批准价格", "谁批准价格"},
	} {
		holders := func(q string) []string {
			rq, ok := AsksRole(q)
			if !ok {
				t.Fatalf("%q is not read as a role question", q)
			}
			var out []string
			for _, h := range find(t, ix, rq.Work, model.En, 50).Holders(rq.Role, 3) {
				out = append(out, h.Unit.Path)
			}
			return out
		}
		if got, want := holders(c.query), holders(c.plain); !slices.Equal(got, want) || len(got) == 0 {
			t.Errorf("%q: holders %v; %q: %v", c.query, got, c.plain, want)
		}
	}
}

// Stop words and question words beside exact terms are left out, as
// beside plain words: "'set the" finds what "'set" finds.
func TestStopWordsBesideExactTerms(t *testing.T) {
	ix := builtin(t)
	for query, exact := range map[string]string{
		"'set the": "'set", "the 'prices": "'prices", "who 'set": "'set", "'set the d:marketing": "'set d:marketing",
		"谁 '定价": "'定价", "'定价 的": "'定价",
	} {
		for _, lang := range model.Langs {
			q, e := find(t, ix, query, lang, 10), find(t, ix, exact, lang, 10)
			if len(e.List) == 0 || !reflect.DeepEqual(paths(q.List), paths(e.List)) || q.Matches != e.Matches {
				t.Errorf("%q (%v) finds %v (%d matches); %q finds %v (%d)", query, lang, paths(q.List), q.Matches, exact, paths(e.List), e.Matches)
			}
		}
	}
}

// A note names only what no text holds: a Chinese character the
// segmenter cut out of the query (发 of 谁发工资) is mentioned by the duty
// holding it in a word (发放), which `search 发` finds, and the results
// its other words find carry no "no duty mentions “发”". A question's
// verb of one character takes its object (谁开发票: 开 发票).
func TestChineseCharactersInsideWordsAreMentioned(t *testing.T) {
	ix := tiny([2]string{"Pay salaries every month.", "每月发放工资。"}, [2]string{"Pay suppliers' invoices.", "支付供应商发票。"},
		[2]string{"Develop products.", "开发产品。"})
	for query, want := range map[string]string{
		"谁发工资": "每月发放工资。", "谁发 工资": "每月发放工资。", "工资谁发": "每月发放工资。",
		"谁开发票": "支付供应商发票。", "谁负责开发票？": "支付供应商发票。",
	} {
		res := find(t, ix, query, model.Zh, 10)
		if len(res.Missing) != 0 || res.NoMention || len(res.List) == 0 || res.List[0].Node.Title[model.Zh] != want {
			var first string
			if len(res.List) > 0 {
				first = res.List[0].Node.Title[model.Zh]
			}
			t.Errorf("%q: missing %q, no mention %v, first %q; want %q and no note", query, res.Missing, res.NoMention, first, want)
		}
	}
	// A character no text holds is named, and so is one whose question
	// nothing answers.
	if res := find(t, ix, "工资 谁 嗨", model.Zh, 10); !slices.Equal(res.Missing, []string{"嗨"}) {
		t.Errorf("工资 谁 嗨: missing %q, want 嗨", res.Missing)
	}
}

// A word one slip off another that is not two letters swapped is only
// suggested: nothing matches, the suggestion is not searched. But the
// closest results start with the texts holding the suggested word with
// the query's other words, marked Suggested.
func TestClosestHoldTheSuggestedWordFirst(t *testing.T) {
	ix := builtin(t)
	for query, first := range map[string]string{
		"who draws up the budjet": "finance/responsibilities/2",          // Draw up budgets and final accounts.
		"who sets the prise":      "marketing/life-cycle/introduction/4", // Set the product's price.
	} {
		res := find(t, ix, query, model.En, 10)
		if !res.NoMention || res.Matches != 0 || len(res.Corrected) != 1 || res.Corrected[0].Searched {
			t.Errorf("%q: no mention %v, %d matches, corrected %+v; want only a suggestion", query, res.NoMention, res.Matches, res.Corrected)
		}
		if len(res.List) == 0 || res.List[0].Node.Path != first || res.List[0].Match != Suggested {
			t.Errorf("%q: closest %v, want %s first, marked suggested", query, paths(res.List), first)
		}
		seen := map[string]bool{}
		for _, r := range res.List {
			if seen[r.Node.Path] {
				t.Errorf("%q: %s listed twice", query, r.Node.Path)
			}
			seen[r.Node.Path] = true
		}
	}
}

// A question of a verb alone ("who informs?", "who fixes?") asks for the
// duties that do it: they say the verb in its own forms, not a noun or an
// adjective Porter2 stems with it (information, a fixed route). With no
// such duty, nothing answers, no owner is named and the note names the
// verb. And when a question's object is mentioned but its verb only
// through such a word (manages: "the department manager"), the duties
// that say its object come first, not the manager's.
func TestQuestionVerbAloneSaidInItsOwnForms(t *testing.T) {
	ix := builtin(t)
	for _, c := range []struct{ query, verb string }{{"who informs", "informs"}, {"who fixes?", "fixes"}} {
		res := find(t, ix, c.query, model.En, 10)
		terms, _ := res.NotMentioned()
		if !res.NoMention || res.Matches != 0 || len(res.Owners(5)) != 0 || !slices.Equal(terms, []string{c.verb}) {
			t.Errorf("%q: no mention %v, %d matches, owners %v, not mentioned %q; want no mention of %q and no owner",
				c.query, res.NoMention, res.Matches, ownerNames(res.Owners(5)), terms, c.verb)
		}
	}
	if res := find(t, ix, "who manages the warehouse?", model.En, 10); len(res.List) == 0 || strings.Contains(res.List[0].Node.Title[model.En], "manager") {
		t.Errorf("who manages the warehouse?: closest %v, want a duty that manages first, not one the manager assigns", paths(res.List))
	}

	org := model.NewOrg([]*model.Node{
		doc(model.KindDepartment, "service", "Service desk", "服务台",
			sec("duties", "Responsibilities", "职责",
				duty("Take on other work that the department manager assigns.", "承担部门经理交办的其他工作。"),
				duty("Share market information with customers.", "与客户分享市场信息。"),
				duty("Plan a fixed route for calling on shops.", "规划拜访门店的固定路线。"),
				duty("Keep the warehouse stock counted.", "清点仓库库存。"),
			),
		),
		doc(model.KindDepartment, "stores", "Stores", "门店",
			sec("duties", "Responsibilities", "职责",
				duty("Inform customers of delivery dates.", "告知客户交货日期。"),
				duty("Fix broken shelves.", "修理损坏的货架。"),
			),
		),
	}, nil)
	own := New(org)
	for query, want := range map[string]string{"who informs": "stores/duties/1", "who fixes?": "stores/duties/2", "which team informs?": "stores/duties/1"} {
		res := find(t, own, query, model.En, 10)
		words := slices.DeleteFunc(slices.Clone(res.List), func(r Result) bool { return r.Match != Words })
		if got := paths(words); res.NoMention || !slices.Equal(got, []string{want}) || len(res.Owners(5)) != 1 {
			t.Errorf("%q: no mention %v, %v, owners %v; want %s alone", query, res.NoMention, got, ownerNames(res.Owners(5)), want)
		}
	}
	// No duty says the verb, and one says the object: that duty answers,
	// and the note names the verb (TestUnsaidVerbLetsTheObjectAnswer).
	res := find(t, own, "who manages the warehouse?", model.En, 10)
	if terms, _ := res.NotMentioned(); !slices.Equal(terms, []string{"manages"}) || len(res.List) == 0 || res.List[0].Node.Path != "service/duties/4" {
		t.Errorf("who manages the warehouse?: no mention %v of %q, results %v; want the warehouse duty first", res.NoMention, terms, paths(res.List))
	}
}
