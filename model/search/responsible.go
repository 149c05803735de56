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
		// As model.AssignmentOf: on the duty or a section above it, not
		// on its document.
		for p := n; p >= 0 && t.parent[p] >= 0; p = t.parent[p] {
			if us, ok := t.responsible[p]; ok {
				return us
			}
		}
		return nil
	}
	a := model.AssignmentOf(ix.nodes[n])
	if a.Implicit[model.Responsible] {
		return nil
	}
	var out []int32
	for _, u := range a.Units[model.Responsible] {
		if s := u.Seq; s >= 0 && int(s) < len(ix.nodes) && ix.nodes[s] == u {
			out = append(out, s)
		}
	}
	return out
}

// responsibleElsewhere returns the owners (indexes in ix.owners) of the
// units duty n's Responsible line names, when that line leaves out the
// unit the duty is written in (its owner o); nil otherwise. A unit that
// owns no duty is no owner, and is left out. ownerOf remembers each
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
// without its organisation keeps only the Responsible lines (the node
// table): there, the department is taken to be accountable, as it is
// unless an Accountable line names another.
func (ix *Index) accountableHere(n, o int32) bool {
	if ix.table != nil {
		return true
	}
	key := ix.owners[o]
	unit := ix.nodes[key.dept]
	if key.pos >= 0 {
		unit = ix.nodes[key.pos]
	}
	for _, u := range model.AssignmentOf(ix.nodes[n]).Units[model.Accountable] {
		if model.Within(unit, u) {
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

// sharedWorkOwners returns the owners (indexes in ix.owners) of the units
// the Responsible line of point n of shared work names; nil for any other
// node. A unit that holds no duty of its own is no owner, and is left
// out. ownerOf remembers each unit's owner, as for responsibleElsewhere.
func (ix *Index) sharedWorkOwners(n int32, ownerOf map[int32]int32) []int32 {
	if ix.kindOf(n) != model.KindPoint || ix.dept[n] >= 0 {
		return nil
	}
	var out []int32
	for _, u := range ix.responsibleUnits(n) {
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
