package cli

import (
	"strings"
	"testing"
)

// A Chinese question whose object is a word the dictionary lacks (发货,
// cut 发 and 货) finds the position whose name writes it (发货员, cut 发
// and 货员): the position answers it, as 谁负责保管 finds 保管员, in
// every word order (the last closing note: 谁发货 said no duty mentions
// “发货”, exit 1).
func TestSearchChineseQuestionNamesPositionByCompound(t *testing.T) {
	for _, q := range []string{"谁发货", "谁负责发货", "发货谁负责", "发货"} {
		r := pinyinRun(t, "search", "--owners", q).ok(t)
		if first, _, _ := strings.Cut(r.out, "\n"); first != "仓储部 › 发货员  (1 项职责)" || r.err != "" {
			t.Errorf("search --owners %s:\n%s%s\nwant 仓储部 › 发货员 first, no note", q, r.out, r.err)
		}
		mustContain(t, r.out, "warehouse/shipper/1  两天内发出客户订单")
	}
}
