package search

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/dutymap/dutymap/content"
	"github.com/dutymap/dutymap/internal/wire"
	"github.com/dutymap/dutymap/model"
)

// A point of a topic's shared work is work, ranked with the duties: one
// saying every word of the query comes first, above duties lacking a word
// and lines matching "in part" (tryoutb26 B2: "reconcile stock count"
// listed "Reconcile the stock count with the books." fifth, after
// "Value the stock at year end."); alike found by letters (a quoted
// word, a slip) and from an index read without its organisation (the
// cache). A topic's other points are knowledge, still listed after the
// work: "stock count" lists the duty before the glossary's line.
func TestSharedWorkPointRanksAsWork(t *testing.T) {
	dir := t.TempDir()
	for name, text := range map[string]string{
		"en/warehouse.md": "---\nid: warehouse\nname: Warehouse\n---\n\n## Receiving {#receiving}\n\n- Check deliveries against the purchase order.\n- Count the stock at year end.\n\n" +
			"## Positions {#positions}\n\n### Stock clerk {#clerk .position}\n\n- Record every movement of stock.\n- Reconcile the cash count with the till.\n",
		"en/finance.md": "---\nid: finance\nname: Finance department\n---\n\n## Accounts {#accounts}\n\n- Keep the books.\n- Value the stock at year end.\n",
		"en/year-end.md": "---\nid: year-end\nkind: topic\nname: Year-end close\nconcerns: [warehouse, finance]\n---\n\n## Shared work {#shared}\nResponsible: warehouse\nAccountable: finance\n\n" +
			"- Reconcile the stock count with the books.\n- Write off damaged stock.\n\n## Glossary {#glossary}\n\n- Stock count and cash count: what is on hand at the close.\n",
		"zh/warehouse.md": "---\nid: warehouse\nname: 仓库\n---\n\n## 收货 {#receiving}\n\n- 按采购订单核对到货。\n- 年终盘点库存。\n\n" +
			"## 岗位 {#positions}\n\n### 库管员 {#clerk .position}\n\n- 记录每一笔库存变动。\n- 核对现金与收银机。\n",
		"zh/finance.md": "---\nid: finance\nname: 财务部\n---\n\n## 账务 {#accounts}\n\n- 记账。\n- 年终对库存估值。\n",
		"zh/year-end.md": "---\nid: year-end\nkind: topic\nname: 年终结算\nconcerns: [warehouse, finance]\n---\n\n## 共同工作 {#shared}\n负责：warehouse\n批准：finance\n\n" +
			"- 核对盘点结果与账目。\n- 核销损坏的库存。\n\n## 术语 {#glossary}\n\n- 盘点与现金清点：结算时手头的数量。\n",
	} {
		if err := os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	org, err := content.Load(content.Dir(dir))
	if err != nil {
		t.Fatal(err)
	}
	built := New(org)
	var w wire.Writer
	built.Encode(&w)
	alone, err := DecodeAlone(wire.NewReader(w.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		query, first string
		lang         model.Lang
	}{
		{"reconcile stock count", "year-end/shared/1", model.En},
		{"who reconciles the stock count", "year-end/shared/1", model.En},
		{"'stock 'count", "year-end/shared/1", model.En},
		{"write off damaged stock", "year-end/shared/2", model.En},
		{"核对盘点结果", "year-end/shared/1", model.Zh},
	} {
		for name, ix := range map[string]*Index{"built": built, "alone": alone} {
			res := find(t, ix, c.query, c.lang, 10)
			if got := paths(res.List); len(got) == 0 || got[0] != c.first {
				t.Errorf("%s %q: %v, want %s first", name, c.query, got, c.first)
			}
		}
	}
	for name, ix := range map[string]*Index{"built": built, "alone": alone} {
		got := paths(find(t, ix, "stock count", model.En, 0).List)
		duty, glossary := slices.Index(got, "warehouse/receiving/2"), slices.Index(got, "year-end/glossary/1")
		if duty < 0 || glossary < duty {
			t.Errorf("%s \"stock count\": %v, want the glossary's line after the duty", name, got)
		}
	}
}
