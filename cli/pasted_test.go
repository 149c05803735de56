package cli

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestValidateReportsPastedFiles (hostile13 #7): two files pasted into one
// fail validate with the line of the second front matter and the lines to
// move; following the fix, the two departments validate.
func TestValidateReportsPastedFiles(t *testing.T) {
	a := "---\nid: sales\nname: Sales\n---\n\n## Work {#work}\n\n- Visit customers.\n"
	b := "---\nid: mkt\nname: Marketing\nsummary: Plans the market.\n---\n\nMarketing studies the market.\n\n## Plans {#plans}\n\n- Set prices.\n"
	dir := writeFiles(t, map[string]string{"en/both.md": a + b})
	r := run(t, "validate", dir)
	if r.code != 1 {
		t.Fatalf("exit %d, want 1:\n%s%s", r.code, r.out, r.err)
	}
	both := filepath.Join(dir, "en", "both.md")
	mustContain(t, r.out+r.err, both+":9: a second front matter (id: mkt) inside the file",
		"fix: move lines 9–19 into a file of their own, such as "+filepath.Join(dir, "en", "mkt.md"))
	writeFile(t, both, a)
	writeFile(t, filepath.Join(dir, "en", "mkt.md"), b)
	mustContain(t, run(t, "validate", dir).ok(t).out, "ok: 2 departments")
}

// TestCheckReportsAPastedFileWithoutID: a second front matter pasted in
// without an id: (only name: and summary:) passed check and validate,
// and its duties were read as the first department's. It is the same
// problem as one with an id: the line, the lines to move, and an id made
// from its name; following the fix, both departments load.
func TestCheckReportsAPastedFileWithoutID(t *testing.T) {
	a := "---\nid: sales\nname: Sales\n---\n\n## Work {#work}\n\n- Visit customers.\n"
	b := "---\nname: Market Research\nsummary: Studies the market.\n---\n\n## Studies {#studies}\n\n- Survey customers.\n"
	dir := writeFiles(t, map[string]string{"en/both.md": a + b})
	both := filepath.Join(dir, "en", "both.md")
	want := both + ":9: a second front matter (name: \"Market Research\", without an id:) inside the file: a file describes one department, topic or relation, and the lines below it would be read as this one's\n" +
		"  fix: move lines 9–16 into a file of their own, such as " + filepath.Join(dir, "en", "market-research.md") + ", and add  id: market-research  to its front matter\n"
	for _, cmd := range []string{"check", "validate"} {
		r := run(t, cmd, dir)
		if r.code != 1 {
			t.Fatalf("%s: exit %d, want 1:\n%s%s", cmd, r.code, r.out, r.err)
		}
		mustContain(t, r.out+r.err, want)
	}
	writeFile(t, both, a)
	writeFile(t, filepath.Join(dir, "en", "market-research.md"), "---\nid: market-research\n"+strings.TrimPrefix(b, "---\n"))
	mustContain(t, run(t, "validate", dir).ok(t).out, "ok: 2 departments")
	run(t, "check", dir).ok(t)
}
