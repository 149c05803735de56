package model

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"sync"
	"testing"
)

// fixture builds a small two-language organisation: marketing and planning
// share some work in different words; sales and finance are distractors.
func fixture() *Org {
	return NewOrg([]*Node{
		dept("marketing",
			section("responsibilities",
				"Research and analyse the market, above all consumers' buying psychology and behaviour.|开展市场调研和分析，重点了解消费者的购买心理和行为。",
				"Set the company's short-, medium- and long-term business targets.|确定公司经营的短期、中期和长期目标。",
				"Set product prices.|确定产品价格。",
				"Plan and run advertising, market promotion and public-relations campaigns.|策划并开展市场广告、推广和公关活动。",
				"Analyse sales figures by region and propose plans to push sales forward.|按区域分析销售数据，提出促进销售的方案。",
			),
			section("clerk",
				"Sort and file the department's documents.|整理归档本部门的各类文件。",
				"Set product prices.|确定产品价格。",
			),
		),
		dept("planning",
			section("functions",
				"Research the market and gather market information about the industry.|开展市场调研，搜集行业市场信息。",
				"Set the organisation's long-term goals.|制定组织的长远目标。",
				"Propose plans for the company's public-relations campaigns, submit them for approval and run them.|提出公司公关活动的策划方案，报批后组织实施。",
				"Collect, analyse, summarise and file sales data.|负责销售数据的收集、分析、汇总和归档。",
				"Organise large-scale events.|组织大型活动。",
			),
		),
		dept("sales",
			section("selling",
				"Call on customers in person.|亲自拜访客户。",
				"Collect payment for the goods sold.|回收货款。",
			),
		),
		dept("finance",
			section("accounts",
				"Keep the books and prepare the final accounts.|记账并编制决算。",
			),
		),
	}, nil)
}

func dept(id string, secs ...*Node) *Node {
	return &Node{ID: id, Kind: KindDepartment, Title: Text{id, id}, Children: secs}
}

// section makes a section of duties written "english|中文".
func section(id string, duties ...string) *Node {
	s := &Node{ID: id, Kind: KindSection, Title: Text{id, id}}
	for i, d := range duties {
		en, zh, _ := strings.Cut(d, "|")
		s.Children = append(s.Children, &Node{ID: fmt.Sprint(i + 1), Kind: KindDuty, Title: Text{en, zh}})
	}
	return s
}

// duty finds the first duty whose English text starts with prefix.
func duty(t *testing.T, org *Org, prefix string) *Node {
	t.Helper()
	for _, n := range org.Nodes() {
		if n.Kind == KindDuty && strings.HasPrefix(n.Title[En], prefix) {
			return n
		}
	}
	t.Fatalf("no duty starts with %q", prefix)
	return nil
}

// bigOrg makes n synthetic duties from a fixed vocabulary, ten to a section
// and a thousand to a department, like a large user organisation.
func bigOrg(n int) *Org {
	verbs := strings.Fields("plan set analyse collect organise review approve draft manage coordinate train report forecast design publish audit")
	nouns := strings.Fields("prices budget events campaigns channels dealers data reports brand products staff training contracts invoices payroll stock suppliers media surveys accounts targets goals plans shelves displays")
	rng := rand.New(rand.NewPCG(1, 2))
	var docs []*Node
	for d := 0; d*1000 < n; d++ {
		dep := &Node{ID: fmt.Sprintf("d%d", d), Kind: KindDepartment}
		for s := 0; s < 100 && d*1000+s*10 < n; s++ {
			sec := &Node{ID: fmt.Sprintf("s%d", s), Kind: KindSection}
			for k := range 10 {
				words := []string{verbs[rng.IntN(len(verbs))], "the"}
				for range 2 + rng.IntN(5) {
					words = append(words, nouns[rng.IntN(len(nouns))])
				}
				sec.Children = append(sec.Children, &Node{ID: fmt.Sprint(k + 1), Kind: KindDuty, Title: Text{strings.Join(words, " ") + "."}})
			}
			dep.Children = append(dep.Children, sec)
		}
		docs = append(docs, dep)
	}
	return NewOrg(docs, nil)
}

