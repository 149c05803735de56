package ownership

import (
	"fmt"
	"strings"
	"testing"

	"github.com/dutymap/dutymap/model"
)

// sameDutyIn is a folder of n departments, each with a position holding
// the same duty.
func sameDutyIn(n int) map[string]string {
	fs := map[string]string{}
	for i := 1; i <= n; i++ {
		fs[fmt.Sprintf("en/d%02d.md", i)] = fmt.Sprintf("---\nid: d%02d\nname: Dept %d\n---\n## Staff {#staff}\n### Clerk {#clerk .position}\n"+
			"- Approve the annual budget of the whole company.\n", i, i)
		fs[fmt.Sprintf("zh/d%02d.md", i)] = fmt.Sprintf("---\nid: d%02d\nname: 部门%d\n---\n## 职员 {#staff}\n### 文员 {#clerk .position}\n"+
			"- 审批全公司的年度预算。\n", i, i)
	}
	return fs
}

// TestIdenticalDutyIsOneFinding: 30 positions in 30 departments holding
// one duty worded the same are one double-owner finding, not 435 pairs
// (of which check named 71): the duty once, the first five holders with
// their file and line and "and 25 more", the fix naming one accountable
// unit; every holder in Holders (what --json lists). In Chinese too.
func TestIdenticalDutyIsOneFinding(t *testing.T) {
	org := load(t, folder(sameDutyIn(30)))
	for _, c := range []struct {
		lang      model.Lang
		msg, more string
		fix       string
	}{
		{model.En, `"Approve the annual budget of the whole company." is held by 30 departments, and no RACI line says how they split it: Dept 1 › Clerk (org/en/d01.md:7), Dept 2 › Clerk (org/en/d02.md:7)`,
			"Dept 5 › Clerk (org/en/d05.md:7) and 25 more", "add  Accountable: d01/staff/clerk  (or the unit that does) under each of these duties"},
		{model.Zh, "“审批全公司的年度预算。”由 30 个部门共同承担，却没有 RACI 行说明如何分工：部门1 › 文员（org/zh/d01.md:7）",
			"等，另有 25 个", "加一行  批准：d01/staff/clerk （或真正担责的单位），并用 负责： 写明谁来做"},
	} {
		found := Run(org, Options{Lang: c.lang}).Findings
		if len(found) != 1 {
			t.Fatalf("%s: %d findings, want 1:\n%v", c.lang.Code(), len(found), found)
		}
		f := found[0]
		if f.Check != DoubleOwner || !strings.Contains(f.Msg, c.msg) || !strings.HasSuffix(f.Msg, c.more) || !strings.Contains(f.Fix, c.fix) {
			t.Errorf("%s: the finding:\n%s\nwant a message with %q ending %q, a fix with %q", c.lang.Code(), f.In(c.lang), c.msg, c.more, c.fix)
		}
		if strings.Count(f.Msg, "d0") != heldShown {
			t.Errorf("%s: the message should name %d holders:\n%s", c.lang.Code(), heldShown, f.Msg)
		}
		if len(f.Holders) != 30 || len(f.Related) != 29 || Holder(f.Holders[0]).Path != "d01/staff/clerk" || Holder(f.Holders[29]).Path != "d30/staff/clerk" {
			t.Errorf("%s: %d holders, %d related; want 30 and 29, d01 first", c.lang.Code(), len(f.Holders), len(f.Related))
		}
	}
}

// TestIdenticalDutySplitOut: a department whose duty names another
// department accountable shares the work with it, so it leaves the group;
// two left are a pair, worded as pairs are.
func TestIdenticalDutySplitOut(t *testing.T) {
	fs := sameDutyIn(3)
	fs["en/d03.md"] = strings.Replace(fs["en/d03.md"], "company.\n", "company.\n  Accountable: d01\n", 1)
	fs["en/d02.md"] = strings.Replace(fs["en/d02.md"], "company.\n", "company.\n  Accountable: d01\n", 1)
	found := Run(load(t, folder(fs)), Options{}).Findings
	if len(found) != 0 {
		t.Fatalf("all three answer to d01: want no finding, got:\n%v", found)
	}
	fs = sameDutyIn(3)
	fs["en/d03.md"] = strings.Replace(fs["en/d03.md"], "company.\n", "company.\n  Accountable: d01\n", 1)
	found = Run(load(t, folder(fs)), Options{}).Findings
	// d03 answers to d01, so d01–d03 is split, but d02 answers for it
	// alone beside each of them: still one group of three.
	if len(found) != 1 || !strings.Contains(found[0].Msg, "held by 3 departments") {
		t.Fatalf("want one finding of three holders, got:\n%v", found)
	}
	fs = sameDutyIn(2)
	found = Run(load(t, folder(fs)), Options{}).Findings
	if len(found) != 1 || !strings.Contains(found[0].Msg, "reads the same as") || len(found[0].Holders) != 2 {
		t.Fatalf("two departments: want the pair's finding, got:\n%v", found)
	}
}
