package ui

import (
	"strings"
	"testing"

	"github.com/dutymap/dutymap/model"
)

// TestSearchQuestionLastWordBeingTyped: in the search box a question's
// last word is read as the start of a longer one while it is typed: "who
// sets pric" answers with the pricing duties and their owners, with no
// "no duty mentions “pric”" (tryout13); the whole word typed answers the
// same way. (`dutymap search`, given a whole query, reads it whole.)
func TestSearchQuestionLastWordBeingTyped(t *testing.T) {
	for _, tc := range []struct {
		lang model.Lang
		q    string
	}{
		{model.En, "who sets pric"},
		{model.En, "who sets prices"},
		{model.Zh, "who sets pric"},
	} {
		d := newDriver(t, 120, 30, tc.lang).keys("/").typeText(tc.q)
		s, scr := d.search(), d.screen()
		if s.noMention || strings.Contains(scr, "“pric”") || !strings.Contains(scr, "Set the product's price.") ||
			!strings.Contains(scr, catalog[tc.lang].search.owners) || len(s.owners) == 0 || s.owners[0].dept.ID != "marketing" {
			t.Errorf("%s (%v): want the pricing duties, Marketing first among the owners, no note on “pric”:\n%s", tc.q, tc.lang, scr)
		}
	}
}