// lowFloor builds org's index with postings cut for queries down to
// floor, so that tests can compare with brute force at low thresholds.
func lowFloor(t testing.TB, org *Org, floor float64) *Similarity {
	t.Helper()
	ix, err := buildSimilarity(context.Background(), org, floor, nil)
	if err != nil {
		t.Fatal(err)
	}
	return ix
}

func TestScorePairsSharedDuties(t *testing.T) {
	org := fixture()
	ix := NewSimilarity(org)
	for _, p := range []struct {
		a, b string
		want Likeness
	}{
		// Part of the same work in other words: "targets" and "goals" are
		// synonyms (one term, analysis.Canonical), and the long term is
		// one of the three terms of the first.
		{"Set the company's short-, medium-", "Set the organisation's long-term goals", Related},
		// Planning and running public-relations campaigns, and more.
		{"Plan and run advertising", "Propose plans for the company's public-relations", Related},
	} {
		a, b := duty(t, org, p.a), duty(t, org, p.b)
		if s := ix.Score(a, b); LikenessOf(s) < p.want {
			t.Errorf("Score(%q, %q) = %.2f (%s), want at least %s", p.a, p.b, s, LikenessOf(s), p.want)
		}
	}
}

// A duty that is one clause of another shares part of its work: even word
// for word, the pair is related, not similar.
func TestClauseMatchesAreRelated(t *testing.T) {
	org := NewOrg([]*Node{
		dept("a", section("s", "Set product prices.")),
		dept("b", section("s", "Collect payments from dealers, set product prices and approve discounts.")),
	}, nil)
	ix := NewSimilarity(org)
	s := ix.Score(org.Node("a/s/1"), org.Node("b/s/1"))
	if LikenessOf(s) != Related {
		t.Errorf("a duty and a clause of another score %.2f (%s), want related", s, LikenessOf(s))
	}
	if s > clauseFactor+1e-6 || clauseFactor >= MinSimilar {
		t.Errorf("a clause match scores %.2f, above clauseFactor %.2f (MinSimilar %.2f)", s, clauseFactor, MinSimilar)
	}
}

func TestScoreKeepsUnrelatedDutiesApart(t *testing.T) {
	org := fixture()
	ix := NewSimilarity(org)
	pairs := [][2]string{
		{"Set product prices", "Organise large-scale events"},
		{"Set product prices", "Keep the books"},
		{"Call on customers", "Set the organisation's long-term goals"},
		{"Sort and file the department's documents", "Research the market and gather"},
	}
	for _, p := range pairs {
		a, b := duty(t, org, p[0]), duty(t, org, p[1])
		if s := ix.Score(a, b); s >= 0.2 {
			t.Errorf("Score(%q, %q) = %.2f, want < 0.2", p[0], p[1], s)
		}
	}
}

func TestScoreIsSymmetricAndOneForTheSameText(t *testing.T) {
	org := fixture()
	ix := NewSimilarity(org)
	a := org.Node("marketing/responsibilities/3")
	b := org.Node("marketing/clerk/2")
	if s := ix.Score(a, b); math.Abs(s-1) > 1e-6 {
		t.Errorf("same text scores %.3f, want 1", s)
	}
	for _, x := range Leaves(org.Department("marketing")) {
		for _, y := range Leaves(org.Department("planning")) {
			if s1, s2 := ix.Score(x, y), ix.Score(y, x); s1 != s2 {
				t.Errorf("Score not symmetric for %q / %q: %v vs %v", x.Title[En], y.Title[En], s1, s2)
			}
		}
	}
}

