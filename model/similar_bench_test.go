package model

import (
	"context"
	"testing"
)

func BenchmarkNewSimilarity100k(b *testing.B) {
	org := bigOrg(100_000)
	b.ReportAllocs()
	for b.Loop() {
		NewSimilarity(org)
	}
}

// BenchmarkSimilar100k is one "also appears in" look-up, as the explorer
// makes when the selection moves to another duty.
func BenchmarkSimilar100k(b *testing.B) {
	org := bigOrg(100_000)
	ix := NewSimilarity(org)
	ctx := context.Background()
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		if _, err := ix.AlsoAppearsIn(ctx, ix.leaves[i%len(ix.leaves)]); err != nil {
			b.Fatal(err)
		}
		i += 7919
	}
}

func BenchmarkPair100k(b *testing.B) {
	org := bigOrg(100_000)
	ix := NewSimilarity(org)
	as, bs := Leaves(org.Departments[0]), Leaves(org.Departments[1])
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ix.Pair(ctx, as, bs, MinRelated); err != nil {
			b.Fatal(err)
		}
	}
}
