package cli

import (
	"strings"
	"testing"
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