func TestScoreUsesTheBestLanguage(t *testing.T) {
	// Chinese alone: the English texts have no word in common.
	org := NewOrg([]*Node{
		dept("a", section("s", "Survey the market.|开展市场调研。")),
		dept("b", section("s", "Find out what buyers want.|开展市场调研工作。")),
	}, nil)
	ix := NewSimilarity(org)
	a, b := org.Node("a/s/1"), org.Node("b/s/1")
	if s := ix.Score(a, b); s < MinRelated {
		t.Errorf("Chinese-only match scores %.2f, want >= %.2f", s, MinRelated)
	}
	if s := ix.scoreIn(a, b, En); s != 0 {
		t.Errorf("the English texts score %.2f, want 0", s)
	}
}

func TestSimilarExcludesOwnSectionAndAgreesWithScore(t *testing.T) {
	org := fixture()
	ix := lowFloor(t, org, 0.1)
	n := org.Node("marketing/responsibilities/3") // Set product prices.
	got, err := ix.similar(context.Background(), n, 100, 0.1)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) == 0 || got[0].Node != org.Node("marketing/clerk/2") {
		t.Fatalf("Similar(Set product prices) = %v, want the clerk's copy first", matchTexts(got))
	}
	for i, m := range got {
		if m.Node.Parent == n.Parent {
			t.Errorf("Similar returned %s from n's own section", m.Node.Path)
		}
		if want := ix.Score(n, m.Node); math.Abs(m.Score-want) > 1e-6 {
			t.Errorf("Similar score of %s = %.3f, Score says %.3f", m.Node.Path, m.Score, want)
		}
		if i > 0 && got[i-1].Score < m.Score {
			t.Errorf("Similar not sorted best first at %d", i)
		}
	}
}

// bruteSimilar is what Similar must return: every other duty outside n's
// section scoring at least least, best first, ties in document order, the
// first k.
func bruteSimilar(ix *Similarity, n *Node, k int, least float64) []Match {
	all := newBruteScorer(ix).similar(n, least)
	return all[:min(k, len(all))]
}

// bruteScorer scores duties as Score does, keeping each duty's units, for
// the oracles that score every pair.
type bruteScorer struct {
	ix    *Similarity
	units map[*Node]*[NumLangs]unitSet
}

func newBruteScorer(ix *Similarity) *bruteScorer {
	return &bruteScorer{ix, map[*Node]*[NumLangs]unitSet{}}
}

func (b *bruteScorer) unitsOf(n *Node) *[NumLangs]unitSet {
	us, ok := b.units[n]
	if !ok {
		us = new([NumLangs]unitSet)
		for l := range NumLangs {
			us[l] = b.ix.unitsOf(n, l)
		}
		b.units[n] = us
	}
	return us
}

func (b *bruteScorer) score(x, y *Node) float64 {
	ux, uy := b.unitsOf(x), b.unitsOf(y)
	var best float32
	for l := range NumLangs {
		best = max(best, b.ix.langs[l].score(ux[l], uy[l]))
	}
	return float64(best)
}

// similar is every indexed duty outside n's section scoring at least
// least against n, best first, ties in document order.
func (b *bruteScorer) similar(n *Node, least float64) []Match {
	var out []Match
	for _, c := range b.ix.leaves {
		if c == n || (n.Parent != nil && c.Parent == n.Parent) {
			continue
		}
		if s := b.score(n, c); s >= least {
			out = append(out, Match{c, s})
		}
	}
	slices.SortStableFunc(out, func(a, b Match) int { return cmp.Compare(b.Score, a.Score) })
	return out
}

// atLeast is the first k of ms (best first) scoring at least least.
func atLeast(ms []Match, k int, least float64) []Match {
	n := 0
	for n < len(ms) && ms[n].Score >= least {
		n++
	}
	return ms[:min(k, n)]
}

