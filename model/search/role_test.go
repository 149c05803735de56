package search

import (
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
		{"Who signs off the budget", model.Accountable, "Who the budget", "Who signs off the budget", true},
		{"who is consulted on promotions", model.Consulted, "who is on promotions", "who is on promotions", true},
		{"which department is kept informed of sales", model.Informed, "which department is of sales", "which department is of sales", true},
		{"who is responsible for hiring", model.Responsible, "who is for hiring", "who is for hiring", true},
		{"who approves promotion funds", model.Accountable, "who promotion funds", "who approves promotion funds", true},
		{"谁批准价格", model.Accountable, "谁 价格", "谁批准价格", true},
		{"知会谁促销结果", model.Informed, "谁促销结果", "谁促销结果", true},
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
