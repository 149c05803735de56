package ui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/dutymap/dutymap/model"
)

// hiringOrg is Engineering, whose duty "Hire engineers." names the People
// team on its Responsible line, in both languages.
func hiringOrg(t *testing.T) *model.Org {
	t.Helper()
	return loadFolder(t, map[string]string{
		"en/eng.md":    "---\nid: eng\nname: Engineering\n---\n\n## Work {#work}\n\n- Build the product.\n- Hire engineers.\n  Responsible: people\n",
		"en/people.md": "---\nid: people\nname: People team\n---\n\n## Work {#work}\n\n- Run payroll.\n",
		"zh/eng.md":    "---\nid: eng\nname: 工程部\n---\n\n## 工作 {#work}\n\n- 开发产品。\n- 招聘工程师。\n  负责：people\n",
		"zh/people.md": "---\nid: people\nname: 人事部\n---\n\n## 工作 {#work}\n\n- 发放工资。\n",
	})
}

// An owner proved by another unit's duty whose Responsible line names it
// says so in the "Who does it" box, as the command line labels it
// ("People team  (Responsible for a duty of Engineering)"), not "named
// in a Engineering duty", which any mention would say; in the count's
// style, the duty that proves it after it; the unit it is written in
// follows, accountable for it (A), not "in part" (G9); in both languages.
func TestSearchOwnerByResponsibleLine(t *testing.T) {
	for _, c := range []struct {
		lang                  model.Lang
		query, owner, label   string
		proof, writtenIn, not string
		accountable           string
	}{
		{model.En, "who hires engineers", "■ People team ", "Responsible for a duty of Engineering", "Hire engineers.", "■ Engineering ", "named in", "Accountable (A) for 1 duty"},
		{model.Zh, "谁招聘工程师", "■ 人事部 ", "负责工程部的职责", "招聘工程师。", "■ 工程部 ", "点名", "批准（A）1 项职责"},
	} {
		d := driveConfig(t, 120, 30, Config{Org: hiringOrg(t), Lang: c.lang, Theme: ThemeDark}).keys("/").typeText(c.query)
		var row, plain string
		for _, l := range strings.Split(d.m.Render(), "\n") {
			if p := ansi.Strip(l); strings.Contains(p, c.owner) {
				row, plain = l, p
				break
			}
		}
		_, rest, _ := strings.Cut(plain, c.owner)
		_, proof, labelled := strings.Cut(rest, c.label)
		if !labelled || !strings.HasPrefix(strings.TrimSpace(proof), c.proof) || strings.Contains(plain, c.not) {
			t.Errorf("%s %q: want the row of %q labelled %q, then %q:\n%s", c.lang.Code(), c.query, c.owner, c.label, c.proof, d.screen())
			continue
		}
		open, _, _ := strings.Cut(d.m.sh.st.Count.Render("x"), "x")
		if sel, _, _ := strings.Cut(d.m.sh.st.RowSelected.Render("x"), "x"); !strings.Contains(row, open+c.label) && !strings.Contains(row, sel) {
			t.Errorf("%s: the label is not in the count's style: %q", c.lang.Code(), row)
		}
		// The unit the duty is written in follows, accountable for it.
		scr := d.screen()
		_, after, ok := strings.Cut(scr, c.writtenIn)
		line, _, _ := strings.Cut(after, "\n")
		_, proved, labelledA := strings.Cut(line, c.accountable)
		if !ok || strings.Index(scr, c.owner) > strings.Index(scr, c.writtenIn) || !labelledA || !strings.HasPrefix(strings.TrimSpace(proved), c.proof) {
			t.Errorf("%s: want %q, then %q labelled %q, proved by %q:\n%s", c.lang.Code(), c.owner, c.writtenIn, c.accountable, c.proof, scr)
		}
	}
}

// An owner answered only by a duty of another unit that names it as the
// doer says whose duty, with the article English gives the unit's name:
// "named in an Accounts duty", not "a Accounts".
func TestSearchOwnerNamedInADutyOfAnotherUnit(t *testing.T) {
	org := loadFolder(t, map[string]string{
		"en/accounts.md": "---\nid: accounts\nname: Accounts\n---\n\n## Work {#work}\n\n- Check the prices the sales department has set.\n",
		"en/sales.md":    "---\nid: sales\nname: Sales department\n---\n\n## Work {#work}\n\n- Visit the customers.\n",
	})
	d := driveConfig(t, 120, 30, Config{Org: org, Lang: model.En, Theme: ThemeDark}).keys("/").typeText("who sets the prices")
	scr := d.screen()
	_, rest, ok := strings.Cut(scr, "■ Sales department ")
	if line, _, _ := strings.Cut(rest, "\n"); !ok || !strings.Contains(line, "named in an Accounts duty  Check the prices") {
		t.Errorf("want Sales department named in an Accounts duty, proved by it:\n%s", scr)
	}
}

