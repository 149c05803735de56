package search

import (
	"testing"

	"github.com/dutymap/dutymap/internal/synth"
	"github.com/dutymap/dutymap/model"
)

// englishText hands demoteDerived and demoteVerbSenses each word as
// written by the byte offsets of the title's runes, without converting
// the title to runes; every word must be the one the runes give, in plain
// titles, in titles with accents, curly quotes, a ligature and Chinese,
// and in one that is not UTF-8 (each bad byte read as a rune of its own).
func TestEnglishTextWrittenAsByRunes(t *testing.T) {
	odd := doc(model.KindDepartment, "odd", "Odd department", "奇部",
		sec("duties", "Responsibilities", "职责",
			duty("Set the café’s product prices.", "制定产品价格。"),
			duty("Run onboarding for new hires — the “interns”.", "新员工入职。"),
			duty("Inform customers of the ﬁxed prices: 预算 first.", "通知客户。"),
			duty("Review \xffbad\xfe bytes then set prices.", "审批。"),
		),
	)
	checked, nonASCII := 0, 0
	for _, org := range []*model.Org{synth.Generate(300, 4), model.NewOrg([]*model.Node{odd}, nil)} {
		ix := New(org)
		x := englishText{ix: ix}
		for n := range int32(len(ix.nodes)) {
			x.read(n)
			title := []rune(ix.titleOf(n, model.En))
			x.says(nil, true, func(seqToken) bool { return true }, func(tk seqToken, written string) bool {
				checked++
				if want := string(title[tk.start:tk.end]); written != want {
					t.Fatalf("node %d %q: token %+v written %q, by runes %q", n, string(title), tk, written, want)
				}
				if len(string(title)) != len(title) {
					nonASCII++
				}
				return false
			})
		}
	}
	if checked < 1000 || nonASCII == 0 {
		t.Fatalf("checked %d words, %d of titles not ASCII", checked, nonASCII)
	}
}
