package cli

import (
	"path/filepath"
	"testing"
)

// mixedOrg is a folder validate accepts, written as a new user writes one
// (tryout24 H6): finance in English and Chinese, people and sales in
// English only, a Chinese-only stores department, groups named in both
// languages, a position nested under a section.
var mixedOrg = map[string]string{
	"groups.yaml": "- id: back\n  name:\n    en: Back office\n    zh: 后台\n- id: front\n  name:\n    en: Front office\n    zh: 前台\n",
	"en/finance.md": "---\nid: finance\nname: Finance\naliases: [accounts]\ngroup: back\n---\n\n" +
		"## Payments {#payments}\n- Pay suppliers.\n  Consulted: people\n",
	"zh/finance.md": "---\nid: finance\nname: 财务部\n---\n\n## 付款 {#payments}\n- 支付供应商。\n",
	"en/people.md": "---\nid: people\nname: People team\ngroup: front\n---\n\n" +
		"## Training\n- Train managers.\n\n### Recruiter {#recruiter .position}\n- Screen applicants.\n  Accountable: finance\n",
	"zh/stores.md": "---\nid: stores\nname: 仓库\ngroup: back\n---\n\n## 收货 {#receiving}\n\n### 仓管员 {#keeper .position}\n- 清点到货。\n  批准：finance\n",
}

// TestImportRoundTripMixedLanguages (tryout24 H6): export -o x.csv (or
// .xlsx) of a folder mixing English-only, Chinese-only and two-language
// departments imports back, and exports again to the same bytes, with
// each group's names in both languages kept.
func TestImportRoundTripMixedLanguages(t *testing.T) {
	org := writeFiles(t, mixedOrg)
	flags := []string{"--content", org, "--builtin=false"}
	first := run(t, append(flags, "export", "--format", "csv")...).ok(t).out
	for _, format := range []string{"csv", "xlsx"} {
		dir := t.TempDir()
		file := filepath.Join(dir, "org."+format)
		run(t, append(flags, "export", "-o", file)...).ok(t)
		out := filepath.Join(dir, "org")
		mustContain(t, run(t, "import", file, "--out", out).ok(t).out, "Wrote 5 files to "+out+": 3 departments, 5 sections, 4 duties (en, zh).")
		if again := run(t, "--content", out, "--builtin=false", "export", "--format", "csv").ok(t).out; again != first {
			t.Errorf("through %s: the second export differs:\n%s\nthe first:\n%s", format, again, first)
		}
		if got := readFile(t, filepath.Join(out, "groups.yaml")); got != mixedOrg["groups.yaml"] {
			t.Errorf("through %s: groups.yaml\n%s", format, got)
		}
	}
}
