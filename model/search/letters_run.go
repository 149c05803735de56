package search

import (
	"cmp"
	"context"
	"errors"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/dutymap/dutymap/model"
)

// memo is what one query matched in one language: the entries in order and
// each one's score for each term, so that a query extending it searches
// only those entries and scores only the terms that changed.
type memo struct {
	q       Query
	lang    model.Lang
	entries []int32
	scores  []int16 // scores[i*len(q.Terms)+t] is term t's for entries[i]
}

// isScattered marks, in memo scores, a term whose runes occur only
// scattered: the fuzzy score scores it later, if the entry can make the list.
const isScattered = -1

// compiled is a query prepared against one index and one language.
type compiled struct {
	terms  []cterm
	mask   mask
	runes  int32  // total runes of the terms: the sum of their weights
	phrase string // the folded terms joined by spaces, when there are several
	nodeOK []bool // per node: in an allowed department; nil when unfiltered
	skip   []bool // per node: matched in the first language (second pass only)
	stop   func() bool

	from  *memo // the entries to search, or nil for all
	reuse []int // per term: the same term's index in from.q.Terms, or -1
}

func (ix *letters) compile(q Query) *compiled {
	c := &compiled{}
	var words []string
	for _, t := range q.Terms {
		ct := compileTerm(t)
		c.terms = append(c.terms, ct)
		c.runes += int32(ct.runes)
		folded := foldText(t.Text, false)
		c.mask.add(folded) // a capital's bit is its folded letter's
		words = append(words, folded)
	}
	if len(words) > 1 {
		c.phrase = strings.Join(words, " ")
	}
	if len(q.Depts) > 0 {
		ok := model.NamedAny(q.Depts, ix.at.departments())
		c.nodeOK = make([]bool, len(ix.at.nodes))
		for i, d := range ix.dept {
			c.nodeOK[i] = d >= 0 && ok[d]
		}
	}
	return c
}

// searchFrom makes c search m's entries, reusing the scores of terms that
// are unchanged since m's query ("set" in "set p" after "set").
func (c *compiled) searchFrom(m *memo, q Query) {
	c.from, c.reuse = m, nil
	if m == nil {
		return
	}
	c.reuse = make([]int, len(q.Terms))
	for i, t := range q.Terms {
		c.reuse[i] = -1
		if i < len(m.q.Terms) && m.q.Terms[i] == t {
			c.reuse[i] = i
		}
	}
}

// hit is an entry that matched. An entry whose terms all matched as
// substrings or stems has its final score; one with scattered terms has a
// range, narrowed by running the fuzzy score only if it could still make the
// results.
type hit struct {
	entry int32
	row   int32 // the entry's row in the search's memo, for its term scores
	first int32 // the first node that counts, for document order
	known int32 // sum of score × runes over the terms scored so far
	fuzzy int32 // runes of the terms still to be scored by the fuzzy score
	extra int32 // phrase bonus less length penalty
	pos   int32 // 1 + index in top's list of the fuzzy score's positions; 0: none
	rank  int64 // once scored: tier and score, larger is better
}

// score is the hit's score when its scattered terms score each.
func (c *compiled) score(h hit, each int) int32 {
	if c.runes == 0 {
		return h.extra
	}
	return (h.known+h.fuzzy*int32(each))/c.runes + h.extra
}

// ceiling is the best score the hit can have: each of its scattered
// terms (marked in its row of m) given the most the fuzzy score gives it.
func (c *compiled) ceiling(m *memo, h hit) int32 {
	if c.runes == 0 {
		return h.extra
	}
	row := m.scores[int(h.row)*len(c.terms):]
	most := h.known
	for i := range c.terms {
		if row[i] == isScattered {
			most += int32(c.terms[i].most * c.terms[i].runes)
		}
	}
	return most/c.runes + h.extra
}

// rank orders hits: tier first, then score. Larger is better.
func (l *list) rank(h hit, score int32) int64 {
	return int64(score) - int64(l.tier[h.entry])<<32
}

