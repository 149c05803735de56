package model

import (
	"context"
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
