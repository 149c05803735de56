package search

import (
	"cmp"
	"slices"
	"strings"

	"github.com/dutymap/dutymap/model"
)

// rolePhrases are the words that ask for one role of the responsibility
// matrix rather than for who does the work: "who is accountable for
// pricing", "谁批准定价". Longer phrases come first, so that "kept informed"
// is taken whole.
var rolePhrases = []struct {
	phrase string
	role   model.RACIRole
}{
	{"signs off", model.Accountable}, {"sign off", model.Accountable}, {"answers for", model.Accountable}, {"answer for", model.Accountable},
	{"answerable", model.Accountable}, {"accountable", model.Accountable}, {"accountability", model.Accountable},
	{"approves", model.Accountable}, {"approve", model.Accountable},
	{"批准", model.Accountable}, {"审批", model.Accountable}, {"拍板", model.Accountable}, {"担责", model.Accountable}, {"问责", model.Accountable},
	{"kept informed", model.Informed}, {"informed", model.Informed}, {"notified", model.Informed},
	{"知会", model.Informed}, {"告知", model.Informed},
	{"consulted", model.Consulted}, {"咨询", model.Consulted}, {"征求意见", model.Consulted},
	{"responsible", model.Responsible},
}

// AsksRole reports whether a query asks who holds a RACI role for some
// work ("who is accountable for pricing?", "who is consulted on
// promotions", "谁批准价格"), and returns the role and the query without the
// role's words, to search for the work. "Who is responsible for X" asks
// for the responsible units. A query that is nothing but a role word asks
// for no work and is not a role question.
func AsksRole(query string) (role model.RACIRole, rest string, ok bool) {
	lower := strings.ToLower(query)
	for _, p := range rolePhrases {
		i := phraseAt(lower, p.phrase)
		if i < 0 {
			continue
		}
		rest = strings.Join(strings.Fields(query[:i]+" "+query[i+len(p.phrase):]), " ")
		if Parse(rest).IsEmpty() {
			return 0, query, false
		}
		return p.role, rest, true
	}
	return 0, query, false
}

// phraseAt finds phrase in s as whole words (any position for Chinese,
// which has no spaces).
func phraseAt(s, phrase string) int {
	for from := 0; ; {
		i := strings.Index(s[from:], phrase)
		if i < 0 {
			return -1
		}
		i += from
		end := i + len(phrase)
		if phrase[0] >= 0x80 || ((i == 0 || !isWordByte(s[i-1])) && (end == len(s) || !isWordByte(s[end]))) {
			return i
		}
		from = i + 1
	}
}

func isWordByte(c byte) bool { return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' }

// Holder is a unit holding a role for matching duties: the answer to "who
// is accountable for this?".
type Holder struct {
	Unit *model.Node
	// Duties is how many matching duties the unit holds the role for.
	Duties int
	// Score is the best of those duties' scores.
	Score float64
	// Proof is the best of those duties.
	Proof Result
}

// Holders returns the units holding role for the duties the results match
// by words (every place of each), best first: by their best duty's score,
// then by how many duties; at most limit (all when limit <= 0). A duty
// with no RACI lines is held by its department (model.AssignmentOf).
func (r *Results) Holders(role model.RACIRole, limit int) []Holder {
	index := map[*model.Node]int{}
	var out []Holder
	for _, res := range r.List {
		if res.Match != Words {
			continue
		}
		seen := map[*model.Node]bool{}
		for _, place := range res.Places {
			if !model.IsWork(place) {
				continue
			}
			for _, u := range model.Holders(place, role) {
				if seen[u] {
					continue
				}
				seen[u] = true
				i, ok := index[u]
				if !ok {
					i = len(out)
					index[u] = i
					out = append(out, Holder{Unit: u, Score: res.Score, Proof: res})
					out[i].Proof.Node = place
				}
				out[i].Duties++
			}
		}
	}
	slices.SortStableFunc(out, func(a, b Holder) int {
		return cmp.Or(cmp.Compare(b.Score, a.Score), cmp.Compare(b.Duties, a.Duties))
	})
	if limit > 0 && len(out) > limit {
		out = out[:limit]
	}
	return out
}
