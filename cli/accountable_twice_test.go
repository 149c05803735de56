package cli

import (
	"path/filepath"
	"strings"
	"testing"
)

// A second Accountable: line naming another unit gets check's fix for a
// duty with two accountable units, keep one and name the other
// Responsible: or Consulted:, not the join that would lead straight into
// check's multi-accountable error (tryout16 B-8). Applied as printed, the
// folder validates and check finds nothing; a second line of the other
// roles is still joined into the first.
func TestSecondAccountableLineFixPassesCheck(t *testing.T) {
	dept := func(id, name string) string {
		return "---\nid: " + id + "\nname: " + name + "\n---\n## Work {#work}\n\n- Do the work of " + name + ".\n"
	}
	cases := []struct {
		name, file, people, want string
		apply                    func([]string) []string
	}{
		{"en, a Responsible line to join", "en/people.md",
			"- Send offer letters to chosen candidates.\n  Responsible: people\n  Accountable: people\n  Accountable: finance\n",
			":10: a second Accountable: line for the same duty\n  fix: a duty has one accountable unit: keep line 9  Accountable: people  (the one that answers for the work) and name the other Responsible: or Consulted: — make line 8  Responsible: people, finance  and delete this line, or make this line  Consulted: finance\n",
			func(l []string) []string { l[7] = "  Responsible: people, finance"; return append(l[:9], l[10:]...) }},
		{"en, no other line", "en/people.md",
			"- Send offer letters to chosen candidates.\n  Accountable: people\n  Accountable: finance\n",
			":9: a second Accountable: line for the same duty\n  fix: a duty has one accountable unit: keep line 8  Accountable: people  (the one that answers for the work) and name the other Responsible: or Consulted: — make this line  Responsible: finance, or make this line  Consulted: finance\n",
			func(l []string) []string { l[8] = "  Responsible: finance"; return l }},
		{"en, the second line unindented", "en/people.md",
			"- Send offer letters to chosen candidates.\n  Accountable: people\nAccountable: finance\n",
			":9: this Accountable: line is not indented, so it belongs to no duty\n  fix: it belongs to the duty on line 7, which has a Accountable: line already: a duty has one accountable unit: keep line 8  Accountable: people  (the one that answers for the work) and name the other Responsible: or Consulted: — indent this line by 2 spaces and make it  Responsible: finance, or indent this line by 2 spaces and make it  Consulted: finance\n",
			func(l []string) []string { l[8] = "  Responsible: finance"; return l }},
		{"zh", "zh/people.md",
			"- 向选中的候选人发录用通知。\n  批准：people\n  咨询：sales\n  批准：finance、people\n",
			":10: a second 批准： line for the same duty\n  fix: a duty has one accountable unit: keep line 8  批准：people  (the one that answers for the work) and name the other 负责： or 咨询： — make this line  负责：finance, or make line 9  咨询：sales、finance  and delete this line\n",
			func(l []string) []string { l[8] = "  咨询：sales、finance"; return append(l[:9], l[10:]...) }},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			lang := strings.Split(tc.file, "/")[0]
			dir := writeFiles(t, map[string]string{
				lang + "/finance.md": dept("finance", "Finance"),
				lang + "/sales.md":   dept("sales", "Sales"),
				tc.file:              "---\nid: people\nname: People\n---\n## Work {#work}\n\n" + tc.people,
			})
			out := fixThenCheck(t, dir, filepath.Join(dir, tc.file), tc.want, tc.apply)
			if strings.Contains(out, "multi-accountable") {
				t.Fatalf("the fix, applied, leads into check's error:\n%s", out)
			}
		})
	}
}

// A second line of another role is still joined into the first: a duty
// may have several responsible, consulted or informed units.
func TestSecondInformedLineIsJoined(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"en/finance.md": "---\nid: finance\nname: Finance\n---\n## Work {#work}\n\n- Keep the books.\n",
		"en/people.md":  "---\nid: people\nname: People\n---\n## Work {#work}\n\n- Hire.\n  Informed: finance\n  Informed: people\n",
	})
	r := run(t, "validate", dir)
	mustContain(t, r.out, filepath.Join(dir, "en/people.md")+":9: a second Informed: line for the same duty\n  fix: write both on one line: make line 8  Informed: finance, people  and delete this line\n")
}

