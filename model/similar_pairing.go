package model

import (
	"cmp"
	"context"
	"slices"
	"sync"
)

// Pairing is two lists of duties paired one to one by similarity.
type Pairing struct {
	// Pairs holds each pair scoring at least the threshold asked for, in
	// the order of the first list; a duty is in at most one pair.
	Pairs []Pair
	// OnlyA and OnlyB are the duties of each list in no pair, in list order.
	OnlyA, OnlyB []*Node
	// Partial says the lists were too large to consider every candidate
	// within pairBudget: some pairs whose only shared words are common on
	// the second side may be missing.
	Partial bool
}

// pairBudget bounds the postings one Pair call reads (about a second of
// work); each duty of the first list gets a fair share of what is left,
// and never less than minShare, so a pairing of any size takes time
// linear in its sides.
const (
	pairBudget = 1 << 26
	minShare   = 256
)

// pairPartners is how many best partners each duty of the first list
// keeps for the one-to-one assignment: enough that a duty whose best
// partner went to a better pair still finds its next best.
const pairPartners = 8

// Pair pairs the duties of as with those of bs one to one: every pair
// scoring at least least is a candidate, and candidates are taken best
// first (ties in the order of as, then bs), each only if both duties are
// still free. That greedy matching is not the optimal assignment, but it
// always keeps a duty's clearly best partner, which is what a reader
// checks. Duties written alike are paired in document order.
//
// Candidates come from the postings of each duty's rarest words, so the
// cost follows the two sides and the words they share, not |as|·|bs|: two
// 50,000-duty departments pair in well under a second. Pairing a list with
// itself pairs every duty with itself. Pair stops with ctx's error when ctx
// is cancelled.
func (ix *Similarity) Pair(ctx context.Context, as, bs []*Node, least float64) (*Pairing, error) {
	return ix.PairWithin(ctx, as, bs, least, 0)
}

// PairWithin is Pair reading at most budget postings (Pair's own bound,
// pairBudget, when budget is 0 or less), still never less than minShare
// a duty of as: for a caller that pairs many lists and bounds their work
// together, as the double-owner check does, whose pairings each took
// pairBudget on look-alike duties (hunt25).
func (ix *Similarity) PairWithin(ctx context.Context, as, bs []*Node, least float64, budget int) (*Pairing, error) {
	if slices.Equal(as, bs) {
		return ix.pairSelf(as), nil
	}
	if budget <= 0 {
		budget = ix.pairBudget
	}
	a, b := ix.newSide(as, least, false), ix.newSide(bs, least, true)
	defer b.release()
	cands, partial, err := ix.candidatePairs(ctx, a, b, least, budget)
	if err != nil {
		return nil, err
	}
	// Greedy, best first; side classes are numbered in list order, so
	// comparing them orders ties by the lists.
	slices.SortFunc(cands, func(x, y pairCand) int {
		return cmp.Or(cmp.Compare(y.score, x.score), cmp.Compare(x.a, y.a), cmp.Compare(x.b, y.b))
	})
	partner := make([]int32, len(as)) // position in bs, or -1
	for i := range partner {
		partner[i] = -1
	}
	score := make([]float32, len(as))
	usedB := make([]bool, len(bs))
	nextA, nextB := make([]int32, a.classes()), make([]int32, b.classes())
	for _, c := range cands {
		ma, mb := a.membersOf(c.a), b.membersOf(c.b)
		for nextA[c.a] < int32(len(ma)) && nextB[c.b] < int32(len(mb)) {
			i, j := ma[nextA[c.a]], mb[nextB[c.b]]
			partner[i], score[i], usedB[j] = j, c.score, true
			nextA[c.a]++
			nextB[c.b]++
		}
	}
	p := &Pairing{Partial: partial}
	for i, j := range partner {
		if j < 0 {
			p.OnlyA = append(p.OnlyA, as[i])
		} else {
			p.Pairs = append(p.Pairs, Pair{as[i], bs[j], float64(score[i])})
		}
	}
	for j, used := range usedB {
		if !used {
			p.OnlyB = append(p.OnlyB, bs[j])
		}
	}
	return p, nil
}

