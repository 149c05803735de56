package search

import (
	"sync"

	"github.com/dutymap/dutymap/internal/wire"
	"github.com/dutymap/dutymap/model"
	"github.com/dutymap/dutymap/model/analysis"
)

// A department's or position's summary is the organisation's own one-line
// answer to "who does X?": Finance "Manages the company's money", HR
// 管理公司的人. Its duties may never say the question's main word ("money",
// 钱), so the summary is evidence of the unit as an owner, weighed as a
// duty's sentence is (BM25 over the title field), and shown as its proof
// (Owner.BySummary).

// unitSummary is the analysed summary of a unit that owns duties.
type unitSummary struct {
	unit  int32
	terms []string // its terms, stop words left out
}

// summaries holds, per language, the summaries of the units that own
// duties, analysed on the first query that reads them.
type summaries [model.NumLangs]struct {
	once sync.Once
	list []unitSummary
}

// unitSummaries returns the analysed summaries in lang of the departments
// and positions that own duties. An index read without its organisation
// takes them as its encoding stores them (encodeSummaryTerms): analysing
// them, and making a node of every unit to read its summary, was about a
// third of a warm search at 100,000 duties.
func (ix *Index) unitSummaries(lang model.Lang) []unitSummary {
	s := &ix.summaries[lang]
	s.once.Do(func() {
		if t := ix.table; t != nil && t.analysed != nil {
			s.list = t.analysed[lang]
			return
		}
		s.list = ix.analyseSummaries(lang)
	})
	return s.list
}

// analyseSummaries analyses the summaries in lang of the units that own
// duties, in the order of the owners that first name them.
func (ix *Index) analyseSummaries(lang model.Lang) []unitSummary {
	var list []unitSummary
	seen := map[int32]bool{}
	for _, key := range ix.owners {
		unit := key.dept
		if key.pos >= 0 {
			unit = key.pos
		}
		if seen[unit] {
			continue
		}
		seen[unit] = true
		text := ix.summaryOf(unit)[lang]
		if text == "" {
			continue
		}
		// Segmented, unlike a description's Chinese in the word
		// index (bigrams only): 管理公司的钱 holds 钱.
		if terms := analysis.Terms(text); len(terms) > 0 {
			list = append(list, unitSummary{unit: unit, terms: terms})
		}
	}
	return list
}

// summaryOf is unit's summary, read from the node table of an index read
// without its organisation rather than from a node made for it.
func (ix *Index) summaryOf(unit int32) model.Text {
	if t := ix.table; t != nil {
		return t.summary[unit]
	}
	return ix.nodes[unit].Summary()
}

// encodeSummaryTerms writes the analysed summaries of both languages, for
// a search read from the encoding to use as they are (the node table's
// part; decodeSummaryTerms reads them).
func (ix *Index) encodeSummaryTerms(w *wire.Writer) {
	for _, l := range model.Langs {
		list := ix.unitSummaries(l)
		w.Int(len(list))
		for _, s := range list {
			w.Int(int(s.unit))
			w.Strings(s.terms)
		}
	}
}

// decodeSummaryTerms reads what encodeSummaryTerms wrote, for the node
// table t read so far: each unit must be one t holds a summary of, in
// that language, once, with terms.
func decodeSummaryTerms(r *wire.Reader, t *nodeTable) *[model.NumLangs][]unitSummary {
	nn := len(t.kind)
	out := new([model.NumLangs][]unitSummary)
	for _, l := range model.Langs {
		n := r.Count(2)
		if r.Err() != nil {
			return nil
		}
		list := make([]unitSummary, 0, n)
		seen := make(map[int32]bool, n)
		for range n {
			unit := int32(r.Index(nn))
			terms := r.Strings()
			if r.Err() != nil {
				return nil
			}
			if t.summary[unit][l] == "" || seen[unit] || len(terms) == 0 {
				r.Fail("analysed summary for node %d, which has no summary in its language or has it twice", unit)
				return nil
			}
			seen[unit] = true
			list = append(list, unitSummary{unit: unit, terms: terms})
		}
		out[l] = list
	}
	return out
}

