package cli

import (
	"strings"
	"testing"
)

// A query in traditional Chinese, or with Kangxi radicals, answers as its
// simplified form does, on the built-in content: the same lines, the same
// notes, the same exit status.
func TestSearchTraditionalAnswersAsSimplified(t *testing.T) {
	for _, c := range []struct{ traditional, simplified, first string }{
		{"價格", "价格", "marketing/responsibilities/8"},
		{"定價", "定价", "定价"},
		{"銷售部", "销售部", "sales  销售部"},
		{"市場部", "市场部", "marketing  市场部"},
		{"財務部", "财务部", "finance  财务部"},
		{"人力資源", "人力资源", "hr  人力资源部"},
		{"誰負責定價", "谁负责定价", "定价"},
		{"\u2F08\u2F12资源", "人力资源", "hr  人力资源部"}, // ⼈⼒资源, Kangxi radicals
	} {
		got, want := run(t, "search", c.traditional).ok(t), run(t, "search", c.simplified).ok(t)
		if got.out != want.out || got.err != want.err {
			t.Errorf("search %s:\n%s%s\nsearch %s:\n%s%s", c.traditional, got.err, got.out, c.simplified, want.err, want.out)
		}
		if first, _, _ := strings.Cut(got.out, "\n"); !strings.Contains(first, c.first) {
			t.Errorf("search %s: first line %q, want %q in it", c.traditional, first, c.first)
		}
	}
}

// formsOrg is an organisation written with the forms a search must see
// through: a dotless ı, a Roman numeral, circled and squared forms,
// subscripts, ligatures and stroked letters (ﬁ, Œ, Æ, ø, Ł), full-width
// letters, and a Chinese file in
// traditional characters.
func formsOrg(t *testing.T) string {
	t.Helper()
	return writeFiles(t, map[string]string{
		"en/ops.md": `---
id: ops
name: Operations department
---

## Responsibilities {#duties}

- Visit the İstanbul and Diyarbakır branches.
- Sign the Ⅱ contract.
- Check step ① of the audit.
- Order 5㎏ of H₂O samples.
- Publish the ﬁnancial report.
- Count the ＦＵＬＬ stock.
- Catalogue the Œuvre archive for the Ærø and Łódź offices.
`,
		"zh/ops.md": `---
id: ops
name: 營運部
---

## 職責 {#duties}

- 走訪各分店。
- 簽訂第二期合同。
- 審核第一步。
- 訂購樣品。
- 發布財務報告。
- 盤點庫存。
- 整理檔案。
`,
	})
}

// Text written in another form is found by the plain form of its words,
// and by itself; what is shown is the text as written.
func TestSearchSeesThroughForms(t *testing.T) {
	dir := formsOrg(t)
	for query, want := range map[string]string{
		"diyarbakir":  "ops/duties/1  Operations department › Responsibilities › Visit the İstanbul and Diyarbakır branches.",
		"DIYARBAKIR":  "ops/duties/1  ",
		"Diyarbakır":  "ops/duties/1  ",
		"Ⅱ":           "ops/duties/2  Operations department › Responsibilities › Sign the Ⅱ contract.",
		"ii contract": "ops/duties/2  ",
		"①":           "ops/duties/3  ",
		"step 1":      "ops/duties/3  ",
		"5kg":         "ops/duties/4  ",
		"h2o":         "ops/duties/4  ",
		"financial":   "ops/duties/5  ",
		"full stock":  "ops/duties/6  ",
		"oeuvre":      "ops/duties/7  Operations department › Responsibilities › Catalogue the Œuvre archive for the Ærø and Łódź offices.",
		"aero lodz":   "ops/duties/7  ",
		"ŒUVRE":       "ops/duties/7  ",
		"审核":          "ops/duties/3  營運部 › 職責 › 審核第一步。",
		"财务报告":        "ops/duties/5  營運部 › 職責 › 發布財務報告。",
		"库存":          "ops/duties/6  ",
		"营运部":         "ops  營運部",
	} {
		r := searchIn(t, dir, query).ok(t)
		if !strings.HasPrefix(r.out, want) {
			t.Errorf("search %s: rc %d\n%s%s\nwant the first line to begin %q", query, r.code, r.err, r.out, want)
		}
		if r.err != "" {
			t.Errorf("search %s: a note %q", query, r.err)
		}
	}
}

// Names fold as search does: show and compare take a department's name in
// traditional characters.
func TestShowNameInTraditional(t *testing.T) {
	r := run(t, "show", "銷售部", "--lang", "zh").ok(t)
	if !strings.HasPrefix(r.out, "# 销售部") {
		t.Errorf("show 銷售部:\n%s", r.out[:min(len(r.out), 200)])
	}
	r = run(t, "--builtin=false", "--content", formsOrg(t), "show", "营运部").ok(t)
	if !strings.Contains(r.out, "營運部") {
		t.Errorf("show 营运部:\n%s", r.out)
	}
}
