package page

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/dutymap/dutymap/content"
	"github.com/dutymap/dutymap/model"
)

// TestPagesShowWhoHoldsWhat: a duty with RACI lines lists its roles, a
// duty linked to hand-offs lists them, a hand-off its ends and what comes
// back, a department its relations; a duty with no lines adds nothing.
func TestPagesShowWhoHoldsWhat(t *testing.T) {
	org, err := content.Load(content.Builtin())
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		path string
		lang model.Lang
		want []string
	}{
		{"sales/field-execution/2", model.En, []string{"## Who holds it\n\n- R Responsible: **Sales department** (where it is written)\n- A Accountable: **Marketing department**\n\n## Sources"}},
		{"sales/field-execution/2", model.Zh, []string{"## 谁来做、谁担责\n\n- R 负责：**销售部**（所在部门）\n- A 批准：**市场部**\n"}},
		{"sales/in-store/4", model.En, []string{"- C Consulted: **Marketing department**\n", "## Hand-offs\n\n- Takes up: The plan for placing POP material, together with the plan for handing out promotional and public-relations gifts. — *What marketing gives sales*\n"}},
		{"marketing/overall/6", model.En, []string{"## Hand-offs\n\n- Hands over: The sales promotion plan. — *What marketing gives sales*\n"}},
		{"marketing-to-sales/plans/1", model.En, []string{"## Hand-off\n\n- From: Marketing department › Overall charge › Hand the plans",
			"- To: Sales department › Carrying out the marketing plan › Carry out the promotion and publicity methods the marketing department has chosen.\n",
			"- Comes back: What sales reports to marketing › Reports to marketing › Feedback on promotions at the points of sale.\n"}},
		{"sales-to-marketing/reports/6", model.Zh, []string{"- 回应：市场部向销售部提供什么 › 交给销售部的企划 › 销售促进计划。\n"}},
		// An Overlaps line shows on both duties' pages: the one that
		// writes it, and the one it names (found among every duty).
		{"operations/registration-services/1", model.En, []string{"## Also held by\n\n- Sales department › "}},
		{"sales/exhibition-sales/3", model.En, []string{"## Also held by\n\n- Operations department › Services for registered merchants and visitors › Serve the merchants and visitors who have signed up for the exhibition.\n"}},
		{"marketing", model.En, []string{"## Hand-offs\n\n- **What marketing gives sales** — to Sales department, 5 items\n- **What sales reports to marketing** — from Sales department, 9 items\n"}},
	} {
		page := Render(org, org.Node(tc.path), Options{Lang: tc.lang})
		for _, w := range tc.want {
			if !strings.Contains(page, w) {
				t.Errorf("%s (%s) lacks %q:\n%s", tc.path, tc.lang.Code(), w, page)
			}
		}
	}
	if page := Render(org, org.Node("marketing/responsibilities/8"), Options{}); strings.Contains(page, "## Who holds it") || strings.Contains(page, "## Hand-off") {
		t.Errorf("a duty its department holds, with no RACI line, needs no block:\n%s", page)
	}
}

// tryout23: a duty an Overlaps line pairs with this one is listed once,
// under "Also held by", not again as the same duty listed elsewhere or a
// similar one (one duty read as two), and the explorer's 1–9 keys, which
// follow TwinsFirst, skip it too.
func TestOverlappingDutyListedOnce(t *testing.T) {
	org, err := content.Load(content.Builtin())
	if err != nil {
		t.Fatal(err)
	}
	n, other := org.Node("sales/exhibition-sales/3"), org.Node("operations/registration-services/1")
	if !model.Overlaps(n, other) {
		t.Fatal("the built-in pair no longer overlaps")
	}
	page := Render(org, n, Options{Lang: model.En, Related: []model.Match{{Node: other, Score: 1}}})
	if strings.Count(page, "Operations department › Services for registered merchants and visitors") != 1 {
		t.Errorf("the overlapping duty is named more than once:\n%s", page)
	}
	if got := TwinsFirst(n, []model.Match{{Node: other, Score: 1}}, model.En); len(got) != 0 {
		t.Errorf("TwinsFirst keeps the overlapping duty: %v", got)
	}
}

// accountsOrg is tryout24's imported sheet (H26): two positions of Sales,
// in both languages; the account manager's visit is signed off by the
// sales director.
func accountsOrg(t *testing.T) *model.Org {
	t.Helper()
	files := fstest.MapFS{
		"en/sales.md": {Data: []byte("---\nid: sales\nname: Sales\n---\n\n## Account manager {#account-manager .position}\n\n" +
			"- Visit key customers.\n  Code: S1\n  Accountable: Sales director\n\n## Sales director {#sales-director .position}\n\n- Approve discounts.\n  Code: S2\n")},
		"zh/sales.md": {Data: []byte("---\nid: sales\nname: 销售部\n---\n\n## 客户经理 {#account-manager .position}\n\n" +
			"- 拜访重点客户。\n  编号：S1\n  批准：Sales director\n\n## 销售总监 {#sales-director .position}\n\n- 审批折扣。\n  编号：S2\n")},
	}
	org, err := content.Load(content.Layer{Name: "t", Root: "t", FS: files})
	if err != nil {
		t.Fatal(err)
	}
	return org
}

// tryout24 H26: a duty written under a position is the position's, on its
// page as in every matrix: "(where it is written)" names the position, not
// its department.
func TestPositionsDutyIsThePositions(t *testing.T) {
	org := accountsOrg(t)
	for _, tc := range []struct {
		lang model.Lang
		want string
	}{
		{model.En, "## Who holds it\n\n- R Responsible: **Sales › Account manager** (where it is written)\n- A Accountable: **Sales › Sales director**\n"},
		{model.Zh, "## 谁来做、谁担责\n\n- R 负责：**销售部 › 客户经理**（所在岗位）\n- A 批准：**销售部 › 销售总监**\n"},
	} {
		if page := Render(org, org.Node("sales/account-manager/1"), Options{Lang: tc.lang}); !strings.Contains(page, tc.want) {
			t.Errorf("%s: the page lacks %q:\n%s", tc.lang.Code(), tc.want, page)
		}
	}
}

// A hand-off of one item says "1 item" on a department's page (verify24
// V3: "1 items").
func TestHandOffCountSingular(t *testing.T) {
	org, err := content.Load(content.Layer{Name: "t", Root: "t", FS: fstest.MapFS{
		"en/a.md":   {Data: []byte("---\nid: a\nname: A\n---\n## S {#s}\n\n- Do it.\n")},
		"en/b.md":   {Data: []byte("---\nid: b\nname: B\n---\n## S {#s}\n\n- Do that.\n")},
		"en/a-b.md": {Data: []byte("---\nid: a-b\nkind: relation\nname: What A gives B\nfrom: a\nto: b\n---\n## Items {#items}\n\n- The plan.\n")},
	}})
	if err != nil {
		t.Fatal(err)
	}
	if page := Render(org, org.Node("a"), Options{Lang: model.En}); !strings.Contains(page, "— to B, 1 item\n") {
		t.Errorf("one item:\n%s", page)
	}
}