// summaryMatches returns, for each unit whose summary holds a word of the
// query, a hit on the unit's node, scored as a duty sentence holding those
// words would be: each word's weight (its inverse document frequency)
// saturated by its count over the summary's length against the average
// title's. One per unit, in the query's language first; whether it
// mentions the query's main words (whit.main) is for the caller to say,
// once the query's weights are known. itself holds, per hit, the words
// its summary holds as themselves (their term, not a synonym or a word
// holding a character typed alone).
//
// As the word index's hits, only units nodeOK allows (nil: all) whose
// summary contains the query's exact terms.
func (ix *Index) summaryMatches(p plan, langs [2]model.Lang, cws [2][]cword, nodeOK []bool) (out []whit, itself []uint64) {
	exact := compileExact(p.exact)
	seen := map[int32]bool{}
	for k, l := range langs {
		// Chinese summaries answer a query holding Chinese words: their
		// terms are segmented words (a Latin word's other-language matches
		// come from the word index), and analysing them loads the Chinese
		// dictionary, which a warm search in English never needs (it
		// tripled the whole process's time at 100,000 duties).
		if l == model.Zh && !p.holdsHan() {
			continue
		}
		list := ix.unitSummaries(l)
		if len(list) == 0 || len(cws[k]) == 0 {
			continue
		}
		w := ix.wordsOf(l)
		ws, syn, _ := mainWeights(cws[k])
		norm := func(n int) float32 {
			return 1 - fieldB[fieldTitle] + fieldB[fieldTitle]*float32(n)/w.avg[fieldTitle]
		}
		for _, s := range list {
			if seen[s.unit] || nodeOK != nil && !nodeOK[s.unit] ||
				len(exact) > 0 && !containsAll(ix.summaryOf(s.unit)[l], exact) {
				continue
			}
			h := whit{node: s.unit, lang: l}
			var direct, said uint64 // the words held not through a synonym; as themselves
			for i, c := range cws[k][:min(len(cws[k]), len(p.words), maxWords)] {
				if c.role || c.name {
					continue
				}
				tf, weight, isDirect, itself := 0, float32(0), false, false
				for _, t := range s.terms {
					if wt, d, ok := termWeight(w, p.words[i], c, t); ok {
						tf++
						weight, isDirect = max(weight, wt), isDirect || d
						itself = itself || t == p.words[i].term
					}
				}
				if tf == 0 {
					continue
				}
				h.mask |= 1 << i
				if isDirect {
					direct |= 1 << i
				}
				if itself {
					said |= 1 << i
				}
				h.score += weight * saturate(float32(tf)/norm(len(s.terms)))
			}
			if h.mask != 0 {
				h.held = held(h.mask, direct, ws, syn)
				seen[s.unit] = true
				out, itself = append(out, h), append(itself, said)
			}
		}
	}
	return out, itself
}

// summarySays returns the words of the query a summary says that no duty
// does: those of each summary saying every word of unheld (the query's
// words no duty mentions) as itself, as a duty must say them whole
// (dutyMentions), not through a synonym or a word holding its character
// (税务 does not say the 税 of 谁管税); none when no summary says them all.
func summarySays(sums []whit, itself []uint64, unheld uint64) uint64 {
	if unheld == 0 {
		return 0
	}
	var says uint64
	for i, h := range sums {
		if itself[i]&unheld == unheld {
			says |= h.mask
		}
	}
	return says
}

// termWeight reports whether term t of a summary is query word qw,
// compiled as c against w, by the word itself or one of its alternatives
// that is not a merely related term, and its weight then; direct when it
// is no synonym.
func termWeight(w *wordIndex, qw qword, c cword, t string) (weight float32, direct, ok bool) {
	for _, a := range c.alts {
		if a.related || a.term < 0 || int(a.term) >= len(w.vocab) || w.vocab[a.term] != t {
			continue
		}
		if a.weight > weight {
			weight, direct = a.weight, !a.synonym && a.part == 0
		}
		ok = true
	}
	if !ok && qw.term == t {
		// A word no text of the index holds as a word (钱 of 管理公司的钱,
		// which the descriptions hold as bigrams only) weighs as the
		// rarest word does.
		return w.idf(0), true, true
	}
	return weight, direct, ok
}

// holdsHan reports whether a word of the query is Chinese.
func (p plan) holdsHan() bool {
	for _, w := range p.words {
		if w.han {
			return true
		}
	}
	return false
}
