package cli

import (
	"strings"
	"testing"
)

// A word no duty says, in front of the noun a question's verb is done to,
// only says which one: "who draws up the annual budget" asks about the
// budget, which Finance draws up ("budget" is no verb there, though
// "Budget for the cost of …" begins a duty), and the note says no duty
// mentions “annual” (tryout25 T1: it answered nothing, exit 1).
func TestSearchWhoModifierIsNoHead(t *testing.T) {
	r := run(t, "search", "--owners", "--limit", "1", "who draws up the annual budget").ok(t)
	const want = "Finance department  (1 duty)\n    finance/responsibilities/2  Draw up budgets and final accounts.\n"
	if r.out != want || !strings.HasPrefix(r.err, "dutymap search: no duty mentions “annual”; the results match the other words") {
		t.Errorf("search --owners --limit 1 \"who draws up the annual budget\":\n%s%s\nwant\n%s", r.out, r.err, want)
	}
	for _, q := range []string{"who prepares the annual budget", "who makes the annual budget"} {
		r := run(t, "search", "--owners", "--limit", "3", q).ok(t)
		if !strings.Contains(r.out, "Finance department  (1 duty)\n    finance/responsibilities/2  Draw up budgets and final accounts.\n") {
			t.Errorf("search --owners --limit 3 %q:\n%s%s\nwant Finance among the first owners", q, r.out, r.err)
		}
	}
}

// Of two owners whose duties both do what a question asks, the one whose
// duty holds the whole of what it is done to comes first: "Train new
// sales staff" answers "who trains sales staff" before "Organise staff
// training", which trains staff of every kind (verify25 W8).
func TestSearchWhoWholeObjectFirst(t *testing.T) {
	r := run(t, "search", "--owners", "--limit", "3", "who trains sales staff").ok(t)
	const first = "Marketing department  (2 duties)\n    marketing/roles/supervision/4  Train new sales staff and supervise the sales staff of specialty stores and dealers.\n"
	if !strings.HasPrefix(r.out, first) || !strings.Contains(r.out, "Human resources department  (1 duty)") {
		t.Errorf("search --owners --limit 3 \"who trains sales staff\":\n%s%s\nwant first\n%sand Human resources after it", r.out, r.err, first)
	}
}
