package search

import (
	"cmp"
	"context"
	"slices"

	"github.com/dutymap/dutymap/model"
)

// session ties a search to the Searcher that runs it: how to tell it was
// superseded, and the letters fallback's memory of earlier queries.
type session struct {
	stop     func() bool
	narrow   func(q Query) [model.NumLangs]*memo // earlier matches q can be searched among
	remember func(matched [model.NumLangs]*memo)
}

func (ix *Index) search(ctx context.Context, q Query, lang model.Lang, limit int, ss *session) (*Results, error) {
	res := &Results{}
	if q.IsEmpty() {
		return res, nil
	}
	stop := func() bool { return ctx.Err() != nil || ss != nil && ss.stop() }
	fail := func() error {
		if err := ctx.Err(); err != nil {
			return err
		}
		return ErrSuperseded
	}
	p := makePlan(q)
	for _, w := range p.words {
		res.Words = append(res.Words, w.typed)
	}
	nodeOK := ix.deptFilter(q.Depts)
	var exclude []bool
	if len(p.words) > 0 {
		ws, err := ix.searchWords(p, lang, nodeOK, limit, stop)
		if err != nil {
			return nil, fail()
		}
		res.List, res.Matches, res.Missing, res.NoMention, exclude = ws.list, ws.matches, ws.missing, ws.noMention, ws.matched
		res.ownersOf = ws.owners
	}
	wordsOnly := len(p.words) == 0 // exact terms or a department alone: the letters engine finds what they match
	if !wordsOnly && limit > 0 && len(res.List) >= limit {
		return res, nil // the fallback would rank below the limit
	}
	var from [model.NumLangs]*memo
	if ss != nil && ss.narrow != nil {
		from = ss.narrow(p.letters)
	}
	k := limit
	if k > 0 {
		k -= len(res.List)
	}
	more, matched, err := ix.letters.run(ctx, p.letters, lang, k, from, stop, exclude)
	if err != nil {
		return nil, fail()
	}
	if ss != nil && ss.remember != nil {
		ss.remember(matched)
	}
	if wordsOnly {
		for i := range more {
			more[i].Match = Words
		}
		res.Matches = len(more)
	}
	res.List = append(res.List, more...)
	return res, nil
}

// deptFilter returns, per node, whether a d: filter allows it, or nil when
// the query has none.
func (ix *Index) deptFilter(depts []string) []bool {
	if len(depts) == 0 {
		return nil
	}
	ok := make([]bool, len(ix.depts))
	for i, d := range ix.depts {
		ok[i] = deptMatches(d, depts)
	}
	out := make([]bool, len(ix.nodes))
	for i, d := range ix.dept {
		out[i] = d >= 0 && ok[d]
	}
	return out
}

// wordResults is what the word index found.
type wordResults struct {
	list      []Result
	matches   int
	missing   []string
	noMention bool
	matched   []bool // per node: a word match, which the fallback leaves out
	owners    func() []Owner
}

// searchWords runs the word index over both languages.
func (ix *Index) searchWords(p plan, lang model.Lang, nodeOK []bool, limit int, stop func() bool) (*wordResults, error) {
	langs := [2]model.Lang{lang, lang.Other()}
	var cws [2][]cword
	compile := func(related bool) {
		for k, l := range langs {
			w, other := ix.wordsOf(l), ix.wordsOf(l.Other())
			cws[k] = cws[k][:0]
			for _, qw := range p.words {
				cws[k] = append(cws[k], w.compileWord(qw, other, related))
			}
			for _, c := range p.codes {
				if id, ok := w.terms[codeMark+c]; ok && len(cws[k]) < maxWords {
					cws[k] = append(cws[k], cword{alts: []alt{{term: id, weight: weightCode * w.idf(w.df[id])}}})
				}
			}
		}
	}
	compile(false)
	out := &wordResults{}
	for i, qw := range p.words[:min(len(p.words), maxWords)] {
		if !hasStrong(cws[0][i]) && !hasStrong(cws[1][i]) {
			out.missing = append(out.missing, qw.typed)
		}
	}
	hits, cover, err := ix.hitsIn(langs, cws, p, nodeOK, stop)
	if err != nil {
		return nil, err
	}
	out.noMention = true
	for _, h := range hits {
		if ix.nodes[h.node].Kind.IsLeaf() {
			out.noMention = false
			break
		}
	}
	if out.noMention {
		// Nothing mentions the query: add what related terms find, as
		// the closest duties.
		compile(true)
		if hits, cover, err = ix.hitsIn(langs, cws, p, nodeOK, stop); err != nil {
			return nil, err
		}
	}
	out.matched = make([]bool, len(ix.nodes))
	for _, h := range hits {
		out.matched[h.node] = true
	}
	slices.SortFunc(hits, func(a, b whit) int {
		return cmp.Or(cmp.Compare(langIdx(langs, a.lang), langIdx(langs, b.lang)), cmp.Compare(a.tier, b.tier),
			cmp.Compare(b.score, a.score), cmp.Compare(a.node, b.node))
	})
	out.list, out.matches = ix.group(hits, langs, cws, p, limit)
	out.owners = func() []Owner { return ix.ownersOf(hits, cover, langs, cws, p) }
	return out, nil
}

