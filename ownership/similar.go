package ownership

import (
	"context"
	"fmt"
	"runtime"
	"slices"
	"sync"

	"github.com/dutymap/dutymap/model"
)

// This file is the one place the checks ask the similarity index
// (model/similar.go) anything: which duties elsewhere are near-same as a
// topic's point (no-owner), and which duties of two departments are
// (double-owner).

// nearSameMin is the score from which two duties count as the same work
// in other words: the "very similar" tier, measured on the O*NET
// paraphrase and related-occupations yardsticks (docs/similarity.md).
const nearSameMin = model.MinVerySimilar

// nearSameK bounds how many near-same duties are looked at for one point.
const nearSameK = 20

// heldBy reports whether one of depts (any department when there are
// none) lists a duty near-same as n.
func (r *run) heldBy(n *model.Node, depts []*model.Node) bool {
	ms, err := r.similarity().Similar(context.Background(), n, nearSameK)
	if err != nil {
		return false
	}
	for _, m := range ms {
		if m.Score >= nearSameMin && (len(depts) == 0 || model.Within(m.Node, depts...)) {
			return true
		}
	}
	return false
}

// nearSamePairs returns pairs of near-same duties of different
// departments, each pair once, and whether the index had to leave some
// candidates out (an organisation too large for the pairing's budget).
//
// The index pairs two lists one to one (Similarity.Pair), so the
// departments are halved, the halves paired, and each half halved again
// down to single departments: every two departments are compared exactly
// once, at the level where their block splits, and a duty's candidates
// are read from ever smaller blocks, so the work is about that of pairing
// the whole organisation once or twice. A duty gets its best partner on
// the other side of each split: one with near-same duties in several
// departments of the other half is reported with one of them (and those
// departments' duties with each other, further down).
func (r *run) nearSamePairs() (pairs []model.Pair, partial bool) {
	depts := r.org.Departments
	duties := make([][]*model.Node, len(depts))
	for i, d := range depts {
		d.Walk(func(n *model.Node) bool {
			if n.Kind == model.KindDuty {
				duties[i] = append(duties[i], n)
			}
			return true
		})
	}
	// The splits, in pre-order: departments [lo, mid) against [mid, hi).
	var splits [][3]int
	var halve func(lo, hi int)
	halve = func(lo, hi int) {
		if hi-lo < 2 {
			return
		}
		mid := (lo + hi) / 2
		splits = append(splits, [3]int{lo, mid, hi})
		halve(lo, mid)
		halve(mid, hi)
	}
	halve(0, len(depts))
	ix := r.similarity()
	// The splits are independent reads of the index (safe for concurrent
	// use): pair them on every core, and merge them in order.
	found := make([]*model.Pairing, len(splits))
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(splits)) {
		wg.Go(func() {
			for i := range next {
				sp := splits[i]
				as, bs := slices.Concat(duties[sp[0]:sp[1]]...), slices.Concat(duties[sp[1]:sp[2]]...)
				p, err := ix.Pair(context.Background(), as, bs, nearSameMin)
				if err != nil {
					panic(fmt.Sprintf("ownership: pairing without a deadline failed: %v", err))
				}
				found[i] = p
			}
		})
	}
	for i := range splits {
		next <- i
	}
	close(next)
	wg.Wait()
	for _, p := range found {
		partial = partial || p.Partial
		pairs = append(pairs, p.Pairs...)
	}
	return pairs, partial
}

// doubleOwner reports pairs of near-same duties in two departments, each
// answered for in its own department, with no RACI line of either giving
// the other department a share of the work: naming it Responsible or
// Accountable (which says how they split it), or the two answering to one
// accountable unit. A line that names the other department Consulted or
// Informed only says who is asked or told: both still answer for the same
// work, and the finding says which line that is. A pair is reported once,
// at the duty written later in the organisation's order.
func (r *run) doubleOwner() {
	pairs, partial := r.nearSamePairs()
	if partial {
		r.incomplete = append(r.incomplete, r.t().doubleIncomplete)
	}
	order := map[*model.Node]int{}
	for i, n := range r.org.Nodes() {
		order[n] = i
	}
	for _, p := range pairs {
		n, m := p.A, p.B
		if order[n] < order[m] {
			n, m = m, n
		}
		home, other := n.Root(), m.Root()
		an, am := model.AssignmentOf(n), model.AssignmentOf(m)
		if shares(an, other) || shares(am, home) || shareAny(an.Units[model.Accountable], am.Units[model.Accountable]) || model.Overlaps(n, m) {
			continue
		}
		if !r.keeps(DoubleOwner, r.loc(n)) {
			r.unlisted[DoubleOwner]++ // not worded: past the limit
			continue
		}
		at := r.loc(m)
		line, role, d := r.askedOrTold(an, other, am, home)
		// A duty's own Consulted: or Informed: line naming the unit a
		// fix names Responsible or Accountable makes way for it.
		var inPlace [2]string
		for i, side := range []*model.Node{n, m} {
			if line == side {
				inPlace[i] = fmt.Sprintf(r.t().inPlaceOf, role.Name(model.En))
			}
		}
		fix := fmt.Sprintf(r.t().doubleFix, other.ID, home.ID, m.Path, inPlace[0], inPlace[1])
		f := r.add(DoubleOwner, n, r.loc(n), fix, r.t().doubleMsg,
			r.name(n), home.Title.In(r.lang), r.name(m), other.Title.In(r.lang), at.File, at.Line, p.Score)
		f.Related = []*model.Node{m}
		if line != nil {
			loc, _ := r.line(line, line.RACI().At[role], line.RACI().Twin[role])
			f.Msg = fmt.Sprintf(r.t().doubleAskedMsg, r.name(n), home.Title.In(r.lang), r.name(m), other.Title.In(r.lang), at.File, at.Line, p.Score,
				d.Title.In(r.lang), loc.File, loc.Line, r.t().roles[role])
		}
	}
}

// shares reports whether assignment a gives department d a share of the
// work: a Responsible or Accountable unit in d.
func shares(a model.Assignment, d *model.Node) bool {
	for _, role := range []model.RACIRole{model.Responsible, model.Accountable} {
		for _, u := range a.Units[role] {
			if u.Root() == d {
				return true
			}
		}
	}
	return false
}

// askedOrTold finds the line (the duty or section that writes it) of an
// that names department other Consulted or Informed, else that of am
// naming home: what a double-owner pair has in place of a split. d is the
// department it names.
func (r *run) askedOrTold(an model.Assignment, other *model.Node, am model.Assignment, home *model.Node) (line *model.Node, role model.RACIRole, d *model.Node) {
	for _, side := range []struct {
		a model.Assignment
		d *model.Node
	}{{an, other}, {am, home}} {
		for _, role := range []model.RACIRole{model.Consulted, model.Informed} {
			for _, u := range side.a.Units[role] {
				if u.Root() == side.d && side.a.From[role] != nil {
					return side.a.From[role], role, side.d
				}
			}
		}
	}
	return nil, 0, nil
}

func shareAny(a, b []*model.Node) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y {
				return true
			}
		}
	}
	return false
}

// similarity returns the index, building it on first use.
func (r *run) similarity() *model.Similarity {
	if r.ix == nil {
		r.ix = model.NewSimilarity(r.org)
	}
	return r.ix
}
