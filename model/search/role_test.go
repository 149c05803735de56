package search

import (
	"slices"
	"strings"
	"testing"

	"github.com/dutymap/dutymap/model"
)

func TestAsksRole(t *testing.T) {
	for _, tc := range []struct {
		q          string
		role       model.RACIRole
		work, list string
		ok         bool
	}{
		{"who is accountable for pricing?", model.Accountable, "who is for pricing?", "who is for pricing?", true},
		{"Who signs off the budget", model.Accountable, "Who handles the budget", "Who signs off the budget", true},
		{"who is consulted on promotions", model.Consulted, "who is on promotions", "who is on promotions", true},
		{"which department is kept informed of sales", model.Informed, "which department is of sales", "which department is of sales", true},
		{"who is responsible for hiring", model.Responsible, "who is for hiring", "who is for hiring", true},
		{"who approves promotion funds", model.Accountable, "who handles promotion funds", "who approves promotion funds", true},
		// A Chinese role question's work is asked as 谁负责 asks it (asDoing),
		// its object deciding; the duties are listed by the words as typed.
		{"谁批准价格", model.Accountable, "谁负责价格", "谁批准价格", true},
		{"知会谁促销结果", model.Informed, "谁负责促销结果", "谁促销结果", true},
		// The docs' glosses: consulted units are asked, informed ones told.
		{"who should be asked about store displays?", model.Consulted, "who should about store displays?", "who should about store displays?", true},
		{"who must be told about competitors?", model.Informed, "who must about competitors?", "who must about competitors?", true},
		// 要 (need to) frames the request, as "must" does: no word of the
		// work (tryout26 U7).
		{"竞争对手情况要通知谁", model.Informed, "谁负责竞争对手情况", "竞争对手情况", true},
		{"门店陈列要征求谁的意见", model.Consulted, "谁负责门店陈列", "门店陈列", true},
		{"促销需要通知谁", model.Informed, "谁负责促销", "促销", true},
		{"价格摘要告诉谁", model.Informed, "谁负责价格摘要", "价格摘要", true}, // 摘要 (a summary) is a word of its own
		// The idioms of the last word ask for the accountable role
		// (tryout26 U3).
		{"价格谁说了算", model.Accountable, "价格谁负责", "价格谁", true},
		{"谁对渠道设计负最终责任", model.Accountable, "谁负责渠道设计", "谁对渠道设计", true},
		{"谁最终负责定价", model.Accountable, "谁负责定价", "谁 定价", true},
		{"who has the final say on pricing", model.Accountable, "who has the on pricing", "who has the on pricing", true},
		{"who has the last word on prices?", model.Accountable, "who has the on prices?", "who has the on prices?", true},
		{"who is ultimately responsible for the budget", model.Accountable, "who is for the budget", "who is for the budget", true},
		{"who makes the final call on pricing", model.Accountable, "who on pricing", "who on pricing", true},
		{"who calls the shots on prices?", model.Accountable, "who on prices?", "who on prices?", true},
		{"定价谁做主", model.Accountable, "定价谁负责", "定价谁", true},
		{"价格由谁定夺", model.Accountable, "价格由谁负责", "价格由谁", true},
		{"谁对价格有最终决定权", model.Accountable, "谁负责价格有", "谁对价格有", true},
		// A first word one slip from a question word asks as it does
		// (tryout13 #2); the work keeps it as typed, for the search's note.
		{"waht team is responsible for pricing?", model.Responsible, "waht team is for pricing?", "waht team is for pricing?", true},
		{"whcih department is accountable for budgets", model.Accountable, "whcih department is for budgets", "whcih department is for budgets", true},
		{"wich team approves budgets", model.Accountable, "wich team handles budgets", "wich team approves budgets", true},
		// "What is X responsible for" asks what X does, no role's holder
		// (tryout26 U17); "what team" asks who.
		{"what is the marketing manager responsible for", 0, "", "", false},
		{"What are the merchandisers accountable for?", 0, "", "", false},
		{"what team is responsible for pricing?", model.Responsible, "what team is for pricing?", "what team is for pricing?", true},
		{"what kind of department approves budgets", model.Accountable, "what kind of department handles budgets", "what kind of department approves budgets", true},
		{"hot team is responsible for pricing", 0, "", "", false}, // how asks no unit
		{"wha team is responsible for pricing", 0, "", "", false}, // what, who, why: too near to tell
		{"谁通知参展商", 0, "", "", false},                              // who notifies: the work
		{"who asked for the budget", 0, "", "", false},
		{"set prices", 0, "", "", false},
		// A role verb or name without a question is work like any other:
		// the duties that say it.
		{"approve promotion funds", 0, "", "", false},
		{"Answer for the key accounts", 0, "", "", false},
		{"批准价格", 0, "", "", false},
		{"accountable", 0, "", "", false},             // no work to look for
		{"who is accountable", 0, "", "", false},      // nor here: "is" is not being typed
		{"who unaccountable costs", 0, "", "", false}, // a word containing a role word
	} {
		rq, ok := AsksRole(tc.q)
		if ok != tc.ok || (ok && (rq.Role != tc.role || rq.Work != tc.work || rq.List != tc.list)) {
			t.Errorf("AsksRole(%q) = %+v %v, want %v %q %q %v", tc.q, rq, ok, tc.role, tc.work, tc.list, tc.ok)
		}
	}
}