// tryout24 H22: a point of a topic's shared work answers "who does it?"
// in the "Who does it" box like a duty: the units its Responsible line
// names, labelled as doing shared work of the topic, the point after
// them; in both languages.
func TestSearchOwnerBySharedWork(t *testing.T) {
	org := loadFolder(t, map[string]string{
		"en/sales.md":   "---\nid: sales\nname: Sales\n---\n\n## Work {#work}\n\n- Sell the products.\n",
		"en/finance.md": "---\nid: finance\nname: Finance\n---\n\n## Work {#work}\n\n- Pay the suppliers.\n",
		"en/ye.md": "---\nid: ye\nkind: topic\nname: Year-end close\n---\n\n## Shared work {#shared}\n\n- Count the stock at year end.\n  Responsible: sales, finance\n  Accountable: sales\n" +
			"- Seal the warehouse at year end.\n  Responsible: sales\n  Accountable: audit\n",
		"en/audit.md":   "---\nid: audit\nname: Audit\n---\n\n## Work {#work}\n\n- Check the accounts.\n",
		"zh/audit.md":   "---\nid: audit\nname: 审计部\n---\n\n## 工作 {#work}\n\n- 检查账目。\n",
		"zh/sales.md":   "---\nid: sales\nname: 销售部\n---\n\n## 工作 {#work}\n\n- 销售产品。\n",
		"zh/finance.md": "---\nid: finance\nname: 财务部\n---\n\n## 工作 {#work}\n\n- 付款给供应商。\n",
		"zh/ye.md": "---\nid: ye\nkind: topic\nname: 年终结算\n---\n\n## 共同工作 {#shared}\n\n- 年终盘点库存。\n  负责：sales, finance\n  批准：sales\n" +
			"- 年终封存仓库。\n  负责：sales\n  批准：audit\n",
	})
	// Sales is responsible and accountable (its Accountable line), Finance
	// responsible: each says so (raci25: the node table keeps the
	// Accountable lines, so the label is the same from the cache).
	for _, c := range []struct {
		lang                    model.Lang
		query, first, second    string
		firstLabel, secondLabel string
		proof                   string
	}{
		{model.En, "who counts the stock", "■ Sales ", "■ Finance ", "R and A for shared work in Year-end close", "Responsible for shared work in Year-end close", "Count the st"},
		{model.Zh, "谁盘点库存", "■ 销售部 ", "■ 财务部 ", "负责并批准（A）年终结算中的共同工作", "负责年终结算中的共同工作", "年终盘点"},
		// Audit answers for sealing the warehouse and does not do it.
		{model.En, "who seals the warehouse", "■ Sales ", "■ Audit ", "Responsible for shared work in Year-end close", "Accountable (A) for shared work in Year-end close", "Seal the"},
		{model.Zh, "谁封存仓库", "■ 销售部 ", "■ 审计部 ", "负责年终结算中的共同工作", "批准（A）年终结算中的共同工作", "年终封存"},
	} {
		d := driveConfig(t, 120, 30, Config{Org: org, Lang: c.lang, Theme: ThemeDark}).keys("/").typeText(c.query)
		scr := d.screen()
		for i, owner := range []string{c.first, c.second} {
			label := []string{c.firstLabel, c.secondLabel}[i]
			_, rest, ok := strings.Cut(scr, owner)
			line, _, _ := strings.Cut(rest, "\n")
			_, proof, labelled := strings.Cut(line, label)
			if !ok || !labelled || !strings.HasPrefix(strings.TrimSpace(proof), c.proof) {
				t.Errorf("%s %q: want %q labelled %q, then %q:\n%s", c.lang.Code(), c.query, owner, label, c.proof, scr)
			}
		}
		if strings.Contains(scr, "no duty") || strings.Contains(scr, "没有职责") {
			t.Errorf("%s %q: a note says no duty mentions the words the point holds:\n%s", c.lang.Code(), c.query, scr)
		}
	}
}
