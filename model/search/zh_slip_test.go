package search

import (
	"slices"
	"testing"

	"github.com/dutymap/dutymap/model"
)

// A question whose filler after 谁 is typed with a homophone of one of
// its characters (负则 for 负责, as a pinyin input method's wrong
// candidate gives it) asks what the filler asks, and says so: the
// answer is the one 谁负责预算 gets, and the results are for 负责.
func TestChineseFillerSlipAsksAsTheFiller(t *testing.T) {
	ix := builtin(t)
	for slip, meant := range map[string]string{"谁负则预算": "谁负责预算", "预算由谁负则": "预算由谁负责", "哪个部门负则预算": "哪个部门负责预算"} {
		got, want := ownersSeen(t, ix, slip, model.Zh, 3), ownersSeen(t, ix, meant, model.Zh, 3)
		if got != want {
			t.Errorf("%s: owners\n%swant those of %s\n%s", slip, got, meant, want)
		}
		res := find(t, ix, slip, model.Zh, 20)
		if !slices.Contains(res.Corrected, Correction{Typed: "负则", Word: "负责", Searched: true}) {
			t.Errorf("%s: corrected %v, want 负则 searched as 负责", slip, res.Corrected)
		}
	}
}

// The verb of a 把 question is a word of its own: the object before it
// ends there, and a note quotes them apart (“样品”, “寄”), never as one
// word the user did not type (“样品寄”).
func TestChineseDisposalVerbStandsApart(t *testing.T) {
	ix := builtin(t)
	res := find(t, ix, "谁把样品寄给客户", model.Zh, 20)
	if !slices.Equal(res.Missing, []string{"样品", "寄"}) {
		t.Errorf("谁把样品寄给客户: missing %q, want [样品 寄]", res.Missing)
	}
}
