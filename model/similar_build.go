package model

import (
	"cmp"
	"context"
	"slices"
	"sync/atomic"
)

// NewSimilarity indexes every duty of org (points of topics and relations
// are not duties and are left out), analysing the texts on every core. It
// takes about 5 ms on the built-in content and grows linearly;
// BuildSimilarity does the same work in the background.
func NewSimilarity(org *Org) *Similarity {
	ix, _ := buildSimilarity(context.Background(), org, MinRelated, nil)
	return ix
}

// SimilarityBuild is a similarity index being built in the background. Its
// methods are safe for concurrent use.
type SimilarityBuild struct {
	done     chan struct{}
	ix       *Similarity
	err      error
	progress atomic.Int64
	total    int64
}

// BuildSimilarity starts building org's similarity index in new
// goroutines and returns at once, so that a program can stay responsive
// while a large organisation is indexed (several seconds for a million
// duties).
// Cancelling ctx stops the build; Wait then returns ctx's error. org must
// not change while the build runs.
func BuildSimilarity(ctx context.Context, org *Org) *SimilarityBuild {
	return BuildSimilarityAfter(ctx, org, nil)
}

// BuildSimilarityAfter is BuildSimilarity with a build that starts only
// once start is closed (at once when start is nil): a program can draw its
// first frame before the build takes every core.
func BuildSimilarityAfter(ctx context.Context, org *Org, start <-chan struct{}) *SimilarityBuild {
	b := &SimilarityBuild{done: make(chan struct{})}
	for _, d := range org.Departments {
		b.total += int64(d.Duties)
	}
	b.total *= int64(NumLangs)
	go func() {
		defer close(b.done)
		if start != nil {
			select {
			case <-start:
			case <-ctx.Done():
				b.err = ctx.Err()
				return
			}
		}
		b.ix, b.err = buildSimilarity(ctx, org, MinRelated, &b.progress)
	}()
	return b
}

// Done is closed when the build has finished or stopped.
func (b *SimilarityBuild) Done() <-chan struct{} { return b.done }

// Index returns the index once it is built, or nil while it is being
// built (or if the build was cancelled). It never blocks.
func (b *SimilarityBuild) Index() *Similarity {
	select {
	case <-b.done:
		return b.ix
	default:
		return nil
	}
}