// The postings hold only each set's rarest tokens, and duties written
// alike share one class: Similar must still find exactly what scoring
// every duty finds, for any k and threshold down to the index's floor.
func TestSimilarMatchesBruteForce(t *testing.T) {
	for _, tc := range []struct {
		name string
		org  *Org
	}{{"fixture", fixture()}, {"generated", bigOrg(1500)}} {
		ix := lowFloor(t, tc.org, 0.15)
		brute := newBruteScorer(ix)
		for i, n := range ix.leaves {
			if tc.name == "generated" && i%7 != 0 {
				continue // a sample keeps the test quick
			}
			all := brute.similar(n, 0.15)
			for _, least := range []float64{0.15, MinRelated, 0.6} {
				for _, k := range []int{1, 3, 1 << 20} {
					got, err := ix.similar(context.Background(), n, k, least)
					if err != nil {
						t.Fatal(err)
					}
					if want := atLeast(all, k, least); !sameMatches(got, want) {
						t.Fatalf("%s: similar(%s, k=%d, %.2f) =\n%v\nbrute force:\n%v", tc.name, n.Path, k, least, matchTexts(got), matchTexts(want))
					}
				}
			}
		}
	}
}

func sameMatches(a, b []Match) bool {
	return slices.EqualFunc(a, b, func(x, y Match) bool { return x.Node == y.Node && math.Abs(x.Score-y.Score) < 1e-6 })
}

func TestSimilarKeepsToTheDropThreshold(t *testing.T) {
	org := bigOrg(1500)
	ix := NewSimilarity(org)
	brute := newBruteScorer(ix)
	for _, n := range ix.leaves[:200] {
		got, err := ix.Similar(context.Background(), n, 5)
		if err != nil {
			t.Fatal(err)
		}
		if want := atLeast(brute.similar(n, MinRelated), 5, MinRelated); !sameMatches(got, want) {
			t.Fatalf("Similar(%s) = %v, brute force %v", n.Path, matchTexts(got), matchTexts(want))
		}
	}
}

func TestSimilarIsSafeForConcurrentUse(t *testing.T) {
	org := bigOrg(1000)
	ix := NewSimilarity(org)
	ctx := context.Background()
	want := map[*Node][]Match{}
	for _, n := range ix.leaves {
		want[n], _ = ix.Similar(ctx, n, 9)
	}
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for _, n := range ix.leaves {
				if got, _ := ix.Similar(ctx, n, 9); !sameMatches(got, want[n]) {
					t.Errorf("concurrent Similar(%s) = %v, alone %v", n.Path, matchTexts(got), matchTexts(want[n]))
				}
			}
		})
	}
	wg.Wait()
}

func TestSimilarStopsWhenCancelled(t *testing.T) {
	org := NewOrg([]*Node{dept("a", section("s", slices.Repeat([]string{"Set product prices."}, 5000)...)),
		dept("b", section("s", "Set product prices."))}, nil)
	ix := NewSimilarity(org)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := ix.Similar(ctx, org.Node("b/s/1"), 9); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled Similar: err = %v, want context.Canceled", err)
	}
}

// Duties written alike in every language are one class: indexed and
// scored once, and Similar still lists each copy.
func TestDutiesWrittenAlikeShareAClass(t *testing.T) {
	org := NewOrg([]*Node{
		dept("a", section("s", "Set product prices.|确定产品价格。", "Set the product prices!|确定产品价格。", "Set product prices.|制定价格。")),
		dept("b", section("s", "Set product prices.|确定产品价格。", "Keep the books.|记账。")),
		dept("c", section("s", slices.Repeat([]string{"Set product prices.|确定产品价格。"}, 20)...)),
	}, nil)
	ix := NewSimilarity(org)
	// "Set the product prices!" has the same tokens as "Set product
	// prices."; the third differs in Chinese.
	if got := len(ix.memAt) - 1; got != 3 {
		t.Errorf("%d classes, want 3", got)
	}
	if ix.class[0] != ix.class[1] || ix.class[0] == ix.class[2] || ix.class[0] != ix.class[3] {
		t.Errorf("classes = %v", ix.class)
	}
	got, err := ix.Similar(context.Background(), org.Node("b/s/1"), 30)
	if err != nil {
		t.Fatal(err)
	}
	if want := bruteSimilar(ix, org.Node("b/s/1"), 30, MinRelated); !sameMatches(got, want) || len(got) != 23 {
		t.Errorf("Similar = %v\nwant the 23 copies: %v", matchTexts(got), matchTexts(want))
	}
}

