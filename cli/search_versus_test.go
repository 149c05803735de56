package cli

import (
	"strings"
	"testing"
)

// "vs" is how "versus" is written short: "marketing vs sales" lists the
// topics comparing the two first, as "marketing versus sales" does, and
// no note says no duty mentions "vs" (tryout24 H4).
func TestSearchVsIsVersus(t *testing.T) {
	r := run(t, "search", "--limit", "3", "marketing vs sales").ok(t)
	first, _, _ := strings.Cut(r.out, "\n")
	if !strings.Contains(first, "versus") || strings.Contains(r.err, "no duty mentions") || !strings.Contains(r.err, "“vs” is matched through “versus”") {
		t.Errorf("marketing vs sales:\n%s%s\nwant a topic of marketing versus sales first, vs matched through versus", r.out, r.err)
	}
}