// pairSelf pairs every duty of a list with itself, as the greedy matching
// would: nothing scores higher than a duty against itself. A duty with no
// words at all scores 0 against everything and stays unpaired.
func (ix *Similarity) pairSelf(ns []*Node) *Pairing {
	p := &Pairing{Pairs: make([]Pair, 0, len(ns))}
	for _, n := range ns {
		if ix.hasTokens(n) {
			p.Pairs = append(p.Pairs, Pair{n, n, 1})
		} else {
			p.OnlyA, p.OnlyB = append(p.OnlyA, n), append(p.OnlyB, n)
		}
	}
	return p
}

func (ix *Similarity) hasTokens(n *Node) bool {
	for l := range NumLangs {
		if len(ix.unitsOf(n, l).units) > 0 {
			return true
		}
	}
	return false
}

// pairCand is a candidate pair of side classes with its score.
type pairCand struct {
	a, b  int32
	score float32
}

// candidatePairs finds, for each class of side a, its pairPartners best
// classes of side b scoring at least least, reading about budget
// postings at the most.
func (ix *Similarity) candidatePairs(ctx context.Context, a, b *side, least float64, budget int) ([]pairCand, bool, error) {
	best := make([]float32, b.classes())
	var touched []int32
	var seen [NumLangs][]uint32
	var marked [NumLangs]marks
	for l := range NumLangs {
		seen[l] = make([]uint32, len(b.langs[l].units))
		marked[l] = make(marks, len(ix.langs[l].weight))
	}
	var epoch uint32
	var bufA, bufB []int32 // the sides' tokens are int32: never used
	var out, mine []pairCand
	partial := false
	left := budget
	for ka := range int32(a.classes()) {
		if err := ctx.Err(); err != nil {
			return nil, false, err
		}
		share := max(left/(a.classes()-int(ka)), ix.minShare)
		budget := share
		for l := range NumLangs {
			li, as, bl := &ix.langs[l], &a.langs[l], &b.langs[l]
			for qi := range as.units[as.first[ka]:as.first[ka+1]] {
				q := &as.units[int(as.first[ka])+qi]
				if !q.whole && least > clauseFactor {
					continue // no clause can score that much
				}
				toks := as.tokens(q, &bufA)
				lo, hi := massRange(q.mass, least)
				epoch++
				marked[l].set(toks, li.weight)
				for _, t := range toks[:as.pre[int(as.first[ka])+qi]] {
					if t < 0 {
						continue
					}
					end := bl.postAt[t+1]
					if least > clauseFactor {
						end = bl.postMid[t] // whole units only: no clause can score that much
					}
					for _, u := range bl.post[bl.postAt[t]:end] {
						if budget--; budget < 0 {
							partial = true
							break
						}
						if seen[l][u] == epoch {
							continue
						}
						seen[l][u] = epoch
						c := &bl.units[u]
						if c.mass < lo || c.mass > hi {
							continue
						}
						d := dice(marked[l].overlap(bl.tokens(c, &bufB)), q, c)
						if d > best[c.class] {
							if best[c.class] == 0 {
								touched = append(touched, c.class)
							}
							best[c.class] = d
						}
					}
				}
				marked[l].clear(toks)
			}
		}
		left -= share - max(budget, 0)
		mine = mine[:0]
		for _, kb := range touched {
			if float64(best[kb]) >= least {
				mine = append(mine, pairCand{ka, kb, best[kb]})
			}
			best[kb] = 0
		}
		touched = touched[:0]
		if len(mine) > pairPartners {
			slices.SortFunc(mine, func(x, y pairCand) int { return cmp.Or(cmp.Compare(y.score, x.score), cmp.Compare(x.b, y.b)) })
			mine = mine[:pairPartners]
		}
		out = append(out, mine...)
	}
	return out, partial, nil
}

// side is one list of a pairing, with its duties written alike grouped
// into side classes (numbered in list order) and, for the second list,
// postings of its units' prefixes.
type side struct {
	memAt, mem []int32 // side class k's positions in the list: mem[memAt[k]:memAt[k+1]], ascending
	langs      [NumLangs]sideLang
}

type sideLang struct {
	unitSet
	first                 []int32 // side class k's units are units[first[k]:first[k+1]]
	pre                   []int32 // unit k's prefix to post (prefixLen) at the pairing's threshold
	postAt, postMid, post []int32 // by token id, as in langIndex; only on the second side
	scratch               *prefixScratch
}

// prefixScratch holds a side's arrays as long as the vocabulary between
// pairings: pairing two small departments posts a few hundred units, but
// in arrays as long as the whole index's vocabulary, which were most of
// what the many pairings of "dutymap check" allocated.
type prefixScratch struct{ postAt, postMid, next, clause []int32 }

