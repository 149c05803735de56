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

// invoiceOrg writes 发票, 招聘 and 预算, which the built-in content lacks.
var invoiceOrg = map[string]string{
	"zh/财务部.md": `---
id: finance
name: 财务部
---

## 会计 {#accountant .position}

- 为客户开具发票
- 编制年度预算
`,
	"zh/人力资源部.md": `---
id: hr
name: 人力资源部
---

## 招聘专员 {#recruiter .position}

- 负责招聘新员工
- 组织员工培训
`,
}

// A question that puts what is done first (发票谁开, 员工聚会谁组织,
// "staff parties: who plans them?") answers as the one that puts it
// after the verb: what comes before the question word is what the verb
// is done to, and no duty doing the verb to something else answers it
// (the last closing note: 员工聚会谁组织 named HR on 组织员工培训 where
// 谁组织员工聚会 says no duty mentions “聚会”).
func TestSearchObjectFirstQuestionAnswersAsVerbFirst(t *testing.T) {
	org := writeFiles(t, invoiceOrg)
	for _, c := range []struct {
		builtin          bool
		verbFirst, topic string
		code             int
	}{
		{true, "谁组织员工聚会", "员工聚会谁组织", 1},
		{true, "谁审核合同", "合同谁审核", 1},
		{true, "谁策划促销活动", "促销活动谁策划", 0},
		{true, "谁收集市场信息", "市场信息谁收集", 0},
		{true, "who plans staff parties", "staff parties: who plans them?", 1},
		{true, "谁做预算", "预算谁做", 0},
		{false, "谁开发票", "发票谁开", 0},
		{false, "谁负责招聘", "招聘谁负责", 0},
		{false, "谁组织员工聚会", "员工聚会谁组织", 1},
	} {
		args := []string{"--builtin=false", "--content", org}
		if c.builtin {
			args = nil
		}
		want := run(t, append(args, "search", "--owners", c.verbFirst)...)
		got := run(t, append(args, "search", "--owners", c.topic)...)
		if want.code != c.code || got.code != want.code || got.out != want.out || got.err != want.err {
			t.Errorf("search --owners %s: exit %d\n%s%s\nwant what %s gives: exit %d (want %d)\n%s%s",
				c.topic, got.code, got.out, got.err, c.verbFirst, want.code, c.code, want.out, want.err)
		}
	}
}
