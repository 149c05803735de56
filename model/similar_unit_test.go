package model

import (
	"context"
	"fmt"
	"slices"
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

// A unit keeps its first maxUnitTokens distinct tokens. The analyser
// reads at most analysis.MaxText of a text (256 KB), which holds fewer
// distinct Latin words than that, but Chinese text of that size can
// segment into more: the draft cuts them, so that a count never wraps.
func TestUnitKeepsAtMostMaxUnitTokens(t *testing.T) {
	toks := make([]string, maxUnitTokens+5000)
	for i := range toks {
		toks[i] = fmt.Sprint("t", i)
	}
	short := []string{"price", "set"}
	c := &tokenChunk{toks: append(slices.Clone(toks), short...), unitLen: []int32{int32(len(toks)), 2}, leafUnit: []int32{1, 1}}
	d := &draft{dict: map[string]int32{}}
	d.add(c)
	if len(d.units) != 2 {
		t.Fatalf("%d units, want 2", len(d.units))
	}
	long, after := d.units[0], d.units[1]
	if int(long.n) != maxUnitTokens || long.end() != after.at {
		t.Fatalf("the long unit holds %d tokens ending at %d, want %d ending where the next starts (%d)", long.n, long.end(), maxUnitTokens, after.at)
	}
	if got := d.toks[after.at:after.end()]; len(got) != 2 || d.names[got[0]] != "price" && d.names[got[1]] != "price" {
		t.Fatalf("the next unit reads %v", got)
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
