package model

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
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
				"Propose plans for the company's public-relations events, submit them for approval and organise them.|提出公司公关活动的策划方案，报批后组织实施。",
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

func TestStemMeetsWordForms(t *testing.T) {
	groups := [][]string{
		{"price", "prices", "pricing", "priced"},
		{"plan", "plans", "planning", "planned", "planner"},
		{"organise", "organize", "organising", "organised"},
		{"promote", "promotion", "promotions", "promotional"},
		{"analyse", "analysing", "analysis", "analyze"},
		{"advert", "advertising", "advertisement", "ads"},
		{"sale", "sales", "sell", "selling"},
	}
	for _, g := range groups {
		want, _ := tokenize(g[0])
		for _, w := range g[1:] {
			if got, _ := tokenize(w); !slices.Equal(got, want) {
				t.Errorf("tokenize(%q) = %v, want %v like %q", w, got, want, g[0])
			}
		}
	}
}

func TestTokenizeDropsStopWordsAndJoinsPhrases(t *testing.T) {
	got, _ := tokenize("Draw up the company's long-term targets")
	want := []string{"set", "longterm", "goal"}
	if !slices.Equal(got, want) {
		t.Errorf("tokenize = %v, want %v", got, want)
	}
}

func TestTokenizeChineseBigrams(t *testing.T) {
	got, _ := tokenize("开展市场调研")
	want := []string{"开展", "展市", "市场", "场调", "调研"}
	if !slices.Equal(got, want) {
		t.Errorf("tokenize = %v, want %v", got, want)
	}
	// Function characters split runs rather than forming bigrams.
	if got, _ := tokenize("价格和渠道"); slices.Contains(got, "格和") || !slices.Contains(got, "渠道") {
		t.Errorf("tokenize(价格和渠道) = %v", got)
	}
}

func TestUnitTokensSplitsClauses(t *testing.T) {
	got := unitTokens("Analyse sales figures by region and propose plans to push sales forward.")
	if len(got) != 3 {
		t.Fatalf("units = %v, want the whole and two clauses", got)
	}
	if want := []string{"analys", "sale", "data", "region"}; !slices.Equal(got[1], want) {
		t.Errorf("first clause = %v, want %v", got[1], want)
	}
	if got := unitTokens("Set product prices."); len(got) != 1 {
		t.Errorf("a one-clause duty has units %v", got)
	}
	if got := unitTokens("开展市场调研，搜集行业市场信息。"); len(got) != 3 {
		t.Errorf("Chinese clauses: units %v", got)
	}
}

func TestSimilarIsSafeForConcurrentUse(t *testing.T) {
	org := fixture()
	ix := NewSimilarity(org)
	want := map[*Node]int{}
	for _, n := range ix.leaves {
		want[n] = len(ix.Similar(n, 0.1))
	}
	done := make(chan bool)
	for range 4 {
		go func() {
			for _, n := range ix.leaves {
				if got := len(ix.Similar(n, 0.1)); got != want[n] {
					t.Errorf("concurrent Similar(%s) found %d, alone %d", n.Path, got, want[n])
				}
			}
			done <- true
		}()
	}
	for range 4 {
		<-done
	}
}

func TestScorePairsSharedDuties(t *testing.T) {
	org := fixture()
	ix := NewSimilarity(org)
	pairs := [][2]string{
		{"Research and analyse the market", "Research the market and gather"},
		{"Set the company's short-, medium-", "Set the organisation's long-term goals"},
		{"Plan and run advertising", "Propose plans for the company's public-relations"},
		{"Analyse sales figures by region", "Collect, analyse, summarise"},
	}
	for _, p := range pairs {
		a, b := duty(t, org, p[0]), duty(t, org, p[1])
		if s := ix.Score(a, b); s < 0.35 {
			t.Errorf("Score(%q, %q) = %.2f, want >= 0.35", p[0], p[1], s)
		}
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
	// Chinese alone: the English texts have nothing in common.
	org := NewOrg([]*Node{
		dept("a", section("s", "Survey the market.|开展市场调研。")),
		dept("b", section("s", "Investigate what buyers want.|组织市场调研。")),
	}, nil)
	ix := NewSimilarity(org)
	if s := ix.Score(org.Node("a/s/1"), org.Node("b/s/1")); s < 0.35 {
		t.Errorf("Chinese-only match scores %.2f, want >= 0.35", s)
	}
}

func TestSimilarExcludesOwnSectionAndAgreesWithScore(t *testing.T) {
	org := fixture()
	ix := NewSimilarity(org)
	n := org.Node("marketing/responsibilities/3") // Set product prices.
	got := ix.Similar(n, 0.1)
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

// The inverted index must find exactly what scoring every pair finds.
func TestSimilarAndPairsMatchBruteForce(t *testing.T) {
	org := fixture()
	ix := NewSimilarity(org)
	all := ix.leaves
	const min = 0.15
	for _, n := range all {
		want := 0
		for _, c := range all {
			if c != n && c.Parent != n.Parent && ix.Score(n, c) >= min {
				want++
			}
		}
		if got := len(ix.Similar(n, min)); got != want {
			t.Errorf("Similar(%s) found %d, brute force %d", n.Path, got, want)
		}
	}
	as, bs := Leaves(org.Department("marketing")), Leaves(org.Department("planning"))
	pairs := ix.Pairs(as, bs, min)
	want := 0
	for _, a := range as {
		for _, b := range bs {
			if ix.Score(a, b) >= min {
				want++
			}
		}
	}
	if len(pairs) != want {
		t.Errorf("Pairs found %d, brute force %d", len(pairs), want)
	}
	for _, p := range pairs {
		if s := ix.Score(p.A, p.B); math.Abs(s-p.Score) > 1e-6 {
			t.Errorf("Pairs score %.3f, Score %.3f for %s / %s", p.Score, s, p.A.Path, p.B.Path)
		}
	}
}

func TestScoreOfLeavesOutsideTheIndex(t *testing.T) {
	org := fixture()
	ix := NewSimilarity(org)
	point := &Node{Kind: KindPoint, Title: Text{"Set product prices for the year.", ""}}
	if s := ix.Score(point, org.Node("marketing/responsibilities/3")); s < 0.5 {
		t.Errorf("a point about prices scores %.2f against Set product prices", s)
	}
	if got := ix.Similar(point, 0.5); len(got) == 0 {
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
	if got := empty.Similar(point, 0); len(got) != 0 {
		t.Errorf("an empty org gave matches: %v", matchTexts(got))
	}
}

func matchTexts(ms []Match) []string {
	out := make([]string, len(ms))
	for i, m := range ms {
		out[i] = fmt.Sprintf("%s (%.2f)", m.Node.Title[En], m.Score)
	}
	return out
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

func BenchmarkNewSimilarity100k(b *testing.B) {
	org := bigOrg(100_000)
	b.ResetTimer()
	for b.Loop() {
		NewSimilarity(org)
	}
}

func BenchmarkSimilar100k(b *testing.B) {
	org := bigOrg(100_000)
	ix := NewSimilarity(org)
	b.ResetTimer()
	i := 0
	for b.Loop() {
		ix.Similar(ix.leaves[i%len(ix.leaves)], 0.5)
		i += 7919
	}
}

func BenchmarkPairs100k(b *testing.B) {
	org := bigOrg(100_000)
	ix := NewSimilarity(org)
	as, bs := Leaves(org.Departments[0]), Leaves(org.Departments[1])
	b.ResetTimer()
	for b.Loop() {
		ix.Pairs(as, bs, 0.35)
	}
}
