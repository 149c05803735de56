package cli

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/dutymap/dutymap/cache"
)

// verify24 V4: compare's "Work they split" holds the point of the topic's
// shared work that the matrix of the two shows as split (R sales and
// finance, A sales), saying it is the topic's, in Markdown, JSON and
// Chinese; the point only finance does is not split work.
func TestCompareSplitHoldsTopicSharedWork(t *testing.T) {
	dir := yearEnd(t)
	r := run(t, "--builtin=false", "--content", dir, "compare", "finance", "sales").ok(t)
	mustContain(t, r.out, "## Work they split (1)\n\n*Duties of one whose RACI lines give the other a part, and work written elsewhere whose lines give both one: each does the work (R) or answers for it (A).*\n\n"+
		"- Count the stock at year end. — *shared work of the topic Year-end close* — A: Sales · R: Sales, Finance\n\n## Only in Finance (1)")
	if strings.Contains(r.out, "Send the year-end letter") {
		t.Errorf("a point only finance does is listed:\n%s", r.out)
	}
	m := run(t, "--builtin=false", "--content", dir, "matrix", "finance", "sales", "--shared").ok(t)
	mustContain(t, m.out, "| Count the stock at year end. | R | RA |")
	r = run(t, "--builtin=false", "--content", dir, "compare", "finance", "sales", "--json").ok(t)
	mustContain(t, r.out, `"path": "year-end/shared/1"`, `"topic": "year-end"`)
	r = run(t, "--builtin=false", "--content", dir, "--lang", "zh", "compare", "finance", "sales").ok(t)
	mustContain(t, r.out, "- 年终盘点库存。 — *专题“年终结算”的共同工作* — A：销售部 · R：销售部、财务部\n")
}

// raci24/owners24 "Limit": the owners of a point of a topic's shared work
// are the units its Responsible line names and the unit its Accountable
// line names, each labelled with its roles; a search answered from the
// cache (the index read back without the organisation) says the same as
// the one that built it, in English, Chinese and JSON.
func TestOwnersLabelTheAccountableUnitOfSharedWork(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"en/sales.md":   "---\nid: sales\nname: Sales\n---\n## Selling {#selling}\n- Sell the products to customers.\n",
		"zh/sales.md":   "---\nid: sales\nname: 销售部\n---\n## 销售 {#selling}\n- 向客户销售产品。\n",
		"en/finance.md": "---\nid: finance\nname: Finance\n---\n## Budget {#budget}\n- Draw up the yearly budget.\n",
		"zh/finance.md": "---\nid: finance\nname: 财务部\n---\n## 预算 {#budget}\n- 编制年度预算。\n",
		"en/audit.md":   "---\nid: audit\nname: Audit\n---\n## Checks {#checks}\n- Check the accounts.\n",
		"zh/audit.md":   "---\nid: audit\nname: 审计部\n---\n## 检查 {#checks}\n- 检查账目。\n",
		"en/yearend.md": "---\nid: year-end\nkind: topic\nname: Year-end close\nconcerns: [finance, sales]\n---\n## Shared work {#shared}\n" +
			"- Count the stock at year end.\n  Responsible: sales, finance\n  Accountable: audit\n",
		"zh/yearend.md": "---\nid: year-end\nkind: topic\nname: 年终结算\nconcerns: [finance, sales]\n---\n## 共同工作 {#shared}\n" +
			"- 年终盘点库存。\n  负责：sales, finance\n  批准：audit\n",
	})
	for _, c := range []struct{ query, want string }{
		{"who counts the stock", "Sales  (Responsible for shared work in Year-end close)\n    year-end/shared/1  Count the stock at year end.\n" +
			"Finance  (Responsible for shared work in Year-end close)\n    year-end/shared/1  Count the stock at year end.\n" +
			"Audit  (Accountable (A) for shared work in Year-end close)\n    year-end/shared/1  Count the stock at year end.\n"},
		{"谁盘点库存", "销售部  (负责年终结算中的共同工作)\n    year-end/shared/1  年终盘点库存。\n" +
			"财务部  (负责年终结算中的共同工作)\n    year-end/shared/1  年终盘点库存。\n" +
			"审计部  (批准（A）年终结算中的共同工作)\n    year-end/shared/1  年终盘点库存。\n"},
	} {
		caches := t.TempDir() // the first search builds the index and writes it, the second reads it
		env := map[string]string{"XDG_CACHE_HOME": caches}
		for _, from := range []string{"built", "cache"} {
			r := invocation{args: []string{"--builtin=false", "--content", dir, "search", c.query, "--owners"}, env: env}.run(t).ok(t)
			if r.out != c.want {
				t.Errorf("%s, %s:\n%s%s\nwant:\n%s", c.query, from, r.out, r.err, c.want)
			}
			if files, _ := filepath.Glob(filepath.Join(caches, "dutymap", "*"+cache.Suffix)); len(files) != 1 {
				t.Fatalf("cache files after a search: %v", files)
			}
		}
	}
	r := run(t, "--builtin=false", "--content", dir, "search", "who counts the stock", "--owners", "--json").ok(t)
	mustContain(t, r.out, `"owner":"Audit","path":"audit","department":"audit","department_name":"Audit","score":`, `"accountable":1,"proof":{"path":"year-end/shared/1"`)
}
