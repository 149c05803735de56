package cli

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

// ownerRows returns the owner lines of search --owners output (not the
// proof lines under them).
func ownerRows(out string) []string {
	var rows []string
	for _, l := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		if l != "" && !strings.HasPrefix(l, " ") {
			rows = append(rows, l)
		}
	}
	return rows
}

// inPart reports whether an owner row counts only partial matches.
func inPart(row string) bool {
	return strings.HasSuffix(row, " in part)") || strings.HasSuffix(row, "项部分匹配)")
}

// A question asking who does something is answered first by the owners
// whose duties hold what it asks to have done, whatever the number of
// duties that share only its verb ("Sort and file the department's
// documents" for "who files taxes"), which are "in part" and come after.
// Built-in content, as tryout14 #1 found it.
func TestSearchOwnersWithAMatchFirst(t *testing.T) {
	for _, c := range []struct {
		query, first, verbOnly string
	}{
		{"who files taxes", "Finance department  (1 duty)", "Marketing department › General clerk  (2 in part)"},
		{"who reports attendance", "Human resources department  (1 duty)", "Sales department  (3 in part)"}, // "the regular reports" is no reporting
		{"who does quality control", "Production technology department  (1 duty)",
			"Marketing department › Business (channel) planning supervisor  (3 in part)"},
		{"谁管质量控制", "生产技术部  (1 项职责)", "市场部 › 推广制作主管  (1 项部分匹配)"},
	} {
		r := run(t, "search", "--owners", "--limit", "5", c.query).ok(t)
		rows := ownerRows(r.out)
		if len(rows) == 0 || rows[0] != c.first || !strings.Contains(r.out, "\n"+c.verbOnly+"\n") {
			t.Errorf("%q --owners:\n%s\nwant %q first and %q after it", c.query, r.out, c.first, c.verbOnly)
		}
	}
	// "who builds the budget": Finance's "Draw up budgets and final
	// accounts." is among the three owners the explorer shows at 80×24,
	// and no owner with only partial duties ("Take part in building the
	// company website", 7 in part) comes before one with a match.
	for _, q := range []string{"who builds the budget", "who files taxes", "who reports attendance", "who sets prices"} {
		r := run(t, "search", "--owners", "--limit", "0", q).ok(t)
		rows := ownerRows(r.out)
		for i := 1; i < len(rows); i++ {
			if inPart(rows[i-1]) && !inPart(rows[i]) {
				t.Errorf("%q --owners: %q ranks above %q:\n%s", q, rows[i-1], rows[i], r.out)
				break
			}
		}
		if q == "who builds the budget" && (len(rows) < 3 || !strings.Contains(strings.Join(rows[:3], "\n"), "Finance department  (1 duty)")) {
			t.Errorf("%q --owners: Finance is not among the first three:\n%s", q, r.out)
		}
	}
}

