package search

import (
	"testing"

	"github.com/dutymap/dutymap/model"
)

// The labels of owners proved by another unit's duty read as English
// does: "an" before a vowel sound, abbreviations said letter by letter.
func TestProofLabels(t *testing.T) {
	for unit, want := range map[string]string{
		"Sales department":          "named in a Sales department duty",
		"Accounts":                  "named in an Accounts duty",
		"Administration department": "named in an Administration department duty",
		"HR department":             "named in an HR department duty",
		"KPI office":                "named in a KPI office duty",
		"Union office":              "named in a Union office duty",
		"One-stop desk":             "named in a One-stop desk duty",
		"Hourly staff":              "named in an Hourly staff duty",
		"Ünited":                    "named in a Ünited duty",
		"销售部":                       "named in a 销售部 duty",
	} {
		if got := NamedInNote(unit, model.En); got != want {
			t.Errorf("%q: %q, want %q", unit, got, want)
		}
	}
	if got := NamedInNote("销售部", model.Zh); got != "销售部的职责点名由它做" {
		t.Errorf("zh named in: %q", got)
	}
	if en, zh := ResponsibleNote("Engineering", model.En), ResponsibleNote("工程部", model.Zh); en != "Responsible for a duty of Engineering" || zh != "负责工程部的职责" {
		t.Errorf("responsible: %q, %q", en, zh)
	}
	// A point of a topic's shared work: the roles the owner holds in it.
	for _, c := range []struct {
		r, a  bool
		l     model.Lang
		topic string
		want  string
	}{
		{true, false, model.En, "Year-end close", "Responsible for shared work in Year-end close"},
		{false, true, model.En, "Year-end close", "Accountable (A) for shared work in Year-end close"},
		{true, true, model.En, "Year-end close", "R and A for shared work in Year-end close"},
		{true, false, model.Zh, "年终结算", "负责年终结算中的共同工作"},
		{false, true, model.Zh, "年终结算", "批准（A）年终结算中的共同工作"},
		{true, true, model.Zh, "年终结算", "负责并批准（A）年终结算中的共同工作"},
	} {
		if got := SharedWorkNote(c.topic, c.r, c.a, c.l); got != c.want {
			t.Errorf("shared work R=%v A=%v %v: %q, want %q", c.r, c.a, c.l, got, c.want)
		}
	}
	for _, c := range []struct {
		n    int
		l    model.Lang
		want string
	}{{1, model.En, "Accountable (A) for 1 duty"}, {2, model.En, "Accountable (A) for 2 duties"}, {1, model.Zh, "批准（A）1 项职责"}} {
		if got := AccountableNote(c.n, c.l); got != c.want {
			t.Errorf("accountable %d %v: %q, want %q", c.n, c.l, got, c.want)
		}
	}
}

// A department answering a question that asks for one counts its
// positions' duties, naming the position holding most (G19).
func TestShareNote(t *testing.T) {
	for _, c := range []struct {
		duties, share int
		position      string
		l             model.Lang
		want          string
	}{
		{15, 10, "Market research supervisor", model.En, "15 duties, 10 of them the market research supervisor's"},
		{10, 10, "Market research supervisor", model.En, "10 duties, all the market research supervisor's"},
		{1, 1, "HR manager", model.En, "1 duty, the HR manager's"},
		{3, 0, "", model.En, "3 duties"},
		{1, 0, "", model.En, "1 duty"},
		{15, 10, "市场调研主管", model.Zh, "15 项职责，其中 10 项属市场调研主管"},
		{10, 10, "市场调研主管", model.Zh, "10 项职责，都属市场调研主管"},
		{3, 0, "", model.Zh, "3 项职责"},
	} {
		if got := ShareNote(c.duties, c.position, c.share, c.l); got != c.want {
			t.Errorf("ShareNote(%d, %q, %d): %q, want %q", c.duties, c.position, c.share, got, c.want)
		}
	}
}
