package search

import (
	"strings"
	"testing"

	"github.com/dutymap/dutymap/model"
)

// A question whose role word is mistyped ("who aproves the budget") asks
// for the role as the word spelt right does: the question is read as a
// role question, the slip named as the slip searched.
func TestRoleWordSlipAsksTheRole(t *testing.T) {
	for _, c := range []struct {
		query      string
		role       model.RACIRole
		typed, fix string
	}{
		{"who aproves the budget", model.Accountable, "aproves", "approves"},
		{"Who Aproves the budget?", model.Accountable, "Aproves", "approves"},
		{"who is acountable for pricing", model.Accountable, "acountable", "accountable"},
		{"which department is resposible for hiring", model.Responsible, "resposible", "responsible"},
		{"who gets notifed about prices", model.Informed, "notifed", "notified"},
	} {
		rq, ok := AsksRole(c.query)
		if !ok || rq.Role != c.role || rq.Slip != (Correction{Typed: c.typed, Word: c.fix, Searched: true}) {
			t.Errorf("AsksRole(%q) = %+v, %v; want role %v, slip %s → %s", c.query, rq, ok, c.role, c.typed, c.fix)
		}
		if strings.Contains(strings.ToLower(rq.Work), c.fix) || strings.Contains(rq.Work, c.typed) {
			t.Errorf("AsksRole(%q): work %q still holds the role's word", c.query, rq.Work)
		}
	}
	// A form of the word itself is no slip of it: "who notifies
	// customers" asks who notifies, not who is notified; and a word a
	// slip from no role's word asks for none.
	for _, q := range []string{"who notifies customers", "who approved the budget?", "who improves the budget", "who aproves"} {
		if rq, ok := AsksRole(q); ok && rq.Slip.Typed != "" {
			t.Errorf("AsksRole(%q) = %+v, want no role read through a slip", q, rq)
		}
	}
}