// A fix check offers for a second role line, an unindented one or a
// misspelt role wrote names into a role without looking at the duty's
// other role lines, those after it included: applied, it named a unit in
// two roles, and check then reported raci-repeat (a fix that leads into
// a new error). Each fix is now checked against every RACI line of the
// duty: a unit another line gives a weaker role comes off that line, one
// a stronger line names is left out (and a line left with nothing is
// deleted). Each case applies the first way its fix offers; then the
// folder validates and check finds nothing.
func TestRoleLineFixesMakeNoRepeat(t *testing.T) {
	dept := func(id string) string {
		return "---\nid: " + id + "\nname: " + id + "\n---\n## Work {#work}\n\n- Do the work of " + id + ".\n"
	}
	cases := []struct {
		name, duty, want string
		apply            func([]string) []string
	}{
		{"second Accountable, the other consulted below it",
			"  Accountable: people\n  Accountable: finance\n  Consulted: finance\n",
			":9: a second Accountable: line for the same duty\n  fix: a duty has one accountable unit: keep line 8  Accountable: people  (the one that answers for the work) and name the other Responsible: or Consulted: — make this line  Responsible: finance, and delete line 10 (Consulted: finance), or delete this line (line 10 says  Consulted: finance)\n",
			func(l []string) []string { l[8] = "  Responsible: finance"; return l[:9] }},
		{"second Accountable naming two, one responsible, one consulted",
			"  Responsible: sales\n  Consulted: finance\n  Accountable: people\n  Accountable: sales, finance\n",
			":11: a second Accountable: line for the same duty\n  fix: a duty has one accountable unit: keep line 10  Accountable: people  (the one that answers for the work) and name the others Responsible: or Consulted: — make line 8  Responsible: sales, finance  and delete this line, and delete line 9 (Consulted: finance), or delete this line (line 9 says  Consulted: finance; sales is named Responsible: on line 8, which says more)\n",
			func(l []string) []string { l[7] = "  Responsible: sales, finance"; return l[:8] }},
		{"second Informed naming the responsible unit",
			"  Responsible: people\n  Informed: finance\n  Informed: people\n",
			":10: a second Informed: line for the same duty\n  fix: delete this line: people is named Responsible: on line 8, which says more\n",
			func(l []string) []string { return l[:9] }},
		{"second Consulted naming an informed unit",
			"  Consulted: sales\n  Informed: finance\n  Consulted: finance\n",
			":10: a second Consulted: line for the same duty\n  fix: write both on one line: make line 8  Consulted: sales, finance  and delete this line, and delete line 9 (Informed: finance)\n",
			func(l []string) []string { l[7] = "  Consulted: sales, finance"; return l[:8] }},
		{"unindented Consulted naming the responsible unit",
			"  Responsible: finance\nConsulted: finance\n",
			":9: this Consulted: line is not indented, so it belongs to no duty\n  fix: delete it: finance is named Responsible: on line 8, which says more\n",
			func(l []string) []string { return l[:8] }},
		{"misspelt role naming an informed unit",
			"  Informed: sales, finance\n  Approver: finance\n",
			":9: unknown role \"Approver\": the RACI roles are Responsible, Accountable, Consulted and Informed\n  fix: for who answers for it and signs it off, write  Accountable: finance, and make line 8  Informed: sales\n",
			func(l []string) []string { l[7], l[8] = "  Informed: sales", "  Accountable: finance"; return l }},
		{"misspelt Consulted naming the responsible unit",
			"  Responsible: finance\n  Reviewer: finance\n",
			":9: unknown role \"Reviewer\": the RACI roles are Responsible, Accountable, Consulted and Informed\n  fix: delete this line: finance is named Responsible: on line 8, which says more\n",
			func(l []string) []string { return l[:8] }},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			dir := writeFiles(t, map[string]string{
				"en/finance.md": dept("finance"),
				"en/sales.md":   dept("sales"),
				"en/people.md":  "---\nid: people\nname: People\n---\n## Work {#work}\n\n- Hire.\n" + tc.duty,
			})
			out := fixThenCheck(t, dir, filepath.Join(dir, "en/people.md"), tc.want, tc.apply)
			mustContain(t, out, "ok: no findings")
		})
	}
}

// fixThenCheck runs validate on dir, which must fail with want (after
// file's name), applies the fix to file as apply does, and returns what
// check then prints, once validate passes.
func fixThenCheck(t *testing.T, dir, file, want string, apply func([]string) []string) string {
	t.Helper()
	r := run(t, "validate", dir)
	if r.code != 1 {
		t.Fatalf("validate: exit %d, want 1:\n%s%s", r.code, r.out, r.err)
	}
	mustContain(t, r.out, file+want)
	editLines(t, file, apply)
	run(t, "validate", dir).ok(t)
	return run(t, "--content", dir, "--builtin=false", "check").ok(t).out
}
