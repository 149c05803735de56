package search

import (
	"slices"
	"strings"
	"testing"

	"github.com/dutymap/dutymap/model"
)

// A Chinese question whose verb and object make a compound no text holds
// (报税, 交税, 纳税) is answered by what its object, the compound's head,
// says (税: 税务), when the duties saying it are one department's; the
// answer says the compound is not mentioned and what matched in its
// place. A head found in every department's duties (人 of 招人: 人员)
// says nothing of who does the work, and the question stays unanswered.
func TestUnusedVerbIsAnsweredByItsObject(t *testing.T) {
	ix := builtin(t)
	for _, c := range []struct{ query, word string }{
		{"谁报税", "报税"},
		{"谁负责交税", "交税"},
		{"谁纳税", "纳税"},
	} {
		res := find(t, ix, c.query, model.Zh, 20)
		got := ownersSeen(t, ix, c.query, model.Zh, 3)
		if !strings.HasPrefix(got, "财务部 (1) finance/responsibilities/3 ") {
			t.Errorf("%s: owners\n%swant 财务部 first, proved by finance/responsibilities/3", c.query, got)
		}
		if !slices.Contains(res.Missing, c.word) {
			t.Errorf("%s: missing %q, want %q among them", c.query, res.Missing, c.word)
		}
		if want := []Through{{Typed: c.word, Via: []string{"税务"}}}; !slices.EqualFunc(res.Through, want, func(a, b Through) bool {
			return a.Typed == b.Typed && slices.Equal(a.Via, b.Via)
		}) {
			t.Errorf("%s: through %v, want %v", c.query, res.Through, want)
		}
	}
	for _, q := range []string{"谁招人", "谁负责电商"} {
		if res := find(t, ix, q, model.Zh, 20); !res.NoMention || len(res.Owners(3)) > 0 {
			t.Errorf("%s: answered (no mention %v), owners\n%s", q, res.NoMention, ownersSeen(t, ix, q, model.Zh, 3))
		}
	}
}
