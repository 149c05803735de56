package model_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/dutymap/dutymap/internal/synth"
	"github.com/dutymap/dutymap/model"
)

// The benchmarks below run on internal/synth organisations: both
// languages, duties written from a vocabulary of a few hundred words, so
// every word is common, a harder case for candidate generation than real
// content.

// BenchmarkSimilarityBuildSynth builds the index; BuildSimilarity does the
// same work off the update loop.
func BenchmarkSimilarityBuildSynth(b *testing.B) {
	for _, n := range []int{100_000, 1_000_000} {
		org := synth.Generate(n, 1)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				model.NewSimilarity(org)
			}
		})
	}
}

// BenchmarkAlsoAppearsInSynth is the look-up the explorer makes when the
// selection moves to another duty.
func BenchmarkAlsoAppearsInSynth(b *testing.B) {
	for _, n := range []int{100_000, 1_000_000} {
		org := synth.Generate(n, 1)
		ix := model.NewSimilarity(org)
		var duties []*model.Node
		for _, d := range org.Departments {
			duties = append(duties, model.Leaves(d)...)
		}
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				if _, err := ix.AlsoAppearsIn(context.Background(), duties[i%len(duties)]); err != nil {
					b.Fatal(err)
				}
				i += 7919
			}
		})
	}
}
