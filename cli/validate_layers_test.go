package cli

import (
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
