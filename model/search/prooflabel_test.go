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
}
