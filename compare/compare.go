// Package compare sets two departments side by side: their traits row by
// row, their similar duties (paired by similar wording, not only equal
// text, and labelled similar rather than the same), the
// duties only one does, what they hand each other and the topics about both.
package compare

import (
	"cmp"
	"slices"
	"strings"

	"github.com/dutymap/dutymap/model"
)

// MinShared is the similarity from which two duties count as shared.
//
// Tuned by reading every greedy pair of marketing against planning and
// against sales in the built-in content. From 0.35 up the pairs are
// mostly the same work in other words: "Set the company's short-, medium-
// and long-term business targets" / "Set the organisation's long-term
// goals" (0.62), "Decide the prices" / "Apply the prices marketing has set"
// (0.52), public-relations event planning (0.52), market research (0.52),
// POP material (0.38). Between 0.22 and 0.35 they are mostly duties that
// merely share a word or two ("Get the product delivered to the points of
// sale" / "one consistent image for every point of sale"), so a lower
// threshold adds noise faster than matches, and a higher one starts to
// drop true paraphrases such as the POP pair.
const MinShared = 0.35

// Result is one comparison of department A with department B.
type Result struct {
	A, B   *model.Node
	Traits []Trait
	// Shared pairs a duty of A with a duty of B (Pair.A is A's), in A's
	// document order. Each duty appears in at most one pair.
	Shared []model.Pair
	// OnlyA and OnlyB are the duties left unpaired, in document order; a
	// duty's owner section is its Parent.
	OnlyA, OnlyB []*model.Node
	Relations    []*model.Node // org.RelationsBetween(A, B)
	Topics       []*model.Node // topics concerning both
	// Self: A and B are the same department. Nothing is paired or listed
	// then (every duty would pair with itself); callers say so instead.
	Self bool
}

// Trait is one row of the traits table. A side that says nothing about
// the dimension has an empty Text.
type Trait struct {
	Dimension model.Dimension
	A, B      model.Text
}

// Departments compares a with b. ix may be nil, in which case one is built
// (callers that compare often should build it once per org and reuse it).
func Departments(org *model.Org, ix *model.Similarity, a, b *model.Node) *Result {
	if a == b {
		return &Result{A: a, B: b, Traits: traits(a, b), Self: true}
	}
	if ix == nil {
		ix = model.NewSimilarity(org)
	}
	r := &Result{
		A:         a,
		B:         b,
		Traits:    traits(a, b),
		Relations: org.RelationsBetween(a.ID, b.ID),
		Topics:    org.TopicsConcerning(a.ID, b.ID),
	}
	la, lb := model.Leaves(a), model.Leaves(b)
	r.Shared = assign(ix.Pairs(la, lb, MinShared))
	r.OnlyA, r.OnlyB = unpaired(la, r.Shared, true), unpaired(lb, r.Shared, false)
	order := positions(la)
	slices.SortFunc(r.Shared, func(x, y model.Pair) int { return cmp.Compare(order[x.A], order[y.A]) })
	return r
}

func traits(a, b *model.Node) []Trait {
	out := make([]Trait, len(model.Dimensions))
	for i, d := range model.Dimensions {
		out[i] = Trait{Dimension: d, A: a.Traits[d], B: b.Traits[d]}
	}
	return out
}

// assign keeps, from pairs sorted best first, each pair whose two duties are
// both still free: a greedy one-to-one matching. It is not the optimal
// assignment, but it always keeps a duty's clearly best partner, which is
// what a reader checks, and it runs in one pass.
func assign(pairs []model.Pair) []model.Pair {
	usedA, usedB := map[*model.Node]bool{}, map[*model.Node]bool{}
	var out []model.Pair
	for _, p := range pairs {
		if usedA[p.A] || usedB[p.B] {
			continue
		}
		usedA[p.A], usedB[p.B] = true, true
		out = append(out, p)
	}
	return out
}

// unpaired returns the duties of one side that no shared pair uses.
func unpaired(duties []*model.Node, shared []model.Pair, sideA bool) []*model.Node {
	used := make(map[*model.Node]bool, len(shared))
	for _, p := range shared {
		if sideA {
			used[p.A] = true
		} else {
			used[p.B] = true
		}
	}
	out := make([]*model.Node, 0, len(duties)-len(used))
	for _, d := range duties {
		if !used[d] {
			out = append(out, d)
		}
	}
	return out
}

func positions(nodes []*model.Node) map[*model.Node]int {
	m := make(map[*model.Node]int, len(nodes))
	for i, n := range nodes {
		m[n] = i
	}
	return m
}

// Section names a duty's owner below its department ("Positions › Marketing
// manager"), or "" for a duty written directly under the department.
func Section(n *model.Node, l model.Lang) string {
	line := n.Lineage()
	if len(line) < 3 {
		return ""
	}
	parts := make([]string, 0, len(line)-2)
	for _, p := range line[1 : len(line)-1] {
		parts = append(parts, p.Title.In(l))
	}
	return strings.Join(parts, " › ")
}