// acme is a 15-row sheet of one's own (tryout14's appendix), imported as
// a user imports it. On so small a content a verb ("pay", "run", "set")
// weighs as much as the object it is done to: a duty holding only the
// verb must still be "in part", never "1 duty", and rank after the
// owner whose duty names the object.
func TestSearchOwnersVerbOnlyInPartOnOwnContent(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "acme")
	run(t, "import", filepath.Join("testdata", "acme.csv"), "--out", dir).ok(t)
	for _, c := range []struct{ query, want string }{
		{"who pays salaries", "People › Payroll officer  (1 duty)\n" +
			"    people/payroll/payroll-officer/1  Run payroll every month.\n" +
			"Finance › AP clerk  (1 in part)\n" +
			"    finance/accounts-payable/ap-clerk/2  Pay suppliers on the agreed terms.\n"},
		{"who runs payroll", "People › Payroll officer  (1 duty)\n" +
			"    people/payroll/payroll-officer/1  Run payroll every month.\n" +
			"Marketing › Campaign manager  (1 in part)\n" +
			"    marketing/campaigns/campaign-manager/1  Plan and run marketing campaigns.\n" +
			"People › Recruiter  (1 in part)\n" +
			"    people/recruiting/recruiter/2  Run interviews and make job offers.\n"},
		// ("Pay suppliers" is no payroll duty: pay is payroll's synonym
		// as the noun, not the verb, analysis.NounSense.)
		{"who sets prices", "Sales › Pricing analyst  (1 duty)\n" +
			"    sales/pricing/pricing-analyst/1  Set list prices and discounts.\n" +
			"Marketing › Campaign manager  (1 in part)\n" +
			"    marketing/campaigns/campaign-manager/2  Set the campaign budget.\n"},
		// The verb is still evidence: the budget's owners both match,
		// the one that also sets it first.
		{"who sets the budget", "Marketing › Campaign manager  (1 duty)\n" +
			"    marketing/campaigns/campaign-manager/2  Set the campaign budget.\n" +
			"Finance › Finance manager  (1 duty)\n" +
			"    finance/planning/finance-manager/1  Prepare the annual budget.\n" +
			"Sales › Pricing analyst  (1 in part)\n" +
			"    sales/pricing/pricing-analyst/1  Set list prices and discounts.\n"},
	} {
		r := searchIn(t, dir, "--owners", c.query).ok(t)
		if r.out != c.want {
			t.Errorf("%q --owners:\n%s\nwant:\n%s", c.query, r.out, c.want)
		}
	}
	// The plain list holds the matches first; the duties that merely run
	// something else are marked "in part".
	r := searchIn(t, dir, "who runs payroll").ok(t)
	for _, l := range strings.Split(strings.TrimSpace(r.out), "\n") {
		if (strings.Contains(l, "campaigns") || strings.Contains(l, "interviews")) && !strings.HasSuffix(l, "  (in part)") {
			t.Errorf("who runs payroll: %q is listed as a match", l)
		}
	}
	if !strings.HasPrefix(r.out, "people/payroll/payroll-officer/1  ") {
		t.Errorf("who runs payroll:\n%s", r.out)
	}
	// --json says it with the counts: no duty of the campaign manager's
	// matches, one mentions a word.
	r = searchIn(t, dir, "--owners", "--json", "who runs payroll").ok(t)
	for _, line := range strings.Split(strings.TrimSpace(r.out), "\n") {
		var o ownerHit
		if err := json.Unmarshal([]byte(line), &o); err != nil {
			t.Fatal(err)
		}
		if o.Owner == "Marketing › Campaign manager" && (o.Duties != 0 || o.Mentions != 1) {
			t.Errorf("campaign manager: duties %d, mentions %d; want 0 and 1", o.Duties, o.Mentions)
		}
	}
}

// A department whose summary says what no duty of it does is named by it:
// "who manages money?" is Finance, "by its summary", the summary under it
// as the proof, in both languages and in JSON (F21).
func TestSearchOwnersBySummary(t *testing.T) {
	for _, c := range []struct {
		args         []string
		first, proof string
	}{
		{[]string{"who manages money"}, "Finance department  (by its summary)", "    finance  Manages the company's money: "},
		{[]string{"--lang", "zh", "谁管人"}, "人力资源部  (据部门概述)", "    hr  管理公司的人："},
	} {
		r := run(t, append([]string{"search", "--owners", "--limit", "3"}, c.args...)...).ok(t)
		rows := ownerRows(r.out)
		if len(rows) == 0 || rows[0] != c.first || !strings.Contains(r.out, "\n"+c.proof) {
			t.Errorf("%q --owners:\n%s\nwant %q first, proved by %q", c.args, r.out, c.first, c.proof)
		}
	}
	r := run(t, "search", "--owners", "--json", "--limit", "1", "who manages money").ok(t)
	var o struct {
		Owner     string `json:"owner"`
		BySummary bool   `json:"by_summary"`
		Proof     struct{ Path, Text string }
	}
	if err := json.Unmarshal([]byte(strings.SplitN(r.out, "\n", 2)[0]), &o); err != nil || o.Owner != "Finance department" || !o.BySummary ||
		o.Proof.Path != "finance" || !strings.HasPrefix(o.Proof.Text, "Manages the company's money") {
		t.Errorf("--json: %s (%v), want Finance proved by its summary", r.out, err)
	}
}

