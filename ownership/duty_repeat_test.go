package ownership

import (
	"strings"
	"testing"

	"github.com/dutymap/dutymap/model"
)

// TestDutyWrittenTwiceInOneUnit: a duty written twice under one position
// (worded the same, case, spacing and end full stop aside) is one
// duty-repeat finding that names both lines; when only one copy has a RACI
// line, the fix keeps that copy and deletes the other, and done so the
// finding is gone. The same duty in two positions is no repeat.
func TestDutyWrittenTwiceInOneUnit(t *testing.T) {
	const ops = "---\nid: ops\nname: Operations\n---\n## Office {#office}\n### Clerk {#clerk .position}\n" +
		"- File invoices.\n  Accountable: fin\n" + // lines 7–8
		"- file  invoices\n" + // line 9
		"### Porter {#porter .position}\n- File invoices.\n"
	const fin = "---\nid: fin\nname: Finance\n---\n## Payments {#payments}\n- Pay the suppliers.\n"
	org := load(t, folder(map[string]string{"en/ops.md": ops, "en/fin.md": fin}))
	found := Run(org, Options{Checks: []Check{DutyRepeat}}).Findings
	if len(found) != 1 {
		t.Fatalf("%d findings, want 1:\n%v", len(found), found)
	}
	want := `org/en/ops.md:9: warning: duty-repeat: "File invoices." is written twice under Operations › Office › Clerk (lines 7 and 9): it is one duty
  fix: their RACI lines differ (line 7: Accountable: fin; line 9: no RACI line): keep the copy whose lines are right and delete the others with the lines under them, so that the duty is written once; to keep line 7's, delete line 9`
	if got := found[0].String(); got != want {
		t.Errorf("the finding:\n%s\nwant:\n%s", got, want)
	}
	if len(found[0].Related) != 1 || found[0].Related[0].Path != "ops/office/clerk/1" {
		t.Errorf("related: %v, want the copy kept", found[0].Related)
	}
	// The fix, done: no finding.
	fixed := strings.Replace(ops, "- file  invoices\n", "", 1)
	if f := Run(load(t, folder(map[string]string{"en/ops.md": fixed, "en/fin.md": fin})), Options{}).Findings; len(f) != 0 {
		t.Errorf("after the fix, findings:\n%v", f)
	}

	zh := Run(org, Options{Checks: []Check{DutyRepeat}, Lang: model.Zh}).Findings
	if len(zh) != 1 || !strings.Contains(zh[0].Msg, "“File invoices.”在 Operations › Office › Clerk 下写了两次（第 7 和 9 行）") ||
		!strings.Contains(zh[0].Fix, "若保留第 7 行的，删去第 9 行") {
		t.Errorf("in Chinese:\n%v", zh)
	}
}

// TestDutyRepeatSameLines: copies with the same RACI lines (or none) are
// one finding at the second, whose fix deletes the repeats; three copies
// in both languages' files name the other file's lines too.
func TestDutyRepeatSameLines(t *testing.T) {
	en := "---\nid: d\nname: D\n---\n## Desk {#desk}\n- Answer the phone.\n- Sort the mail.\n- Answer the phone.\n- ANSWER THE PHONE\n"
	zh := "---\nid: d\nname: 部门\n---\n## 前台 {#desk}\n- 接电话。\n- 分拣邮件。\n- 接电话。\n- 接电话。\n"
	found := Run(load(t, folder(map[string]string{"en/d.md": en, "zh/d.md": zh})), Options{Checks: []Check{DutyRepeat}}).Findings
	want := `org/en/d.md:8: warning: duty-repeat: "Answer the phone." is written 3 times under D › Desk (lines 6, 8 and 9): it is one duty
  fix: delete lines 8 and 9 (and in org/zh/d.md, lines 8 and 9), so that the duty is written once; if they are different duties, say how in their wording`
	if len(found) != 1 || found[0].String() != want {
		t.Errorf("findings:\n%v\nwant:\n%s", found, want)
	}
	// One copy to delete in each file: "line", not "lines" (tryout28 P14).
	en2 := "---\nid: d\nname: D\n---\n## Desk {#desk}\n- Answer the phone.\n- Sort the mail.\n- Answer the phone.\n"
	zh2 := "---\nid: d\nname: 部门\n---\n## 前台 {#desk}\n- 接电话。\n- 分拣邮件。\n- 接电话。\n"
	two := Run(load(t, folder(map[string]string{"en/d.md": en2, "zh/d.md": zh2})), Options{Checks: []Check{DutyRepeat}}).Findings
	if len(two) != 1 || !strings.Contains(two[0].Fix, "delete line 8 (and in org/zh/d.md, line 8), so that") {
		t.Errorf("one copy in each file:\n%v", two)
	}
	// In Chinese, a Chinese name takes no spaces; three numbers are
	// listed with 、 (tryout24 H16).
	found = Run(load(t, folder(map[string]string{"en/d.md": en, "zh/d.md": zh})), Options{Checks: []Check{DutyRepeat}, Lang: model.Zh}).Findings
	if want := "“接电话。”在部门 › 前台下写了 3 次（第 6、8 和 9 行）"; len(found) != 1 || !strings.Contains(found[0].Msg, want) {
		t.Errorf("in Chinese:\n%v\nwant %s", found, want)
	}
}

// TestDutyRepeatIsOneHolder: a duty written twice in one position is one
// holder to double-owner: a pair with another department's copy is one
// pair finding (not a group of three, nor two pairs), and a group lists
// the position once.
func TestDutyRepeatIsOneHolder(t *testing.T) {
	fs := map[string]string{
		"en/ops.md": "---\nid: ops\nname: Ops\n---\n## Office {#office}\n### Clerk {#clerk .position}\n- File invoices.\n- File invoices.\n",
		"en/fin.md": "---\nid: fin\nname: Fin\n---\n## Team {#team}\n- File invoices.\n",
	}
	found := Run(load(t, folder(fs)), Options{Checks: []Check{DoubleOwner}}).Findings
	if len(found) != 1 || !strings.Contains(found[0].Msg, "reads the same as") || found[0].Node.Path != "ops/office/clerk/1" {
		t.Errorf("want one pair, at the first copy:\n%v", found)
	}
	fs["en/hr.md"] = "---\nid: hr\nname: HR\n---\n## Team {#team}\n- File invoices.\n"
	found = Run(load(t, folder(fs)), Options{Checks: []Check{DoubleOwner}}).Findings
	if len(found) != 1 || !strings.HasSuffix(found[0].Msg, "held by 3 departments, and no RACI line says how they split it: Fin (org/en/fin.md:6), HR (org/en/hr.md:6), Ops › Clerk (org/en/ops.md:7)") ||
		len(found[0].Holders) != 3 {
		t.Errorf("want one group of three holders:\n%v", found)
	}
}
