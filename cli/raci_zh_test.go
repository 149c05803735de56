package cli

import (
	"path/filepath"
	"strings"
	"testing"
)

// A misspelt Chinese RACI label under a duty (负贵 for 负责, 知汇 for 知会,
// with either colon) is reported as the English slip is, with the fix
// that writes the role meant, not glued onto the duty's text while
// validate says ok (tryout15 #4). Following the fixes, the file
// validates, the duty's text is its own and the roles are read.
func TestValidateMisspeltChineseRole(t *testing.T) {
	dept := func(id, name string) string {
		return "---\nid: " + id + "\nname: " + name + "\n---\n## " + name + "职责 {#work}\n\n- 完成本部门的工作。\n"
	}
	dir := writeFiles(t, map[string]string{
		"zh/sales.md":   dept("sales", "销售部"),
		"zh/finance.md": dept("finance", "财务部"),
		"zh/people.md": "---\nid: people\nname: 人事部\n---\n## 招聘专员 {#recruiter .position}\n\n" +
			"- 为各团队招聘新员工\n  负贵：销售部\n  知汇: 财务部\n  批准：人事部\n",
	})
	file := filepath.Join(dir, "zh", "people.md")
	r := run(t, "validate", dir)
	if r.code != 1 {
		t.Fatalf("exit %d, want 1:\n%s%s", r.code, r.out, r.err)
	}
	mustContain(t, r.out,
		file+`:8: unknown role "负贵": the RACI roles are Responsible, Accountable, Consulted and Informed`+"\n  fix: for who does the work, write  负责：销售部\n",
		file+`:9: unknown role "知汇": the RACI roles are Responsible, Accountable, Consulted and Informed`+"\n  fix: for who is told once it is done, write  知会：财务部\n")
	editLines(t, file, func(lines []string) []string {
		lines[7], lines[8] = "  负责：销售部", "  知会：财务部"
		return lines
	})
	run(t, "validate", dir).ok(t)
	out := run(t, "--content", dir, "--builtin=false", "show", "people/recruiter/1").ok(t).out
	mustContain(t, out, "为各团队招聘新员工", "销售部", "财务部")
	if strings.Contains(out, "负贵") || strings.Contains(out, "为各团队招聘新员工 负") {
		t.Errorf("the duty's text holds a role line:\n%s", out)
	}
}
