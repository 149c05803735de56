package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// validate DIR checks the folder as --content DIR reads it, over the
// built-in content unless --builtin=false, and its ok line says which:
// it said ok to a folder whose alias is a built-in id, which every other
// command then refused (tryout21 F6).
func TestValidateChecksTheFolderAsContentReadsIt(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"en/people.md": "---\nid: people\nname: People\naliases: [HR]\n---\n\n## Duties {#duties}\n\n- Hire staff.\n",
	})
	v := run(t, "validate", dir)
	if v.code != 1 {
		t.Fatalf("validate DIR: exit %d, want 1\n%s%s", v.code, v.out, v.err)
	}
	mustContain(t, v.out, dir+`/en/people.md:4: alias "HR" is the id of another department (hr, built-in/en/hr.md:2)`, "1 problem found")
	mustContain(t, v.err, "dutymap validate: "+dir+" alone is valid; these problems come from reading it over the built-in content, as dutymap --content "+dir+
		" does. Fix them, or keep the built-in content out: dutymap --builtin=false --content "+dir+"\n")
	if s := run(t, "--content", dir, "search", "hire"); s.code != 1 || !strings.Contains(s.err, `alias "HR" is the id of another department`) {
		t.Errorf("--content DIR search: exit %d\n%s", s.code, s.err)
	}
	if a := run(t, "--builtin=false", "validate", dir).ok(t); a.out != "ok: 1 department, 1 section, 1 duty in "+dir+", checked alone (--builtin=false)\n" {
		t.Errorf("--builtin=false validate DIR:\n%s", a.out)
	}
	// The fix the problem gives makes both ok.
	writeFile(t, dir+"/en/people.md", "---\nid: people\nname: People\n---\n\n## Duties {#duties}\n\n- Hire staff.\n")
	if a := run(t, "validate", dir).ok(t); a.out != "ok: 1 department, 1 section, 1 duty in "+dir+", alone and over the built-in content (as --content reads it)\n" {
		t.Errorf("validate DIR after the fix:\n%s", a.out)
	}
	run(t, "--content", dir, "search", "hire").ok(t)
}

// Every command's own words are in one language, the interface language
// (--lang, else the locale, else English), whatever languages the content
// is written in: on a folder written in Chinese alone, check and search
// answered in Chinese and validate in English under the same locale
// (tryout21 F5). The content itself is still shown as written.
func TestOneInterfaceLanguageForEveryCommand(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"zh/sales.md": "---\nid: sales\nname: 销售部\n---\n\n## 职责 {#resp}\n\n- 拜访客户。\n- 制定价格。\n",
	})
	for _, tc := range []struct {
		env                   map[string]string
		validate, check, none string
	}{
		{nil, "ok: 1 department, 1 section, 2 duties in " + dir, "ok: no findings (2 duties, 8 checks)\n", "dutymap search: no duty mentions “visits” or “customers”"},
		{map[string]string{"LANG": "en_GB.UTF-8"}, "ok: 1 department, 1 section, 2 duties in " + dir, "ok: no findings (2 duties, 8 checks)\n", "dutymap search: no duty mentions “visits” or “customers”"},
		{map[string]string{"LANG": "zh_CN.UTF-8"}, "ok：1 个部门，1 个章节，2 项职责（" + dir, "没有发现问题（2 项职责，8 项检查）\n", "dutymap search：没有职责提到“visits”、“customers”"},
	} {
		cmd := func(args ...string) result { return invocation{args: args, env: tc.env}.run(t) }
		if r := cmd("validate", dir); r.code != 0 || !strings.HasPrefix(r.out, tc.validate) {
			t.Errorf("%v validate: exit %d\n%s%s", tc.env, r.code, r.out, r.err)
		}
		if r := cmd("check", dir); r.code != 0 || r.out != tc.check {
			t.Errorf("%v check: exit %d\n%s%s", tc.env, r.code, r.out, r.err)
		}
		if r := cmd("--builtin=false", "--content", dir, "search", "who visits customers"); r.code != 1 || !strings.HasPrefix(r.err, tc.none) {
			t.Errorf("%v search: exit %d\n%s", tc.env, r.code, r.err)
		}
		// The duties are shown as written, in Chinese, under any locale.
		if r := cmd("--builtin=false", "--content", dir, "search", "拜访"); r.code != 0 || r.out != "sales/resp/1  销售部 › 职责 › 拜访客户。\n" {
			t.Errorf("%v search 拜访: exit %d\n%s%s", tc.env, r.code, r.out, r.err)
		}
	}
}

