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

// A noun the dictionary tags as a verb (展会, exhibition, beside 展览会
// and 博览会 in the synonym list) is what a Chinese question asks to have
// done: 谁负责办展会 is answered by the exhibition duties, and a duty
// holding only the verb 办 (想办法把每一场活动办得更成功) is in part, as in
// "who runs the exhibitions" (tryout25 T2).
func TestVerbTaggedNounIsTheObject(t *testing.T) {
	ix := builtin(t)
	for _, q := range []string{"谁负责办展会", "谁办展会"} {
		res := find(t, ix, q, model.Zh, 50)
		if got := matchOf(res, "planning/main-responsibility/4"); got != "partial" {
			t.Errorf("%s: planning/main-responsibility/4 (办 alone) matched %s, want partial", q, got)
		}
		if got := matchOf(res, "operations/on-site/build-and-teardown/1"); got != "words" {
			t.Errorf("%s: operations/on-site/build-and-teardown/1 (组织展会的布展和撤展) matched %s, want words", q, got)
		}
		owners := res.Owners(3)
		if len(owners) == 0 || owners[0].Department.ID != "operations" || owners[0].Duties == 0 {
			t.Errorf("%s: owners %s, want the operations department first, by its exhibition duties", q, ownerList(owners, model.Zh))
		}
	}
}
