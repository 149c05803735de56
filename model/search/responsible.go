package search

import (
	"slices"

	"github.com/dutymap/dutymap/model"
)

// A duty's Responsible line names the unit that does the work, which may
// be another than the one the duty is written in ("Hire engineers." under
// Engineering, Responsible: people). The answer to "who does X?" names
// that unit first, proved by the duty (Owner.Responsible), and the unit
// the duty is written in after it, the duty in part.

// responsibleUnits returns the units (node indexes) that an explicit
// Responsible line, on duty n or a section above it, names; nil when no
// line does (the duty's own department is then responsible).
func (ix *Index) responsibleUnits(n int32) []int32 {
	if t := ix.table; t != nil {
		return t.lineUnits(t.responsible, n)
	}
	return ix.lineUnits(n, model.Responsible)
}

// accountableUnits returns the units that an explicit Accountable line,
// on duty n or a section above it, names; nil when no line does. The node
// table keeps these lines too, so that an index read without its
// organisation answers as the built one.
func (ix *Index) accountableUnits(n int32) []int32 {
	if t := ix.table; t != nil {
		return t.lineUnits(t.accountable, n)
	}
	return ix.lineUnits(n, model.Accountable)
}

// lineUnits are the units the line of role that applies to node n names,
// as model.AssignmentOf reads it; nil when the role falls to where n is
// written.
func (ix *Index) lineUnits(n int32, role model.RACIRole) []int32 {
	a := model.AssignmentOf(ix.nodes[n])
	if a.Implicit[role] {
		return nil
	}
	var out []int32
	for _, u := range a.Units[role] {
		if s := u.Seq; s >= 0 && int(s) < len(ix.nodes) && ix.nodes[s] == u {
			out = append(out, s)
		}
	}
	return out
}

// lineUnits are the units of the line in lines on node n or a section
// above it (as model.AssignmentOf: not on its document); nil for none.
func (t *nodeTable) lineUnits(lines map[int32][]int32, n int32) []int32 {
	for p := n; p >= 0 && t.parent[p] >= 0; p = t.parent[p] {
		if us, ok := lines[p]; ok {
			return us
		}
	}
	return nil
}

// responsibleElsewhere returns the owners (indexes in ix.owners) of the
// units duty n's Responsible line names, when that line leaves out the
// unit the duty is written in (its owner o); nil otherwise. A department
// or position named is an owner whether or not it holds duties of its
// own (Index.addNamedOwners). ownerOf remembers each
// unit's owner for the search's other duties (a section's line covers
// many): ownerOfUnit walks every owner.
func (ix *Index) responsibleElsewhere(n, o int32, ownerOf map[int32]int32) []int32 {
	units := ix.responsibleUnits(n)
	if len(units) == 0 {
		return nil
	}
	key := ix.owners[o]
	var out []int32
	for _, u := range units {
		if u == key.pos || u == key.dept && key.pos < 0 || u == key.dept {
			return nil // the unit it is written in does it, with others maybe
		}
		r, ok := ownerOf[u]
		if !ok {
			r = ix.ownerOfUnit(u)
			ownerOf[u] = r
		}
		if r >= 0 {
			out = append(out, r)
		}
	}
	return out
}

// accountableHere reports whether the unit duty n is written in (owner o's
// position, or its department) answers for it, its RACI role A
// (model.AssignmentOf): no Accountable line names another unit, so its
// department is accountable, or the line names it or a unit it is in.
// Then, when a Responsible line gives the work to another unit, the answer
// to "who does X?" names it as accountable, not as a partial match: its
// duty is the very work asked for, which it signs off. An index read
// without its organisation reads the Accountable lines from its node
// table, and answers alike.
func (ix *Index) accountableHere(n, o int32) bool {
	key := ix.owners[o]
	unit := key.dept
	if key.pos >= 0 {
		unit = key.pos
	}
	us := ix.accountableUnits(n)
	if len(us) == 0 {
		us = []int32{ix.unitWrittenIn(n)} // no line: the unit it is written in (model.AssignmentOf)
	}
	for _, u := range us {
		if ix.within(unit, u) {
			return true
		}
	}
	return false
}

