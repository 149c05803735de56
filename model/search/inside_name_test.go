package search

import (
	"testing"

	"github.com/dutymap/dutymap/model"
)

// A word of the question that a duty holds only inside a unit's name
// proves nothing: 配合销售部实现营销目标 holds 销售 only in 销售部, and is no
// answer to who sets the sales targets, where 市场部 确定全年的营销目标 is
// the closest (tryout27 X11). The name asked about whole is held as ever
// (销售部的职责).
func TestUnitNameInsideADutyIsNoWordOfIt(t *testing.T) {
	ix := builtin(t)
	if got := matchOf(find(t, ix, "谁定销售目标", model.Zh, 50), "planning/functions/10"); got == "words" {
		t.Errorf("谁定销售目标: planning/functions/10 (销售 only in 销售部) matched %s, want no full match", got)
	}
	if owners := find(t, ix, "谁定销售目标", model.Zh, 50).Owners(1); len(owners) == 0 || owners[0].Proof.Node.Path != "marketing/responsibilities/1" {
		t.Errorf("谁定销售目标: owners %s, want 市场部 first by 确定全年的营销目标", ownerList(owners, model.Zh))
	}
	res := find(t, ix, "销售部的职责", model.Zh, 50)
	if owners := res.Owners(1); len(owners) == 0 || owners[0].Department.ID != "sales" {
		t.Errorf("销售部的职责: owners %s, want 销售部 first", ownerList(owners, model.Zh))
	}
	if got := matchOf(res, "planning/functions/10"); got != "words" {
		t.Errorf("销售部的职责: planning/functions/10 (配合销售部…) matched %s, want words: it names the unit asked about", got)
	}
}
