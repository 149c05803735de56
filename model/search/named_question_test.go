package search

import (
	"strings"
	"testing"

	"github.com/dutymap/dutymap/model"
)

// A question whose words, without its question words and fillers, are a
// position's whole name asks about that position: it comes first, before
// one whose name merely begins with the same words (the assistant to
// it), however much more the other's duties say them — in Chinese as in
// English, asked in any of the usual ways.
func TestQuestionNamingAPositionWholeAnswersByIt(t *testing.T) {
	manager := sec("manager", "Warehouse manager", "仓库经理",
		duty("Run the warehouse.", "管理仓库。"))
	manager.Role = model.RolePosition
	// The assistant's duties say the name's words over and over: by
	// score alone it would come first.
	assistant := sec("assistant", "Assistant warehouse manager", "仓库经理助理",
		duty("Help the warehouse manager run the warehouse.", "协助仓库经理管理仓库。"),
		duty("Stand in for the warehouse manager at warehouse meetings.", "代仓库经理出席仓库会议。"),
		duty("Keep the warehouse manager's diary.", "为仓库经理安排日程。"))
	assistant.Role = model.RolePosition
	synthetic := New(model.NewOrg([]*model.Node{
		doc(model.KindDepartment, "logistics", "Logistics", "物流部", sec("positions", "Positions", "岗位", manager, assistant)),
	}, nil))
	for _, c := range []struct {
		query string
		lang  model.Lang
	}{
		{"仓库经理负责什么", model.Zh}, {"仓库经理做什么", model.Zh}, {"仓库经理的职责", model.Zh}, {"仓库经理是干什么的", model.Zh},
		{"what does the warehouse manager do", model.En}, {"warehouse manager duties", model.En},
	} {
		if got := ownersSeen(t, synthetic, c.query, c.lang, 2); !strings.HasPrefix(got, "物流部 › 仓库经理 (") && !strings.HasPrefix(got, "Logistics › Warehouse manager (") {
			t.Errorf("synthetic: %s: owners\n%swant %s first", c.query, got, manager.Title[c.lang])
		}
	}
	// Asking about the assistant names the assistant.
	if got := ownersSeen(t, synthetic, "仓库经理助理做什么", model.Zh, 1); !strings.HasPrefix(got, "物流部 › 仓库经理助理 (") {
		t.Errorf("synthetic: 仓库经理助理做什么: owners\n%swant 仓库经理助理 first", got)
	}

	ix := builtin(t)
	for _, c := range []struct {
		query string
		lang  model.Lang
	}{
		{"市场部经理负责什么", model.Zh}, {"市场部经理做什么", model.Zh}, {"市场部经理的职责", model.Zh},
		{"what does the marketing manager do", model.En},
	} {
		os := find(t, ix, c.query, c.lang, 20).Owners(2)
		if len(os) < 2 || os[0].Position == nil || os[0].Position.Path != "marketing/positions/manager" ||
			os[1].Position == nil || os[1].Position.Path != "marketing/positions/furniture-scheme/assistant-manager" {
			t.Errorf("built-in: %s: owners %s, want the marketing manager, then the assistant", c.query, ownerList(os, c.lang))
		}
	}
}
