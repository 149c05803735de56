package search

import (
	"math/bits"
	"slices"

	"github.com/dutymap/dutymap/model"
	"github.com/dutymap/dutymap/model/analysis"
)

// A Chinese question that writes a department's name before its question
// word (销售部谁收钱: in sales, who collects the money?) names where to
// look, not what the work is about: the department is its scope. A text
// of another unit that holds nothing of the question but that name
// (把各项企划交给销售部, a marketing duty handing plans to sales) answers
// nothing, and does not make its unit an owner ahead of the department
// asked about; the department's own duties still hold its name
// (Index.named).

// scopeUnits returns the departments and positions whose Chinese name or
// alias the words a Chinese question writes before its question word are
// (p.words[:p.subject.from], written as one), and those words' bits; nil
// when there are none, or they name no unit.
func (ix *Index) scopeUnits(p plan) ([]int32, uint64) {
	if !p.question || p.subject.from <= 0 || p.subject.from > min(len(p.words), maxWords) {
		return nil, 0
	}
	var said string
	for _, w := range p.words[:p.subject.from] {
		if !w.han || w.recipient || w.role {
			return nil, 0
		}
		said += w.folded
	}
	ix.closeSubtrees()
	var units []int32
	for _, n := range ix.ownerNodes {
		node := ix.node(n)
		for _, name := range append([]string{node.Title[model.Zh]}, node.Aliases()[model.Zh]...) {
			if name != "" && analysis.Fold(name) == said {
				units = append(units, n)
				break
			}
		}
	}
	if len(units) == 0 {
		return nil, 0
	}
	return units, uint64(1)<<p.subject.from - 1
}

// dropScopeOnly takes the scope's name (scopeUnits) from the hits
// outside the question's scope, what it held of the query with it
// (mainWeights of cws, by the hit's language), and drops those that held
// nothing else.
func (ix *Index) dropScopeOnly(p plan, langs [2]model.Lang, cws [2][]cword, hits []whit) []whit {
	units, scope := ix.scopeUnits(p)
	if len(units) == 0 {
		return hits
	}
	var ws [2][]float32
	for k := range langs {
		ws[k], _, _ = mainWeights(cws[k])
	}
	out := hits[:0]
	for _, h := range hits {
		if (h.mask|h.rel)&scope != 0 && !ix.inUnits(h.node, units) {
			k := langIdx(langs, h.lang)
			for b := h.mask & scope; b != 0; b &= b - 1 {
				if i := bits.TrailingZeros64(b); i < len(ws[k]) {
					h.held = max(0, h.held-ws[k][i])
				}
			}
			h.mask &^= scope
			h.rel &^= scope
			if h.mask|h.rel == 0 {
				continue
			}
		}
		out = append(out, h)
	}
	return out
}

// inUnits reports whether node n is one of units or lies beneath one.
func (ix *Index) inUnits(n int32, units []int32) bool {
	for a := n; a >= 0; a = ix.parent[a] {
		if slices.Contains(units, a) {
			return true
		}
	}
	return false
}

// dropScopeSummaries takes the scope's name from the summaries of units
// outside the question's scope (summaryMatches: sums, and the words each
// says as written, direct), dropping those that say nothing else: 为销售部
// 操盘, in 策划部's summary, is no answer to 销售部谁收钱.
func (ix *Index) dropScopeSummaries(p plan, sums []whit, direct []uint64) ([]whit, []uint64) {
	units, scope := ix.scopeUnits(p)
	if len(units) == 0 || len(direct) != len(sums) {
		return sums, direct
	}
	out, outDirect := sums[:0], direct[:0]
	for i, h := range sums {
		d := direct[i]
		if (h.mask|h.rel)&scope != 0 && !ix.inUnits(h.node, units) {
			h.mask &^= scope
			h.rel &^= scope
			d &^= scope
			if h.mask|h.rel == 0 {
				continue
			}
		}
		out, outDirect = append(out, h), append(outDirect, d)
	}
	return out, outDirect
}
