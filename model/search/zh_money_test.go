package search

import (
	"testing"

	"github.com/dutymap/dutymap/model"
)

// 钱, 资金 and 现金 are the synonym list's money, funds and cash in Chinese
// (analysis.synonymList): a Chinese question about money is answered as
// its English twin is, by the duties that say 资金 where the English say
// "money" (search21: 谁管钱 had only the closest).
func TestChineseMoneyAnsweredAsEnglish(t *testing.T) {
	ix := builtin(t)
	for zh, en := range map[string]string{"谁管钱": "who manages the money", "谁负责现金": "who handles cash"} {
		zo, eo := find(t, ix, zh, model.Zh, 10).Owners(1), find(t, ix, en, model.En, 10).Owners(1)
		if len(zo) == 0 || len(eo) == 0 || zo[0].Department.ID != eo[0].Department.ID || zo[0].Proof.Node != eo[0].Proof.Node {
			t.Errorf("%s: owners\n%s%s: owners\n%swant the same first owner and proof", zh, ownersSeen(t, ix, zh, model.Zh, 2), en, ownersSeen(t, ix, en, model.En, 2))
		}
	}
	ix = tiny([2]string{"Manage the funds.", "管理资金。"}, [2]string{"Count the cash.", "清点现金。"})
	for q, path := range map[string]string{"谁管钱": "d/s/1", "谁清点钱": "d/s/2"} {
		if res := find(t, ix, q, model.Zh, 10); len(res.List) == 0 || res.List[0].Node.Path != path || res.List[0].Match != Words {
			t.Errorf("%s: list %v, want %s first, a match", q, paths(res.List), path)
		}
	}
}

// A Chinese question's one-character verb of doing is the two-character
// verb it heads in a unit's summary (plan.doing, summaryDoes): 谁管钱 asks
// what 管理公司的钱 says, and 财务部 answers it before the units whose
// duties say 资金, a synonym of 钱, without the verb; 谁管人 names
// 人力资源部 (管理公司的人).
func TestOneCharacterVerbIsTheVerbItHeads(t *testing.T) {
	ix := builtin(t)
	for q, want := range map[string]string{"谁管钱": "finance", "谁管人": "hr", "谁管理钱": "finance"} {
		if os := find(t, ix, q, model.Zh, 10).Owners(1); len(os) == 0 || os[0].Department.ID != want || !os[0].BySummary {
			t.Errorf("%s: owners\n%swant %s first, by its summary", q, ownersSeen(t, ix, q, model.Zh, 3), want)
		}
	}
}
