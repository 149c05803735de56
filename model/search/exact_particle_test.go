package search

import (
	"strings"
	"testing"

	"github.com/dutymap/dutymap/model"
)

// An exact term followed by a word the index drops ("'draw up", "'set
// up": a particle, a stop word) finds what the exact term finds, the
// texts that say the two together first, as fzf's syntax does; before,
// the particle was a word being typed that no text holds, and nothing
// answered (tryout23 G20).
func TestExactTermBeforeAParticle(t *testing.T) {
	ix := builtin(t)
	for _, c := range []struct{ query, first string }{
		{"'draw up", "draw up"},
		{"'set up", "set up"},
		{"'draw it", "draw"},
		{"'set up the", "set up"}, // inside the query too
	} {
		res := find(t, ix, c.query, model.En, 3)
		if res.NoMention || len(res.List) == 0 {
			t.Errorf("%q: no mention %v, %d results", c.query, res.NoMention, len(res.List))
			continue
		}
		if title := strings.ToLower(res.List[0].Node.Title[model.En]); !strings.HasPrefix(title, c.first) {
			t.Errorf("%q: first %q, want one starting %q", c.query, title, c.first)
		}
	}
}

// A single term no duty mentions is not said to be unmentioned
// "together" (“draw” together).
func TestOneTermIsNotMentionedTogether(t *testing.T) {
	r := &Results{NoMention: true, Exact: []string{"'draw"}}
	if terms, together := r.NotMentioned(); len(terms) != 1 || together {
		t.Errorf("NotMentioned() = %q, %v; want one term, not together", terms, together)
	}
	r = &Results{NoMention: true, Exact: []string{"'draw", "'zzz"}}
	if terms, together := r.NotMentioned(); len(terms) != 2 || !together {
		t.Errorf("NotMentioned() = %q, %v; want two terms together", terms, together)
	}
}

// A word asking to be shown ("show", "find") after an exact term is a
// word of the query, as after a plain word ("trade show"): "'trade show"
// asks for texts saying both, not "'trade" alone (the Trade union
// office), and says none does.
func TestExactTermBeforeARequestWord(t *testing.T) {
	res := find(t, builtin(t), "'trade show", model.En, 3)
	if terms, together := res.NotMentioned(); !res.NoMention || !together || strings.Join(terms, " ") != "trade show" {
		t.Errorf("'trade show: no mention %v, not mentioned %q (together %v), want “trade” and “show” together", res.NoMention, terms, together)
	}
}
