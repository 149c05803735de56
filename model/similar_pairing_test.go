package model

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"math"
	"slices"
	"testing"
)

// brutePair is what Pair must return, found by scoring every pair: for
// each class of as (duties written alike), its pairPartners best classes
// of bs at or above least; then the greedy one-to-one matching, best
// first, ties in the order of as and bs.
func brutePair(ix *Similarity, as, bs []*Node, least float64) *Pairing {
	classOf := func(ns []*Node) []int {
		out := make([]int, len(ns))
		first := map[int32]int{}
		for i, n := range ns {
			out[i] = i
			if leaf, ok := ix.leafOf(n); ok {
				if f, ok := first[ix.class[leaf]]; ok {
					out[i] = f
				} else {
					first[ix.class[leaf]] = i
				}
			}
		}
		return out
	}
	ca, cb := classOf(as), classOf(bs)
	brute := newBruteScorer(ix)
	type cand struct {
		i, j int // first positions of the two classes
		s    float64
	}
	var cands []cand
	for i := range as {
		if ca[i] != i {
			continue
		}
		var mine []cand
		for j := range bs {
			if cb[j] != j {
				continue
			}
			if s := float64(float32(brute.score(as[i], bs[j]))); s > 0 && s >= least {
				mine = append(mine, cand{i, j, s})
			}
		}
		slices.SortStableFunc(mine, func(x, y cand) int { return cmp.Compare(y.s, x.s) })
		cands = append(cands, mine[:min(pairPartners, len(mine))]...)
	}
	slices.SortStableFunc(cands, func(x, y cand) int {
		return cmp.Or(cmp.Compare(y.s, x.s), cmp.Compare(x.i, y.i), cmp.Compare(x.j, y.j))
	})
	partner := make([]int, len(as))
	for i := range partner {
		partner[i] = -1
	}
	score := make([]float64, len(as))
	usedB := make([]bool, len(bs))
	for _, c := range cands {
		for i := range as {
			if ca[i] != c.i || partner[i] >= 0 {
				continue
			}
			for j := range bs {
				if cb[j] == c.j && !usedB[j] {
					partner[i], score[i], usedB[j] = j, c.s, true
					break
				}
			}
		}
	}
	p := &Pairing{}
	for i, j := range partner {
		if j < 0 {
			p.OnlyA = append(p.OnlyA, as[i])
		} else {
			p.Pairs = append(p.Pairs, Pair{as[i], bs[j], score[i]})
		}
	}
	for j, u := range usedB {
		if !u {
			p.OnlyB = append(p.OnlyB, bs[j])
		}
	}
	return p
}

func samePairing(t *testing.T, what string, got, want *Pairing) {
	t.Helper()
	same := slices.EqualFunc(got.Pairs, want.Pairs, func(x, y Pair) bool {
		return x.A == y.A && x.B == y.B && math.Abs(x.Score-y.Score) < 1e-6
	})
	if !same || !slices.Equal(got.OnlyA, want.OnlyA) || !slices.Equal(got.OnlyB, want.OnlyB) {
		t.Fatalf("%s:\n got %d pairs %v\nwant %d pairs %v", what, len(got.Pairs), pairTexts(got.Pairs), len(want.Pairs), pairTexts(want.Pairs))
	}
}

func pairTexts(ps []Pair) []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = fmt.Sprintf("%s~%s (%.3f)", p.A.Path, p.B.Path, p.Score)
	}
	return out
}