func TestScoreOfLeavesOutsideTheIndex(t *testing.T) {
	org := fixture()
	ix := NewSimilarity(org)
	ctx := context.Background()
	point := &Node{Kind: KindPoint, Title: Text{"Set product prices for the year.", ""}}
	if s := ix.Score(point, org.Node("marketing/responsibilities/3")); s < 0.5 {
		t.Errorf("a point about prices scores %.2f against Set product prices", s)
	}
	if got, _ := ix.Similar(ctx, point, 9); len(got) == 0 {
		t.Error("Similar found nothing for a point outside the index")
	}
	// A copy outside the index scores exactly like the indexed duty.
	for _, x := range ix.leaves {
		c := &Node{Kind: KindPoint, Title: x.Title}
		for _, y := range ix.leaves {
			if a, b := ix.Score(x, y), ix.Score(c, y); math.Abs(a-b) > 1e-6 {
				t.Errorf("Score(%q, %q): indexed %.3f, copy %.3f", x.Title[En], y.Title[En], a, b)
			}
		}
	}
	empty := NewSimilarity(NewOrg(nil, nil))
	if got, _ := empty.Similar(ctx, point, 9); len(got) != 0 {
		t.Errorf("an empty org gave matches: %v", matchTexts(got))
	}
}

func TestTiers(t *testing.T) {
	for _, c := range []struct {
		score float64
		want  Likeness
	}{{0, Unalike}, {MinRelated - 0.01, Unalike}, {MinRelated, Related}, {MinSimilar, Similar}, {MinVerySimilar, VerySimilar}, {1, VerySimilar}} {
		if got := LikenessOf(c.score); got != c.want {
			t.Errorf("LikenessOf(%.2f) = %v, want %v", c.score, got, c.want)
		}
	}
	if !(0 < MinRelated && MinRelated < MinSimilar && MinSimilar < MinVerySimilar && MinVerySimilar <= 1) {
		t.Errorf("thresholds out of order: %v %v %v", MinRelated, MinSimilar, MinVerySimilar)
	}
	if Similar.String() != "similar" || VerySimilar.String() != "very similar" {
		t.Errorf("tier names %q %q", Similar, VerySimilar)
	}
}

func matchTexts(ms []Match) []string {
	out := make([]string, len(ms))
	for i, m := range ms {
		out[i] = fmt.Sprintf("%s %q (%.3f)", m.Node.Path, m.Node.Title[En], m.Score)
	}
	return out
}

// Duties whose signatures collide are still told apart: with every hash
// the same, the index must find exactly what it finds without.
func TestClassesSurviveHashCollisions(t *testing.T) {
	defer func(f func(*[NumLangs]*draft, int32) uint64) { signatureOf = f }(signatureOf)
	signatureOf = func(*[NumLangs]*draft, int32) uint64 { return 7 }
	org := bigOrg(600)
	ix := lowFloor(t, org, 0.15)
	brute := newBruteScorer(ix)
	for _, n := range ix.leaves[:100] {
		got, err := ix.similar(context.Background(), n, 20, 0.15)
		if err != nil {
			t.Fatal(err)
		}
		if want := atLeast(brute.similar(n, 0.15), 20, 0.15); !sameMatches(got, want) {
			t.Fatalf("with colliding hashes, similar(%s) = %v, brute force %v", n.Path, matchTexts(got), matchTexts(want))
		}
	}
	for i, leaf := range ix.leaves {
		lead := ix.leaves[ix.members[ix.memAt[ix.class[i]]]]
		if a, b := analyse(leaf.Title[En]), analyse(lead.Title[En]); !slices.Equal(sorted(a[0]), sorted(b[0])) {
			t.Fatalf("%q %v is in the class of %q %v", leaf.Title[En], a, lead.Title[En], b)
		}
	}
}

func sorted(toks []string) []string { return slices.Compact(slices.Sorted(slices.Values(toks))) }
