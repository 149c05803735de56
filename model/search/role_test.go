package search

import (
	"testing"

	"github.com/dutymap/dutymap/model"
)

func TestAsksRole(t *testing.T) {
	for _, tc := range []struct {
		q    string
		role model.RACIRole
		rest string
		ok   bool
	}{
		{"who is accountable for pricing?", model.Accountable, "who is for pricing?", true},
		{"Who signs off the budget", model.Accountable, "Who the budget", true},
		{"who is consulted on promotions", model.Consulted, "who is on promotions", true},
		{"who is kept informed of sales", model.Informed, "who is of sales", true},
		{"who is responsible for hiring", model.Responsible, "who is for hiring", true},
		{"谁批准价格", model.Accountable, "谁 价格", true},
		{"知会谁促销结果", model.Informed, "谁促销结果", true},
		{"set prices", 0, "set prices", false},
		{"Answer for the key accounts", model.Accountable, "the key accounts", true},
		{"accountable", 0, "accountable", false},                 // no work to look for
		{"unaccountable costs", 0, "unaccountable costs", false}, // a word containing a role word
	} {
		role, rest, ok := AsksRole(tc.q)
		if ok != tc.ok || (ok && (role != tc.role || rest != tc.rest)) {
			t.Errorf("AsksRole(%q) = %v %q %v, want %v %q %v", tc.q, role, rest, ok, tc.role, tc.rest, tc.ok)
		}
	}
}
