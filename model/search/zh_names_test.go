package search

import (
	"strings"
	"testing"

	"github.com/dutymap/dutymap/model"
)

// A Chinese question about a compound of nouns (广告策划, advertising
// planning) is not answered by every duty of a department whose name
// holds one of its words inside its own (策划 of 策划部): the department
// answers with the duties that say the words, and the duties about
// advertising come first (verify25 W1).
func TestCompoundPartInNameNamesNoOwner(t *testing.T) {
	ix := builtin(t)
	res := find(t, ix, "谁负责广告策划", model.Zh, 400)
	for _, r := range res.List {
		text := r.Node.Title[model.Zh]
		if r.Node.Kind != model.KindDuty || !strings.HasPrefix(r.Node.Path, "planning/") || r.Match.String() != "words" {
			continue
		}
		if !strings.Contains(text, "广告") && !strings.Contains(text, "策划") {
			t.Errorf("谁负责广告策划: %s %q matched by words it does not say (the department's name 策划部)", r.Node.Path, text)
		}
	}
	owners := res.Owners(3)
	if len(owners) == 0 || owners[0].Department.ID != "marketing" || owners[0].Position != nil {
		t.Errorf("谁负责广告策划: owners %s, want the marketing department first", ownerList(owners, model.Zh))
	}

	// A name that holds the query's word whole still names its unit:
	// 销售部 of 谁负责销售部的展位销售 (the word is the name).
	mk := doc(model.KindDepartment, "planning", "Planning", "策划部",
		sec("duties", "Duties", "职责",
			duty("Plan large events.", "策划大型活动。"),
			duty("Check advertising spending.", "审核广告费用。"),
			duty("Choose advertising agencies.", "选择广告公司。"),
			duty("Place advertising.", "投放广告。"),
			duty("Keep the rules.", "制定规章制度。")))
	small := New(model.NewOrg([]*model.Node{mk}, nil))
	if got := matchOf(find(t, small, "谁负责广告策划", model.Zh, 20), "planning/duties/5"); got != "absent" {
		t.Errorf("谁负责广告策划 (one department): planning/duties/5 制定规章制度 matched %s, want absent (it says neither word)", got)
	}
	if got := matchOf(find(t, small, "谁负责策划部", model.Zh, 20), "planning/duties/5"); got != "words" {
		t.Errorf("谁负责策划部: planning/duties/5 matched %s, want words (the whole name names the department)", got)
	}
}
