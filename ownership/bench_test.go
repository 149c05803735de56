package ownership

import (
	"sync"
	"testing"

	"github.com/dutymap/dutymap/internal/synth"
	"github.com/dutymap/dutymap/model"
)

var synth100k = sync.OnceValue(func() *model.Org { return synth.Generate(100_000, 1) })

// BenchmarkCheckRepetitive100k runs every check over synth.Generate's
// 100,000 duties (200 departments, both languages), similarity index
// included. Their sentences come from a few hundred words and a third of
// them repeat across departments, so nearly every duty has a near-same
// one elsewhere: about 170,000 double-owner findings, and the pairings
// reach their budget. A worst case, not a real organisation.
func BenchmarkCheckRepetitive100k(b *testing.B) {
	org := synth100k()
	var rep Report
	for b.Loop() {
		rep = Run(org, Options{})
	}
	b.ReportMetric(float64(len(rep.Findings)), "findings")
}

var defects100k = sync.OnceValue(func() *model.Org {
	var tb testing.B
	return loadDefective(&tb, synth.Defects(100_000, 1, 12))
})

// BenchmarkCheckDefects100k runs every check over a generated organisation
// of 100,000 duties in 200 departments, both languages, with RACI lines,
// topics of shared work, linked hand-offs and 12 planted defects of each kind, loaded
// through the content loader: what `dutymap check` does after loading.
func BenchmarkCheckDefects100k(b *testing.B) {
	org := defects100k()
	var rep Report
	for b.Loop() {
		rep = Run(org, Options{})
	}
	b.ReportMetric(float64(len(rep.Findings)), "findings")
}

// BenchmarkCheckDefects100kWithoutDoubleOwner is the same without the one
// check that pairs duties by similarity.
func BenchmarkCheckDefects100kWithoutDoubleOwner(b *testing.B) {
	org := defects100k()
	checks := []Check{NoOwner, MultiAccountable, NoResponsible, DanglingHandOff, LangParity}
	var rep Report
	for b.Loop() {
		rep = Run(org, Options{Checks: checks})
	}
	b.ReportMetric(float64(len(rep.Findings)), "findings")
}

var lookAlike100k = sync.OnceValue(func() *model.Org {
	var tb testing.B
	return loadDefective(&tb, &synth.Defective{Base: synth.LookAlike(20, 50, 100, 8, 1)})
})

// BenchmarkDoubleOwnerLookAlike100k runs the double-owner check over
// 100,000 look-alike duties in 20 departments: each eight words drawn
// from the same 20 (synth.LookAlike), so every duty shares its words with
// nearly every other. The worst shape for the pairing (hunt24: 12 s of
// CPU, where 200 departments of synth's duties take about 2 s).
func BenchmarkDoubleOwnerLookAlike100k(b *testing.B) {
	org := lookAlike100k()
	var rep Report
	for b.Loop() {
		rep = Run(org, Options{Checks: []Check{DoubleOwner}, Limit: 1000})
	}
	b.ReportMetric(float64(len(rep.Findings)+rep.Unlisted[DoubleOwner]), "findings")
}