var prefixScratches sync.Pool // of *prefixScratch

// getPrefixScratch returns a scratch for a vocabulary of vocab ids.
func getPrefixScratch(vocab int) *prefixScratch {
	if sc, ok := prefixScratches.Get().(*prefixScratch); ok && len(sc.postMid) == vocab {
		return sc
	}
	return &prefixScratch{make([]int32, vocab+1), make([]int32, vocab), make([]int32, vocab), make([]int32, vocab)}
}

// release gives the side's scratches back once the pairing is done with
// its postings.
func (s *side) release() {
	for l := range s.langs {
		if sc := s.langs[l].scratch; sc != nil {
			s.langs[l].scratch, s.langs[l].postAt, s.langs[l].postMid = nil, nil, nil
			prefixScratches.Put(sc)
		}
	}
}

func (s *side) classes() int              { return len(s.memAt) - 1 }
func (s *side) membersOf(k int32) []int32 { return s.mem[s.memAt[k]:s.memAt[k+1]] }

// newSide groups ns by the index's classes (a duty outside the index is a
// class of its own), copies each class's units, cuts their prefixes at
// least and, if post, posts them.
func (ix *Similarity) newSide(ns []*Node, least float64, post bool) *side {
	key := make([]int32, len(ns)) // the index's class, or -1 - position
	for i, n := range ns {
		key[i] = int32(-1 - i)
		if leaf, ok := ix.leafOf(n); ok {
			key[i] = ix.class[leaf]
		}
	}
	perm := make([]int32, len(ns))
	for i := range perm {
		perm[i] = int32(i)
	}
	slices.SortFunc(perm, func(x, y int32) int { return cmp.Or(cmp.Compare(key[x], key[y]), cmp.Compare(x, y)) })
	// Runs of one key are the side's classes; number them by first position.
	var runs [][2]int32 // start, end in perm
	for i := 0; i < len(perm); {
		j := i + 1
		for j < len(perm) && key[perm[j]] == key[perm[i]] {
			j++
		}
		runs = append(runs, [2]int32{int32(i), int32(j)})
		i = j
	}
	slices.SortFunc(runs, func(x, y [2]int32) int { return cmp.Compare(perm[x[0]], perm[y[0]]) })
	s := &side{memAt: make([]int32, len(runs)+1), mem: make([]int32, 0, len(ns))}
	for k, r := range runs {
		s.mem = append(s.mem, perm[r[0]:r[1]]...)
		s.memAt[k+1] = int32(len(s.mem))
	}
	sets := make([]unitSet, len(runs))
	prefixes := ix.prefixesAt(least)
	var buf []int32
	for l := range NumLangs {
		li, sl := &ix.langs[l], &s.langs[l]
		sl.first = make([]int32, len(runs)+1)
		nu, nt := 0, 0
		for k := range runs {
			first := ns[s.mem[s.memAt[k]]]
			if c := key[s.mem[s.memAt[k]]]; c >= 0 {
				sets[k] = li.classUnits(c)
			} else {
				sets[k] = ix.unitsOf(first, l)
			}
			nu += len(sets[k].units)
			for _, u := range sets[k].units {
				nt += int(u.n)
			}
		}
		sl.units, sl.toks, sl.pre = make([]unit, 0, nu), make([]int32, 0, nt), make([]int32, 0, nu)
		for k := range runs {
			sl.first[k] = int32(len(sl.units))
			us := &sets[k]
			c := key[s.mem[s.memAt[k]]]
			for j, u := range us.units {
				set := us.tokens(&u, &buf)
				u.at, u.class = int32(len(sl.toks)), int32(k)
				if c >= 0 { // the index's own units, whose prefixes are worked out once
					sl.pre = append(sl.pre, prefixes[l][li.first[c]+int32(j)])
				} else {
					sl.pre = append(sl.pre, int32(prefixLen(set, li.w, u.mass, least)))
				}
				sl.toks = append(sl.toks, set...)
				sl.units = append(sl.units, u)
			}
		}
		sl.first[len(runs)] = int32(len(sl.units))
		if post {
			sl.scratch = getPrefixScratch(len(li.weight))
			sl.postAt, sl.postMid, sl.post = postPrefixes(sl.units, sl.pre, sl.toks, len(li.weight), sl.scratch)
		}
	}
	return s
}
