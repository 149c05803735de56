package model

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"unsafe"
)

// An index holds two or three units per duty and language (the explorer's
// idle memory at 100,000 duties, issue 18): they stay 16 bytes.
func TestUnitStaysSmall(t *testing.T) {
	if got := unsafe.Sizeof(unit{}); got > 16 {
		t.Errorf("unit is %d bytes, at most 16", got)
	}
}

// A duty of more distinct words than a unit counts (only a hostile file
// writes one) keeps its first maxUnitTokens: the index builds, two copies
// of it are the same, and a text outside the index is scored against it.
func TestDutyOfMoreWordsThanAUnitHolds(t *testing.T) {
	if testing.Short() {
		t.Skip("analyses a 450 KB sentence")
	}
	// Words the analyser keeps apart: consonants only (no stemming, no
	// stop word), five letters, all different.
	const letters = "bcdfghjkmnpqrtvwxz"
	words := make([]string, maxUnitTokens+5000)
	for i := range words {
		var w [5]byte
		for j, k := 0, i; j < len(w); j, k = j+1, k/len(letters) {
			w[j] = letters[k%len(letters)]
		}
		words[i] = string(w[:])
	}
	long := strings.Join(words, " ")
	twin := func(id string) *Node {
		return &Node{ID: id, Kind: KindDepartment, Title: Text{id, id}, Children: []*Node{
			{ID: "s", Kind: KindSection, Title: Text{"s", "s"}, Children: []*Node{
				{ID: "1", Kind: KindDuty, Title: Text{long}},
				{ID: "2", Kind: KindDuty, Title: Text{"Set product prices."}},
			}},
		}}
	}
	org := NewOrg([]*Node{twin("a"), twin("b")}, nil)
	ix := NewSimilarity(org)
	a, b := org.Node("a/s/1"), org.Node("b/s/1")
	if ix.langs[En].toks16 != nil {
		t.Fatal("a vocabulary of 70,000 words is kept in two bytes")
	}
	if u := ix.unitsOf(a, En).units; len(u) == 0 || int(u[0].n) != maxUnitTokens {
		t.Fatalf("the long duty's units: %+v, want its first %d tokens", u, maxUnitTokens)
	}
	if s := ix.Score(a, b); s != 1 {
		t.Errorf("two copies of the long duty score %v, want 1", s)
	}
	ms, err := ix.AlsoAppearsIn(context.Background(), a)
	if err != nil || len(ms) != 1 || ms[0].Node != b {
		t.Errorf("also appears in: %v, %v; want b's copy", ms, err)
	}
	outside := &Node{ID: "x", Kind: KindDuty, Title: Text{long}}
	if u := ix.unitsOf(outside, En).units; len(u) == 0 || int(u[0].n) != maxUnitTokens {
		t.Fatalf("the long text outside the index: %+v, want %d tokens", u, maxUnitTokens)
	}
	if s := ix.Score(outside, a); s <= 0 || s > 1 {
		t.Errorf("the long text outside the index scores %v against the duty", s)
	}
}

// widen puts ix's token ids in four bytes, as an index of a vocabulary
// too large for two keeps them.
func widen(ix *Similarity) *Similarity {
	for l := range NumLangs {
		li := &ix.langs[l]
		li.toks = make([]int32, len(li.toks16))
		for i, t := range li.toks16 {
			li.toks[i] = int32(t)
		}
		li.toks16 = nil
	}
	return ix
}

// An index answers the same whether it keeps its token ids in two bytes
// (a vocabulary of at most 65,536 tokens) or four.
func TestTwoByteTokensAnswerAsFour(t *testing.T) {
	org := bigOrg(3000)
	narrow := NewSimilarity(org)
	if narrow.langs[En].toks16 == nil || narrow.langs[En].toks != nil {
		t.Fatal("a vocabulary of a few dozen words is not kept in two bytes")
	}
	wide := widen(NewSimilarity(org))
	ctx := context.Background()
	var duties []*Node
	for _, d := range org.Departments {
		duties = append(duties, Leaves(d)...)
	}
	for i, n := range duties {
		if i%7 != 0 {
			continue
		}
		a, errA := narrow.Similar(ctx, n, 5)
		b, errB := wide.Similar(ctx, n, 5)
		if errA != nil || errB != nil || !sameMatches(a, b) {
			t.Fatalf("%s: two bytes %v (%v), four %v (%v)", n.Path, a, errA, b, errB)
		}
		m := duties[(i*31+5)%len(duties)]
		if x, y := narrow.Score(n, m), wide.Score(n, m); x != y {
			t.Fatalf("%s ~ %s: two bytes %v, four %v", n.Path, m.Path, x, y)
		}
	}
	as, bs := Leaves(org.Departments[0]), Leaves(org.Departments[1])
	pa, errA := narrow.Pair(ctx, as, bs, MinRelated)
	pb, errB := wide.Pair(ctx, as, bs, MinRelated)
	if errA != nil || errB != nil || fmt.Sprint(pa.Pairs) != fmt.Sprint(pb.Pairs) {
		t.Fatalf("pairing: two bytes %v (%v), four %v (%v)", pa, errA, pb, errB)
	}
	if len(pa.Pairs) == 0 {
		t.Fatal("the pairing found nothing to compare")
	}
}
