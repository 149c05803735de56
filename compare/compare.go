// Package compare sets two departments side by side: their traits row by
// row, the duties both do (matched by similarity, not only equal text), the
// duties only one does, what they hand each other and the topics about both.
package compare

import (
	"context"
	"fmt"
	"math"
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

// Figure is a pair's score as the outputs print it, to two decimals and
// never across a tier's threshold: 0.548 is related and printed 0.54,
// not 0.55, where similar starts (rounding put "related" beside 0.55).
func Figure(score float64) float64 {
	f := math.Round(score*100) / 100
	if Tier(f) != Tier(score) {
		f = (math.Round(score*100) - 1) / 100
	}
	return f
}

// PairLang is the language a pair is set side by side in when the reader
// asked for l: l when both duties are written in it, else the first
// language both are written in (the similarity index compares two duties
// only in a language both have text in; a department written in Chinese
// alone is paired with another's Chinese text), else l. Written in is
// model.Text.WrittenIn, the test Written.Untranslated counts by in an
// organisation written in both languages: Chinese left in
// the English file is not English, so a duty whose English text is its
// Chinese one is compared in Chinese, as the note above the comparison
// says.
func PairLang(p model.Pair, l model.Lang) model.Lang {
	both := func(o model.Lang) bool { return p.A.Title.WrittenIn(o) && p.B.Title.WrittenIn(o) }
	if both(l) {
		return l
	}
	for _, o := range model.Langs {
		if both(o) {
			return o
		}
	}
	return l
}

// Result is one comparison of department A with department B.
type Result struct {
	A, B   *model.Node
	Traits []Trait
	// Shared pairs a duty of A with a duty of B (Pair.A is A's), in A's
	// document order. Each duty appears in at most one pair.
	Shared []model.Pair
	// OnlyA and OnlyB are the duties left unpaired, in document order; a
	// duty's owner section is its Parent. A duty whose RACI lines give the
	// work or the answering for it to the other department is in Split,
	// not here.
	OnlyA, OnlyB []*model.Node
	// Split is all the work the two divide between them by RACI, what
	// their matrix shows as split between them: a duty of one whose
	// Responsible or Accountable units include a unit of the other
	// ("Approve price changes" in Sales, Responsible: finance), and work
	// written elsewhere, a point of a topic's shared work or a third
	// department's duty, whose lines make both responsible or accountable
	// ("Count the stock at year end.", Responsible: sales, finance). A's
	// duties first, then B's, each in document order, then the work
	// elsewhere in the organisation's; Holders says who does what,
	// SplitPlace where it is written. A duty of one that is also in a
	// similar pair is in both lists (InPair).
	Split []*model.Node
	// paired holds the duties of Split that are in a pair of Shared too.
	paired map[*model.Node]bool
	// Partial says the departments were too large to weigh every
	// candidate pair in the time allowed (model.Pairing.Partial): some
	// similar duties may be listed as only in one department.
	Partial   bool
	Relations []*model.Node // org.RelationsBetween(A, B)
	Topics    []*model.Node // topics concerning both
	// Written is the languages the organisation is written in, which
	// decide what the comparison says about languages.
	Written Written
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
	var split []*model.Node
	var paired map[*model.Node]bool
	if a != b {
		keepRelatedWithObject(p, la, lb)
		p.OnlyA, _ = splitOff(p.OnlyA, b)
		p.OnlyB, _ = splitOff(p.OnlyB, a)
		// Every duty of one that gives the other a part, paired or not:
		// the matrix of the two shows each as split.
		_, splitA := splitOff(la, b)
		_, splitB := splitOff(lb, a)
		split = append(append(splitA, splitB...), splitElsewhere(org, a, b)...)
		inPair := map[*model.Node]bool{}
		for _, pr := range p.Pairs {
			inPair[pr.A], inPair[pr.B] = true, true
		}
		for _, n := range split {
			if inPair[n] {
				if paired == nil {
					paired = map[*model.Node]bool{}
				}
				paired[n] = true
			}
		}
	}
	return &Result{
		paired:    paired,
		A:         a,
		B:         b,
		Traits:    traits(a, b),
		Shared:    p.Pairs,
		OnlyA:     p.OnlyA,
		OnlyB:     p.OnlyB,
		Split:     split,
		Partial:   p.Partial,
		Relations: org.RelationsBetween(a.ID, b.ID),
		Topics:    org.TopicsConcerning(a.ID, b.ID),
		Written:   WrittenOf(org),
	}, nil
}

// keepRelatedWithObject drops from p the related pairs (below MinSimilar)
// whose duties share no word of what they act on (model.SharesObject),
// and lists their duties as only in their department again, in list
// order. A similar pair's wording is close enough to stand on its own; a
// related one that shares only verbs ("Build and manage the sales
// channels" and "Study and manage the product life cycle") says nothing
// about the work. On the built-in content this leaves 9 of the 14
// related pairs of all department pairs (docs/cli.md, compare).
func keepRelatedWithObject(p *model.Pairing, la, lb []*model.Node) {
	var dropA, dropB []*model.Node
	kept := p.Pairs[:0]
	for _, pr := range p.Pairs {
		if Tier(pr.Score) == model.Related && !model.SharesObject(pr.A, pr.B) {
			dropA, dropB = append(dropA, pr.A), append(dropB, pr.B)
			continue
		}
		kept = append(kept, pr)
	}
	if len(dropA) == 0 {
		return
	}
	p.Pairs = kept
	p.OnlyA = mergeInOrder(la, p.OnlyA, dropA)
	p.OnlyB = mergeInOrder(lb, p.OnlyB, dropB)
}

// splitOff parts duties into those other has no part in and those whose
// Responsible or Accountable units include other or a unit below it
// (SharesWorkWith), keeping the order of each.
func splitOff(duties []*model.Node, other *model.Node) (alone, split []*model.Node) {
	alone = duties[:0:0]
	for _, n := range duties {
		if SharesWorkWith(n, other) {
			split = append(split, n)
		} else {
			alone = append(alone, n)
		}
	}
	return alone, split
}

// SharesWorkWith reports whether the duty n's RACI lines make dept (a
// department) or one of its units responsible or accountable for it.
// Consulted and Informed units take no part in the work itself.
func SharesWorkWith(n, dept *model.Node) bool {
	a := model.AssignmentOf(n)
	for _, role := range []model.RACIRole{model.Responsible, model.Accountable} {
		for _, u := range a.Units[role] {
			if u.Root() == dept {
				return true
			}
		}
	}
	return false
}

// splitElsewhere is the work written outside a and b (a point of a
// topic's shared work, a duty of a third department) whose RACI lines make
// both of them, or units of them, responsible or accountable, in the
// organisation's order. Only a node under a RACI line can be: the roles
// that fall to where a duty is written go to no unit of a or b.
func splitElsewhere(org *model.Org, a, b *model.Node) []*model.Node {
	var out []*model.Node
	for _, n := range org.Nodes() {
		if root := n.Root(); root == a || root == b || !model.IsWork(n) || !underLine(n) {
			continue
		}
		if SharesWorkWith(n, a) && SharesWorkWith(n, b) {
			out = append(out, n)
		}
	}
	return out
}

// underLine reports whether a RACI line is written on n or a section
// above it, as model.AssignmentOf reads them.
func underLine(n *model.Node) bool {
	for p := n; p != nil && !p.Kind.IsDocument(); p = p.Parent {
		if p.RACI() != nil {
			return true
		}
	}
	return false
}

// InPair reports whether n, a duty of Split, is also in a similar pair
// (Shared): the outputs say so where they list it again.
func (r *Result) InPair(n *model.Node) bool { return r.paired[n] }

// SplitOnly counts the duties of d (A or B) that are in Split and in no
// similar pair: with its Shared pairs and its Only list they account for
// each of d's duties once.
func (r *Result) SplitOnly(d *model.Node) int {
	n := 0
	for _, s := range r.Split {
		if s.Root() == d && !r.paired[s] {
			n++
		}
	}
	return n
}

// InPairNote is what the outputs say of such a duty in l: "also among the
// similar duties".
func InPairNote(l model.Lang) string { return labels[l].alsoPaired }

// SplitPlace says where a duty of Split is written: its department and
// section (Place), or for a point of a topic's shared work, that topic
// ("shared work of the topic Year-end close").
func SplitPlace(n *model.Node, l model.Lang) string {
	if root := n.Root(); root.Kind == model.KindTopic {
		return fmt.Sprintf(labels[l].fromTopic, root.Title.In(l))
	}
	return Place(n, l)
}

// mergeInOrder returns the duties of only and back, both drawn from list,
// in list's order. only is in list order; back is small and in any order.
func mergeInOrder(list, only, back []*model.Node) []*model.Node {
	isBack := make(map[*model.Node]bool, len(back))
	for _, n := range back {
		isBack[n] = true
	}
	out := make([]*model.Node, 0, len(only)+len(back))
	i := 0
	for _, n := range list {
		switch {
		case i < len(only) && only[i] == n:
			out = append(out, n)
			i++
		case isBack[n]:
			out = append(out, n)
		}
	}
	return out
}

func traits(a, b *model.Node) []Trait {
	out := make([]Trait, len(model.Dimensions))
	for i, d := range model.Dimensions {
		out[i] = Trait{Dimension: d, A: a.Traits()[d], B: b.Traits()[d]}
	}
	return out
}

// Place is a duty's department and section ("Sales department › Field
// execution"), for a list that mixes the two departments' duties.
func Place(n *model.Node, l model.Lang) string {
	d := n.Root().Title.In(l)
	if sec := Section(n, l); sec != "" {
		return d + " › " + sec
	}
	return d
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
