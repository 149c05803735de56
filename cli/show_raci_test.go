package cli

import (
	"strings"
	"testing"
)

// show DEPARTMENT lists, under each duty, who holds it, as show DUTY and
// the Markdown export do: a user checking an Accountable: fix with
// "show buying" saw the duties without their RACI lines (tryout18 E). In
// both languages, on a page laid out to a width too; a duty with no line
// of its own and none above it gets none.
func TestShowDepartmentListsWhoHoldsEachDuty(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"en/buying.md":  "---\nid: buying\nname: Buying\n---\n## Suppliers {#suppliers}\n\n- Choose suppliers.\n  Responsible: sales\n  Informed: finance\n- Pay them.\n",
		"zh/buying.md":  "---\nid: buying\nname: 采购部\n---\n## 供应商 {#suppliers}\n\n- 选择供应商。\n- 付款。\n",
		"en/sales.md":   "---\nid: sales\nname: Sales\n---\n## Selling {#selling}\n\n- Sell.\n",
		"zh/sales.md":   "---\nid: sales\nname: 销售部\n---\n## 销售 {#selling}\n\n- 销售。\n",
		"en/finance.md": "---\nid: finance\nname: Finance\n---\n## Books {#books}\n\n- Keep the books.\n",
		"zh/finance.md": "---\nid: finance\nname: 财务部\n---\n## 账目 {#books}\n\n- 记账。\n",
	})
	flags := []string{"--content", dir, "--builtin=false"}
	out := run(t, append(flags, "show", "buying")...).ok(t).out
	mustContain(t, out, "1. Choose suppliers.\n"+
		"   - R Responsible: **Sales**\n"+
		"   - A Accountable: **Buying** (where it is written)\n"+
		"   - I Informed: **Finance**\n"+
		"2. Pay them.\n")
	if strings.Contains(out, "Pay them.\n   -") {
		t.Errorf("a duty no line names got RACI lines:\n%s", out)
	}
	zh := run(t, append(flags, "--lang", "zh", "show", "buying")...).ok(t).out
	mustContain(t, zh, "1. 选择供应商。\n"+
		"   - R 负责：**销售部**\n"+
		"   - A 批准：**采购部**（所在部门）\n"+
		"   - I 知会：**财务部**\n"+
		"2. 付款。\n")
	laid := run(t, append(flags, "--lang", "zh", "show", "buying", "--width", "40")...).ok(t).out
	mustContain(t, laid, "1. 选择供应商。\n", "R 负责：销售部\n", "I 知会：财务部\n")
	assertPlain(t, "show buying --width 40", laid)
}
