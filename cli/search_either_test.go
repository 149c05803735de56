package cli

import (
	"strings"
	"testing"
)

// A question offering two departments as alternatives, in either
// language and any of its usual shapes, says which of them does the work
// and proves it with that unit's duty first; when neither does, it says
// so and who does (tryout27 X11).
func TestSearchEitherOrSaysWhichDoesIt(t *testing.T) {
	for _, tc := range []struct {
		query, note, first string
	}{
		{"市场部和销售部谁负责定价", "dutymap search: of Marketing department and Sales department, it is Marketing department\n",
			"市场部  (5 项职责)\n    marketing/life-cycle/introduction/4  为产品定价。\n"},
		{"定价是市场部还是销售部负责", "dutymap search: of Marketing department and Sales department, it is Marketing department\n",
			"市场部  (5 项职责)\n    marketing/life-cycle/introduction/4  为产品定价。\n"},
		{"定价归市场部还是销售部", "dutymap search: of Marketing department and Sales department, it is Marketing department\n",
			"市场部  (5 项职责)\n    marketing/life-cycle/introduction/4  为产品定价。\n"},
		{"促销是市场部的事还是销售部的事", "dutymap search: of Marketing department and Sales department, it is Marketing department › Promotion planning supervisor\n",
			"市场部 › 促销企划主管  (6 项职责)\n"},
		{"is training done by HR or marketing", "dutymap search: of Human resources department and Marketing department, it is Human resources department\n",
			"Human resources department  (1 duty)\n    hr/responsibilities/2  Organise staff training.\n"},
		{"is training HR's job or marketing's", "dutymap search: of Human resources department and Marketing department, it is Human resources department\n",
			"Human resources department  (1 duty)\n    hr/responsibilities/2  Organise staff training.\n"},
		{"does marketing or sales set prices", "dutymap search: of Marketing department and Sales department, it is Marketing department\n",
			"Marketing department  (3 duties)\n    marketing/life-cycle/introduction/4  Set the product's price.\n"},
		{"who sets prices, marketing or sales?", "dutymap search: of Marketing department and Sales department, it is Marketing department\n",
			"Marketing department  (3 duties)\n    marketing/life-cycle/introduction/4  Set the product's price.\n"},
		{"is pricing finance or HR", "dutymap search: neither Finance department nor Human resources department does it; it is Marketing department\n",
			"Marketing department  (2 duties)\n    marketing/life-cycle/introduction/4  Set the product's price.\n"},
	} {
		r := run(t, "search", "--owners", "--limit", "3", tc.query).ok(t)
		if !strings.Contains(r.err, tc.note) || strings.Contains(r.err, "no duty mentions") {
			t.Errorf("%s: want the note %q, no word said unmentioned:\n%s", tc.query, tc.note, r.err)
		}
		if !strings.HasPrefix(r.out, tc.first) {
			t.Errorf("%s: owners\n%s\nwant first\n%s", tc.query, r.out, tc.first)
		}
	}
	// In Chinese words, for a Chinese reader.
	r := run(t, "search", "--lang", "zh", "--owners", "--limit", "1", "定价是市场部还是销售部负责").ok(t)
	mustContain(t, r.err, "dutymap search：市场部和销售部之中，是市场部\n")
	r = run(t, "search", "--lang", "zh", "--owners", "--limit", "1", "定价是财务部还是人力资源部负责").ok(t)
	mustContain(t, r.err, "dutymap search：财务部和人力资源部都不负责；是市场部\n")
	// Two departments that are not offered as alternatives: no note.
	for _, q := range []string{"who reports sales figures to marketing", "市场部和销售部的区别", "who works with marketing and sales"} {
		if r := run(t, "search", "--owners", "--limit", "3", q); strings.Contains(r.err, "it is") || strings.Contains(r.err, "之中") {
			t.Errorf("%s: an either/or note:\n%s", q, r.err)
		}
	}
}

// "HR's duties" lists the Human resources department, as "HR duties" does.
func TestSearchPossessiveNamesTheUnit(t *testing.T) {
	r := run(t, "search", "--limit", "2", "HR's duties").ok(t)
	if !strings.HasPrefix(r.out, "hr  Human resources department\n") || r.err != "" {
		t.Errorf("HR's duties:\n%s%s\nwant the Human resources department first, no note", r.out, r.err)
	}
}