// run searches lang's texts, then the other language's for nodes not yet
// found. from gives, per language, an earlier query's matches to search
// among (nil: all). It also returns what matched per language (nil where it
// did not search), for a Searcher to narrow the next query. Nodes set in
// exclude (the word matches, when not nil) are left out of the results,
// though not out of what matched.
func (ix *letters) run(ctx context.Context, q Query, lang model.Lang, limit int, from [model.NumLangs]*memo, stop func() bool, exclude []bool) ([]Result, [model.NumLangs]*memo, error) {
	var matched [model.NumLangs]*memo
	if q.IsEmpty() {
		return nil, matched, nil
	}
	c := ix.compile(q)
	c.stop = func() bool { return ctx.Err() != nil || stop != nil && stop() }
	var out []Result
	for pass, l := range []model.Lang{lang, lang.Other()} {
		if limit > 0 && len(out) >= limit {
			break // the other language's results would rank below the limit
		}
		li := ix.list(l)
		c.searchFrom(from[l], q)
		hits, m, err := ix.filter(c, li)
		if err != nil {
			return nil, matched, ix.stopErr(ctx)
		}
		m.q, m.lang = q, l
		matched[l] = m
		if pass == 0 && exclude != nil {
			c.skip = exclude
			hits = ix.dropSkipped(c, li, hits)
		}
		if pass == 1 {
			c.skip = make([]bool, len(ix.at.nodes))
			copy(c.skip, exclude)
			fl := ix.list(lang)
			for _, e := range matched[lang].entries {
				for _, p := range fl.places[fl.first[e]:fl.first[e+1]] {
					c.skip[p] = true
				}
			}
			hits = ix.dropSkipped(c, li, hits)
		}
		top, pos, err := ix.top(c, li, m, hits, limit-len(out))
		if err != nil {
			return nil, matched, ix.stopErr(ctx)
		}
		rs := make([]Result, len(top))
		parallel(len(top), func(i int) { rs[i] = ix.result(c, li, top[i], pos) })
		out = append(out, rs...)
		putHits(hits)
	}
	return out, matched, nil
}

func (ix *letters) stopErr(ctx context.Context) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	return ErrSuperseded
}

var errStopped = errors.New("stopped")

// filter finds the entries among c.from's (all when nil) that match every
// term and the department filter, in entry order, with their scores so far.
// Large lists are split across the CPUs.
func (ix *letters) filter(c *compiled, l *list) ([]hit, *memo, error) {
	n := l.len()
	if c.from != nil {
		n = len(c.from.entries)
	}
	// The entries are cut into chunks that the workers take in turn, so a
	// worker whose CPU the garbage collector borrows falls behind by a chunk,
	// not by half the search. Each chunk's matches go to the start of its
	// own range of one array, closed up at the end: one allocation, not one
	// per chunk plus a copy.
	nt := len(c.terms)
	hits, scores := getHits(n), make([]int16, n*nt)
	chunks := (n + chunkSize - 1) / chunkSize
	counts := make([]int, chunks)
	var next atomic.Int64
	var stopped atomic.Bool
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), chunks) {
		wg.Go(func() {
			for i := int(next.Add(1) - 1); i < chunks && !stopped.Load(); i = int(next.Add(1) - 1) {
				if c.stop() {
					stopped.Store(true)
					return
				}
				counts[i] = ix.filterRange(c, l, i*chunkSize, min(n, (i+1)*chunkSize), hits, scores)
			}
		})
	}
	wg.Wait()
	if stopped.Load() {
		return nil, nil, errStopped
	}
	total := 0
	for i, k := range counts {
		lo := i * chunkSize
		copy(hits[total:], hits[lo:lo+k])
		copy(scores[total*nt:], scores[lo*nt:(lo+k)*nt])
		total += k
	}
	hits = hits[:total]
	m := &memo{entries: make([]int32, total), scores: scores[:total*nt]}
	for i := range hits {
		hits[i].row = int32(i)
		m.entries[i] = hits[i].entry
	}
	return hits, m, nil
}

