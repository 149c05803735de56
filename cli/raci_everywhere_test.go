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

// tryout24 H22: a point of a topic's shared work answers "who does X?"
// like a duty: its owners are the units its Responsible line names, in
// the list, in JSON and in Chinese; "no duty mentions" is not said of the
// words it holds.
func TestSharedWorkAnswersWhoDoesIt(t *testing.T) {
	dir := yearEnd(t)
	for _, q := range []string{"count the stock", "who counts the stock"} {
		r := run(t, "--builtin=false", "--content", dir, "search", q, "--owners").ok(t)
		want := "Sales  (R and A for shared work in Year-end close)\n    year-end/shared/1  Count the stock at year end.\n" +
			"Finance  (Responsible for shared work in Year-end close)\n    year-end/shared/1  Count the stock at year end.\n"
		if r.out != want || strings.Contains(r.err, "no duty") {
			t.Errorf("search %q --owners:\n%s%s\nwant:\n%s", q, r.out, r.err, want)
		}
	}
	r := run(t, "--builtin=false", "--content", dir, "search", "who sends the year-end letter", "--owners", "--limit", "1").ok(t)
	if r.out != "Finance  (Responsible for shared work in Year-end close)\n    year-end/shared/2  Send the year-end letter to customers.\n" {
		t.Errorf("who sends the year-end letter:\n%s%s", r.out, r.err)
	}
	r = run(t, "--builtin=false", "--content", dir, "search", "who counts the stock", "--owners", "--json").ok(t)
	mustContain(t, r.out, `"owner":"Sales","path":"sales"`, `"responsible":true,"accountable":1,"proof":{"path":"year-end/shared/1"`, `"owner":"Finance","path":"finance"`)
	r = run(t, "--builtin=false", "--content", dir, "--lang", "zh", "search", "谁盘点库存", "--owners").ok(t)
	mustContain(t, r.out, "销售部  (负责并批准（A）年终结算中的共同工作)\n    year-end/shared/1  年终盘点库存。\n", "财务部  (负责年终结算中的共同工作)\n")
	// Who answers for it: its Accountable line.
	r = run(t, "--builtin=false", "--content", dir, "search", "who is accountable for counting the stock", "--owners").ok(t)
	if !strings.HasPrefix(r.out, "Accountable: Sales  (1 duty)\n    year-end/shared/1  Count the stock at year end.\n") {
		t.Errorf("who is accountable for counting the stock:\n%s%s", r.out, r.err)
	}
}

// tryout24 H22: a topic has no matrix; asked for one, matrix says where
// its shared work is, with the command that shows it, and that command
// shows it.
func TestMatrixOfATopicSaysWhereItsWorkIs(t *testing.T) {
	dir := yearEnd(t)
	r := run(t, "--builtin=false", "--content", dir, "matrix", "year-end").fails(t, 1)
	want := "dutymap matrix: \"year-end\" is a topic (Year-end close), not a unit: a matrix is of departments, positions or sub-departments.\n" +
		"Its shared work is in the matrix of each unit its RACI lines name, and of the whole organisation:\n" +
		"  dutymap --builtin=false --content " + dir + " matrix sales finance\n"
	if r.err != want || r.out != "" {
		t.Errorf("matrix year-end: stderr\n%s\nwant\n%s", r.err, want)
	}
	r = run(t, "--builtin=false", "--content", dir, "matrix", "sales", "finance").ok(t)
	mustContain(t, r.out, "| Count the stock at year end. | RA | R |", "| Send the year-end letter to customers. |  | RA |")
	r = run(t, "matrix", "differences").fails(t, 1)
	mustContain(t, r.err, "\"differences\" is a topic (How marketing and sales differ), not a unit", "Its lists hold no shared work")
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