// In a role question the work carries the match and the role's verb only
// ranks: "who approves prices" lists the duties about prices, those that
// also say "approve" first, and no duty that approves something else
// (tryout2 B: the English question listed six duties approving expenses,
// events and plans, and marked the price duties partial).
func TestRoleVerbOnlyRanks(t *testing.T) {
	mkt := doc(model.KindDepartment, "marketing", "Marketing department", "市场部",
		sec("duties", "Responsibilities", "职责",
			duty("Approve the expense claims and approve every kind of expense.", "审批费用报销，批准各类费用。"),
			duty("Set the product prices.", "制定产品价格。"),
			duty("Approve the product prices.", "批准产品价格。"),
			duty("Approve the plans for media events.", "批准媒体活动方案。"),
			duty("Study the prices of the competing brands.", "研究竞争品牌的价格。"),
		),
	)
	ix := New(model.NewOrg([]*model.Node{mkt}, nil))
	for _, tc := range []struct {
		q     string
		lang  model.Lang
		price string
	}{
		{"who approves prices", model.En, "price"},
		{"who approves prices?", model.Zh, "price"}, // read in Chinese: the query's language answers
		{"谁批准价格", model.Zh, "价格"},
		{"谁批准价格", model.En, "价格"},
	} {
		res := find(t, ix, tc.q, tc.lang, 20)
		var words []string
		for _, r := range res.List {
			if r.Match == Words {
				words = append(words, r.Node.Title[r.Lang])
			}
		}
		if len(words) != 3 || res.Matches != 3 {
			t.Errorf("%q: %d matches %q, want the 3 duties about prices", tc.q, res.Matches, words)
			continue
		}
		if first := res.List[0]; first.Node.Path != "marketing/duties/3" || first.Match != Words {
			t.Errorf("%q: first %s (%v), want marketing/duties/3, the duty that approves prices", tc.q, first.Node.Path, first.Match)
		}
		for _, r := range res.List {
			if !strings.Contains(strings.ToLower(r.Node.Title[r.Lang]), tc.price) {
				t.Errorf("%q lists %s %q (%v), which is not about prices", tc.q, r.Node.Path, r.Node.Title[r.Lang], r.Match)
			}
		}
	}
	// Without a question, or without other words, the verb is the work.
	for _, q := range []string{"approve expense", "who approves"} {
		if res := find(t, ix, q, model.En, 20); len(res.List) == 0 || !strings.Contains(res.List[0].Node.Title[model.En], "Approve") {
			t.Errorf("%q: %v, want the duties that approve first", q, texts(res.List))
		}
	}
}

// A role's verb ranks a duty by how close it stands to the work, not
// wherever it is: "谁批准价格" puts the marketing department's "确定公司
// 产品的价格。" before the planning department's long duty that sets
// prices and, two clauses on, reviews (审核, a synonym of 批准) the
// promotion (tryout5, item 11). Among duties about prices: the one that
// approves them, then the short one, then the long one whose verb is
// about something else.
func TestRoleVerbRanksNearTheWork(t *testing.T) {
	d := doc(model.KindDepartment, "d", "Office", "办公室", sec("s", "Duties", "职责",
		duty("Develop and integrate the products, set prices and promotion plans, and follow and approve how the promotion goes.", "开发和整合产品，制定价格与促销方案，跟踪并批准产品的推广情况。"),
		duty("Decide the prices of the company's products.", "确定公司产品的价格。"),
		duty("Approve the product prices.", "批准产品价格。"),
	))
	ix := New(model.NewOrg([]*model.Node{d}, nil))
	for _, tc := range []struct {
		q    string
		lang model.Lang
	}{{"who approves prices", model.En}, {"谁批准价格", model.Zh}} {
		if got := paths(find(t, ix, tc.q, tc.lang, 5).List); !slices.Equal(got, []string{"d/s/3", "d/s/2", "d/s/1"}) {
			t.Errorf("%q: %v, want d/s/3, d/s/2, d/s/1", tc.q, got)
		}
	}
	if first := find(t, builtin(t), "谁批准价格", model.Zh, 5).List[0].Node.Path; first != "marketing/responsibilities/8" {
		t.Errorf("谁批准价格: first %s, want marketing/responsibilities/8 (确定公司产品的价格。)", first)
	}
}

// On the built-in organisation both languages list the price duties for
// "who approves prices", and never a duty that approves something else.
func TestRoleQuestionListsTheWorkBuiltin(t *testing.T) {
	ix := builtin(t)
	for _, tc := range []struct {
		q     string
		lang  model.Lang
		price []string
	}{
		{"who approves prices", model.En, []string{"pric"}},
		{"谁批准价格", model.Zh, []string{"价", "定价"}},
	} {
		res := find(t, ix, tc.q, tc.lang, 20)
		if res.Matches < 5 || len(res.List) == 0 || res.List[0].Match != Words {
			t.Fatalf("%q: %d matches, want the price duties", tc.q, res.Matches)
		}
		for _, r := range res.List {
			if r.Match != Words || r.Node.Kind != model.KindDuty {
				continue
			}
			title := strings.ToLower(r.Node.Title[r.Lang])
			if !slices.ContainsFunc(tc.price, func(p string) bool { return strings.Contains(title, p) }) {
				t.Errorf("%q matches %s %q, which is not about prices", tc.q, r.Node.Path, title)
			}
		}
	}
}