// hitPool recycles the arrays of hits, the largest garbage a keystroke
// would leave: typing then seldom wakes the garbage collector, which would
// slow the search down while it marks a large organisation.
var hitPool sync.Pool

func getHits(n int) []hit {
	if p, ok := hitPool.Get().(*[]hit); ok && cap(*p) >= n {
		return (*p)[:n]
	}
	return make([]hit, n)
}

func putHits(h []hit) { hitPool.Put(&h) }

// chunkSize is how many entries a worker filters at a time, between
// checks for cancellation: a fraction of a millisecond's work.
const chunkSize = 1024

// filterRange filters candidates lo to hi of c's source, writing the
// matches to hits[lo:] and their term scores to scores[lo*terms:]. It
// returns how many matched.
func (ix *letters) filterRange(c *compiled, l *list, lo, hi int, hits []hit, scores []int16) int {
	nt := len(c.terms)
	out := lo
	q := c.mask // the letters every match holds: most entries fail on them alone
	for i := lo; i < hi; i++ {
		e, old := int32(i), []int16(nil)
		if c.from != nil {
			e = c.from.entries[i]
			k := len(c.from.q.Terms)
			old = c.from.scores[i*k : i*k+k]
		}
		if !l.mask[e].covers(&q) {
			continue
		}
		if h, ok := ix.match(c, l, e, old, scores[out*nt:out*nt+nt]); ok {
			hits[out] = h
			out++
		}
	}
	return out - lo
}

// match tests one entry without the fuzzy score, reusing old scores (of the
// memo searched) where the term is unchanged, and writes each term's score
// to row.
func (ix *letters) match(c *compiled, l *list, e int32, old, row []int16) (hit, bool) {
	h := hit{entry: e}
	if !l.mask[e].covers(&c.mask) || l.lazy != nil && !l.entryOK(e) {
		return h, false
	}
	h.first = l.places[l.first[e]]
	if c.nodeOK != nil {
		if h.first = ix.firstPlace(c, l, e, false); h.first < 0 {
			return h, false
		}
	}
	if len(c.terms) == 0 {
		return h, true // a department filter alone lists in document order
	}
	text := l.text(e)
	contiguous := true
	for i := range c.terms {
		t := &c.terms[i]
		s := isScattered
		if old != nil && c.reuse[i] >= 0 {
			s = int(old[c.reuse[i]])
		} else {
			ht, starts := text, l.wordStarts(e)
			if t.cs {
				ht, starts = ix.cased(l, e), nil // its offsets differ from the folded text's
			}
			k, _, _, score := t.locate(ht, starts)
			switch k {
			case noMatch:
				return h, false
			case scattered:
			default:
				s = score
			}
		}
		row[i] = int16(s)
		if s == isScattered {
			h.fuzzy += int32(t.runes)
			contiguous = false
		} else {
			h.known += int32(s * t.runes)
		}
	}
	h.extra = -int32(l.pen[e])
	if contiguous && c.phrase != "" && strings.Contains(text, c.phrase) {
		h.extra += scorePhrase
	}
	return h, true
}

// cased is the entry's displayed text in the case-keeping form, for
// case-sensitive terms.
func (ix *letters) cased(l *list, e int32) string {
	return foldText(ix.at.titleOf(l.places[l.first[e]], l.lang), true)
}

// firstPlace returns the entry's first node that the department filter
// allows and, when skip is set, that did not match in the first language;
// -1 if none.
func (ix *letters) firstPlace(c *compiled, l *list, e int32, skip bool) int32 {
	for _, p := range l.places[l.first[e]:l.first[e+1]] {
		if (c.nodeOK == nil || c.nodeOK[p]) && (!skip || !c.skip[p]) {
			return p
		}
	}
	return -1
}