// accountableElsewhere returns the owners (indexes in ix.owners) of the
// units duty n's explicit Accountable line names, other than its owner o
// (the unit it is written in, or one it is in) and the units its
// Responsible line names (who do the work): they answer for it and do
// not do it ("Pay salaries every month." under the People team,
// Accountable: finance). nil when no line names another unit.
func (ix *Index) accountableElsewhere(n, o int32, ownerOf map[int32]int32) []int32 {
	units := ix.accountableUnits(n)
	if len(units) == 0 {
		return nil
	}
	key := ix.owners[o]
	unit := key.dept
	if key.pos >= 0 {
		unit = key.pos
	}
	doers := ix.responsibleUnits(n)
	var out []int32
	for _, u := range units {
		if ix.within(unit, u) || slices.Contains(doers, u) {
			continue
		}
		r, ok := ownerOf[u]
		if !ok {
			r = ix.ownerOfUnit(u)
			ownerOf[u] = r
		}
		if r >= 0 && r != o && !slices.Contains(out, r) {
			out = append(out, r)
		}
	}
	return out
}

// unitWrittenIn is model.UnitWrittenIn of node n of a department: the
// nearest position or sub-department above it, else its department.
func (ix *Index) unitWrittenIn(n int32) int32 {
	for p := ix.parent[n]; p >= 0; p = ix.parent[p] {
		if r := ix.roleOf(p); ix.parent[p] >= 0 && (r == model.RolePosition || r == model.RoleUnit) {
			return p
		}
	}
	return ix.root(n)
}

// within reports whether node n is node u or lies beneath it.
func (ix *Index) within(n, u int32) bool {
	for p := n; p >= 0; p = ix.parent[p] {
		if p == u {
			return true
		}
	}
	return false
}

// isWork reports whether node n is work a unit holds, which answers a
// question asking who does it: a duty, or a point of a topic's shared work
// whose Responsible line (on it or a section above) names the units that
// do it (tryout24 H22: "Count the stock at year end." with Responsible:
// sales, finance answers "who counts the stock?"). A topic's other points
// are knowledge, no one's work.
func (ix *Index) isWork(n int32) bool {
	switch ix.kindOf(n) {
	case model.KindDuty:
		return true
	case model.KindPoint:
		return ix.dept[n] < 0 && len(ix.responsibleUnits(n)) > 0
	}
	return false
}

// tierOf is node n's tier, as results are ordered: 0 for work a unit
// holds (everything under a department, and a point of a topic's shared
// work, which answers "who does …?" as a duty does: isWork), 1 for the
// rest of a topic or relation, knowledge listed after the work. A point
// of shared work saying every word of the query ranked below a duty
// lacking one (tryoutb26 B2: "reconcile stock count").
func (ix *Index) tierOf(n int32) uint8 {
	if ix.dept[n] < 0 && !ix.isWork(n) {
		return 1
	}
	return 0
}

// sharedWorkAccountable returns the owners (indexes in ix.owners) of the
// units the Accountable line of point n of shared work names, who answer
// for it (A); nil for any other node, or a point whose line gives A to no
// one but the units doing it.
func (ix *Index) sharedWorkAccountable(n int32, ownerOf map[int32]int32) []int32 {
	if ix.kindOf(n) != model.KindPoint || ix.dept[n] >= 0 || len(ix.responsibleUnits(n)) == 0 {
		return nil
	}
	return ix.ownersOfUnits(ix.accountableUnits(n), ownerOf)
}

// sharedWorkOwners returns the owners (indexes in ix.owners) of the units
// the Responsible line of point n of shared work names; nil for any other
// node (ownersOfUnits).
func (ix *Index) sharedWorkOwners(n int32, ownerOf map[int32]int32) []int32 {
	if ix.kindOf(n) != model.KindPoint || ix.dept[n] >= 0 {
		return nil
	}
	return ix.ownersOfUnits(ix.responsibleUnits(n), ownerOf)
}

// ownersOfUnits returns the owners (indexes in ix.owners) of units, each
// once, in their order; a unit that is no owner (a sub-department's
// unit) is left out. ownerOf remembers each unit's owner, as for
// responsibleElsewhere.
func (ix *Index) ownersOfUnits(units []int32, ownerOf map[int32]int32) []int32 {
	var out []int32
	for _, u := range units {
		r, ok := ownerOf[u]
		if !ok {
			r = ix.ownerOfUnit(u)
			ownerOf[u] = r
		}
		if r >= 0 && !slices.Contains(out, r) {
			out = append(out, r)
		}
	}
	return out
}
