package search

import (
	"slices"
	"testing"

	"github.com/dutymap/dutymap/model"
)

// oftenOrg is an organisation where one duty says how often its work is
// done ("the monthly sales plan", 每月的销售计划) and others do the same
// work without saying it, or say it of other work.
func oftenOrg() *model.Org {
	unit := func(id, en, zh string, duties ...*model.Node) *model.Node {
		return doc(model.KindDepartment, id, en, zh, sec("duties", "Duties", "职责", duties...))
	}
	return model.NewOrg([]*model.Node{
		unit("planning", "Planning department", "策划部",
			duty("Draw up the sales plan and the sales policies.", "制定销售计划和销售政策。"),
			duty("Draw up the plans for sales promotions.", "制定促销计划。")),
		unit("sales", "Sales department", "销售部",
			duty("Fulfil the monthly sales plan.", "完成每月的销售计划。"),
			duty("Visit the stores.", "走访门店。")),
		unit("finance", "Finance department", "财务部",
			duty("Draw up the budget.", "编制预算。"),
			duty("Check staff attendance.", "负责员工考勤。")),
		// Budgets and drawing up are everyone's: they weigh little
		// beside "monthly", which only Sales says.
		unit("marketing", "Marketing department", "市场部",
			duty("Keep spending within the budget.", "控制开支不超预算。"),
			duty("Report on the promotion budget.", "汇报促销预算。"),
			duty("Ask for budget for events.", "申请活动预算。"),
			duty("Cut the budget of late events.", "削减延期活动的预算。"),
			duty("Draw up event schedules.", "制定活动日程。"),
			duty("Draw up the stand layouts.", "制定展位布局。"),
			duty("Draw up the brochures.", "制作宣传册。")),
	}, nil)
}

// A frequency before a noun of the work that some text says ("the monthly
// sales plan", 每月的销售计划) says which work: the duty saying it ranks its
// owner first (verify26 V0). It ranks only: a duty without it still
// matches in full ("the monthly budget": Finance's "Draw up the budget"),
// and no note says a duty lacks it. A frequency no text says ("the weekly
// sales plan", 每周的销售计划, "the annual budget") is left out, as a time
// framing the question is: the same words and owners as without it, not
// "no duty mentions “weekly”" (verify26 V9, V10, after 4855180 kept every
// frequency before a noun).
func TestFrequencyBeforeANounRanksWhenSaid(t *testing.T) {
	ix := New(oftenOrg())
	first := func(res *Results) (string, string) {
		os := res.Owners(1)
		if len(os) == 0 || os[0].Proof.Node == nil {
			return "", ""
		}
		return os[0].Department.ID, os[0].Proof.Node.Path
	}
	for _, c := range []struct {
		query, word, owner, proof string
		lang                      model.Lang
	}{
		{"who is responsible for the monthly sales plan", "monthly", "sales", "sales/duties/1", model.En},
		{"谁负责每月的销售计划", "每月", "sales", "sales/duties/1", model.Zh},
		// Said of other work only: it ranks nothing and is needed by none.
		{"who draws up the monthly budget", "monthly", "finance", "finance/duties/1", model.En},
	} {
		res := find(t, ix, c.query, c.lang, 20)
		owner, proof := first(res)
		if !slices.Contains(res.Words, c.word) || res.NoMention || len(res.Missing) > 0 || owner != c.owner || proof != c.proof ||
			res.Owners(1)[0].Duties == 0 {
			t.Errorf("%q: words %q, no mention %v, missing %q, first owner %s by %s (%v); want %q searched, %s first by %s in full",
				c.query, res.Words, res.NoMention, res.Missing, owner, proof, ownersProved(res.Owners(2)), c.word, c.owner, c.proof)
		}
	}
	// What no duty mentions is not answered by the frequency some duty
	// says of other work.
	for _, q := range []string{"who handles the monthly payroll", "谁负责每月的工资单"} {
		if res := find(t, ix, q, model.Zh, 20); !res.NoMention || len(res.Owners(1)) > 0 {
			t.Errorf("%q: no mention %v, owners %v; want no mention, no owner", q, res.NoMention, ownersProved(res.Owners(1)))
		}
	}
	for _, c := range []struct {
		framed, plain string
		lang          model.Lang
	}{
		{"who is responsible for the weekly sales plan", "who is responsible for the sales plan", model.En},
		{"who approves the annual budget", "who approves the budget", model.En},
		{"who draws up the annual budget", "who draws up the budget", model.En},
		{"谁负责每周的销售计划", "谁负责销售计划", model.Zh},
		{"谁负责每天的考勤", "谁负责考勤", model.Zh},
	} {
		framed, plain := find(t, ix, c.framed, c.lang, 20), find(t, ix, c.plain, c.lang, 20)
		fOwner, fProof := first(framed)
		pOwner, pProof := first(plain)
		if framed.NoMention || len(framed.Missing) > 0 || !slices.Equal(framed.Words, plain.Words) || fOwner == "" || fOwner != pOwner || fProof != pProof {
			t.Errorf("%q: words %q, no mention %v, missing %q, first owner %s by %s; want %q's words %q, owner %s by %s",
				c.framed, framed.Words, framed.NoMention, framed.Missing, fOwner, fProof, c.plain, plain.Words, pOwner, pProof)
		}
	}
}