// dropSkipped removes second-language hits all of whose nodes already
// matched in the first language.
func (ix *letters) dropSkipped(c *compiled, l *list, hits []hit) []hit {
	out := hits[:0]
	for _, h := range hits {
		if h.first = ix.firstPlace(c, l, h.entry, true); h.first >= 0 {
			out = append(out, h)
		}
	}
	return out
}

// top returns the best hits in rank order with final scores, at most k
// (all when k <= 0), and the positions the fuzzy score found for them. It
// reorders hits. the fuzzy score runs only on hits that could still make the
// list: those with scattered terms are scored in order of their best
// possible score, a batch at a time across the CPUs, until that falls below
// the k-th best score already known. When enough texts contain the terms
// outright, it does not run at all.
func (ix *letters) top(c *compiled, l *list, m *memo, hits []hit, k int) ([]hit, [][]int, error) {
	type waiting struct {
		h   hit
		pos []int
	}
	// Hits with final scores move to the front of hits, in place; the
	// others wait in pending, then join them there as they are scored.
	// Those waiting are taken best ceiling first from a heap: only the few
	// that can make the list are scored, and the tens of thousands that
	// cannot are never sorted.
	known, pending := hits[:0], []waiting(nil)
	best := rankHeap{k: k}
	var order ceilingHeap
	for _, h := range hits {
		if h.fuzzy == 0 {
			h.rank = l.rank(h, c.score(h, 0))
			known = append(known, h)
			best.push(h.rank)
		} else if ceil := l.rank(h, c.ceiling(m, h)); !best.full() || ceil >= best.min() {
			order = append(order, ceilingAt{ceil, int32(len(pending))})
			pending = append(pending, waiting{h: h})
		}
	}
	order.init()
	var positions [][]int
	const batch = 128 // small enough to stop soon after the cut-off is reached
	part := make([]waiting, 0, min(batch, len(pending)))
	for len(order) > 0 {
		if c.stop() {
			return nil, nil, errStopped
		}
		// The next batch: all that is left when every hit is wanted (k <= 0),
		// else the best ceilings while they can still make the list.
		part = part[:0]
		for len(order) > 0 && (k <= 0 || len(part) < batch) {
			if k > 0 && best.full() && order[0].ceiling < best.min() {
				break // nor can any after it
			}
			part = append(part, pending[order.pop(k > 0)])
		}
		if len(part) == 0 {
			break
		}
		parallel(len(part), func(i int) {
			w := &part[i]
			s, pos := ix.fuzzyPart(c, l, m, &w.h)
			w.h.known += int32(s)
			w.h.fuzzy = 0
			w.h.rank = l.rank(w.h, c.score(w.h, 0))
			w.pos = pos
		})
		for _, w := range part {
			if w.pos != nil {
				positions = append(positions, w.pos)
				w.h.pos = int32(len(positions))
			}
			known = append(known, w.h)
			best.push(w.h.rank)
		}
	}
	hits = known
	better := func(a, b hit) int { return cmp.Or(cmp.Compare(b.rank, a.rank), cmp.Compare(a.first, b.first)) }
	if best.full() && len(hits) > k {
		// Keep the k best without sorting them all: those above the k-th
		// rank, then as many of those equal to it as fit, in document order.
		var kept, ties []hit
		for _, h := range hits {
			switch {
			case h.rank > best.min():
				kept = append(kept, h)
			case h.rank == best.min():
				ties = append(ties, h)
			}
		}
		slices.SortFunc(ties, better)
		hits = append(kept, ties[:k-len(kept)]...)
	}
	slices.SortFunc(hits, better)
	return hits, positions, nil
}

// ceilingAt is a waiting hit's best possible rank and its index.
type ceilingAt struct {
	ceiling int64
	i       int32
}

// ceilingHeap is a max-heap of waiting hits by ceiling.
type ceilingHeap []ceilingAt

func (h ceilingHeap) init() {
	for i := len(h)/2 - 1; i >= 0; i-- {
		h.down(i)
	}
}