// A folder whose departments have the ids of built-in ones is merged
// into them over the built-in content, and one with a built-in name under
// another id stands beside it, twice in the tree; validate said ok "over
// the built-in content" without a word, and import too (tryout23 G2).
// Both note it, in the interface language; the notes are no problem
// (exit 0), and --builtin=false or other ids and names leave them out.
func TestLayeringOverBuiltinIsNoted(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"en/sales.md":   "---\nid: sales\nname: Sales\n---\n\n## Duties {#duties}\n\n- Visit customers.\n",
		"en/finance.md": "---\nid: finance\nname: Money\n---\n\n## Duties {#duties}\n\n- Pay suppliers.\n",
		"zh/shop.md":    "---\nid: shop\nname: 销售部\n---\n\n## 职责 {#duties}\n\n- 开店。\n",
		"en/shop.md":    "---\nid: shop\nname: Shop\n---\n\n## Duties {#duties}\n\n- Open the shop.\n",
		"en/lab.md":     "---\nid: lab\nname: Lab\n---\n\n## Duties {#duties}\n\n- Test samples.\n",
		"en/history.md": "---\nid: history\nkind: topic\nname: Our history\n---\n\n## Start {#start}\n\n- Founded in 1990.\n",
	})
	v := run(t, "validate", dir).ok(t)
	if !strings.Contains(v.out, "\nok: 4 departments") {
		t.Errorf("validate's ok line:\n%s", v.out)
	}
	if v.err != "dutymap validate: note: finance, sales have the ids of built-in departments: over the built-in content (as --content reads the folder) they are merged into them, their sections and duties joining the built-in ones. Run with --builtin=false, or give them other ids.\n"+
		"dutymap validate: note: the topic history has the id of a built-in topic: over the built-in content (as --content reads the folder) it is merged into it, its sections joining the built-in ones. Run with --builtin=false, or give it another id.\n"+
		"dutymap validate: note: the department 销售部 has the name of a built-in department under another id: over the built-in content the tree shows two departments of that name. Run with --builtin=false, give it another name, or give it the id sales to merge it into the built-in one.\n" {
		t.Errorf("validate's notes:\n%s", v.err)
	}
	if c := run(t, "--content", dir, "validate").ok(t); c.err != v.err {
		t.Errorf("--content DIR validate: the notes of validate DIR, got:\n%s", c.err)
	}
	zh := invocation{args: []string{"validate", dir}, env: map[string]string{"LANG": "zh_CN.UTF-8"}}.run(t).ok(t)
	mustContain(t, zh.err, "dutymap validate：注意：finance、sales 与内置部门的 id 相同", "请用 --builtin=false 运行，或给它们换 id。",
		"dutymap validate：注意：部门 销售部 与一个内置部门同名而 id 不同", "或把它的 id 改为 sales，与内置部门合并。")
	if alone := run(t, "--builtin=false", "validate", dir).ok(t); alone.err != "" {
		t.Errorf("--builtin=false: no note, got:\n%s", alone.err)
	}
	// Following the notes (other ids and names), there is none.
	for _, f := range []string{"en/sales.md", "en/finance.md", "zh/shop.md", "en/history.md"} {
		os.Remove(filepath.Join(dir, f))
	}
	if after := run(t, "validate", dir).ok(t); after.err != "" {
		t.Errorf("no clash left, yet:\n%s", after.err)
	}

	// import says it in its summary.
	sheet := filepath.Join(t.TempDir(), "team.csv")
	writeFile(t, sheet, "部门,职责\n销售部,拜访客户。\n财务部,付款。\nSales,Visit customers.\n")
	r := run(t, "import", sheet, "--out", filepath.Join(t.TempDir(), "team")).ok(t)
	mustContain(t, r.out, "  note: sales has the id of a built-in department:",
		"  note: the departments 销售部 (as the built-in sales), 财务部 (as the built-in finance) have the names of built-in departments under other ids")
}
