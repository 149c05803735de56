package cli

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

// TestUntranslatedDuty (tryout12 #7): a Chinese duty pasted into en/ and
// an English duty left in zh/ are a note in validate (exit 0), a
// lang-parity warning in check (exit 3) and the untranslated count of a
// comparison, each at the line to change; the fixes followed, all three
// are clean.
func TestUntranslatedDuty(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"en/people.md":      "---\nid: people\nname: People team\n---\n\n## Responsibilities {#resp}\n\n- Hire engineers.\n- 组织新员工培训。\n",
		"zh/people.md":      "---\nid: people\nname: 人事组\n---\n\n## 职责 {#resp}\n\n- 招聘工程师。\n- 组织新员工培训。\n",
		"en/engineering.md": "---\nid: engineering\nname: Engineering department\n---\n\n## Responsibilities {#resp}\n\n- Ship the product.\n- Review pull requests.\n",
		"zh/engineering.md": "---\nid: engineering\nname: 工程部\n---\n\n## 职责 {#resp}\n\n- 交付产品。\n- Review pull requests.\n",
	})
	tidy := func(s string) string { return strings.ReplaceAll(s, dir+string(filepath.Separator), "ORG/") }

	v := run(t, "validate", dir).ok(t)
	want := `ORG/en/people.md:9: note: duty "组织新员工培训。" is not translated (same as ORG/zh/people.md:9)
  write it in English here
ORG/zh/engineering.md:9: note: duty "Review pull requests." is not translated (same as ORG/en/engineering.md:9)
  write it in Chinese here
ok: 2 departments, 2 sections, 4 duties in ` + dir + `, alone and over the built-in content (as --content reads it)
`
	if got := tidy(v.out); got != want {
		t.Errorf("validate:\n%s\nwant:\n%s", got, want)
	}

	c := run(t, "--content", dir, "--builtin=false", "check")
	want = `ORG/en/people.md:9: warning: lang-parity: duty "组织新员工培训。" is not translated (same as ORG/zh/people.md:9)
  fix: translate it: write its en text here
ORG/zh/engineering.md:9: warning: lang-parity: duty "Review pull requests." is not translated (same as ORG/en/engineering.md:9)
  fix: translate it: write its zh text here
2 findings (0 errors, 2 warnings; 4 duties, 8 checks)
`
	if got := tidy(c.out); c.code != exitFindings || got != want {
		t.Errorf("check: exit %d\n%s\nwant exit %d:\n%s", c.code, got, exitFindings, want)
	}

	untranslated := func(lang string) (a, b int) {
		t.Helper()
		r := run(t, "--content", dir, "--builtin=false", "--lang", lang, "compare", "people", "engineering", "--json").ok(t)
		var rep struct{ A, B struct{ Untranslated int } }
		if err := json.Unmarshal([]byte(r.out), &rep); err != nil {
			t.Fatal(err)
		}
		return rep.A.Untranslated, rep.B.Untranslated
	}
	if a, b := untranslated("en"); a != 1 || b != 0 {
		t.Errorf("compare --lang en: untranslated %d, %d; want 1 (people), 0", a, b)
	}
	if a, b := untranslated("zh"); a != 0 || b != 1 {
		t.Errorf("compare --lang zh: untranslated %d, %d; want 0, 1 (engineering)", a, b)
	}

	// The fixes followed.
	writeFile(t, filepath.Join(dir, "en/people.md"), "---\nid: people\nname: People team\n---\n\n## Responsibilities {#resp}\n\n- Hire engineers.\n- Organise training for new staff.\n")
	writeFile(t, filepath.Join(dir, "zh/engineering.md"), "---\nid: engineering\nname: 工程部\n---\n\n## 职责 {#resp}\n\n- 交付产品。\n- 评审代码合并请求（PR）。\n")
	if v := run(t, "validate", dir).ok(t); v.out != "ok: 2 departments, 2 sections, 4 duties in "+dir+", alone and over the built-in content (as --content reads it)\n" {
		t.Errorf("validate after the fixes:\n%s", v.out)
	}
	run(t, "--content", dir, "--builtin=false", "check").ok(t)
	if a, b := untranslated("en"); a != 0 || b != 0 {
		t.Errorf("compare after the fixes: untranslated %d, %d", a, b)
	}
}

// TestCompareClaimsNoFallbackCheckIsSilentOn (tryout20): in an
// organisation written in English alone, a duty of its English file
// written in Chinese is its text: validate and check say nothing of it,
// and compare no longer says it is "shown in Chinese". Read in Chinese
// (--lang zh), which it has no text in, compare says once that the
// organisation is written in English only, not that each department
// lacks a translation.
func TestCompareClaimsNoFallbackCheckIsSilentOn(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"en/a.md": "---\nid: a\nname: Dept A\n---\n\n## Work {#work}\n\n- Approve the yearly budget.\n- 管理办公用品。\n",
		"en/b.md": "---\nid: b\nname: Dept B\n---\n\n## Work {#work}\n\n- Hire new staff.\n",
	})
	if v := run(t, "validate", dir).ok(t); v.out != "ok: 2 departments, 2 sections, 3 duties in "+dir+", alone and over the built-in content (as --content reads it)\n" {
		t.Fatalf("validate:\n%s", v.out)
	}
	if c := run(t, "--content", dir, "--builtin=false", "check").ok(t); strings.Contains(c.out, "lang-parity") {
		t.Fatalf("check:\n%s", c.out)
	}
	en := run(t, "--content", dir, "--builtin=false", "--lang", "en", "compare", "a", "b").ok(t)
	if strings.Contains(en.out, "Chinese") || strings.Contains(en.out, "not written in") {
		t.Errorf("compare --lang en claims a text falls back to Chinese:\n%s", en.out)
	}
	zh := run(t, "--content", dir, "--builtin=false", "--lang", "zh", "compare", "a", "b").ok(t)
	if strings.Count(zh.out, "本组织只有英文文本：内容以英文显示。") != 1 || strings.Contains(zh.out, "没有中文文本") {
		t.Errorf("compare --lang zh: want one note that the organisation is written in English only:\n%s", zh.out)
	}
}
