package search

import (
	"slices"
	"testing"

	"github.com/dutymap/dutymap/model"
)

// TestDifferenceNamesTheDepartments: a question about how two departments
// differ names them (Results.Compare), by name or alias, in either
// language, whichever pair it is, so that the comparison can answer it
// (tryout27 X6); their names are no words a duty must mention ("HR").
// A query that asks no difference, or names no two departments, has none.
func TestDifferenceNamesTheDepartments(t *testing.T) {
	ix := builtin(t)
	for _, tc := range []struct {
		q    string
		a, b string // ids; "" when the query names no pair
	}{
		{"what's the difference between planning and marketing", "planning", "marketing"},
		{"difference between HR and finance", "hr", "finance"},
		{"how is operations different from sales", "operations", "sales"},
		{"compare human resources and finance", "hr", "finance"},
		{"planning vs marketing", "planning", "marketing"},
		{"difference between marketing and sales", "marketing", "sales"},
		{"策划部和市场部有什么不同", "planning", "marketing"},
		{"人力资源部和财务部的区别", "hr", "finance"},
		{"市场部跟销售部有什么不一样", "marketing", "sales"},
		{"市场和销售的区别", "marketing", "sales"},
		// No difference asked, or not two departments named.
		{"who handles sales", "", ""},
		{"marketing and sales", "", ""},
		{"what is the difference between pricing and sales", "", ""},
		{"difference between marketing and sales and finance", "", ""},
		{"谁负责销售", "", ""},
	} {
		res := find(t, ix, tc.q, model.En, 5)
		var got []string
		for _, n := range res.Compare {
			got = append(got, n.Path)
		}
		want := []string{tc.a, tc.b}
		if tc.a == "" {
			want = nil
		}
		if !slices.Equal(got, want) {
			t.Errorf("%q: compare %v, want %v", tc.q, got, want)
		}
		if want != nil && len(res.Missing) > 0 {
			t.Errorf("%q: no duty mentions %v, but they name the departments or ask the difference", tc.q, res.Missing)
		}
	}
}

// One rule says whether a query asks a difference (Index.asksDifference),
// for the note, the list's order and the either/or question alike. The
// cases the two detectors it replaced disagreed on: "different" and 不同
// before what they describe ask nothing (differenceAsked said they did);
// "compare", "different from", 不同之处, 不一样 and 比较 at the end ask it
// (asksDifference said they did not).
func TestOneRuleAsksDifference(t *testing.T) {
	ix := builtin(t)
	for q, want := range map[string]bool{
		"how is operations different from sales": true,
		"how are marketing and sales different":  true,
		"compare marketing and sales":            true,
		"市场部和销售部的不同之处":                           true,
		"市场部和销售部不一样在哪":                           true,
		"市场部跟销售部比较":                              true,
		"两者有何不同":                                 true,
		"marketing vs sales":                     true,
		"who handles different products":         false,
		"不同的渠道谁负责":                               false,
		"谁比较懂定价":                                 false,
		"不同":                                     false,
		"who sets prices":                        false,
	} {
		if got := ix.asksDifference(makePlanIn(Parse(q), ix.says).words); got != want {
			t.Errorf("%s: asks a difference %v, want %v", q, got, want)
		}
	}
	// What the note says follows: a pair named in a difference the old
	// rule for the note missed, and none where it saw one wrongly.
	for q, want := range map[string][]string{
		"市场部和销售部的不同之处":                               {"marketing", "sales"},
		"市场部和销售部不一样在哪":                               {"marketing", "sales"},
		"市场部和销售部的不同渠道":                               nil,
		"marketing and sales use different channels": nil,
	} {
		var got []string
		for _, n := range find(t, ix, q, model.En, 5).Compare {
			got = append(got, n.Path)
		}
		if !slices.Equal(got, want) {
			t.Errorf("%s: compare %v, want %v", q, got, want)
		}
	}
}
