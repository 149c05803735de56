package cli

import (
	"encoding/json"
	"strings"
	"testing"
)

// tryout25 T12: a section whose editor's note sends complaints to the
// marketing department's customer service specialist ("Service to
// customers" in Sales) was a whole match of "who handles customer
// complaints", counted as found, by its note's words alone. Notes are not
// searched: the specialist's duty is the one match, in both languages;
// the section's duties still come as partial matches.
func TestEditorsNoteMakesNoMatch(t *testing.T) {
	for _, c := range []struct{ lang, query string }{
		{"en", "who handles customer complaints"},
		{"zh", "谁处理客户投诉"},
	} {
		r := run(t, "--lang", c.lang, "search", c.query, "--json", "--limit", "10").ok(t)
		var words []string
		for line := range strings.Lines(r.out) {
			var hit struct{ Path, Match string }
			if err := json.Unmarshal([]byte(line), &hit); err != nil {
				t.Fatalf("%s: %v: %q", c.query, err, line)
			}
			if hit.Match == "words" {
				words = append(words, hit.Path)
			}
		}
		if strings.Join(words, " ") != "marketing/positions/furniture-scheme/customer-service-specialist/1" {
			t.Errorf("%s: whole matches %q, want the customer service specialist's duty alone:\n%s", c.query, words, r.out)
		}
		mustContain(t, r.out, `"path":"sales/customer-service/1"`)
	}
}
