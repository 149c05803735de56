package model_test

import (
	"testing"

	"github.com/dutymap/dutymap/internal/synth"
	"github.com/dutymap/dutymap/model"
)

// BenchmarkRankDepartments is the picker's work on one key press over the
// 2,000 departments of a synthetic organisation of a million duties (both
// languages; Chinese names such as 华南销售部): a name in letters, one
// slip off, in pinyin, and in characters of the same sound.
func BenchmarkRankDepartments(b *testing.B) {
	org := synth.Generate(1_000_000, 1)
	for _, q := range []string{"south sales", "markting", "huananxiaoshou", "华南销受部"} {
		b.Run(q, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				model.Rank(q, org.Departments)
			}
		})
	}
}
