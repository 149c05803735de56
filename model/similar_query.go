package model

import (
	"cmp"
	"context"
	"slices"
)

// scanBudget bounds the postings one Similar call reads: about 10 ms of
// work. A duty whose rarest words are each held by more duties than that
// (in a million duties written from a vocabulary of a few hundred words,
// say) gets the best matches among the postings read, rarest words first,
// instead of stalling the screen.
const scanBudget = 1 << 18

// scratch is the per-query state, kept for the next query so that a query
// does not allocate arrays the size of the organisation.
type scratch struct {
	best    []float32 // per class: its best score so far
	touched []int32   // classes with a score
	seen    [NumLangs][]uint32
	marks   [NumLangs]marks // the query unit being scanned
	epoch   uint32
}

// scratch takes a spare scratch, or makes one when every spare is in use.
func (ix *Similarity) scratch() *scratch {
	select {
	case s := <-ix.spare:
		return s
	default:
	}
	s := &scratch{best: make([]float32, len(ix.memAt)-1)}
	for l := range NumLangs {
		s.seen[l] = make([]uint32, len(ix.langs[l].units))
		s.marks[l] = make(marks, len(ix.langs[l].weight))
	}
	return s
}

// release clears s and keeps it for another query if there is room.
func (ix *Similarity) release(s *scratch) {
	s.reset()
	select {
	case ix.spare <- s:
	default:
	}
}

// Similar returns up to k indexed duties like n, scoring at least
// MinRelated, best first (ties in document order). It leaves out n itself
// and the duties of n's own section, which are its neighbours rather than
// "the same duty elsewhere". It stops early with ctx's error when ctx is
// cancelled; its work is bounded (scanBudget) whatever the organisation's
// size.
func (ix *Similarity) Similar(ctx context.Context, n *Node, k int) ([]Match, error) {
	return ix.similar(ctx, n, k, MinRelated)
}

// similar is Similar for any threshold down to the index's floor.
//
// Query tokens are taken rarest first. Once k duties score at least some
// s, nothing below s can make the list, so the threshold rises to s and
// the prefix to scan shrinks: a duty with many copies elsewhere stops
// after its rarest word.
func (ix *Similarity) similar(ctx context.Context, n *Node, k int, least float64) ([]Match, error) {
	if k <= 0 {
		return nil, nil
	}
	least = max(least, ix.floor)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	s := ix.scratch()
	defer ix.release(s)
	budget := ix.scanBudget
	nextCheck := k
	for _, w := range ix.queryUnits(n, least) {
		li := &ix.langs[w.l]
		toks := w.toks
		s.epoch++
		s.marks[w.l].set(toks, li.weight)
		for p, end, at := 0, prefixLen(toks, li.w, w.u.mass, least), least; p < end; p++ {
			if toks[p] < 0 {
				continue
			}
			if err := ix.scan(ctx, s, w.l, w.u, toks[p], least, &budget); err != nil {
				s.marks[w.l].clear(toks)
				return nil, err
			}
			if len(s.touched) >= nextCheck {
				if m := ix.top(s, n, k, least); len(m) == k {
					least = m[k-1].Score
				}
				nextCheck = 2 * len(s.touched)
			}
			if least != at {
				end, at = min(end, prefixLen(toks, li.w, w.u.mass, least)), least
			}
		}
		s.marks[w.l].clear(toks)
	}
	return ix.top(s, n, k, least), nil
}

// queryUnit is one unit of a query in one language.
type queryUnit struct {
	l    Lang
	u    *unit
	toks []int32
	cost int // postings under its prefix
}

// queryUnits returns n's units in every language, the one with the
// shortest postings to read first: it finds good matches soonest, and
// the threshold they raise shortens the rest.
func (ix *Similarity) queryUnits(n *Node, least float64) []queryUnit {
	var out []queryUnit
	for l := range NumLangs {
		li := &ix.langs[l]
		set := ix.unitsOf(n, l)
		for i := range set.units {
			u := &set.units[i]
			if !u.whole && least > clauseFactor {
				continue // no clause scores that much
			}
			var buf []int32 // a unit's own: the query holds every unit's tokens
			toks := set.tokens(u, &buf)
			w := queryUnit{l: l, u: u, toks: toks}
			for _, t := range toks[:prefixLen(toks, li.w, u.mass, least)] {
				if t >= 0 {
					w.cost += len(li.postings(t, least))
				}
			}
			out = append(out, w)
		}
	}
	slices.SortStableFunc(out, func(a, b queryUnit) int { return cmp.Compare(a.cost, b.cost) })
	return out
}

