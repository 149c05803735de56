package search

import (
	"cmp"
	"context"
	"math/bits"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/dutymap/dutymap/model"
	"github.com/dutymap/dutymap/model/analysis"
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
	// Exact terms or a department alone: the letters engine finds what
	// they match, and its results are the matches.
	wordsOnly := len(p.words) == 0 && !hasPlain(q)
	switch {
	case !wordsOnly && limit > 0 && len(res.List) >= limit:
		return res, nil // the fallback would rank below the limit
	case !wordsOnly && len(p.words) == 0:
		return res, nil // only stop words ("who", "the"): nothing to look for yet
	}
	var from [model.NumLangs]*memo
	if ss != nil && ss.narrow != nil {
		from = ss.narrow(p.letters)
	}
	k := limit
	if k > 0 {
		k -= len(res.List)
	}
	if !wordsOnly && (k <= 0 || k > maxFallback) {
		k = maxFallback // a typo fallback: a screenful is plenty, and each costs a fuzzy score
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

func hasPlain(q Query) bool {
	for _, t := range q.Terms {
		if !t.Exact {
			return true
		}
	}
	return false
}

// maxFallback bounds the letters-in-order results listed below word
// matches.
const maxFallback = 20

// deptFilter returns, per node, whether a d: filter allows it, or nil when
// the query has none.
func (ix *Index) deptFilter(depts []string) []bool {
	if len(depts) == 0 {
		return nil
	}
	ok := model.NamedAny(depts, ix.depts)
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
	owners    func(limit int) []Owner
}

// searchWords runs the word index over both languages.
func (ix *Index) searchWords(p plan, lang model.Lang, nodeOK []bool, limit int, stop func() bool) (*wordResults, error) {
	langs := [2]model.Lang{lang, lang.Other()}
	ix.wordsBoth()
	var cws [2][]cword
	var codes []string // the query's terms that are some node's code
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
					codes = append(codes, c)
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
	hits, cover, err := ix.hitsIn(langs, cws, p, nodeOK, limit, stop)
	if err != nil {
		return nil, err
	}
	// A code written whole names its node, a section's too: the query is
	// answered, and the words it is made of are not missing.
	var codeHit bool
	if n := len(p.words); n < maxWords {
		for _, h := range hits {
			codeHit = codeHit || h.mask>>n != 0
		}
	}
	if codeHit {
		out.missing = slices.DeleteFunc(out.missing, func(typed string) bool {
			f := analysis.Fold(typed)
			return slices.ContainsFunc(codes, func(c string) bool { return strings.Contains(c, f) })
		})
	}
	out.noMention = !codeHit
	for _, h := range hits {
		if ix.kindOf(h.node).IsLeaf() {
			out.noMention = false
			break
		}
	}
	if out.noMention {
		// Nothing mentions the query: add what related terms find, as
		// the closest duties.
		compile(true)
		if hits, cover, err = ix.hitsIn(langs, cws, p, nodeOK, limit, stop); err != nil {
			return nil, err
		}
	}
	out.matched = make([]bool, len(ix.nodes))
	hitIn := make([]uint8, len(ix.nodes)) // 1 + the language's index in langs
	for _, h := range hits {
		out.matched[h.node] = true
		hitIn[h.node] = uint8(langIdx(langs, h.lang) + 1)
	}
	q := &wquery{ix: ix, langs: langs, p: p}
	for k := range langs {
		q.terms[k] = termSet(cws[k])
		q.weights[k], q.need[k] = mainWeights(cws[k])
	}
	out.matches = ix.countMatches(hits, langs)
	out.list = q.group(hits, hitIn, limit)
	out.owners = func(limit int) []Owner { return q.owners(hits, cover, limit) }
	return out, nil
}

// wquery is what building results needs of a word search.
type wquery struct {
	ix    *Index
	langs [2]model.Lang
	p     plan
	terms [2]map[int32]bool // the index terms that matched, per language
	// Per language: each query word's weight (its inverse document
	// frequency) and the weight a duty's words must reach to match the
	// query's main words (mainWeights).
	weights [2][]float32
	need    [2]float32
}

// mainWeights returns each query word's weight by its own alternatives
// (the word, its forms, synonyms, pinyin; not related terms) and the
// weight a text must hold to mention the query's main words: half the
// weight of the words the content mentions at all. Words no text
// mentions weigh nothing, so "hiring managers" is judged on "managers".
// This is Lucene's minimum_should_match, as a share of weight rather than
// of the number of words, so that a frequent word ("product",
// "department") alone never makes a match of "set product prices".
func mainWeights(cws []cword) ([]float32, float32) {
	ws := make([]float32, len(cws))
	var total float32
	for i, c := range cws {
		for _, a := range c.alts {
			if !a.related {
				ws[i] = max(ws[i], a.weight)
			}
		}
		total += ws[i]
	}
	return ws, total / 2
}

// mainMatch reports whether hit h mentions the query's main words: the
// words it matches carry at least half the query's weight (mainWeights).
func (q *wquery) mainMatch(h whit) bool {
	k := langIdx(q.langs, h.lang)
	var got float32
	for m := h.mask; m != 0; m &= m - 1 {
		if i := bits.TrailingZeros64(m); i < len(q.weights[k]) {
			got += q.weights[k][i]
		}
	}
	return h.mask != 0 && got >= q.need[k]*(1-1e-6)
}

func termSet(cws []cword) map[int32]bool {
	terms := map[int32]bool{}
	for _, c := range cws {
		for _, a := range c.alts {
			if a.term >= 0 {
				terms[a.term] = true
			}
		}
	}
	return terms
}

// better orders hits: the searched language first, then departments'
// nodes before topics', then higher scores, then document order.
func (q *wquery) better(a, b whit) int {
	return cmp.Or(cmp.Compare(langIdx(q.langs, a.lang), langIdx(q.langs, b.lang)), cmp.Compare(a.tier, b.tier),
		cmp.Compare(b.score, a.score), cmp.Compare(a.node, b.node))
}

// countMatches counts the results the strong hits make: nodes with the
// same text are one.
func (ix *Index) countMatches(hits []whit, langs [2]model.Lang) int {
	var seen [2][]bool
	n := 0
	for _, h := range hits {
		if h.mask == 0 {
			continue
		}
		k := langIdx(langs, h.lang)
		w := ix.wordsOf(h.lang)
		e := w.entry[h.node]
		if e < 0 {
			n++
			continue
		}
		if seen[k] == nil {
			seen[k] = make([]bool, w.entries())
		}
		if !seen[k][e] {
			seen[k][e] = true
			n++
		}
	}
	return n
}

// group turns hits into results, best first: nodes with the same text
// are one result, listed where the best of them ranks. It returns at most
// limit results (all when limit <= 0). It reorders hits.
func (q *wquery) group(hits []whit, hitIn []uint8, limit int) []Result {
	// Only the best few hits can make the list: select them, unless the
	// groups they form fall short of the limit.
	cand := hits
	if limit > 0 && len(hits) > candidates(limit) {
		cand = topHits(hits, candidates(limit), q.better)
	} else {
		slices.SortFunc(cand, q.better)
	}
	out, short := q.groupSorted(cand, hitIn, limit)
	if short && len(cand) < len(hits) {
		slices.SortFunc(hits, q.better)
		out, _ = q.groupSorted(hits, hitIn, limit)
	}
	return out
}

func (q *wquery) groupSorted(hits []whit, hitIn []uint8, limit int) (out []Result, short bool) {
	var seen [2]map[int32]bool
	for _, h := range hits {
		if limit > 0 && len(out) >= limit {
			return out, false
		}
		k := langIdx(q.langs, h.lang)
		w := q.ix.wordsOf(h.lang)
		e := w.entry[h.node]
		if e >= 0 {
			if seen[k] == nil {
				seen[k] = map[int32]bool{}
			}
			if seen[k][e] {
				continue
			}
			seen[k][e] = true
		}
		r := q.result(h)
		if e >= 0 && len(w.members(e)) > 1 {
			r.Places = r.Places[:0]
			for _, m := range w.members(e) {
				if int(hitIn[m]) == k+1 { // a place that matched in the other language is listed there

					r.Places = append(r.Places, q.ix.node(m))
				}
			}
		}
		out = append(out, r)
	}
	return out, limit > 0 && len(out) < limit
}

// topHits returns the k best hits, best first, without sorting them all.
func topHits(hits []whit, k int, better func(a, b whit) int) []whit {
	// A min-heap of the best k seen: its root is the worst of them.
	h := make([]whit, 0, k)
	worse := func(i, j int) bool { return better(h[i], h[j]) > 0 }
	down := func(i int) {
		for {
			m, l, r := i, 2*i+1, 2*i+2
			if l < len(h) && worse(l, m) {
				m = l
			}
			if r < len(h) && worse(r, m) {
				m = r
			}
			if m == i {
				return
			}
			h[i], h[m] = h[m], h[i]
			i = m
		}
	}
	for _, x := range hits {
		switch {
		case len(h) < k:
			h = append(h, x)
			for i := len(h) - 1; i > 0 && worse(i, (i-1)/2); i = (i - 1) / 2 {
				h[i], h[(i-1)/2] = h[(i-1)/2], h[i]
			}
		case better(x, h[0]) < 0:
			h[0] = x
			down(0)
		}
	}
	slices.SortFunc(h, better)
	return h
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
func (ix *Index) hitsIn(langs [2]model.Lang, cws [2][]cword, p plan, nodeOK []bool, limit int, stop func() bool) ([]whit, map[int32]float32, error) {
	var hits []whit
	cover := map[int32]float32{}
	var first []bool
	for k, l := range langs {
		w := ix.wordsOf(l)
		keep := func(n int32) bool {
			if nodeOK != nil && !nodeOK[n] || k == 1 && first[n] {
				return false
			}
			return len(p.exact) == 0 || containsAll(ix.titleOf(n, l), p.exact)
		}
		hs, cs, err := ix.wordSearch(w, cws[k], keep, limit, stop)
		if err != nil {
			return nil, nil, err
		}
		for _, c := range cs {
			cover[c.owner] = max(cover[c.owner], c.score)
		}
		if k == 0 {
			first = make([]bool, len(ix.nodes))
			for _, h := range hs {
				first[h.node] = true
			}
		}
		hits = append(hits, hs...)
	}
	return hits, cover, nil
}

func langIdx(langs [2]model.Lang, l model.Lang) int {
	if l == langs[0] {
		return 0
	}
	return 1
}

// result makes the result of one hit, with its matched runes.
func (q *wquery) result(h whit) Result {
	n := q.ix.node(h.node)
	w := q.ix.wordsOf(h.lang)
	r := Result{Node: n, Places: []*model.Node{n}, Score: float64(h.score), Lang: h.lang, Match: Words}
	if h.mask == 0 {
		r.Match = Related
	}
	terms := q.terms[langIdx(q.langs, h.lang)]
	r.Positions = w.positions(h.node, func(t int32) bool { return terms[t] })
	// A Chinese word found by its bigrams lights up where it occurs.
	title := n.Title[h.lang]
	for _, qw := range q.p.words {
		if !qw.han {
			continue
		}
		for from := 0; ; {
			i := strings.Index(title[from:], qw.term)
			if i < 0 {
				break
			}
			at := utf8.RuneCountInString(title[:from+i])
			for j := range utf8.RuneCountInString(qw.term) {
				r.Positions = append(r.Positions, at+j)
			}
			from += i + len(qw.term)
		}
	}
	slices.Sort(r.Positions)
	r.Positions = clampPositions(slices.Compact(r.Positions), title)
	return r
}

// owners groups the duties matched by words by their owner, best first,
// and proves the first limit (all when limit <= 0) with their best duty.
func (q *wquery) owners(hits []whit, cover map[int32]float32, limit int) []Owner {
	ix := q.ix
	type acc struct {
		owner  int32
		scores []float64
		best   whit
		score  float64
		main   int // duties that mention the query's main words
	}
	at := map[int32]int{}
	var accs []acc
	for _, h := range hits {
		o := ix.owner[h.node]
		if o < 0 || h.mask == 0 {
			continue
		}
		i, ok := at[o]
		if !ok {
			i = len(accs)
			at[o] = i
			accs = append(accs, acc{owner: o, best: h})
		}
		a := &accs[i]
		a.scores = append(a.scores, float64(h.score))
		if q.mainMatch(h) {
			a.main++
		}
		if q.better(h, a.best) < 0 {
			a.best = h
		}
	}
	for i := range accs {
		accs[i].score = ownerScore(accs[i].scores) + weightCoverage*float64(cover[accs[i].owner])
	}
	slices.SortFunc(accs, func(a, b acc) int {
		return cmp.Or(cmp.Compare(b.score, a.score), cmp.Compare(a.best.node, b.best.node))
	})
	if limit > 0 && len(accs) > limit {
		accs = accs[:limit]
	}
	out := make([]Owner, len(accs))
	for i, a := range accs {
		key := ix.owners[a.owner]
		out[i] = Owner{Department: ix.node(key.dept), Duties: a.main, Mentions: len(a.scores), Score: a.score, Proof: q.result(a.best)}
		if key.pos >= 0 {
			out[i].Position = ix.node(key.pos)
		}
	}
	return out
}