// Candidates come from the postings of the sides' rarest tokens only:
// Pair must still find what scoring every pair finds.
func TestPairMatchesBruteForce(t *testing.T) {
	ctx := context.Background()
	org := fixture()
	ix := NewSimilarity(org)
	mkt, plan := Leaves(org.Department("marketing")), Leaves(org.Department("planning"))
	for _, least := range []float64{0.1, MinRelated, 0.6} {
		got, err := ix.Pair(ctx, mkt, plan, least)
		if err != nil {
			t.Fatal(err)
		}
		samePairing(t, fmt.Sprintf("fixture at %.2f", least), got, brutePair(ix, mkt, plan, least))
	}
	big := bigOrg(2000)
	ix = NewSimilarity(big)
	for _, c := range []struct {
		sides [2]int
		least float64
	}{{[2]int{0, 1}, MinRelated}, {[2]int{1, 0}, 0.7}} {
		as, bs := Leaves(big.Departments[c.sides[0]]), Leaves(big.Departments[c.sides[1]])
		for _, least := range []float64{c.least} {
			got, err := ix.Pair(ctx, as, bs, least)
			if err != nil {
				t.Fatal(err)
			}
			if got.Partial {
				t.Fatal("a pairing of 1000 by 1000 duties ran out of budget")
			}
			samePairing(t, fmt.Sprintf("generated departments %v at %.2f", c.sides, least), got, brutePair(ix, as, bs, least))
		}
	}
}

func TestPairOfTheFixture(t *testing.T) {
	org := fixture()
	ix := NewSimilarity(org)
	p, err := ix.Pair(context.Background(), Leaves(org.Department("marketing")), Leaves(org.Department("planning")), MinRelated)
	if err != nil {
		t.Fatal(err)
	}
	has := func(a, b string) bool {
		return slices.ContainsFunc(p.Pairs, func(x Pair) bool {
			return x.A == duty(t, org, a) && x.B == duty(t, org, b)
		})
	}
	for _, w := range [][2]string{
		{"Set the company's short-, medium-", "Set the organisation's long-term goals"},
		{"Plan and run advertising", "Propose plans for the company's public-relations"},
	} {
		if !has(w[0], w[1]) {
			t.Errorf("%q ~ %q not paired: %v", w[0], w[1], pairTexts(p.Pairs))
		}
	}
	if len(p.Pairs) != 2 {
		t.Errorf("%d pairs, want 2: %v", len(p.Pairs), pairTexts(p.Pairs))
	}
	// Planning sets no prices: both of marketing's copies stay its own.
	for _, path := range []string{"marketing/responsibilities/3", "marketing/clerk/2"} {
		if !slices.Contains(p.OnlyA, org.Node(path)) {
			t.Errorf("only in marketing lacks %s: %v", path, p.OnlyA)
		}
	}
	for i := 1; i < len(p.Pairs); i++ {
		if slices.Index(org.Nodes(), p.Pairs[i-1].A) > slices.Index(org.Nodes(), p.Pairs[i].A) {
			t.Errorf("pairs not in the first list's order at %d", i)
		}
	}
}

func TestPairWithItself(t *testing.T) {
	org := NewOrg([]*Node{dept("a", section("s", "Set product prices.", "Set product prices.", "The.", "Keep the books."))}, nil)
	ix := NewSimilarity(org)
	ds := Leaves(org.Department("a"))
	p, err := ix.Pair(context.Background(), ds, ds, MinRelated)
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Pairs) != 3 || len(p.OnlyA) != 1 || p.OnlyA[0].Title[En] != "The." || len(p.OnlyB) != 1 {
		t.Fatalf("self pairing: %v, only %v / %v", pairTexts(p.Pairs), p.OnlyA, p.OnlyB)
	}
	for _, x := range p.Pairs {
		if x.A != x.B || x.Score != 1 {
			t.Errorf("self pairing paired %s with %s (%.2f)", x.A.Path, x.B.Path, x.Score)
		}
	}
	// The general path agrees: a copy of the list is not the same list.
	cp := make([]*Node, len(ds))
	copy(cp, ds)
	q, _ := ix.Pair(context.Background(), ds, append(cp[:len(cp):len(cp)], &Node{Kind: KindPoint, Title: Text{"Run the canteen."}}), MinRelated)
	for i, x := range q.Pairs {
		if x.A != p.Pairs[i].A || x.B != p.Pairs[i].B {
			t.Errorf("general pairing of a list with itself differs at %d: %v", i, pairTexts(q.Pairs))
		}
	}
}

