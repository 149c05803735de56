package cli

import (
	"path/filepath"
	"strings"
	"testing"
)

// A front matter "closed" by what smart dashes make of --- (an em dash, en
// dashes) or by hyphens spaced out is named on its own line with the fix
// that works, as four dashes are, not "never closed / add a line --- after
// line 4, the front matter's last key", which left the dash line in the
// YAML (verify8 #3). Following the fix, the file validates.
func TestValidateFrontMatterClosedByADashLookalike(t *testing.T) {
	for _, line := range []string{"—", "———", "–––", "- - -", "--"} {
		dir := writeFiles(t, map[string]string{"en/s.md": "---\nid: sales\nname: Sales\n" + line + "\n\n## Work {#work}\n\n- Visit customers.\n"})
		file := filepath.Join(dir, "en", "s.md")
		r := run(t, "validate", dir)
		if r.code != 1 {
			t.Fatalf("%q: exit %d, want 1:\n%s%s", line, r.code, r.out, r.err)
		}
		mustContain(t, r.out, file+":4: "+line+" is not the end of the front matter opened on line 1: it ends with a line of exactly three hyphens (---)",
			"\n  fix: write exactly three hyphens (---) on this line\n")
		if strings.Contains(r.out, "never closed") {
			t.Errorf("%q: %s", line, r.out)
		}
		editLines(t, file, func(lines []string) []string {
			lines[3] = "---"
			return lines
		})
		mustContain(t, run(t, "validate", dir).ok(t).out, "ok: 1 department")
	}
}

// A # in a flow list begins a comment that hides the ]: the problem says
// so and the fix quotes the item, not "close the list with ]", which is
// there already (verify8 #4). Following the fix, the file validates and
// the alias is read whole.
func TestValidateHashHidesTheListsEnd(t *testing.T) {
	dir := writeFiles(t, map[string]string{"en/s.md": "---\nid: sales\nname: Sales\naliases: [north #1, south]\n---\n\n## Work {#work}\n\n- Visit customers.\n"})
	file := filepath.Join(dir, "en", "s.md")
	r := run(t, "validate", dir)
	if r.code != 1 {
		t.Fatalf("exit %d, want 1:\n%s%s", r.code, r.out, r.err)
	}
	want := file + ":4: the front matter is not valid YAML: a list opened with [ is never closed: the text after # is a YAML comment (# after a space begins one), which hides the ] after it\n" +
		"  fix: quote each item that holds #:  aliases: [\"north #1\", south]\n"
	mustContain(t, r.out, want)
	editLines(t, file, func(lines []string) []string {
		lines[3] = `aliases: ["north #1", south]`
		return lines
	})
	run(t, "validate", dir).ok(t)
	mustContain(t, run(t, "--content", dir, "--builtin=false", "show", "north #1").ok(t).out, "Sales")
}
