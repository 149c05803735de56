// Package compare sets two departments side by side: their traits row by
// row, the duties both do (matched by similarity, not only equal text), the
// duties only one does, what they hand each other and the topics about both.
package compare

import (
	"context"
	"strings"

	"github.com/dutymap/dutymap/model"
)

// MinShared is the similarity from which two duties count as shared: the
// drop threshold, model.MinRelated, measured on the O*NET yardstick (see
// its doc comment). Pairs below it are not shown.
const MinShared = model.MinRelated

// Tier says what the score of a shared pair means ("related", "similar",
// "very similar"): label pairs with it rather than calling them the same
// duty.
func Tier(score float64) model.Likeness { return model.LikenessOf(score) }

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
	// Partial says the departments were too large to weigh every
	// candidate pair in the time allowed (model.Pairing.Partial): some
	// similar duties may be listed as only in one department.
	Partial   bool
	Relations []*model.Node // org.RelationsBetween(A, B)
	Topics    []*model.Node // topics concerning both
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
	r, _ := DepartmentsContext(context.Background(), org, ix, a, b)
	return r
}

// DepartmentsContext is Departments, stopping with ctx's error when ctx is
// cancelled (a comparison of two 50,000-duty departments takes about a
// second).
func DepartmentsContext(ctx context.Context, org *model.Org, ix *model.Similarity, a, b *model.Node) (*Result, error) {
	if ix == nil {
		ix = model.NewSimilarity(org)
	}
	la, lb := model.Leaves(a), []*model.Node(nil)
	if a == b {
		lb = la // a department compared with itself: its duties pair with themselves
	} else {
		lb = model.Leaves(b)
	}
	p, err := ix.Pair(ctx, la, lb, MinShared)
	if err != nil {
		return nil, err
	}
	return &Result{
		A:         a,
		B:         b,
		Traits:    traits(a, b),
		Shared:    p.Pairs,
		OnlyA:     p.OnlyA,
		OnlyB:     p.OnlyB,
		Partial:   p.Partial,
		Relations: org.RelationsBetween(a.ID, b.ID),
		Topics:    org.TopicsConcerning(a.ID, b.ID),
	}, nil
}

func traits(a, b *model.Node) []Trait {
	out := make([]Trait, len(model.Dimensions))
	for i, d := range model.Dimensions {
		out[i] = Trait{Dimension: d, A: a.Traits()[d], B: b.Traits()[d]}
	}
	return out
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
