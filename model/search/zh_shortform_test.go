package search

import (
	"slices"
	"strings"
	"testing"

	"github.com/dutymap/dutymap/model"
)

// shortFormOrg writes each kind of full form a short form may need: a
// modifier and its head, whose head a duty says (社保: 社会保险, 员工保险);
// a verb and its object, whose object a duty says through a synonym
// (发薪: 发放薪水, 工资); and one whose object no text holds, its
// character standing for the words built on it (纳税: 缴纳税款, 税务).
// Another unit's duty says 申报 (declaring expenses), which 纳税申报 asks
// about only in part, and 社会 (social responsibility), which is no
// answer to 社招 (社会招聘), whose 招聘 no text holds.
func shortFormOrg() *Index {
	hr := doc(model.KindDepartment, "hr", "HR", "人事部",
		sec("duties", "Duties", "职责",
			duty("Handle staff insurance.", "办理员工保险。"),
			duty("Handle labour and wage matters.", "处理劳动工资事务。")))
	fin := doc(model.KindDepartment, "finance", "Finance", "财务部",
		sec("duties", "Duties", "职责", duty("Handle tax matters.", "办理税务事宜。")))
	mkt := doc(model.KindDepartment, "marketing", "Marketing", "市场部",
		sec("duties", "Duties", "职责",
			duty("Set how expenses are declared.", "规定各项费用如何申报。"),
			duty("Take on the company's social responsibility.", "承担公司的社会责任。")))
	return New(model.NewOrg([]*model.Node{hr, fin, mkt}, nil))
}

// A Chinese question about a short form no text holds (社保, 发薪, 纳税,
// typed whole or cut by the segmenter) asks what its full form asks: the
// unit whose duty says the full form's words answers, and the results
// say the short form is not mentioned and what matched in its place.
// With another word a duty holds (申报), the short form's link still
// counts: the duty saying 申报 alone matches only in part.
func TestChineseShortFormAsksItsFullForm(t *testing.T) {
	ix := shortFormOrg()
	for _, c := range []struct{ query, owner, short, via string }{
		{"谁负责社保", "人事部 (1) hr/duties/1", "社保", "保险"},
		{"谁办理医保", "人事部 (1) hr/duties/1", "医保", "保险"},
		{"谁负责发薪", "人事部 (1) hr/duties/2", "发薪", "工资"},
		// Cut by the segmenter beside another word, or apart after a
		// coverb's object, the short form is still found.
		{"谁负责员工社保", "人事部 (1) hr/duties/1", "社保", "保险"},
		{"谁给员工发薪", "人事部 (1) hr/duties/2", "发薪", "工资"},
		{"谁纳税", "财务部 (1) finance/duties/1", "纳税", "税务"},
		{"谁负责纳税申报", "财务部 (1) finance/duties/1", "纳税", "税务"},
	} {
		res := find(t, ix, c.query, model.Zh, 20)
		got := ownersSeen(t, ix, c.query, model.Zh, 2)
		if !strings.HasPrefix(got, c.owner+" ") {
			t.Errorf("%s: owners\n%swant %s first", c.query, got, c.owner)
		}
		if len(res.Missing) == 0 || res.Missing[0] != c.short {
			t.Errorf("%s: missing %q, want %s first", c.query, res.Missing, c.short)
		}
		if !slices.ContainsFunc(res.Through, func(th Through) bool { return th.Typed == c.short && slices.Contains(th.Via, c.via) }) {
			t.Errorf("%s: through %v, want %s through %s", c.query, res.Through, c.short, c.via)
		}
	}
	// What a short form is about, no text holds: its other words alone
	// do not answer it.
	if got := ownersSeen(t, ix, "谁负责社招", model.Zh, 1); got != "" {
		t.Errorf("谁负责社招: owners\n%swant none: no text holds 招聘", got)
	}
	// 申报 alone is no answer to 纳税申报: the marketing duty is in part.
	for _, o := range find(t, ix, "谁负责纳税申报", model.Zh, 20).Owners(0) {
		if o.Department.ID == "marketing" && o.Duties > 0 {
			t.Errorf("谁负责纳税申报: 市场部 answers with %d duties on 申报 alone", o.Duties)
		}
	}
}
