package search

import (
	"testing"

	"github.com/dutymap/dutymap/model"
)

// A question whose verb's only object is a pronoun names no work: nothing
// is searched, the pronoun is what the answer names (NoWork, and
// TooCommon for the explorer's line), where every duty that approves
// anything answered "who approves it?" (verify26 V6). A pronoun still
// being typed ("who approves it", "it" may begin "items") is no object
// yet, and a noun after the pronoun ("who approves this budget") is the work.
func TestPronounObjectNamesNoWork(t *testing.T) {
	ix := builtin(t)
	for q, pronoun := range map[string]string{"who approves it?": "it", "who sets them?": "them", "Who approves that?": "that"} {
		res := find(t, ix, q, model.En, 20)
		if res.NoWork != pronoun || !res.NoMention || len(res.List) > 0 || len(res.TooCommon) != 1 || res.TooCommon[0] != pronoun {
			t.Errorf("%q: no work %q, no mention %v, %d results, too common %q; want %q named, nothing found", q, res.NoWork, res.NoMention, len(res.List), res.TooCommon, pronoun)
		}
	}
	for _, q := range []string{"who approves it", "who approves this budget?", "who approves?"} {
		if res := find(t, ix, q, model.En, 20); res.NoWork != "" || len(res.List) == 0 {
			t.Errorf("%q: no work %q, %d results; want it searched", q, res.NoWork, len(res.List))
		}
	}
}
