package search

import (
	"testing"

	"github.com/dutymap/dutymap/model"
)

// A Chinese question that hands something to a unit (谁把X交给Y) asks who
// hands X: when no duty holds X, the duties that only name the unit that
// receives it, or say the verb, answer nothing; the question is
// unanswered, with the closest texts. A unit's name in another
// department's duty (联合…财务部门) is no evidence of who hands in the
// contracts.
func TestRecipientAloneAnswersNothing(t *testing.T) {
	fin := doc(model.KindDepartment, "finance", "Finance", "财务部",
		sec("duties", "Duties", "职责",
			duty("Draw up budgets.", "编制预算。"),
			duty("Handle tax matters.", "办理税务事宜。")))
	mkt := doc(model.KindDepartment, "marketing", "Marketing", "市场部",
		sec("duties", "Duties", "职责",
			duty("Plan products together with the finance department.", "同研发和财务部门一起谋划产品。"),
			duty("Hand the plans to the sales department.", "把各项企划交给销售部。"),
			duty("Hand in the reports on time.", "同时上报各类报表。")))
	sales := doc(model.KindDepartment, "sales", "Sales", "销售部",
		sec("duties", "Duties", "职责", duty("Visit customers.", "拜访客户。")))
	synthetic := New(model.NewOrg([]*model.Node{fin, mkt, sales}, nil))
	for _, c := range []struct {
		name string
		ix   *Index
	}{{"synthetic", synthetic}, {"built-in", builtin(t)}} {
		for _, q := range []string{"谁把合同交给财务部", "谁把报价单交给销售部"} {
			if res := find(t, c.ix, q, model.Zh, 20); !res.NoMention || len(res.Owners(3)) > 0 {
				t.Errorf("%s: %s: answered (no mention %v), owners\n%s", c.name, q, res.NoMention, ownersSeen(t, c.ix, q, model.Zh, 3))
			}
		}
	}
	// The question whose object a duty holds is still answered by it.
	if got := ownersSeen(t, synthetic, "谁把企划交给销售部", model.Zh, 1); got == "" || got[:len("市场部 (")] != "市场部 (" {
		t.Errorf("谁把企划交给销售部: owners %q, want 市场部", got)
	}
}
