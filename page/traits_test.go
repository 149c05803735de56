package page

import (
	"strings"
	"testing"

	"github.com/dutymap/dutymap/content"
	"github.com/dutymap/dutymap/model"
)

// TestTraitsOnlyThoseGiven (tryout21 F10): a department's page lists the
// trait dimensions its content describes, not a "—" row for each of the
// others; a department describing none has no traits table. The general
// manager's office describes two of the eight, in both languages.
func TestTraitsOnlyThoseGiven(t *testing.T) {
	org, err := content.Load(content.Builtin())
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range model.Langs {
		got := Render(org, org.Node("general-office"), Options{Lang: l})
		table := got[strings.Index(got, "## "+words[l].traits):]
		head, rest, _ := strings.Cut(table, "|")
		body, _, _ := strings.Cut(rest, "\n\n")
		table = head + "|" + body
		rows := strings.Count(table, "\n| ") - 1 // less the header's
		if rows != 2 || strings.Contains(table, "—") {
			t.Errorf("%s: want the 2 dimensions given, no \"—\" rows:\n%s", l.Code(), table)
		}
		for _, d := range []model.Dimension{model.Level, model.Scope} {
			if !strings.Contains(table, "| "+d.Label(l)+" | "+org.Node("general-office").Traits()[d].In(l)) {
				t.Errorf("%s: the row of %s is missing:\n%s", l.Code(), d.Label(l), table)
			}
		}
		if got := Render(org, org.Node("finance"), Options{Lang: l}); strings.Contains(got, "## "+words[l].traits) {
			t.Errorf("%s: finance describes no traits, yet its page has a traits table:\n%s", l.Code(), got)
		}
	}
}
