package search

import (
	"strings"
	"testing"

	"github.com/dutymap/dutymap/model"
)

// A Chinese question's object of several words (广告计划) is answered by
// the duties that hold the words saying which one it is, not only its
// frequent head: 编制市场调研计划 is another plan than 谁编制广告计划's.
// A head that outweighs the words before it still answers alone
// (处理劳动工资 for 谁负责员工工资).
func TestChineseObjectKeepsItsWeightyWords(t *testing.T) {
	ix := builtin(t)
	for _, c := range []struct{ query, owner, proof string }{
		{"谁编制广告计划", "市场部 › 广告企划主管", "marketing/positions/compilation-scheme/advertising-planning/1"},
		{"谁编制推广计划", "市场部 › 推广制作主管", "marketing/positions/compilation-scheme/promotion-production/1"},
		{"谁编制调研计划", "市场部 › 市场调研主管", "marketing/positions/compilation-scheme/market-research-supervisor/1"},
		{"谁负责员工工资", "人力资源部", "hr/responsibilities/3"},
	} {
		got := ownersSeen(t, ix, c.query, model.Zh, 3)
		if first := strings.SplitN(got, "\n", 2)[0]; !strings.HasPrefix(first, c.owner+" (") || !strings.Contains(first, c.proof) {
			t.Errorf("%s: owners\n%swant %s first, proved by %s", c.query, got, c.owner, c.proof)
		}
	}
}
