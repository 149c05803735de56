package cli

import (
	"strings"
	"testing"
)

// whoFails runs search --owners on the built-in content and checks that it
// names no owner, exits 1, and that its note's first line is note.
func whoFails(t *testing.T, note string, args ...string) {
	t.Helper()
	r := run(t, append([]string{"search", "--owners"}, args...)...)
	if first, _, _ := strings.Cut(r.err, "\n"); r.code != 1 || r.out != "" || first != note {
		t.Errorf("search --owners %q: exit %d\nstdout:\n%s\nstderr:\n%s\nwant exit 1, no owner, %q", args, r.code, r.out, r.err, note)
	}
}

// A question asking who does something to a thing no duty mentions names
// no owner, whatever its verb: the duties that plan, run or organise
// something else, or for the same staff, answer another question. The
// same questions with a verb of doing (handles, 负责) already say so.
func TestSearchWhoObjectNoDutyMentions(t *testing.T) {
	for q, note := range map[string]string{
		"who plans staff parties":       "dutymap search: no duty mentions “parties”; closest:",
		"who handles staff parties":     "dutymap search: no duty mentions “parties”; closest:",
		"who runs trade fairs":          "dutymap search: no duty mentions “fairs”; closest:",
		"who organises trade fairs":     "dutymap search: no duty mentions “fairs”; closest:",
		"who hands out gifts at events": "dutymap search: no duty mentions “gifts”; closest:",
		"谁组织员工聚会":                       "dutymap search: no duty mentions “聚会”; closest:",
		"谁负责员工聚会":                       "dutymap search: no duty mentions “聚会”; closest:",
	} {
		whoFails(t, note, q)
	}
	// What the verb is done to, mentioned, answers: a preposition ends it.
	for q, owner := range map[string]string{
		"who sets prices for the zebra?": "Marketing department  (4 duties)",
		"who draws up budgets":           "Finance department  (1 duty)",
		"谁审核促销费用":                        "策划部  (1 项职责)",
	} {
		r := run(t, "search", "--owners", "--limit", "1", q).ok(t)
		if first, _, _ := strings.Cut(r.out, "\n"); first != owner {
			t.Errorf("search --owners --limit 1 %q:\n%s%s\nwant first %q", q, r.out, r.err, owner)
		}
	}
}

// A word inside a department's name does not make it the department a
// question names when the question asks about something no text holds:
// 办公 of 总经理办公室 is no answer to 谁负责办公用品, as "office" is
// none to "who handles office supplies?".
func TestSearchNameWordIsNoAnswerToAnotherThing(t *testing.T) {
	whoFails(t, "dutymap search: no duty mentions “办公” or “用品”; closest:", "谁负责办公用品")
	whoFails(t, "dutymap search: no duty mentions “office”; closest:", "who handles office supplies")
	r := run(t, "search", "--owners", "--json", "谁负责办公用品")
	if r.code != 1 || strings.Contains(r.out, `"named":true`) || strings.Contains(r.out, `"owner"`) {
		t.Errorf("search --owners --json 谁负责办公用品: exit %d\n%s%s\nwant exit 1, no owner", r.code, r.out, r.err)
	}
}

// "trade show" is about trade shows: "show" after a word of the query is
// one of its words, not a request to be shown something, and an office
// whose name holds "trade" and that lists no duties is not the unit the
// query names. "show who sets prices" still asks who sets prices.
func TestSearchTradeShowNamesNoUnion(t *testing.T) {
	r := run(t, "search", "--owners", "--json", "trade show").ok(t)
	if strings.Contains(r.out, "Trade union office") || strings.Contains(r.out, `"named":true`) {
		t.Errorf("search --owners --json \"trade show\" names the trade union:\n%s", r.out)
	}
	r = run(t, "search", "--owners", "--limit", "1", "trade show").ok(t)
	mustContain(t, r.out, "Operations department  (2 duties)\n    operations/on-site/hall-liaison/1  Agree how the booths are laid out on the show floor.\n")
	r = run(t, "search", "--owners", "--limit", "1", "show who sets prices").ok(t)
	if first, _, _ := strings.Cut(r.out, "\n"); first != "Marketing department  (4 duties)" {
		t.Errorf("show who sets prices:\n%s", r.out)
	}
}

// hiringOrg writes a small organisation whose recruiter's one duty says
// "hire" and whose trainer's says "new hires", a noun of the same form.
func hiringOrg(t *testing.T) string {
	t.Helper()
	return writeFiles(t, map[string]string{
		"en/people.md": "---\nid: people\nname: People\n---\n\n## Recruiter {#recruiter .position}\n\n- Hire new staff for every team\n\n" +
			"## Trainer {#trainer .position}\n\n- Run onboarding for new hires\n",
		"en/sales.md": "---\nid: sales\nname: Sales\n---\n\n## Account manager {#account-manager .position}\n\n- Sell to key customers\n",
	})
}

// "who recruits" is "who hires": a verb met through its synonym is the
// verb, and the recruiter's duty a match. "new hires" is a noun, not
// hiring: the trainer is no owner of either question.
func TestSearchWhoVerbThroughSynonym(t *testing.T) {
	dir := hiringOrg(t)
	const recruiter = "People › Recruiter  (1 duty)\n    people/recruiter/1  Hire new staff for every team\n"
	for _, q := range []string{"who recruits", "who hires", "who recruits?", "which department hires"} {
		r := searchIn(t, dir, "--owners", q).ok(t)
		if r.out != recruiter {
			t.Errorf("search --owners %q:\n%s%s\nwant only\n%s", q, r.out, r.err, recruiter)
		}
	}
	r := searchIn(t, dir, "--owners", "--json", "who hires").ok(t)
	if strings.Contains(r.out, "Trainer") {
		t.Errorf("search --owners --json \"who hires\" names the trainer:\n%s", r.out)
	}
}