// pop removes the best ceiling's hit and returns its index; unordered, it
// takes the last one instead, for a caller that wants them all.
func (h *ceilingHeap) pop(ordered bool) int32 {
	o := *h
	n := len(o) - 1
	if !ordered {
		*h = o[:n]
		return o[n].i
	}
	top := o[0].i
	o[0] = o[n]
	*h = o[:n]
	h.down(0)
	return top
}

func (h ceilingHeap) down(i int) {
	for {
		m, a, b := i, 2*i+1, 2*i+2
		if a < len(h) && h[a].ceiling > h[m].ceiling {
			m = a
		}
		if b < len(h) && h[b].ceiling > h[m].ceiling {
			m = b
		}
		if m == i {
			return
		}
		h[i], h[m] = h[m], h[i]
		i = m
	}
}

// parallel calls fn(0) … fn(n-1), split across the CPUs.
func parallel(n int, fn func(i int)) {
	workers := min(runtime.GOMAXPROCS(0), max(1, n/64))
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			for i := n * w / workers; i < n*(w+1)/workers; i++ {
				fn(i)
			}
		})
	}
	wg.Wait()
}

// fuzzyPart is the sum of score × runes that fuzzyScore gives the hit's
// scattered terms, which its row of the memo marks. The matched runes are
// worked out later, for the results listed only (positions).
func (ix *letters) fuzzyPart(c *compiled, l *list, m *memo, h *hit) (int, []int) {
	sum := 0
	row := m.scores[int(h.row)*len(c.terms):]
	for i := range c.terms {
		if row[i] != isScattered {
			continue
		}
		t := &c.terms[i]
		text := l.text(h.entry)
		if t.cs {
			text = ix.cased(l, h.entry)
		}
		s, ok := t.fuzzyPoints(text)
		if !ok {
			s = scoreFuzzy - fuzzySpread
		}
		sum += s * t.runes
	}
	return sum, nil
}

// rankHeap keeps the k largest ranks pushed, smallest on top. With k <= 0
// it keeps nothing and is never full.
type rankHeap struct {
	k int
	h []int64
}

func (b *rankHeap) full() bool { return b.k > 0 && len(b.h) == b.k }
func (b *rankHeap) min() int64 { return b.h[0] }

func (b *rankHeap) push(r int64) {
	h := b.h
	switch {
	case b.k <= 0:
	case len(h) < b.k:
		h = append(h, r)
		for i := len(h) - 1; i > 0 && h[(i-1)/2] > h[i]; i = (i - 1) / 2 {
			h[i], h[(i-1)/2] = h[(i-1)/2], h[i]
		}
	case r > h[0]:
		h[0] = r
		for i := 0; ; {
			m, a, c := i, 2*i+1, 2*i+2
			if a < len(h) && h[a] < h[m] {
				m = a
			}
			if c < len(h) && h[c] < h[m] {
				m = c
			}
			if m == i {
				break
			}
			h[i], h[m] = h[m], h[i]
			i = m
		}
	}
	b.h = h
}

// result turns a hit into a Result, with its places and positions. Those
// of scattered terms come from top when the text shown is the one scored.
func (ix *letters) result(c *compiled, l *list, h hit, scored [][]int) Result {
	var places []*model.Node
	for _, p := range l.places[l.first[h.entry]:l.first[h.entry+1]] {
		if (c.nodeOK == nil || c.nodeOK[p]) && (c.skip == nil || !c.skip[p]) {
			places = append(places, ix.at.node(p))
		}
	}
	n := places[0]
	var known []int
	if h.pos > 0 && h.first == l.places[l.first[h.entry]] {
		known = scored[h.pos-1]
	}
	return Result{Node: n, Places: places, Score: float64(c.score(h, 0)), Lang: l.lang, Match: Letters, Positions: clampPositions(positions(c.terms, n.Title[l.lang], known), n.Title[l.lang])}
}
