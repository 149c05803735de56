package cli

import (
	"strings"
	"testing"
)

// A question asking for a department ("which department …", "which team
// …", 哪个部门…) is answered with departments first, each counting the
// duties of its positions and naming the position holding most of them;
// its positions follow. A question asking who, or which role, keeps the
// positions where their duties put them (G19).
func TestSearchDeptQuestionsAnswerWithDepartments(t *testing.T) {
	const (
		marketing = "Marketing department  (18 duties, 10 of them the market research supervisor's)\n" +
			"    marketing/positions/compilation-scheme/market-research-supervisor/1  Draw up the market research plan and carry it out.\n"
		supervisor = "Marketing department › Market research supervisor  (10 duties)\n" +
			"    marketing/positions/compilation-scheme/market-research-supervisor/1  Draw up the market research plan and carry it out.\n"
		shichang = "市场部  (13 项职责，其中 10 项属市场调研主管)\n" +
			"    marketing/positions/compilation-scheme/market-research-supervisor/1  编制市场调研计划并组织落实。\n"
	)
	for _, c := range []struct {
		query, first string
	}{
		{"which department does market research", marketing},
		{"which team does market research", marketing},
		{"哪个部门负责市场调研", shichang},
		{"哪个团队负责市场调研", shichang},
		{"what departments do market research", marketing},
		{"哪些部门负责市场调研", shichang},
		{"市场调研由哪个部门负责", shichang},
		{"who does market research", supervisor},
		{"which role does market research", supervisor},
	} {
		r := run(t, "search", "--owners", "--limit", "1", c.query).ok(t)
		if r.out != c.first {
			t.Errorf("search --owners --limit 1 %q:\n%s\nwant\n%s", c.query, r.out, c.first)
		}
	}
	// The positions follow the departments.
	r := run(t, "search", "--owners", "--limit", "5", "which department does market research").ok(t)
	if !strings.HasPrefix(r.out, marketing+"Planning department  (1 duty)\n") || !strings.Contains(r.out, "\n"+supervisor) {
		t.Errorf("search --owners --limit 5:\n%s\nwant Marketing, Planning, …, then the supervisor", r.out)
	}
	r = run(t, "search", "--owners", "--limit", "1", "--json", "which department does market research").ok(t)
	if !strings.Contains(r.out, `"owner":"Marketing department","path":"marketing"`) || !strings.Contains(r.out, `"duties":18`) ||
		!strings.Contains(r.out, `"share":{"position":"Market research supervisor","path":"marketing/positions/compilation-scheme/market-research-supervisor","duties":10}`) {
		t.Errorf("--json: %s, want Marketing with 18 duties, 10 the supervisor's", r.out)
	}
}
