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
