package search

import (
	"slices"
	"strings"

	"github.com/dutymap/dutymap/model"
)

// A unit's name inside a duty says who the duty deals with, not what it
// is about: 配合销售部实现营销目标 (planning works with the sales department
// toward the marketing goals) holds 销售 only as a piece of 销售部, and says
// nothing of who sets the sales targets (谁定销售目标). A Chinese word of the
// query that a text holds only inside units' names (a word of the text
// whose whole is a department's or position's name or alias: 销售部,
// 促销企划主管) of a unit the text is not in is no word it holds: its weight is taken from what the text
// held, and a text left holding nothing is dropped. The name itself, as a
// word of the query (销售部的职责), is held as ever.

// dropInsideNames takes from hits the Chinese words of p that their texts
// hold only inside units' names.
func (ix *Index) dropInsideNames(hits []whit, p plan, langs [2]model.Lang, cws [2][]cword) []whit {
	k := langIdx(langs, model.Zh)
	if langs[k] != model.Zh || len(hits) == 0 || k >= len(cws) {
		return hits
	}
	w := ix.wordsOf(model.Zh)
	type piece struct {
		within map[int32]bool // the texts that say a name holding the word (textsNamingAround)
		bit    uint64
		term   int32
		others []int32 // the word's other terms (synonyms): held by them, it is held
		weight float32
	}
	var pieces []piece
	var ws []float32
	for i, qw := range p.words[:min(len(p.words), len(cws[k]), maxWords)] {
		if !qw.han || cws[k][i].name {
			continue
		}
		within := ix.textsNamingAround(w, qw.term)
		if len(within) == 0 {
			continue
		}
		id, ok := w.term(qw.term)
		if !ok {
			continue
		}
		if ws == nil {
			ws, _, _ = mainWeights(cws[k])
		}
		var others []int32
		for _, a := range cws[k][i].alts {
			if a.term >= 0 && a.term != id && !a.related {
				others = append(others, a.term)
			}
		}
		pieces = append(pieces, piece{within: within, bit: 1 << i, term: id, others: others, weight: ws[i]})
	}
	if len(pieces) == 0 {
		return hits
	}
	out := hits[:0]
	for _, h := range hits {
		if h.lang == model.Zh {
			for _, pc := range pieces {
				if h.mask&pc.bit != 0 && pc.within[h.node] && ix.onlyInsideNames(w, h.node, pc.term, pc.others) {
					h.mask &^= pc.bit
					h.held = max(0, h.held-pc.weight)
				}
			}
			if h.mask|h.rel == 0 {
				continue
			}
		}
		out = append(out, h)
	}
	return out
}

// onlyInsideNames reports whether node n's text holds term, and every time
// as a piece of a wider word that is the name of a unit n is not in (its
// own unit's name says its own work: 财务 of 财务部, in Finance), and none
// of others.
func (ix *Index) onlyInsideNames(w *wordIndex, n int32, term int32, others []int32) bool {
	toks := w.tokens(n)
	found := false
	for x, t := range toks {
		if slices.Contains(others, t.term) {
			return false
		}
		if t.term != term {
			continue
		}
		// The word it is part of: the widest token at its position (a
		// word's parts follow it, at its position).
		word := t
		for y := x - 1; y >= 0 && toks[y].pos == t.pos; y-- {
			if u := toks[y]; u.start <= word.start && u.end >= word.end {
				word = u
			}
		}
		if word.start == t.start && word.end == t.end {
			return false // the word itself
		}
		if units := ix.unitsNamedZh(w.vocab[word.term]); len(units) == 0 || ix.inUnits(n, units) {
			return false // inside a word that names no unit, or the text's own (财务 of 财务部, in Finance)
		}
		found = true
	}
	return found
}

// textsNamingAround returns the texts of w that say, as a word, some
// unit's name or alias holding the Chinese word as a piece (销售部 for
// 销售): the only ones that may hold it inside a name, read by
// onlyInsideNames; the others are left unread. None for a word no name
// holds, most words.
func (ix *Index) textsNamingAround(w *wordIndex, word string) map[int32]bool {
	var within map[int32]bool
	for name := range ix.chineseUnitNames() {
		if name == word || !strings.Contains(name, word) {
			continue
		}
		id, ok := w.term(name)
		if !ok {
			continue
		}
		nodes, _ := w.postings(id)
		for _, n := range nodes {
			if within == nil {
				within = map[int32]bool{}
			}
			within[n] = true
		}
	}
	return within
}
