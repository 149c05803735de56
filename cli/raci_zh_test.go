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
		file+`:8: unknown role "负贵": the RACI roles are 负责, 批准, 咨询 and 知会`+"\n  fix: for who does the work, write  负责：销售部\n",
		file+`:9: unknown role "知汇": the RACI roles are 负责, 批准, 咨询 and 知会`+"\n  fix: for who is told once it is done, write  知会：财务部\n")
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

// A Chinese RACI key more than one character off the key to write
// (负则人 for 负责, 通知人 and 知情人 for 知会, 签批人 for 审批人, a
// department after the role: 负责部门) was glued onto the duty's text
// while validate said ok. Each is reported with the key its characters
// are nearest; a line whose key only looks alike stays the duty's text:
// 执行力 (the power to carry out), 支付方 (who pays), and a word one
// character off a key (知识, knowledge, beside 知会), which was taken
// for a slip. Following the fixes, check passes and the roles are read.
func TestCheckMisspeltChineseRoleFurtherOff(t *testing.T) {
	dept := func(id, name, duty string) string {
		return "---\nid: " + id + "\nname: " + name + "\n---\n## " + name + "职责 {#work}\n\n- " + duty + "\n"
	}
	dir := writeFiles(t, map[string]string{
		"zh/sales.md":   dept("sales", "销售部", "拜访客户。"),
		"zh/finance.md": dept("finance", "财务部", "编制月度预算。"),
		"zh/it.md":      dept("it", "信息部", "维护办公网络。"),
		"zh/people.md": "---\nid: people\nname: 人事部\n---\n## 招聘专员 {#recruiter .position}\n\n" +
			"- 为各团队招聘新员工\n  负则人：人事部\n  签批人：财务部\n  通知人：销售部\n" +
			"- 办理入职手续\n  负责部门：人事部\n  知情人：信息部\n  咨询方：财务部\n  执行力：强\n  支付方：财务部\n  知识：劳动法\n",
	})
	file := filepath.Join(dir, "zh", "people.md")
	role := `: the RACI roles are 负责, 批准, 咨询 and 知会` + "\n  fix: "
	want := []string{
		file + `:8: unknown role "负则人"` + role + "for who does the work, write  负责：人事部\n",
		file + `:9: unknown role "签批人"` + role + "for who answers for it and signs it off, write  批准：财务部\n",
		file + `:10: unknown role "通知人"` + role + "for who is told once it is done, write  知会：销售部\n",
		file + `:12: unknown role "负责部门"` + role + "for who does the work, write  负责：人事部\n",
		file + `:13: unknown role "知情人"` + role + "for who is told once it is done, write  知会：信息部\n",
		file + `:14: unknown role "咨询方"` + role + "for who is asked before it is done, write  咨询：财务部\n",
		"6 problems found",
	}
	r := run(t, "check", dir, "--builtin=false")
	if r.code != 1 {
		t.Fatalf("check: exit %d, want 1:\n%s%s", r.code, r.out, r.err)
	}
	mustContain(t, r.out+r.err, want...)
	if strings.Contains(r.out+r.err, "执行力") || strings.Contains(r.out+r.err, "支付方") || strings.Contains(r.out+r.err, "知识") {
		t.Errorf("a text line reported as a role:\n%s%s", r.out, r.err)
	}
	editLines(t, file, func(lines []string) []string {
		lines[7], lines[8], lines[9] = "  负责：人事部", "  批准：财务部", "  知会：销售部"
		lines[11], lines[12], lines[13] = "  负责：人事部", "  知会：信息部", "  咨询：财务部"
		return lines
	})
	if r := run(t, "check", dir, "--builtin=false"); r.code != 0 {
		t.Errorf("after the fixes: check exit %d:\n%s%s", r.code, r.out, r.err)
	}
	out := run(t, "--content", dir, "--builtin=false", "show", "people/recruiter/2").ok(t).out
	mustContain(t, out, "办理入职手续", "执行力：强", "知识：劳动法", "信息部")
}

// A key that is a word of its own one character off a role's word is
// the word written, not a slip of the role's: 批注 (to annotate) beside
// 批准 (to approve), 执笔人 (who drafted it) beside 执行人 (who does the
// work). The compact dictionary the segmenter loads lacks such less
// frequent words, and check took them for slips, suggesting 批准： and
// 负责： for a comment and a drafter. They stay the duty's text; a slip
// of the role's word (批淮, 执行 with 行 mistyped) is still reported.
func TestCheckWordBesideChineseRoleIsText(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"zh/finance.md": "---\nid: finance\nname: 财务部\n---\n## 财务部职责 {#work}\n\n- 编制月度预算。\n",
		"zh/people.md": "---\nid: people\nname: 人事部\n---\n## 招聘专员 {#recruiter .position}\n\n" +
			"- 修订招聘制度\n  批注：财务部\n  批注人：财务部\n  执笔人：人事部\n" +
			"- 办理入职手续\n  批淮：财务部\n",
	})
	file := filepath.Join(dir, "zh", "people.md")
	r := run(t, "check", dir, "--builtin=false")
	if r.code != 1 {
		t.Fatalf("check: exit %d, want 1:\n%s%s", r.code, r.out, r.err)
	}
	mustContain(t, r.out+r.err, file+`:12: unknown role "批淮"`, "1 problem found")
	for _, key := range []string{"批注", "执笔"} {
		if strings.Contains(r.out+r.err, key) {
			t.Errorf("%s read as a role:\n%s%s", key, r.out, r.err)
		}
	}
	editLines(t, file, func(lines []string) []string { lines[11] = "  批准：财务部"; return lines })
	if r := run(t, "check", dir, "--builtin=false"); r.code != 0 {
		t.Errorf("after the fix: check exit %d:\n%s%s", r.code, r.out, r.err)
	}
	out := run(t, "--content", dir, "--builtin=false", "show", "people/recruiter/1").ok(t).out
	mustContain(t, out, "批注：财务部", "批注人：财务部", "执笔人：人事部")
}
