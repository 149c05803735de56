package model

import "testing"

// TestWording: case, spacing and the punctuation a text starts or ends
// with aside, the same duty; words and inner punctuation still count.
func TestWording(t *testing.T) {
	for in, want := range map[string]string{
		"Approve the budget.":         "approve the budget",
		"  approve\tthe   budget ":    "approve the budget",
		"(Approve the budget) . .":    "approve the budget",
		"approve the budget":          "approve the budget",
		"Approve the budget, monthly": "approve the budget, monthly",
		"审批预算。":                       "审批预算",
		"ÉTABLIR le budget":           "établir le budget",
		"...":                         "",
	} {
		if got := Wording(in); got != want {
			t.Errorf("Wording(%q) = %q, want %q", in, got, want)
		}
	}
}