// A duty whose Responsible line names another unit answers "who does it?"
// with that unit, "Responsible" shown, and the unit the duty is written
// in after it (F16), accountable for it (its role A, as the page shows it),
// not "in part", which means a partial word match (G9); in both languages.
func TestSearchOwnersResponsibleElsewhere(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"en/eng.md":    "---\nid: eng\nname: Engineering\n---\n\n## Work {#work}\n\n- Build the product.\n- Hire engineers.\n  Responsible: people\n",
		"en/people.md": "---\nid: people\nname: People team\n---\n\n## Work {#work}\n\n- Run payroll.\n",
		"zh/eng.md":    "---\nid: eng\nname: 工程部\n---\n\n## 工作 {#work}\n\n- 开发产品。\n- 招聘工程师。\n  负责：people\n",
		"zh/people.md": "---\nid: people\nname: 人事部\n---\n\n## 工作 {#work}\n\n- 发放工资。\n",
	})
	for _, c := range []struct{ lang, query, want string }{
		{"en", "who hires engineers", "People team  (Responsible for a duty of Engineering)\n    eng/work/2  Hire engineers.\nEngineering  (Accountable (A) for 1 duty)\n    eng/work/2  Hire engineers.\n"},
		{"zh", "谁招聘工程师", "人事部  (负责工程部的职责)\n    eng/work/2  招聘工程师。\n工程部  (批准（A）1 项职责)\n    eng/work/2  招聘工程师。\n"},
	} {
		r := run(t, "--content", dir, "--builtin=false", "search", "--owners", "--no-cache", "--lang", c.lang, c.query).ok(t)
		if r.out != c.want {
			t.Errorf("%q --owners:\n%s\nwant\n%s", c.query, r.out, c.want)
		}
	}
	r := run(t, "--content", dir, "--builtin=false", "search", "--owners", "--no-cache", "--json", "who hires engineers").ok(t)
	if lines := strings.Split(r.out, "\n"); len(lines) < 2 || !strings.Contains(lines[1], `"owner":"Engineering"`) || !strings.Contains(lines[1], `"accountable":1`) {
		t.Errorf("--json: %s, want Engineering second, \"accountable\":1", r.out)
	}
}

// A unit a Responsible line names does the work though it holds no duty
// of its own yet (a new team, the file validate's fix has you create):
// "who does it?" names it first, from the files and from the cache, as
// "who is responsible for it?" does (tryout25 T4).
func TestSearchOwnersResponsibleUnitWithoutDuties(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"en/it.md":         "---\nid: it\nname: IT department\n---\n\n## Support {#support}\n\n- Fix the printers.\n- Order office supplies for the whole company.\n  Responsible: facilities\n",
		"en/facilities.md": "---\nid: facilities\nname: Facilities\n---\n",
	})
	want := "Facilities  (Responsible for a duty of IT department)\n    it/support/2  Order office supplies for the whole company.\n" +
		"IT department  (Accountable (A) for 1 duty)\n    it/support/2  Order office supplies for the whole company.\n"
	env := map[string]string{"XDG_CACHE_HOME": t.TempDir()}
	for _, flags := range [][]string{{"--no-cache"}, {}, {}} { // built, then written to the cache, then read from it
		args := append([]string{"--content", dir, "--builtin=false", "search", "--owners"}, flags...)
		r := invocation{args: append(args, "who orders office supplies?"), env: env}.run(t).ok(t)
		if r.out != want {
			t.Errorf("%v --owners:\n%s\nwant\n%s", flags, r.out, want)
		}
	}
	r := run(t, "--content", dir, "--builtin=false", "--no-cache", "search", "--owners", "who is responsible for ordering office supplies?").ok(t)
	if !strings.HasPrefix(r.out, "Responsible: Facilities  (1 duty)\n") {
		t.Errorf("role question:\n%s", r.out)
	}
}

// A match line names its department by name (department) and by id
// (department_id); an --owners line by id (department) and by name
// (department_name): a script joins the two streams on the id, in
// either language, role questions too (tryout25 T19).
func TestSearchJSONJoinsMatchesAndOwnersByDepartmentID(t *testing.T) {
	type line struct {
		Department     string `json:"department"`
		DepartmentID   string `json:"department_id"`
		DepartmentName string `json:"department_name"`
	}
	read := func(out string) []line {
		var ls []line
		for _, s := range strings.Split(strings.TrimSpace(out), "\n") {
			var l line
			if err := json.Unmarshal([]byte(s), &l); err != nil {
				t.Fatalf("%v: %s", err, s)
			}
			ls = append(ls, l)
		}
		return ls
	}
	for _, c := range []struct{ lang, query, id, name string }{
		{"en", "who sets prices", "marketing", "Marketing department"},
		{"zh", "谁负责定价", "marketing", "市场部"},
		{"en", "who approves the budget", "finance", "Finance department"},
	} {
		matches := read(run(t, "search", "--lang", c.lang, "--json", "--limit", "1", c.query).ok(t).out)
		owners := read(run(t, "search", "--lang", c.lang, "--json", "--owners", "--limit", "1", c.query).ok(t).out)
		if m, o := matches[0], owners[0]; m.DepartmentID != c.id || m.Department != c.name || o.Department != c.id || o.DepartmentName != c.name {
			t.Errorf("%s: match line %+v, owner line %+v; want the id %q and the name %q on both", c.query, m, o, c.id, c.name)
		}
	}
}
