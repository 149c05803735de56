package cli

import (
	"strings"
	"testing"
)

// A word questions are made of, typed alone and held as written by the
// content, is looked for (tryout16 nit 13: in a folder of two duties
// "search jobs" said "only common words" while "Run red jobs" holds it).
// Asked as a question, or a unit noun or stop word alone, it still asks
// for no work and says so.
func TestSearchALoneCommonWordTheContentHolds(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"en/ops.md": "---\nid: ops\nname: Operations\n---\n## Work {#work}\n\n- Run red jobs every night.\n- Check the printers.\n",
	})
	r := run(t, "--content", dir, "--builtin=false", "search", "jobs").ok(t)
	if r.out != "ops/work/1  Operations › Work › Run red jobs every night.\n" {
		t.Errorf("search jobs:\n%s%s", r.out, r.err)
	}
	for _, q := range []string{"duties", "who does jobs", "department", "the"} {
		r := run(t, "--content", dir, "--builtin=false", "search", q).fails(t, 1)
		if !strings.Contains(r.err, "only common words") || r.out != "" {
			t.Errorf("search %q: stdout %q, stderr %q", q, r.out, r.err)
		}
	}
}
