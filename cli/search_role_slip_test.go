package cli

import (
	"strings"
	"testing"
)

// A mistyped role verb ("who aproves the budget", one letter left out of
// approves) is read as the verb in its typed form, approves, not as
// approval, another word two edits away, and the question stays the role
// question: the accountable units answer, as for the verb spelt right,
// and the note says what was searched (tryout23 G15).
func TestSearchRoleVerbSlipKeepsTheQuestion(t *testing.T) {
	right := run(t, "search", "--owners", "--limit", "2", "who approves the budget").ok(t)
	r := run(t, "search", "--owners", "--limit", "2", "who aproves the budget").ok(t)
	if want := "dutymap search: no duty mentions “aproves”; the results are for “approves”\n"; r.err != want {
		t.Errorf("stderr:\n%s\nwant %q", r.err, want)
	}
	if !strings.HasPrefix(r.out, "Accountable: ") || r.out != right.out {
		t.Errorf("stdout:\n%s\nwant the answer to the question spelt right:\n%s", r.out, right.out)
	}
	// Two slips in one question: each by the same rule. The verb is
	// searched as before; a letter left out of a bare noun is suggested,
	// its duties first among the closest.
	r = run(t, "search", "--limit", "2", "who aproves the budgt").fails(t, 1)
	want := "dutymap search: no duty mentions “aproves”; the results are for “approves”\n" +
		"dutymap search: no duty mentions “budgt” (did you mean “budget”?); closest:\n" +
		"  finance/responsibilities/2  "
	if !strings.HasPrefix(r.err, want) {
		t.Errorf("stderr:\n%s\nwant it to start %q", r.err, want)
	}
}
