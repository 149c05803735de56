package cli

import (
	"strings"
	"testing"
)

// A role question ("who is responsible for …", 谁批准 …) whose work no
// duty mentions is answered as the question of doing the work is: no duty
// mentions its head, the closest lines, no owner, exit status 1. Before,
// "who is responsible for planning staff parties" named the Planning
// department "(10 in part)", exit 0, by duties that plan or staff other
// things, while "who plans staff parties" said no duty mentions
// “parties” (fix10-who, left over).
func TestSearchRoleWorkNoDutyMentions(t *testing.T) {
	for role, plain := range map[string]string{
		"who is responsible for planning staff parties": "who plans staff parties",
		"who is accountable for staff parties":          "who handles staff parties",
		"who is responsible for brand awareness":        "who handles brand awareness",
		"谁批准员工聚会":                                       "谁负责员工聚会",
	} {
		r := run(t, "search", "--owners", "--limit", "3", role)
		p := run(t, "search", "--owners", "--limit", "3", plain)
		if r.code != 1 || r.out != "" || r.code != p.code || r.out != p.out || r.err != p.err {
			t.Errorf("search --owners %q: exit %d\n%s%s\nwant exit 1, no owner, as %q: exit %d\n%s%s", role, r.code, r.out, r.err, plain, p.code, p.out, p.err)
		}
	}
	whoFails(t, "dutymap search: no duty mentions “parties”; closest:", "who is responsible for planning staff parties")
	whoFails(t, "dutymap search: no duty mentions “聚会”; closest:", "谁批准员工聚会")
	// Real role answers stay: duties say the work.
	r := run(t, "search", "--owners", "--limit", "1", "who approves expense claims").ok(t)
	// The manager's duty: the manager answers for it (tryout24 H26).
	if !strings.HasPrefix(r.out, "Accountable: Marketing department › Marketing manager  (1 duty)\n") {
		t.Errorf("who approves expense claims: %s", r.out)
	}
	r = run(t, "search", "--owners", "--limit", "1", "who is accountable for pricing?").ok(t)
	// Its own price duties; those written under its positions and units
	// are theirs (tryout24 H26).
	if !strings.HasPrefix(r.out, "Accountable: Marketing department  (4 duties)\n") {
		t.Errorf("who is accountable for pricing?: %s", r.out)
	}
}

// On an organisation of one's own: 谁批准报销 names the finance department
// by the duty that says 报销, and a RACI line under a topic's point
// naming holders for the whole work still answers when no duty mentions
// it ("who is responsible for staff parties?": the point "Plan the staff
// parties", Responsible: hr).
func TestSearchRoleWorkHeldByARACILine(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"en/finance.md": "---\nid: finance\nname: Finance\n---\n\n## Duties {#duties}\n\n- Approve staff expense claims\n- Plan the yearly budget\n",
		"zh/财务部.md":     "---\nid: finance\nname: 财务部\n---\n\n## 职责 {#duties}\n\n- 审批员工费用报销\n- 编制年度预算\n",
		"en/hr.md":      "---\nid: hr\nname: People\n---\n\n## Duties {#duties}\n\n- Plan staff training\n",
		"en/events.md":  "---\nid: events\nkind: topic\nname: Staff events\nconcerns: [hr, finance]\n---\n\n## Shared work {#shared}\nResponsible: hr\nAccountable: finance\n\n- Plan the staff parties\n",
	})
	r := searchIn(t, dir, "--owners", "--limit", "1", "谁批准报销").ok(t)
	if !strings.HasPrefix(r.out, "批准：财务部  (1 项职责)\n") {
		t.Errorf("谁批准报销: %s%s", r.out, r.err)
	}
	r = searchIn(t, dir, "--owners", "--limit", "1", "who is responsible for staff parties?").ok(t)
	if !strings.HasPrefix(r.out, "Responsible: People  (") {
		t.Errorf("who is responsible for staff parties?: %s%s", r.out, r.err)
	}
	// Without the line, the same question has no owner: no duty says parties.
	writeFile(t, dir+"/en/events.md", "---\nid: events\nkind: topic\nname: Staff events\nconcerns: [hr, finance]\n---\n\n## Shared work {#shared}\n\n- Plan the staff parties\n")
	r = searchIn(t, dir, "--owners", "--limit", "1", "who is responsible for staff parties?")
	if r.code != 1 || r.out != "" {
		t.Errorf("without the RACI line: exit %d\n%s%s\nwant exit 1, no owner", r.code, r.out, r.err)
	}
}

// The closest lines of an unanswered question never open with a unit that
// holds no duty: "who plans staff parties" listed the Party committee
// office and the Party-mass work department (party ~ parties, and the
// sources name no duty of theirs) before the duties that plan or staff
// (tryout16 nit 9).
func TestSearchClosestNeverOpensWithADutylessUnit(t *testing.T) {
	for _, q := range []string{"who plans staff parties", "who is responsible for planning staff parties"} {
		r := run(t, "search", "--owners", "--limit", "3", q)
		if !strings.HasPrefix(r.err, "dutymap search: no duty mentions “parties”; closest:\n  planning/responsibilities/6  ") || strings.Contains(r.err, "party-mass") {
			t.Errorf("%q: exit %d\n%s", q, r.code, r.err)
		}
	}
	dir := writeFiles(t, map[string]string{
		"en/party.md": "---\nid: party\nname: Party office\n---\n\nThe sources name it only.\n",
		"en/hr.md":    "---\nid: hr\nname: People\n---\n\n## Duties {#duties}\n\n- Plan staff training\n- Keep staff records\n",
	})
	r := searchIn(t, dir, "--owners", "who plans staff parties")
	duty, unit := strings.Index(r.err, "\n  hr/duties/2  "), strings.Index(r.err, "\n  party  Party office")
	if r.code != 1 || r.out != "" || !strings.HasPrefix(r.err, "dutymap search: no duty mentions “parties”; closest:\n  hr/duties/1  ") || duty < 0 || unit < duty {
		t.Errorf("own organisation: exit %d\n%s%s\nwant the duties that share staff first, the Party office after them", r.code, r.out, r.err)
	}
	// Asked for by name, a unit with no duty still answers.
	r = searchIn(t, dir, "--owners", "party office").ok(t)
	if !strings.HasPrefix(r.out, "Party office  (") {
		t.Errorf("party office: %s%s", r.out, r.err)
	}
}