// Wait blocks until the index is built and returns it, or returns the
// build's error or ctx's, whichever comes first.
func (b *SimilarityBuild) Wait(ctx context.Context) (*Similarity, error) {
	select {
	case <-b.done:
		return b.ix, b.err
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// Progress reports how far the build is: the duty texts analysed so far
// (one per duty and language) out of all of them. The last steps after
// done == total take about a tenth of the time.
func (b *SimilarityBuild) Progress() (done, total int64) {
	return min(b.progress.Load(), b.total), b.total
}

// draft is one language's units per duty, before duties written alike are
// merged into classes and token ids are ordered by frequency.
type draft struct {
	dict  map[string]int32
	names []string // id -> token
	df    []int32  // id -> number of duties holding it
	docs  int      // duties with any token
	units []unit   // class holds the leaf
	first []int32  // leaf i's units are units[first[i]:first[i+1]]
	toks  []int32
}

// checkEvery is how many steps of a long loop run between checks for
// cancellation.
const checkEvery = 1024

// buildSimilarity indexes org's duties with postings cut for queries
// down to floor.
func buildSimilarity(ctx context.Context, org *Org, floor float64, progress *atomic.Int64) (*Similarity, error) {
	ix := &Similarity{floor: floor, scanBudget: scanBudget, pairBudget: pairBudget, minShare: minShare}
	n := 0
	for _, d := range org.Departments {
		n += d.Duties
	}
	ix.leaves = make([]*Node, 0, n)
	for _, d := range org.Departments {
		d.Walk(func(n *Node) bool {
			if n.Kind == KindDuty {
				ix.leaves = append(ix.leaves, n)
			}
			return true
		})
	}
	drafts, err := ix.analyseAll(ctx, progress)
	if err != nil {
		return nil, err
	}
	if err := ix.classify(ctx, &drafts); err != nil {
		return nil, err
	}
	for l := range NumLangs {
		ix.langs[l] = ix.compact(drafts[l])
		drafts[l] = nil
	}
	ix.byPath = make([]int32, len(ix.leaves))
	for i := range ix.byPath {
		ix.byPath[i] = int32(i)
	}
	slices.SortFunc(ix.byPath, func(a, b int32) int { return cmp.Compare(ix.leaves[a].Path, ix.leaves[b].Path) })
	ix.spare = make(chan *scratch, 2)
	return ix, nil
}

// orderByFrequency renumbers the token ids from the rarest token up (ties
// by the token's text, so the same content always gives the same index)
// and sorts every unit's ids again, so that a unit's leading tokens are its
// rarest: the prefixes that candidate generation posts.
func (d *draft) orderByFrequency() {
	order := make([]int32, len(d.names))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortFunc(order, func(a, b int32) int {
		return cmp.Or(cmp.Compare(d.df[a], d.df[b]), cmp.Compare(d.names[a], d.names[b]))
	})
	newID := make([]int32, len(order))
	names, df := make([]string, len(order)), make([]int32, len(order))
	for rank, old := range order {
		newID[old] = int32(rank)
		names[rank], df[rank] = d.names[old], d.df[old]
	}
	d.names, d.df = names, df
	for t, old := range d.dict {
		d.dict[t] = newID[old]
	}
	for i := range d.toks {
		d.toks[i] = newID[d.toks[i]]
	}
	for _, u := range d.units {
		slices.Sort(d.toks[u.at:u.end()])
	}
}

// classify puts duties whose units are the same in every language into
// one class, numbered in the document order of their first duty: a
// million copies of one duty are then indexed, queried and paired once.
func (ix *Similarity) classify(ctx context.Context, drafts *[NumLangs]*draft) error {
	n := len(ix.leaves)
	hash := make([]uint64, n)
	for i := range hash {
		hash[i] = signatureOf(drafts, int32(i))
	}
	perm := make([]int32, n)
	for i := range perm {
		perm[i] = int32(i)
	}
	slices.SortFunc(perm, func(a, b int32) int { return cmp.Or(cmp.Compare(hash[a], hash[b]), cmp.Compare(a, b)) })
	// leader[i] is the first duty written like duty i. Within a run of
	// equal hashes, each duty is checked against the run's leaders, so a
	// hash collision costs time but never merges different duties.
	leader := make([]int32, n)
	var leaders []int32
	for k, i := range perm {
		if k%checkEvery == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		if k == 0 || hash[i] != hash[perm[k-1]] {
			leaders = leaders[:0]
		}
		leader[i] = i
		for _, ld := range leaders {
			if sameUnits(drafts, ld, i) {
				leader[i] = ld
				break
			}
		}
		if leader[i] == i {
			leaders = append(leaders, i)
		}
	}
	hash, perm = nil, nil
	ix.class = make([]int32, n)
	count := []int32{}
	for i := range n {
		if leader[i] == int32(i) {
			ix.class[i] = int32(len(count))
			count = append(count, 0)
		} else {
			ix.class[i] = ix.class[leader[i]]
		}
		count[ix.class[i]]++
	}
	ix.memAt = make([]int32, len(count)+1)
	for c, k := range count {
		ix.memAt[c+1] = ix.memAt[c] + k
	}
	ix.members = make([]int32, n)
	next := slices.Clone(ix.memAt[:len(count)])
	for i, c := range ix.class {
		ix.members[next[c]] = int32(i)
		next[c]++
	}
	return nil
}

// signatureOf is signature; a test swaps it for one that collides.
var signatureOf = signature

// signature hashes leaf i's units in every language (FNV-1a).
func signature(drafts *[NumLangs]*draft, i int32) uint64 {
	h := uint64(14695981039346656037)
	mix := func(v uint32) {
		h ^= uint64(v)
		h *= 1099511628211
	}
	for _, d := range drafts {
		for _, u := range d.units[d.first[i]:d.first[i+1]] {
			mix(uint32(u.n))
			if u.whole {
				mix(1)
			}
			for _, t := range d.toks[u.at:u.end()] {
				mix(uint32(t))
			}
		}
		mix(^uint32(0)) // language boundary
	}
	return h
}

// sameUnits reports whether leaves i and j have the same units in every
// language.
func sameUnits(drafts *[NumLangs]*draft, i, j int32) bool {
	for _, d := range drafts {
		ui, uj := d.units[d.first[i]:d.first[i+1]], d.units[d.first[j]:d.first[j+1]]
		if len(ui) != len(uj) {
			return false
		}
		for k := range ui {
			if ui[k].whole != uj[k].whole || !slices.Equal(d.toks[ui[k].at:ui[k].end()], d.toks[uj[k].at:uj[k].end()]) {
				return false
			}
		}
	}
	return true
}

// compact keeps one copy of each class's units, weighs the tokens and
// posts every unit's prefix.
func (ix *Similarity) compact(d *draft) langIndex {
	li := langIndex{dict: d.dict, weight: make([]float32, len(d.names)), unseen: idf(d.docs, 0)}
	for t, f := range d.df {
		li.weight[t] = idf(d.docs, int(f))
	}
	nc := len(ix.memAt) - 1
	nu, nt := 0, 0
	for c := range nc {
		lead := ix.members[ix.memAt[c]]
		for _, u := range d.units[d.first[lead]:d.first[lead+1]] {
			nu, nt = nu+1, nt+int(u.n)
		}
	}
	li.units, li.toks = make([]unit, 0, nu), make([]int32, 0, nt)
	pre := make([]int32, 0, nu) // the prefixes to post, at the index's floor
	li.first = make([]int32, nc+1)
	for c := range nc {
		li.first[c] = int32(len(li.units))
		lead := ix.members[ix.memAt[c]]
		for _, u := range d.units[d.first[lead]:d.first[lead+1]] {
			set := d.toks[u.at:u.end()]
			u.at, u.class = int32(len(li.toks)), int32(c)
			li.toks = append(li.toks, set...)
			for _, t := range set {
				u.mass += li.weight[t]
			}
			pre = append(pre, int32(prefixLen(set, li.w, u.mass, ix.floor)))
			li.units = append(li.units, u)
		}
	}
	li.first[nc] = int32(len(li.units))
	li.postAt, li.postMid, li.post = postPrefixes(li.units, pre, li.toks, len(li.weight), nil)
	li.narrow()
	return li
}

// postPrefixes builds the postings of units' prefixes (unit k's first
// pre[k] tokens) as one flat array indexed by token id (vocab ids in
// all): each token's whole units
// ascending, then its clause units ascending, so that a query above
// clauseFactor, which no clause can reach, reads the whole units alone.
//
// With a scratch, its arrays are used (cleared first) instead of new ones:
// postAt and postMid are then the scratch's.
func postPrefixes(units []unit, pre, toks []int32, vocab int, sc *prefixScratch) (postAt, postMid, post []int32) {
	var next, clause []int32
	if sc != nil {
		postAt, postMid, next, clause = sc.postAt, sc.postMid, sc.next, sc.clause
		clear(postAt)
		clear(postMid)
	} else {
		postAt, postMid, next, clause = make([]int32, vocab+1), make([]int32, vocab), make([]int32, vocab), make([]int32, vocab)
	}
	for k, u := range units {
		for _, t := range toks[u.at : u.at+pre[k]] {
			if t >= 0 {
				postAt[t+1]++
				if u.whole {
					postMid[t]++
				}
			}
		}
	}
	for t := range vocab {
		postAt[t+1] += postAt[t]
	}
	post = make([]int32, postAt[vocab])
	copy(next, postAt[:vocab])
	for t := range vocab {
		postMid[t] += postAt[t]
	}
	copy(clause, postMid)
	for k, u := range units {
		for _, t := range toks[u.at : u.at+pre[k]] {
			switch {
			case t < 0:
			case u.whole:
				post[next[t]] = int32(k)
				next[t]++
			default:
				post[clause[t]] = int32(k)
				clause[t]++
			}
		}
	}
	return postAt, postMid, post
}
