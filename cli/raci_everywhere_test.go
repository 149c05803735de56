package cli

import (
	"strings"
	"testing"
)

// yearEnd is tryout24's folder (H22, H26): sales and finance in two
// languages, sales' work split into an account manager's and a sales
// director's, and a topic whose list is shared work (RACI lines on its
// points).
func yearEnd(t *testing.T) string {
	t.Helper()
	return writeFiles(t, map[string]string{
		"en/sales.md": "---\nid: sales\nname: Sales\n---\n## Selling {#selling}\n- Sell the products to customers.\n\n" +
			"## Account manager {#account-manager .position}\n- Visit key customers.\n  Code: S1\n  Accountable: sales/sales-director\n\n" +
			"## Sales director {#sales-director .position}\n- Approve discounts.\n",
		"zh/sales.md": "---\nid: sales\nname: 销售部\n---\n## 销售 {#selling}\n- 向客户销售产品。\n\n" +
			"## 客户经理 {#account-manager .position}\n- 拜访重点客户。\n  编号：S1\n  批准：sales/sales-director\n\n" +
			"## 销售总监 {#sales-director .position}\n- 审批折扣。\n",
		"en/finance.md": "---\nid: finance\nname: Finance\n---\n## Budget {#budget}\n- Draw up the yearly budget.\n",
		"zh/finance.md": "---\nid: finance\nname: 财务部\n---\n## 预算 {#budget}\n- 编制年度预算。\n",
		"en/yearend.md": "---\nid: year-end\nkind: topic\nname: Year-end close\nconcerns: [finance, sales]\n---\n## Shared work {#shared}\n" +
			"- Count the stock at year end.\n  Responsible: sales, finance\n  Accountable: sales\n" +
			"- Send the year-end letter to customers.\n  Responsible: finance\n",
		"zh/yearend.md": "---\nid: year-end\nkind: topic\nname: 年终结算\nconcerns: [finance, sales]\n---\n## 共同工作 {#shared}\n" +
			"- 年终盘点库存。\n  负责：sales, finance\n  批准：sales\n" +
			"- 给客户寄年终信。\n  负责：finance\n",
	})
}

// tryout24 H26: a duty written under a position is the position's in
// every view: its page, its department's matrix, the answer to "who is
// responsible for …", in both languages.
func TestPositionsDutyIsThePositionsEverywhere(t *testing.T) {
	dir := yearEnd(t)
	r := run(t, "--builtin=false", "--content", dir, "matrix", "sales").ok(t)
	mustContain(t, r.out, "| Duty | Sales | Account manager | Sales director | Finance |\n",
		"| Sell the products to customers. | RA |  |  |  |\n",
		"| Visit key customers. |  | R | A |  |\n",
		"| Approve discounts. |  |  | RA |  |\n")
	r = run(t, "--builtin=false", "--content", dir, "--lang", "zh", "matrix", "销售部").ok(t)
	mustContain(t, r.out, "| 拜访重点客户。 |  | R | A |  |\n")
	r = run(t, "--builtin=false", "--content", dir, "show", "S1").ok(t)
	mustContain(t, r.out, "- R Responsible: **Sales › Account manager** (where it is written)\n", "- A Accountable: **Sales › Sales director**\n")
	r = run(t, "--builtin=false", "--content", dir, "search", "who is responsible for visiting key customers", "--owners").ok(t)
	if !strings.HasPrefix(r.out, "Responsible: Sales › Account manager  (1 duty)\n    sales/account-manager/1  Visit key customers.\n") {
		t.Errorf("who is responsible for visiting key customers:\n%s%s", r.out, r.err)
	}
	r = run(t, "--builtin=false", "--content", dir, "search", "who approves visiting key customers", "--limit", "1").ok(t)
	mustContain(t, r.err, "Accountable for these duties: Sales › Sales director (1 duty)")
}
