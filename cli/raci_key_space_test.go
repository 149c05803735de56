package cli

import (
	"path/filepath"
	"strings"
	"testing"
)

// A Chinese RACI key with a space inside (知 会：, as an input method may
// leave it; an ideographic space too) is read as the key, not glued onto
// the duty's text while validate says ok (tryout16 nit 1): the page names
// the unit under its role and the duty's title is its own.
func TestChineseRoleKeyWithASpaceIsTheKey(t *testing.T) {
	dept := func(id, name string) string {
		return "---\nid: " + id + "\nname: " + name + "\n---\n## " + name + "职责 {#work}\n\n- 完成本部门的工作。\n"
	}
	dir := writeFiles(t, map[string]string{
		"zh/finance.md": dept("finance", "财务部"),
		"zh/sales.md":   dept("sales", "销售部"),
		"zh/people.md": "---\nid: people\nname: 人事部\n---\n## 招聘专员 {#recruiter .position}\n\n" +
			"- 为各团队招聘新员工\n  知 会：财务部\n  负\u3000责：销售部\n",
	})
	run(t, "validate", dir).ok(t)
	out := run(t, "--content", dir, "--builtin=false", "show", "people/recruiter/1").ok(t).out
	mustContain(t, out, "# 为各团队招聘新员工\n", "- R 负责：**销售部**\n", "- I 知会：**财务部**\n")
	if strings.Contains(out, "知 会") {
		t.Errorf("the role line is part of the duty's text:\n%s", out)
	}
}

// A message about a line of a Chinese file names the line in the file's
// words: 负责："销受部" names no unit, not Responsible: (tryout16 nit 15),
// and an unknown role lists the roles as 负责, 批准, 咨询 and 知会; the
// English file's messages keep their English keys.
func TestChineseFileMessagesUseItsRoleKeys(t *testing.T) {
	dept := func(lang, id, name string) string {
		return "---\nid: " + id + "\nname: " + name + "\n---\n## Work {#work}\n\n- Work.\n"
	}
	dir := writeFiles(t, map[string]string{
		"zh/sales.md":  dept("zh", "sales", "销售部"),
		"en/sales.md":  dept("en", "sales", "Sales"),
		"zh/people.md": "---\nid: people\nname: 人事部\n---\n## 工作 {#work}\n\n- 招聘。\n  负责：销受部\n  批准：sales、people\n  知汇：销售部\n",
		"en/people.md": "---\nid: people\nname: People\n---\n## Work {#work}\n\n- Hire.\n  Responsible: salse\n  Informd: sales\n",
	})
	r := run(t, "validate", dir)
	mustContain(t, r.out,
		filepath.Join(dir, "zh", "people.md")+`:8: 负责："销受部" names no unit`+"\n  fix: check the spelling; did you mean sales?\n",
		filepath.Join(dir, "zh", "people.md")+":9: note: 批准： names 2 units, but a duty has one accountable unit\n  keep the one unit that answers for the work on this line and name the others 负责： or 咨询： (dutymap check reports it as multi-accountable)\n",
		filepath.Join(dir, "en", "people.md")+`:8: Responsible: "salse" names no unit`+"\n  fix: check the spelling; did you mean sales?\n",
		filepath.Join(dir, "zh", "people.md")+`:10: unknown role "知汇": the RACI roles are 负责, 批准, 咨询 and 知会`+"\n  fix: for who is told once it is done, write  知会：销售部\n",
		filepath.Join(dir, "en", "people.md")+`:9: unknown role "Informd": the RACI roles are Responsible, Accountable, Consulted and Informed`+"\n  fix: for who is told once it is done, write  Informed: sales\n")
}