// top expands the classes in s scoring at least least into up to k
// duties other than n and its section's, best first, ties in document
// order. A class adds at most k duties (its first in document order), and
// classes tied with the last one taken still count, for document order
// among ties.
func (ix *Similarity) top(s *scratch, n *Node, k int, least float64) []Match {
	type cand struct {
		class int32
		score float32
	}
	var cands []cand
	for _, c := range s.touched {
		if float64(s.best[c]) >= least {
			cands = append(cands, cand{c, s.best[c]})
		}
	}
	slices.SortFunc(cands, func(a, b cand) int { return cmp.Or(cmp.Compare(b.score, a.score), cmp.Compare(a.class, b.class)) })
	var out []Match
	var at []int32
	for _, c := range cands {
		if len(out) >= k && float64(c.score) < out[len(out)-1].Score {
			break
		}
		added := 0
		for _, leaf := range ix.members[ix.memAt[c.class]:ix.memAt[c.class+1]] {
			d := ix.leaves[leaf]
			if d == n || (n.Parent != nil && d.Parent == n.Parent) {
				continue
			}
			out, at = append(out, Match{d, float64(c.score)}), append(at, leaf)
			if added++; added == k {
				break
			}
		}
	}
	order := make([]int, len(out))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int {
		return cmp.Or(cmp.Compare(out[b].Score, out[a].Score), cmp.Compare(at[a], at[b]))
	})
	sorted := make([]Match, 0, min(k, len(out)))
	for _, i := range order[:min(k, len(order))] {
		sorted = append(sorted, out[i])
	}
	return sorted
}

// scan scores query unit q (its tokens marked in s) against every
// indexed unit posted under token t that it has not met yet, and keeps
// each class's best score in s.
func (ix *Similarity) scan(ctx context.Context, s *scratch, l Lang, q *unit, t int32, least float64, budget *int) error {
	li := &ix.langs[l]
	lo, hi := massRange(q.mass, least)
	seen := s.seen[l]
	for _, u := range li.postings(t, least) {
		if *budget--; *budget <= 0 {
			return nil
		}
		if *budget%checkEvery == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		if seen[u] == s.epoch {
			continue
		}
		seen[u] = s.epoch
		c := &li.units[u]
		if c.mass < lo || c.mass > hi {
			continue
		}
		var o overlap
		if li.toks16 != nil {
			o = overlapOf(s.marks[l], li.toks16[c.at:c.end()])
		} else {
			o = overlapOf(s.marks[l], li.toks[c.at:c.end()])
		}
		d := dice(o, q, c)
		if d > s.best[c.class] {
			if s.best[c.class] == 0 {
				s.touched = append(s.touched, c.class)
			}
			s.best[c.class] = d
		}
	}
	return nil
}

// reset clears what a query left in s.
func (s *scratch) reset() {
	for _, c := range s.touched {
		s.best[c] = 0
	}
	s.touched = s.touched[:0]
	if s.epoch > 1<<31 {
		for l := range s.seen {
			clear(s.seen[l])
		}
		s.epoch = 0
	}
}

// alsoAppearsMax is how many duties "Also appears in" lists: the
// explorer's keys 1–9 reach each of them.
const alsoAppearsMax = 9

// AlsoAppearsIn is the policy behind a duty page's "Also appears in": up to
// nine duties elsewhere (not in n's own section) at least similar
// (MinSimilar), best first. The list is read without the other duty's
// department beside it, so it asks for more than a comparison's shared
// duties (MinRelated) do.
func (ix *Similarity) AlsoAppearsIn(ctx context.Context, n *Node) ([]Match, error) {
	return ix.similar(ctx, n, alsoAppearsMax, MinSimilar)
}
