package search

import (
	"strings"
	"testing"

	"github.com/dutymap/dutymap/model"
)

// A duty that says the question's verb only in a 的-phrase whose subject
// is another unit (通过市场部设计的渠道销售产品: marketing designs the
// channels, sales sells through them) does not do the verb: it matches in
// part, is no evidence for its owner, and is evidence for the unit it names, which
// answers first, proved by that duty (not counted among its own duties,
// as in English: TestDutyNamingAnotherDoer), whether the question puts the
// verb after 谁 or ends its subject with it (渠道设计).
func TestChineseDoerNamedInDePhrase(t *testing.T) {
	sales := doc(model.KindDepartment, "sales", "Sales", "销售部",
		sec("duties", "Duties", "职责",
			duty("Sell the products through the channels the marketing department has designed.", "通过市场部设计的渠道销售产品。"),
			duty("Visit customers.", "拜访客户。")))
	mkt := doc(model.KindDepartment, "marketing", "Marketing", "市场部",
		sec("duties", "Duties", "职责", duty("Plan the channels.", "规划渠道。")))
	ix := New(model.NewOrg([]*model.Node{sales, mkt}, nil))
	for _, q := range []string{"谁设计渠道", "谁负责渠道设计", "哪个部门设计渠道"} {
		got := ownersSeen(t, ix, q, model.Zh, 2)
		if !strings.HasPrefix(got, "市场部 (0) sales/duties/1 ") {
			t.Errorf("%s: owners\n%swant 市场部 first, proved by sales/duties/1", q, got)
		}
		// Nor is sales offered as a designer in part: the duty that
		// names marketing is no evidence for its own unit (search21).
		for _, o := range find(t, ix, q, model.Zh, 20).Owners(0) {
			if o.Department.ID == "sales" {
				t.Errorf("%s: 销售部 answers (%d duties, proved by %s)", q, o.Duties, o.Proof.Node.Path)
			}
		}
		for _, r := range find(t, ix, q, model.Zh, 20).List {
			if r.Node.Path == "sales/duties/1" && r.Match != Partial {
				t.Errorf("%s: sales/duties/1 is %v, want a partial match", q, r.Match)
			}
		}
	}
	// A unit after a coverb is whom the work is done for: the duty
	// that does it for marketing answers.
	forMkt := doc(model.KindDepartment, "sales", "Sales", "销售部",
		sec("duties", "Duties", "职责", duty("Use the channels designed for marketing.", "使用为市场部设计的渠道。")))
	ix = New(model.NewOrg([]*model.Node{forMkt, mkt}, nil))
	if got := ownersSeen(t, ix, "谁设计渠道", model.Zh, 1); !strings.HasPrefix(got, "销售部 (1) ") {
		t.Errorf("谁设计渠道 where sales designs for marketing: owners\n%swant 销售部 first", got)
	}
	// A duty naming itself, or saying the verb of its own too, keeps it.
	own := doc(model.KindDepartment, "sales", "Sales", "销售部",
		sec("duties", "Duties", "职责", duty("Design the channels the marketing department has designed too.", "设计渠道，并完善市场部设计的渠道。")))
	ix = New(model.NewOrg([]*model.Node{own, mkt}, nil))
	if got := ownersSeen(t, ix, "谁设计渠道", model.Zh, 1); !strings.HasPrefix(got, "销售部 (1) ") {
		t.Errorf("谁设计渠道 where sales designs too: owners\n%swant 销售部 first", got)
	}
}

// A unit that another unit's duty names as the doer is proved by a duty
// of its own that does as well: 谁负责产品设计 is 市场部's 设计产品的应用方案,
// not sales' 通过市场部设计的渠道销售规划好的产品 (which names it for the
// channels); in English alike.
func TestOwnDutyProvesBeforeOneNamingIt(t *testing.T) {
	ix := builtin(t)
	for _, c := range []struct {
		query string
		lang  model.Lang
	}{{"谁负责产品设计", model.Zh}, {"who designs products", model.En}} {
		if got := ownersSeen(t, ix, c.query, c.lang, 1); !strings.Contains(got, " marketing/core/3 ") {
			t.Errorf("%s: owners\n%swant the marketing department, proved by marketing/core/3", c.query, got)
		}
		// The duty naming marketing proves no other unit: sales is not
		// offered as a designer, even in part (search21).
		for _, o := range find(t, ix, c.query, c.lang, 20).Owners(0) {
			if o.Department.ID != "marketing" && o.Proof.Node != nil && o.Proof.Node.Path == "sales/field-execution/1" {
				t.Errorf("%s: %s proved by sales/field-execution/1, which names the marketing department", c.query, o.Name(c.lang))
			}
		}
	}
}

// A duty applying what another unit decided (执行市场部定下的价格: the
// prices marketing set, with the complement 下 after the verb 定) does not
// make its holder the one who decides: 谁负责定价 (定价, a verb and its
// object in one word) and 谁定价格 do not offer 销售部 as an owner, as
// "who sets prices" does not offer Sales; the duty is in part (tryout25
// T8).
func TestChineseDoerAfterComplement(t *testing.T) {
	ix := builtin(t)
	for _, q := range []string{"谁负责定价", "谁定价格"} {
		res := find(t, ix, q, model.Zh, 50)
		if got := matchOf(res, "sales/field-execution/2"); got != "partial" {
			t.Errorf("%s: sales/field-execution/2 (执行市场部定下的价格) matched %s, want partial", q, got)
		}
		owners := res.Owners(0)
		for _, o := range owners {
			if o.Department.ID == "sales" {
				t.Errorf("%s: 销售部 answers (%d duties, proved by %s)", q, o.Duties, o.Proof.Node.Path)
			}
		}
		if len(owners) == 0 || owners[0].Department.ID != "marketing" {
			t.Errorf("%s: owners %s, want 市场部 first", q, ownerList(owners, model.Zh))
		}
	}

	sales := doc(model.KindDepartment, "sales", "Sales", "销售部",
		sec("duties", "Duties", "职责",
			duty("Sell through the channels the marketing department has designed.", "通过市场部设计好的渠道销售产品。"),
			duty("Visit customers.", "拜访客户。")))
	mkt := doc(model.KindDepartment, "marketing", "Marketing", "市场部",
		sec("duties", "Duties", "职责", duty("Plan the channels.", "规划渠道。")))
	small := New(model.NewOrg([]*model.Node{sales, mkt}, nil))
	if got := ownersSeen(t, small, "谁设计渠道", model.Zh, 2); !strings.HasPrefix(got, "市场部 (0) sales/duties/1 ") {
		t.Errorf("谁设计渠道: owners\n%swant 市场部 first, proved by sales/duties/1 (设计好的: the verb with its complement)", got)
	}
}
