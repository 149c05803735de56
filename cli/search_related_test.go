package cli

import (
	"strings"
	"testing"
)

// Words a user expects to be related are (the last closing note: trade
// show, trade fair, exhibition and 展会 were unrelated; write and draw up
// too): a trade show or fair is an exhibition, in a question or as
// keywords, and so in Chinese; and a phrase of the synonym list typed as
// two words finds its synonyms ("sales force": the sales team, not the
// "air force" of a text about spending).
func TestSearchRelatedWordsUsersExpect(t *testing.T) {
	for _, c := range []struct {
		query, first, duty string
	}{
		{"trade show", "Operations department", "Provide logistics services for the exhibits."},
		{"who organises trade fairs", "Operations department", "Organise the setting-up and the tearing-down of the exhibition."},
		{"exhibition", "Operations department", "Provide logistics services for the exhibits."},
		{"展览会", "运营部", "组织展会的布展和撤展。"},
		{"sales force", "Sales department", "Build up the sales team."},
	} {
		r := run(t, "search", "--owners", c.query)
		lines := strings.SplitN(r.out, "\n", 3)
		if r.code != 0 || len(lines) < 2 || !strings.HasPrefix(lines[0], c.first+"  (") || !strings.HasSuffix(lines[1], "  "+c.duty) {
			t.Errorf("search --owners %q: exit %d\n%s%s\nwant %s first, proved by %q", c.query, r.code, r.out, r.err, c.first, c.duty)
		}
	}
	// Write leads to draw up and draft: no duty says "write", the duties
	// about the marketing plan answer, and the note says so; the marketing
	// manager, who draws it up, is among the first owners.
	r := run(t, "search", "--owners", "--limit", "3", "who writes the marketing plan").ok(t)
	if first, _, _ := strings.Cut(r.err, "\n"); first != "dutymap search: no duty mentions “writes”; the results match the other words" ||
		!strings.Contains(r.out, "Draw up the year's marketing strategy and marketing plan.") || !strings.HasPrefix(r.out, "Marketing department") {
		t.Errorf("who writes the marketing plan:\n%s%s\nwant the marketing department, the manager drawing up the plan among the owners", r.out, r.err)
	}
}
