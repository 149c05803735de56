package ownership

import (
	"context"
	"fmt"
	"runtime"
	"slices"
	"strings"
	"sync"

	"github.com/dutymap/dutymap/internal/disjoint"
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
	budgets := splitBudgets(splits, duties)
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
				p, err := ix.PairWithin(context.Background(), as, bs, nearSameMin, budgets[i])
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

// checkPairBudget bounds the postings all the check's pairings read
// together: what one pairing at the index's own bound reads, a few
// seconds of work. Each pairing had the index's whole bound, and on
// look-alike duties (synth.LookAlike: 100,000 in 20 departments, each
// sharing its words with nearly every other) all 19 splits used it: 12 s
// of CPU (hunt24). Real organisations read far less: the 200 departments
// of BenchmarkCheckDefects100k read a few thousand postings in all. A
// variable so that a test can lower it.
var checkPairBudget = 1 << 26

// splitBudgets shares checkPairBudget out over the splits by the number
// of duty pairs each spans (|a|·|b|): the work a pairing of look-alike
// duties does grows with it, so the top split, half the organisation
// against the other half, gets about half the budget. A split gets at
// least one posting (the pairing adds its own least share per duty).
func splitBudgets(splits [][3]int, duties [][]*model.Node) []int {
	spans := make([]float64, len(splits))
	var all float64
	for i, sp := range splits {
		var a, b int
		for _, ds := range duties[sp[0]:sp[1]] {
			a += len(ds)
		}
		for _, ds := range duties[sp[1]:sp[2]] {
			b += len(ds)
		}
		spans[i] = float64(a) * float64(b)
		all += spans[i]
	}
	budgets := make([]int, len(splits))
	for i, s := range spans {
		budgets[i] = max(int(float64(checkPairBudget)*s/max(all, 1)), 1)
	}
	return budgets
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
	// Duties worded the same in three places or more are one finding
	// each (identicalGroups); their pairs are not reported again.
	grouped := r.identicalGroups(order)
	// A duty written again in its unit is that duty (duty-repeat reports
	// the copy): its pairs are the first copy's, each pair once.
	seen := map[[2]*model.Node]bool{}
	for _, p := range pairs {
		a, b := r.firstCopy(p.A), r.firstCopy(p.B)
		if k, ok := grouped[a]; ok && grouped[b] == k || seen[[2]*model.Node{a, b}] || seen[[2]*model.Node{b, a}] {
			continue
		}
		seen[[2]*model.Node{a, b}] = true
		r.doublePair(a, b, p.Score, order)
	}
}

// unsplit reports whether two duties of different departments answer for
// the same work with no RACI line sharing it out (see doubleOwner).
func unsplit(n, m *model.Node) bool {
	an, am := model.AssignmentOf(n), model.AssignmentOf(m)
	return !(shares(an, m.Root()) || shares(am, n.Root()) || shareAny(an.Units[model.Accountable], am.Units[model.Accountable]) || model.Overlaps(n, m))
}

// doublePair reports one pair of near-same duties, at the duty written
// later, unless a RACI line splits the work.
func (r *run) doublePair(n, m *model.Node, score float64, order map[*model.Node]int) {
	if order[n] < order[m] {
		n, m = m, n
	}
	home, other := n.Root(), m.Root()
	if !unsplit(n, m) {
		return
	}
	if !r.keeps(DoubleOwner, r.loc(n)) {
		r.unlisted[DoubleOwner]++ // not worded: past the limit
		return
	}
	an, am := model.AssignmentOf(n), model.AssignmentOf(m)
	at := r.loc(m)
	line, role, d := r.askedOrTold(an, other, am, home)
	// A duty's own Consulted: or Informed: line naming the unit a
	// fix names Responsible or Accountable makes way for it.
	var inPlace [2]string
	for i, side := range []*model.Node{n, m} {
		if line == side {
			loc, _ := r.line(line, line.RACI().At[role], line.RACI().Twin[role])
			inPlace[i] = fmt.Sprintf(r.t().inPlaceOf, r.key(role, line, loc))
		}
	}
	// The lines to add in the words of the files they go into: 批准：cw
	// under a Chinese file's duty (tryout26: Accountable: was written for
	// a Chinese-only organisation).
	here, there := r.loc(n), r.loc(m)
	fix := fmt.Sprintf(r.t().doubleFix, keyed(r.key(model.Accountable, n, here), other.ID), keyed(r.key(model.Responsible, m, there), home.ID),
		keyed(overlapsKey(r.fileLang(n, here)), m.Path), inPlace[0], inPlace[1], other.ID, home.ID, r.key(model.Responsible, n, here))
	f := r.add(DoubleOwner, n, r.loc(n), fix, r.t().doubleMsg,
		r.name(n), home.Title.In(r.lang), r.name(m), other.Title.In(r.lang), at.File, at.Line, score)
	f.Related = []*model.Node{m}
	f.Holders = []*model.Node{m, n}
	if line != nil {
		loc, _ := r.line(line, line.RACI().At[role], line.RACI().Twin[role])
		f.Msg = fmt.Sprintf(r.t().doubleAskedMsg, r.name(n), home.Title.In(r.lang), r.name(m), other.Title.In(r.lang), at.File, at.Line, score,
			d.Title.In(r.lang), loc.File, loc.Line, r.t().roles[role])
	}
}

// heldShown is how many holders a finding of identical duties names; the
// rest are counted ("and 25 more"), and listed in --json's holders.
const heldShown = 5

// identicalGroups reports duties worded the same (sameText: case,
// spacing and end punctuation aside) in three places or more, across
// departments, as one finding per group that holds it with no RACI line
// sharing it out: the duty once, its holders (each unit with the file and
// line of its duty), and the fix. Thirty positions holding one duty are
// one finding, not 435 pairs (of which the pairing named 71: tryout20).
// Groups of two stay pairs. It returns the groups' duties, each with the
// group's text, so that the pairing does not report them again.
func (r *run) identicalGroups(order map[*model.Node]int) map[*model.Node]string {
	grouped := map[*model.Node]string{}
	for _, w := range r.wordings() {
		k := w.text
		var ds []*model.Node // the departments' duties (not topics' points), each unit's first copy
		for _, n := range w.work {
			if n.Kind == model.KindDuty && n.Root().Kind == model.KindDepartment && r.firstCopy(n) == n {
				ds = append(ds, n)
			}
		}
		depts := map[*model.Node]bool{}
		for _, n := range ds {
			depts[n.Root()] = true
		}
		if len(ds) < 3 || len(depts) < 2 {
			continue
		}
		for _, n := range ds {
			grouped[n] = k
		}
		for _, c := range unsplitGroups(ds) {
			slices.SortFunc(c, func(a, b *model.Node) int { return order[a] - order[b] })
			if len(c) == 2 {
				r.doublePair(c[0], c[1], 1, order)
				continue
			}
			r.identical(c)
		}
	}
	return grouped
}

// unsplitGroups splits duties worded the same into groups joined by pairs
// of different departments that answer for the same work with no RACI
// line sharing it out; groups of one are left out. Duties whose lines name
// no unit of another department, no accountable unit outside their own
// and no overlap (most of them) are all such pairs with each other, so
// only the others are compared one by one.
func unsplitGroups(ds []*model.Node) [][]*model.Node {
	var sets disjoint.Sets[int]
	for i := range ds {
		sets.Add(i)
	}
	union := sets.Union
	plain := make([]bool, len(ds))
	firstPlain, plainDepts := -1, map[*model.Node]bool{}
	for i, n := range ds {
		plain[i] = homeOnly(n)
		if plain[i] {
			plainDepts[n.Root()] = true
			if firstPlain < 0 {
				firstPlain = i
			}
		}
	}
	if len(plainDepts) >= 2 {
		for i := range ds {
			if plain[i] {
				union(firstPlain, i)
			}
		}
	}
	for i, n := range ds {
		if plain[i] {
			continue
		}
		for j, m := range ds {
			if j != i && n.Root() != m.Root() && (plain[j] || j > i) && unsplit(n, m) {
				union(i, j)
			}
		}
	}
	var out [][]*model.Node
	for _, g := range sets.Groups() {
		nodes := make([]*model.Node, len(g))
		for k, i := range g {
			nodes[k] = ds[i]
		}
		out = append(out, nodes)
	}
	return slices.DeleteFunc(out, func(g []*model.Node) bool { return len(g) < 2 })
}

// homeOnly reports whether a duty's Responsible and Accountable units all
// lie in its own department and it names no overlap: two such duties of
// different departments always answer for the same work unshared.
func homeOnly(n *model.Node) bool {
	a := model.AssignmentOf(n)
	for _, role := range []model.RACIRole{model.Responsible, model.Accountable} {
		for _, u := range a.Units[role] {
			if u.Root() != n.Root() {
				return false
			}
		}
	}
	return n.Overlap() == nil || len(n.Overlap().Duties) == 0
}

// identical reports one group of duties worded the same, at the first.
func (r *run) identical(group []*model.Node) {
	first := group[0]
	if !r.keeps(DoubleOwner, r.loc(first)) {
		r.unlisted[DoubleOwner]++
		return
	}
	depts := map[*model.Node]bool{}
	for _, n := range group {
		depts[n.Root()] = true
	}
	var held []string
	for _, n := range group[:min(len(group), heldShown)] {
		at := r.loc(n)
		held = append(held, fmt.Sprintf(r.t().heldAt, r.holderName(n), at.File, at.Line))
	}
	list := strings.Join(held, r.lang.ListSep())
	if more := len(group) - len(held); more > 0 {
		list += fmt.Sprintf(r.t().andMore, more)
	}
	units := map[*model.Node]bool{}
	for _, n := range group {
		units[Holder(n)] = true
	}
	at := r.loc(first)
	fix := fmt.Sprintf(r.t().identicalFix, keyed(r.key(model.Accountable, first, at), Holder(first).Path), r.key(model.Responsible, first, at))
	var f *Finding
	if len(units) == len(depts) {
		f = r.add(DoubleOwner, first, r.loc(first), fix, r.t().identicalDeptsMsg, r.name(first), len(depts), list)
	} else {
		f = r.add(DoubleOwner, first, r.loc(first), fix, r.t().identicalMsg, r.name(first), len(units), len(depts), list)
	}
	f.Related = slices.Clone(group[1:])
	f.Holders = slices.Clone(group)
}

// Holder is the unit that holds a duty: the position (or sub-department)
// it is written under, or else its department.
func Holder(n *model.Node) *model.Node {
	for p := n.Parent; p != nil; p = p.Parent {
		if model.IsUnit(p) {
			return p
		}
	}
	return n.Root()
}

// holderName names the unit holding a duty as a finding lists it: a
// position with its department.
func (r *run) holderName(n *model.Node) string {
	u := Holder(n)
	if u.Kind == model.KindDepartment {
		return u.Title.In(r.lang)
	}
	return fmt.Sprintf(r.t().unitIn, u.Title.In(r.lang), u.Root().Title.In(r.lang))
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
