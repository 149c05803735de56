package search

import (
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
// (p.words[:p.subject.from], written as one: plan.beforeWho, not 市场部 of
// 谁与市场部沟通), and those words' bits; nil when there are none, or they
// name no unit. The units a question offers as alternatives are its scope
// too (plan.offered).
func (ix *Index) scopeUnits(p plan) ([]int32, uint64) {
	if len(p.offered) > 0 {
		return p.offered, 0 // asked without their names (Index.offeredUnits)
	}
	if !p.question || p.subject.from <= 0 || p.subject.from > min(len(p.words), maxWords) || p.beforeWho != p.subject.from {
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

// dropScopeOnly takes the scope's name (scopeUnits) from every hit,
// inside the scope too: a text saying the unit's name (统筹市场部的全部工作
// for 市场部谁定价, 销售展位 for 销售部谁负责培训) holds nothing of the work
// by it, and those that held nothing else are dropped. The scope's words
// weigh nothing in what a match must hold (cword.name, set where the
// query is compiled), so no weight is taken from what the hits held.
// scope is scopeUnits' bits of the query's words.
func dropScopeOnly(scope uint64, hits []whit) []whit {
	if scope == 0 {
		return hits
	}
	out := hits[:0]
	for _, h := range hits {
		if (h.mask|h.rel)&scope != 0 {
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

// dropScopeSummaries takes the scope's name from the units' summaries
// (summaryMatches: sums, and the words each says as written, direct),
// dropping those that say nothing else: 为销售部操盘, in 策划部's summary,
// is no answer to 销售部谁收钱, nor is a summary of the unit asked about
// that only says its name.
func dropScopeSummaries(scope uint64, sums []whit, direct []uint64) ([]whit, []uint64) {
	if scope == 0 || len(direct) != len(sums) {
		return sums, direct
	}
	out, outDirect := sums[:0], direct[:0]
	for i, h := range sums {
		d := direct[i]
		if (h.mask|h.rel)&scope != 0 {
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

// outOfScope returns, for a question whose scope (scopeAt, its words'
// bits scope) holds none of the main matches (hits and summaries, their
// main set) while other units hold some, the scope's units and the words
// of the work, as typed: 销售部 has no duty about 展会 (销售部谁负责展会),
// and the answer is the other units'. Nil when the scope answers, or
// nothing does.
func (ix *Index) outOfScope(p plan, scopeAt []int32, scope uint64, hits, sums []whit) *OutOfScope {
	elsewhere := false
	for _, hs := range [][]whit{hits, sums} {
		for _, h := range hs {
			if !h.main {
				continue
			}
			if ix.inUnits(h.node, scopeAt) {
				return nil
			}
			elsewhere = true
		}
	}
	if !elsewhere {
		return nil
	}
	o := &OutOfScope{Words: typedWords(p.words, func(i int) bool {
		return i >= maxWords || scope&(1<<i) == 0 && !p.words[i].role
	})}
	for _, n := range scopeAt {
		o.Units = append(o.Units, ix.node(n))
	}
	return o
}
