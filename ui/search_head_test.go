package ui

import (
	"strings"
	"testing"

	"github.com/dutymap/dutymap/model"
)

// In the explorer, a question's words before the last are mentioned whole,
// as the CLI reads them: "fixes" is not mentioned by "a fixed route", and
// the question is not answered (no "Who does it" block). Its last word may
// still be being typed, and the words it begins mention it ("car" of "who
// fixes the car" by "Carry out", TestSearchQuestionLastWordBeingTyped),
// unless something ends it ("printer?"), or it is Chinese, which an input
// method commits a word at a time: 开 of 发票谁开 is not the 开 of 开展.
func TestSearchQuestionWordsMentionedWhole(t *testing.T) {
	for _, tc := range []struct {
		lang    model.Lang
		q, note string
	}{
		{model.En, "who fixes the car", "No duty mentions “fixes”; closest:"},
		{model.En, "who fixes the printer?", "No duty mentions “fixes” or “printer”; closest:"},
		{model.Zh, "发票谁开", "没有职责提到“发票”、“开”；最接近的："},
	} {
		d := newDriver(t, 100, 24, tc.lang).keys("/").typeText(tc.q)
		s, scr := d.search(), d.screen()
		lines := strings.Split(scr, "\n")
		if !strings.Contains(lines[3], tc.note) || !s.noMention || len(s.owners) > 0 || strings.Contains(scr, catalog[tc.lang].search.owners) {
			t.Errorf("%s: want %q under the field and no owners (%d):\n%s", tc.q, tc.note, len(s.owners), scr)
		}
	}
}

// A slip of the question word is read as it: "wich team handles ads" is
// answered by the advertising duties' owners, never by the Sales
// department for "Build up the sales team". It asks for a team: the
// departments come first (G19), Marketing first; Sales sells advertising
// space, a duty about ads, not about a team.
func TestSearchMisspeltQuestionWord(t *testing.T) {
	d := newDriver(t, 100, 24, model.En).keys("/").typeText("wich team handles ads")
	s, scr := d.search(), d.screen()
	if len(s.owners) == 0 || s.owners[0].dept.ID != "marketing" || s.owners[0].node != s.owners[0].dept ||
		strings.Contains(strings.ToLower(scr), "sales team") || !strings.Contains(scr, "“which”") {
		t.Errorf("want Marketing first, no sales team, the note naming “which”:\n%s", scr)
	}
	for _, o := range s.owners {
		if o.dept.ID == "sales" && !strings.Contains(o.proof.node.Title.In(model.En), "advertising") {
			t.Errorf("Sales proved by %q, not an advertising duty", o.proof.node.Title.In(model.En))
		}
	}
}
