package cli

import (
	"strings"
	"testing"
)

// "vs" is how "versus" is written short: "marketing vs sales" lists the
// topics comparing the two first, as "marketing versus sales" does, and
// no note says no duty mentions "vs" (tryout24 H4).
func TestSearchVsIsVersus(t *testing.T) {
	r := run(t, "search", "--limit", "3", "marketing vs sales").ok(t)
	first, _, _ := strings.Cut(r.out, "\n")
	if !strings.Contains(first, "versus") || strings.Contains(r.err, "no duty mentions") || !strings.Contains(r.err, "“vs” is matched through “versus”") {
		t.Errorf("marketing vs sales:\n%s%s\nwant a topic of marketing versus sales first, vs matched through versus", r.out, r.err)
	}
}

// A question about how two departments differ, whichever pair, in either
// language, points to their comparison with the command that shows it,
// names them, and says no duty fails to mention their names ("HR" is the
// Human resources department's alias) (tryout27 X6).
func TestSearchDifferencePointsToCompare(t *testing.T) {
	for _, tc := range []struct {
		args []string
		note string
	}{
		{[]string{"what's the difference between planning and marketing"},
			"dutymap search: Planning department and Marketing department side by side: dutymap compare planning marketing\n"},
		{[]string{"difference between HR and finance"},
			"dutymap search: Human resources department and Finance department side by side: dutymap compare hr finance\n"},
		{[]string{"--lang", "zh", "策划部和市场部有什么不同"},
			"dutymap search：策划部与市场部的区别，并排对比：dutymap compare planning marketing\n"},
	} {
		r := run(t, append([]string{"search", "--limit", "3"}, tc.args...)...).ok(t)
		if !strings.Contains(r.err, tc.note) || strings.Contains(r.err, "no duty mentions") || strings.Contains(r.err, "没有职责提到") {
			t.Errorf("%v: want the note %q and no word said unmentioned:\n%s", tc.args, tc.note, r.err)
		}
	}
	// Any other question has no such note.
	r := run(t, "search", "--limit", "3", "who handles sales").ok(t)
	if strings.Contains(r.err, "dutymap compare") {
		t.Errorf("who handles sales: a compare note:\n%s", r.err)
	}
}
