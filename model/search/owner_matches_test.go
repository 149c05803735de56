package search

import (
	"strings"
	"testing"

	"github.com/dutymap/dutymap/model"
)

// A question asking who does something is answered by the units whose
// duties say it, ranked on those duties: the duties that mention only a
// lesser word of it say that a unit does something else, and do not add
// up to outrank the one whose duty says the work.
func TestWhoDoesItRanksOwnersOnTheirMatches(t *testing.T) {
	ix := builtin(t)
	for _, c := range []struct {
		query       string
		lang        model.Lang
		owner, duty string
	}{
		{"who draws up budgets", model.En, "Finance department", "finance/responsibilities/2"},
		{"谁编制预算", model.Zh, "财务部", "finance/responsibilities/2"},
	} {
		got := ownersSeen(t, ix, c.query, c.lang, 3)
		if first := strings.SplitN(got, "\n", 2)[0]; !strings.HasPrefix(first, c.owner+" (") || !strings.Contains(first, c.duty) {
			t.Errorf("%s: owners\n%s\nwant %s first, proved by %s", c.query, got, c.owner, c.duty)
		}
	}
}
