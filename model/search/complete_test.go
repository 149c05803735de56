package search

import (
	"context"
	"slices"
	"testing"

	"github.com/dutymap/dutymap/model"
)

// A question given whole (Query.Complete, the command line's) has no word
// being typed: "who is" is only common words, as "who are" is (tryout25
// T11); typed in a search box, its "is" may still be the start of a word,
// too common to search on, and the closest lines follow.
func TestCompleteQuestionHasNoWordBeingTyped(t *testing.T) {
	ix := builtin(t)
	search := func(query string, complete bool) *Results {
		q := Parse(query)
		q.Complete = complete
		res, err := ix.Search(context.Background(), q, model.En, 5)
		if err != nil {
			t.Fatal(err)
		}
		return res
	}
	for query, common := range map[string][]string{"who is": {"who", "is"}, "who are": {"who", "are"}, "what is": {"what", "is"}} {
		if res := search(query, true); !slices.Equal(res.Common, common) {
			t.Errorf("%q given whole: common %q, want %q", query, res.Common, common)
		}
	}
	if res := search("who is", false); len(res.Common) != 0 || !slices.Equal(res.TooCommon, []string{"is"}) {
		t.Errorf("\"who is\" being typed: common %q, too common %q; want “is” kept as a word being typed", res.Common, res.TooCommon)
	}
	// A word alone is no question: given whole, it is still looked for.
	if res := search("up", true); len(res.Common) != 0 || !slices.Equal(res.TooCommon, []string{"up"}) {
		t.Errorf("\"up\" given whole: common %q, too common %q; want “up” too common, its closest lines listed", res.Common, res.TooCommon)
	}
}
