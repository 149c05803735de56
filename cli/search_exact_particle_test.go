package cli

import (
	"strings"
	"testing"
)

// fzf's exact term before a particle the index drops: "'draw up" lists
// the duties that draw something up, as "'draw" does, the two words
// together first; before, it failed with “no duty mentions “draw”
// together” and listed them as the closest (tryout23 G20).
func TestSearchExactTermBeforeAParticle(t *testing.T) {
	for _, c := range []struct{ query, first string }{
		{"'draw up", "Draw up "},
		{"'set up", "Set up "},
	} {
		r := run(t, "search", "--limit", "2", c.query).ok(t)
		if r.err != "" || !strings.Contains(strings.SplitN(r.out, "\n", 2)[0], "› "+c.first) {
			t.Errorf("search %q:\nstdout:\n%s\nstderr:\n%s\nwant a first line ending “› %s…”", c.query, r.out, r.err, c.first)
		}
	}
}
