package cli

import (
	"strings"
	"testing"
)

// search reads a department's name, and the slips of it show reads, as
// show does: the department first, and a note saying how a slip was read
// (tryout13 #4); its own id or name puts it first, in either language
// (tryout13: "search marketing"). Ordinary words are searched as words.
func TestSearchReadsDepartmentNames(t *testing.T) {
	for _, c := range []struct {
		args      []string
		first     string // the first line of the answer
		note      string // standard error
		firstRole string // --owners: the first owner's line
	}{
		{[]string{"销受部"}, "sales  销售部", "dutymap search: \"销受部\" is read as sales (销售部)\n", "销售部  (37 项职责)"},
		{[]string{"市场不"}, "marketing  市场部", "dutymap search: \"市场不\" is read as marketing (市场部)\n", "市场部  (66 项职责)"},
		{[]string{"财物部"}, "finance  财务部", "dutymap search: \"财物部\" is read as finance (财务部)\n", "财务部  (3 项职责)"},
		{[]string{"xiaoshoubu"}, "sales  销售部", "dutymap search: \"xiaoshoubu\" is read as sales (销售部)\n", "销售部  (37 项职责)"},
		{[]string{"markting"}, "marketing  Marketing department", "dutymap search: \"markting\" is read as marketing (Marketing department)\n", "Marketing department  (66 duties)"},
		{[]string{"marketing"}, "marketing  Marketing department", "", "Marketing department  (66 duties)"},
		{[]string{"市场部"}, "marketing  市场部", "", "市场部  (66 项职责)"},
		{[]string{"sales"}, "sales  Sales department", "", "Sales department  (37 duties)"},
	} {
		r := run(t, append([]string{"search", "--limit", "2"}, c.args...)...).ok(t)
		if first, _, _ := strings.Cut(r.out, "\n"); first != c.first || r.err != c.note {
			t.Errorf("search %q:\n%s%s\nwant first %q, note %q", c.args, r.out, r.err, c.first, c.note)
		}
		r = run(t, append([]string{"search", "--owners", "--limit", "2"}, c.args...)...).ok(t)
		if first, _, _ := strings.Cut(r.out, "\n"); first != c.firstRole || r.err != c.note {
			t.Errorf("search --owners %q:\n%s%s\nwant first %q, note %q", c.args, r.out, r.err, c.firstRole, c.note)
		}
	}
	// A word the duties say, one letter off a name, is that word.
	r := run(t, "search", "--limit", "1", "sale").ok(t)
	if strings.Contains(r.err, "read as") || strings.HasPrefix(r.out, "sales  ") {
		t.Errorf("search sale:\n%s%s\nwant the duties that say sale, no note", r.out, r.err)
	}
}

// The note about an owner the sources list no duties for is about the
// owner that answers the query, listed first: "office" lists the General
// manager's office first, and says nothing of the Trade union office or
// the Security department further down (tryout13 nits); a query naming
// the trade union office is answered by it, with the note.
func TestSearchUnlistedNoteAgreesWithFirstRow(t *testing.T) {
	r := run(t, "search", "--limit", "3", "office").ok(t)
	if first, _, _ := strings.Cut(r.out, "\n"); first != "general-office  General manager's office" || r.err != "" {
		t.Errorf("search office:\n%s%s\nwant the General manager's office first, no note", r.out, r.err)
	}
	r = run(t, "search", "--limit", "3", "trade", "union", "office").ok(t)
	if first, _, _ := strings.Cut(r.out, "\n"); first != "trade-union  Trade union office" || strings.Contains(r.err, "Security") ||
		!strings.HasPrefix(r.err, "dutymap search: the owner is Trade union office, but the sources list no duties for it\n") {
		t.Errorf("search trade union office:\n%s%s\nwant it first, with the note", r.out, r.err)
	}
}

// A role question whose question word is one slip off answers with the
// role's label, as the question spelt right does, and says how it read
// the word (tryout13 #2).
func TestSearchMisspeltRoleQuestion(t *testing.T) {
	for _, c := range []struct{ query, typed, meant, first, note string }{
		{"waht team is responsible for pricing?", "waht", "what", "Responsible: Marketing department  (3 duties)", "Responsible for these duties: Marketing department"},
		{"whcih department is accountable for budgets", "whcih", "which", "Accountable: Finance department  (1 duty)", "Accountable for these duties: Finance department"},
	} {
		r := run(t, "search", "--owners", "--limit", "2", c.query).ok(t)
		if first, _, _ := strings.Cut(r.out, "\n"); first != c.first {
			t.Errorf("search --owners %q:\n%s%s\nwant first %q", c.query, r.out, r.err, c.first)
		}
		read := "dutymap search: no duty mentions “" + c.typed + "”; the results are for “" + c.meant + "”\n"
		if r.err != read {
			t.Errorf("search --owners %q: stderr %q, want %q", c.query, r.err, read)
		}
		r = run(t, "search", "--limit", "2", c.query).ok(t)
		mustContain(t, r.err, read)
		mustContain(t, r.err, "dutymap search: "+c.note)
	}
}