// The compare-huge case, scaled: near-identical duties that share every
// common word and differ by a number pair each with its twin, not with
// all the others; and many copies of one duty pair one to one.
func TestPairNearDuplicates(t *testing.T) {
	const n = 3000
	var a, b, c, d []string
	for i := range n {
		a = append(a, fmt.Sprintf("Handle task %d of kind %d with care", i, i%97))
		b = append(b, fmt.Sprintf("Handle task %d of kind %d with care", n-1-i, (n-1-i)%97))
		c = append(c, "d")
		d = append(d, "d")
	}
	org := NewOrg([]*Node{dept("a", section("s", a...)), dept("b", section("s", b...)), dept("c", section("s", c...)), dept("d", section("s", d...))}, nil)
	ix := NewSimilarity(org)
	p, err := ix.Pair(context.Background(), Leaves(org.Department("a")), Leaves(org.Department("b")), MinRelated)
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Pairs) != n || p.Partial {
		t.Fatalf("%d pairs (partial %v), want %d", len(p.Pairs), p.Partial, n)
	}
	for _, x := range p.Pairs {
		if x.A.Title[En] != x.B.Title[En] || x.Score != 1 {
			t.Fatalf("%q paired with %q (%.2f)", x.A.Title[En], x.B.Title[En], x.Score)
		}
	}
	p, err = ix.Pair(context.Background(), Leaves(org.Department("c")), Leaves(org.Department("d")), MinRelated)
	if err != nil {
		t.Fatal(err)
	}
	if got := len(ix.memAt) - 1; got != n+1 {
		t.Errorf("%d classes, want %d (a and b hold the same duties; every copy of \"d\" in one)", got, n+1)
	}
	if len(p.Pairs) != n {
		t.Fatalf("%d pairs of copies, want %d", len(p.Pairs), n)
	}
	for i, x := range p.Pairs {
		if x.A != org.Department("c").Children[0].Children[i] || x.B != org.Department("d").Children[0].Children[i] {
			t.Fatalf("copy %d paired out of order: %s ~ %s", i, x.A.Path, x.B.Path)
		}
	}
}

// When the budget runs out, the pairing says so and what it found is
// still right.
func TestPairPartial(t *testing.T) {
	org := bigOrg(2000)
	ix := NewSimilarity(org)
	ix.pairBudget, ix.minShare = 100, 1
	as, bs := Leaves(org.Departments[0]), Leaves(org.Departments[1])
	p, err := ix.Pair(context.Background(), as, bs, MinRelated)
	if err != nil {
		t.Fatal(err)
	}
	if !p.Partial {
		t.Error("a pairing over budget is not marked partial")
	}
	full := brutePair(ix, as, bs, MinRelated)
	if len(p.Pairs) == 0 || len(p.Pairs) >= len(full.Pairs) {
		t.Errorf("partial pairing found %d pairs, the full one %d", len(p.Pairs), len(full.Pairs))
	}
	for _, x := range p.Pairs {
		if s := float64(float32(ix.Score(x.A, x.B))); math.Abs(s-x.Score) > 1e-6 || s < MinRelated {
			t.Errorf("pair %s~%s scored %.3f, Score says %.3f", x.A.Path, x.B.Path, x.Score, s)
		}
	}
	if len(p.Pairs)+len(p.OnlyA) != len(as) || len(p.Pairs)+len(p.OnlyB) != len(bs) {
		t.Errorf("partition broken: %d pairs, %d + %d alone", len(p.Pairs), len(p.OnlyA), len(p.OnlyB))
	}
}

// PairWithin reads no more than the budget it is given (a caller's share
// of a larger bound), and is Pair without one.
func TestPairWithinKeepsToItsBudget(t *testing.T) {
	org := bigOrg(2000)
	ix := NewSimilarity(org)
	ix.minShare = 1
	as, bs := Leaves(org.Departments[0]), Leaves(org.Departments[1])
	full, err := ix.Pair(context.Background(), as, bs, MinRelated)
	if err != nil || full.Partial {
		t.Fatalf("Pair: %v, partial %v", err, full.Partial)
	}
	same, err := ix.PairWithin(context.Background(), as, bs, MinRelated, 0)
	if err != nil || same.Partial || !slices.Equal(same.Pairs, full.Pairs) {
		t.Errorf("PairWithin without a budget: %v, partial %v, %d pairs; Pair: %d", err, same.Partial, len(same.Pairs), len(full.Pairs))
	}
	some, err := ix.PairWithin(context.Background(), as, bs, MinRelated, 100)
	if err != nil || !some.Partial || len(some.Pairs) >= len(full.Pairs) {
		t.Errorf("PairWithin 100 postings: %v, partial %v, %d pairs of %d", err, some.Partial, len(some.Pairs), len(full.Pairs))
	}
}