func hasStrong(c cword) bool {
	for _, a := range c.alts {
		if !a.related {
			return true
		}
	}
	return false
}

// hitsIn finds the word matches in both languages: in the first, then the
// nodes that match only in the second.
func (ix *Index) hitsIn(langs [2]model.Lang, cws [2][]cword, p plan, nodeOK []bool, stop func() bool) ([]whit, map[int32]float32, error) {
	var hits []whit
	cover := map[int32]float32{}
	var first map[int32]bool
	for k, l := range langs {
		w := ix.wordsOf(l)
		keep := func(n int32) bool {
			if nodeOK != nil && !nodeOK[n] || k == 1 && first[n] {
				return false
			}
			return len(p.exact) == 0 || containsAll(ix.nodes[n].Title[l], p.exact)
		}
		hs, cs, err := ix.wordSearch(w, cws[k], keep, stop)
		if err != nil {
			return nil, nil, err
		}
		for _, c := range cs {
			cover[c.owner] = max(cover[c.owner], c.score)
		}
		if k == 0 {
			first = make(map[int32]bool, len(hs))
			for _, h := range hs {
				first[h.node] = true
			}
		}
		hits = append(hits, hs...)
	}
	return hits, cover, nil
}

// group turns hits, in rank order, into results: nodes with the same text
// are one result, listed where the best of them ranks. It returns at most
// limit results (all when limit <= 0) and how many there are in all.
func (ix *Index) group(hits []whit, langs [2]model.Lang, cws [2][]cword, p plan, limit int) ([]Result, int) {
	var out []Result
	seen := [2]map[int32]bool{{}, {}}
	isHit := [2]map[int32]bool{{}, {}}
	for _, h := range hits {
		isHit[langIdx(langs, h.lang)][h.node] = true
	}
	matches := 0
	for _, h := range hits {
		k := langIdx(langs, h.lang)
		w := ix.wordsOf(h.lang)
		e := w.entry[h.node]
		if e >= 0 {
			if seen[k][e] {
				continue
			}
			seen[k][e] = true
		}
		if h.mask != 0 {
			matches++
		}
		if limit > 0 && len(out) >= limit {
			continue // still counting
		}
		r := ix.wordResult(h, w, cws[k], p)
		if e >= 0 && len(w.members[e]) > 1 {
			r.Places = r.Places[:0]
			for _, m := range w.members[e] {
				if isHit[k][m] {
					r.Places = append(r.Places, ix.nodes[m])
				}
			}
		}
		out = append(out, r)
	}
	return out, matches
}

func langIdx(langs [2]model.Lang, l model.Lang) int {
	if l == langs[0] {
		return 0
	}
	return 1
}

// wordResult makes the result of one hit, with its matched runes.
func (ix *Index) wordResult(h whit, w *wordIndex, cws []cword, p plan) Result {
	n := ix.nodes[h.node]
	r := Result{Node: n, Places: []*model.Node{n}, Score: float64(h.score), Lang: h.lang, Match: Words}
	if h.mask == 0 {
		r.Match = Related
	}
	terms := map[int32]bool{}
	for _, c := range cws {
		for _, a := range c.alts {
			if a.term >= 0 {
				terms[a.term] = true
			}
		}
	}
	r.Positions = w.positions(h.node, func(t int32) bool { return terms[t] })
	// A Chinese word found by its bigrams lights up where it occurs.
	title := []rune(n.Title[h.lang])
	for _, qw := range p.words {
		if !qw.han {
			continue
		}
		word := []rune(qw.term)
		for i := 0; i+len(word) <= len(title); i++ {
			if string(title[i:i+len(word)]) == qw.term {
				for j := range word {
					r.Positions = append(r.Positions, i+j)
				}
			}
		}
	}
	slices.Sort(r.Positions)
	r.Positions = slices.Compact(r.Positions)
	return r
}

// ownersOf groups the duties matched by words by their owner.
func (ix *Index) ownersOf(hits []whit, cover map[int32]float32, langs [2]model.Lang, cws [2][]cword, p plan) []Owner {
	type acc struct {
		scores []float64
		best   whit
	}
	by := map[int32]*acc{}
	for _, h := range hits {
		o := ix.owner[h.node]
		if o < 0 || h.mask == 0 {
			continue
		}
		a := by[o]
		if a == nil {
			a = &acc{best: h}
			by[o] = a
		}
		a.scores = append(a.scores, float64(h.score)) // hits come best first
	}
	out := make([]Owner, 0, len(by))
	for o, a := range by {
		key := ix.owners[o]
		ow := Owner{Department: ix.nodes[key.dept], Duties: len(a.scores), Score: ownerScore(a.scores) + weightCoverage*float64(cover[o])}
		if key.pos >= 0 {
			ow.Position = ix.nodes[key.pos]
		}
		ow.Proof = ix.wordResult(a.best, ix.wordsOf(a.best.lang), cws[langIdx(langs, a.best.lang)], p)
		out = append(out, ow)
	}
	slices.SortFunc(out, func(a, b Owner) int {
		return cmp.Or(cmp.Compare(b.Score, a.Score), cmp.Compare(ix.order[a.Proof.Node], ix.order[b.Proof.Node]))
	})
	return out
}
