package cli

import (
	"path/filepath"
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
