package content

import (
	"strings"
	"testing"
)

// TestTwoAccountableUnitsIsANote: validate says a duty has one accountable
// unit, but the content loads (dutymap check reports it as a finding).
func TestTwoAccountableUnitsIsANote(t *testing.T) {
	org, ps := Check(layer(map[string]string{
		"en/a.md": fmA + "## S {#s}\n- Set prices.\n  Accountable: a, b\n",
		"en/b.md": "---\nid: b\nname: B\n---\n## S {#s}\n- Sell.\n",
	}))
	if org == nil {
		t.Fatalf("two accountable units must not stop the content loading:\n%s", ps)
	}
	if len(ps) != 1 || !ps[0].Note || !strings.Contains(ps[0].String(), "org/en/a.md:7: note: Accountable: names 2 units, but a duty has one accountable unit") {
		t.Errorf("want one note:\n%s", ps)
	}
}

// TestMisspeltDepartmentSuggestedAlike: a department's id misspelt is
// suggested, or not, by one rule, whether the front matter names it
// (from:, a department id) or a RACI line does (any unit): "a typo away"
// is one or two edits in a short name, one more for every 8 characters.
func TestMisspeltDepartmentSuggestedAlike(t *testing.T) {
	for _, c := range []struct {
		ref     string
		suggest bool
	}{
		{"regional-marketng", true},   // one edit
		{"rehional-narkefing", true},  // three in 18 characters
		{"rehional-narkefinf", false}, // four in 18
		{"Regional_Marketng", true},   // case and _ for - are no edits
	} {
		_, ps := Check(layer(map[string]string{
			"en/regional-marketing.md": "---\nid: regional-marketing\nname: Regional marketing\n---\n## Staff {#staff .position}\n- Plan campaigns.\n  Responsible: " + c.ref + "\n",
			"en/r.md":                  "---\nid: r\nkind: relation\nname: R\nfrom: " + c.ref + "\nto: regional-marketing\n---\n## P {#p}\n- The plan.\n",
		}))
		var fixes []string
		for _, p := range ps.Errors() {
			fixes = append(fixes, p.Fix)
			if got := strings.Contains(p.Fix, "did you mean regional-marketing"); got != c.suggest {
				t.Errorf("%q: suggested %v, want %v:\n%s", c.ref, got, c.suggest, p)
			}
		}
		if len(fixes) != 2 {
			t.Errorf("%q: want a problem for from: and one for Responsible:, got:\n%s", c.ref, ps)
		}
	}
}
