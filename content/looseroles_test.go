package content

import (
	"strings"
	"testing"
)

// TestLooseRoleBesideADuplicateID: a RACI line with a semicolon for its
// colon, naming a department whose file gives another department's id by
// mistake, was silent until the duplicate id was fixed, one more round of
// validate for the user (tryout18 C). Both are reported in the first run,
// and the line's fix names the id the other fix gives the file.
func TestLooseRoleBesideADuplicateID(t *testing.T) {
	_, ps := Check(layer(map[string]string{
		"en/a.md":     okEn + "  Consulted; money\n",
		"en/b.md":     bTeam,
		"en/money.md": "---\nid: b\nname: Money office\n---\n## Books {#books}\n- Book invoices.\n",
	}))
	got := ps.Error()
	for _, want := range []string{
		`org/en/a.md:7: this line looks like a RACI line, but ";" stands where the colon belongs`,
		"fix: write  Consulted: money, and give a unit that id or name (id: money or name: money in its file in org/en/)",
		`org/en/money.md:2: duplicate id "b"`,
		"write  id: money",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("want %q in:\n%s", want, got)
		}
	}
	fixed := okEn + "  Consulted: money\n"
	money := "---\nid: money\nname: Money office\n---\n## Books {#books}\n- Book invoices.\n"
	if _, ps := Check(layer(map[string]string{"en/a.md": fixed, "en/b.md": bTeam, "en/money.md": money})); len(ps.Errors()) != 0 {
		t.Errorf("both fixes applied:\n%s", ps)
	}
}