func TestPairStopsWhenCancelled(t *testing.T) {
	org := bigOrg(2000)
	ix := NewSimilarity(org)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := ix.Pair(ctx, Leaves(org.Departments[0]), Leaves(org.Departments[1]), MinRelated); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled Pair: err = %v", err)
	}
}

// Duties outside the index (a relation's points) pair like indexed ones.
func TestPairOutsideTheIndex(t *testing.T) {
	org := fixture()
	ix := NewSimilarity(org)
	var pts []*Node
	for _, n := range Leaves(org.Department("planning")) {
		pts = append(pts, &Node{Kind: KindPoint, Title: n.Title, Path: "x/" + n.Path})
	}
	mkt := Leaves(org.Department("marketing"))
	got, _ := ix.Pair(context.Background(), mkt, pts, MinRelated)
	want, _ := ix.Pair(context.Background(), mkt, Leaves(org.Department("planning")), MinRelated)
	if len(got.Pairs) != len(want.Pairs) || len(got.Pairs) == 0 {
		t.Fatalf("points: %v\nduties: %v", pairTexts(got.Pairs), pairTexts(want.Pairs))
	}
	for i := range got.Pairs {
		if got.Pairs[i].A != want.Pairs[i].A || got.Pairs[i].B.Title != want.Pairs[i].B.Title || got.Pairs[i].Score != want.Pairs[i].Score {
			t.Errorf("pair %d: %v vs %v", i, pairTexts(got.Pairs[i:i+1]), pairTexts(want.Pairs[i:i+1]))
		}
	}
}

// Ties go to the first duties of each list: forty duties of the first list
// score 1 against twenty copies in the second (their Chinese differs, so
// they are forty classes); the first twenty get the copies, in order.
func TestPairTiesInListOrder(t *testing.T) {
	var as []string
	for i := range 40 {
		as = append(as, fmt.Sprintf("Set product prices.|定价%d", i))
	}
	org := NewOrg([]*Node{dept("a", section("s", as...)), dept("b", section("s", slices.Repeat([]string{"Set product prices.|定价"}, 20)...))}, nil)
	ix := NewSimilarity(org)
	a, b := Leaves(org.Department("a")), Leaves(org.Department("b"))
	p, err := ix.Pair(context.Background(), a, b, MinRelated)
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Pairs) != 20 {
		t.Fatalf("%d pairs, want 20", len(p.Pairs))
	}
	for i, x := range p.Pairs {
		if x.A != a[i] || x.B != b[i] {
			t.Fatalf("pair %d is %s ~ %s, want %s ~ %s", i, x.A.Path, x.B.Path, a[i].Path, b[i].Path)
		}
	}
}

// Among partners of equal score, the first in the second list wins, even
// when the postings reach it last.
func TestPairTiesInSecondListOrder(t *testing.T) {
	org := NewOrg([]*Node{
		dept("a", section("s", "Alpha beta.")),
		dept("b", section("s", "Beta delta.", "Alpha gamma.")),
	}, nil)
	ix := NewSimilarity(org)
	a, b := Leaves(org.Department("a")), Leaves(org.Department("b"))
	if ix.Score(a[0], b[0]) != ix.Score(a[0], b[1]) {
		t.Fatalf("scores differ: %.3f %.3f", ix.Score(a[0], b[0]), ix.Score(a[0], b[1]))
	}
	p, err := ix.Pair(context.Background(), a, b, 0.1)
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Pairs) != 1 || p.Pairs[0].B != b[0] {
		t.Errorf("pairs %v, want %s ~ %s", pairTexts(p.Pairs), a[0].Path, b[0].Path)
	}
}
