package search

import (
	"testing"

	"github.com/dutymap/dutymap/model"
)

// 谁批预算 and the spoken order 预算谁批 ask who approves the budget, as
// 谁批准预算 does: a role question for the accountable units, answered by
// the budget duties; 批发 (wholesale) is no approving (tryout25 T9).
func TestChineseShortApproveVerb(t *testing.T) {
	for _, q := range []string{"谁批预算", "预算谁批", "预算找谁批", "由谁批预算"} {
		rq, ok := AsksRole(q)
		if !ok || rq.Role != model.Accountable {
			t.Errorf("%s: read as role question %v (%v), want the accountable role", q, ok, rq.Role)
			continue
		}
		ix := builtin(t)
		owners := find(t, ix, rq.Work, model.Zh, 20).Owners(1)
		if len(owners) == 0 || owners[0].Department.ID != "finance" || owners[0].Duties == 0 {
			t.Errorf("%s: work %q has owners %s, want 财务部 first by a duty", q, rq.Work, ownerList(owners, model.Zh))
		}
	}
	for _, q := range []string{"谁批发产品", "谁负责批发", "一批产品谁负责"} {
		if rq, ok := AsksRole(q); ok {
			t.Errorf("%s: read as a role question (%v, work %q), want none: 批 is not a word of its own after 谁", q, rq.Role, rq.Work)
		}
	}
}
