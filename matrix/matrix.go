// Package matrix builds the responsibility assignment matrix (RACI) of a
// set of duties: duties as rows, units as columns, and in each cell the
// letters of the roles the unit holds (R responsible, A accountable, C
// consulted, I informed). `dutymap matrix` writes it as Markdown, CSV or
// JSON; the explorer shows it as a screen.
package matrix

import (
	"slices"

	"github.com/dutymap/dutymap/model"
)

// Matrix is a RACI matrix.
type Matrix struct {
	// Units are the columns: the units asked for, then every other unit
	// the rows name, in the organisation's order.
	Units []*model.Node
	Rows  []Row
	// Role is the role the matrix was filtered by, if any (see Options).
	Role *model.RACIRole
}

// Row is one duty and who holds it.
type Row struct {
	Duty       *model.Node
	Assignment model.Assignment
	// Cells holds, per column, the letters of the roles the unit holds in
	// RACI order: "RA", "C", "" for none.
	Cells []string
}

// Options filter a matrix.
type Options struct {
	// Role keeps only the rows where some unit holds this role, and only
	// this role's letter in the cells: "who is accountable for what".
	Role *model.RACIRole
	// Shared keeps only the rows where more than one unit holds a role:
	// the duties whose work is split.
	Shared bool
}

// Duties returns the duties a matrix of units shows, in the organisation's
// order: every duty written in one of the units, and every duty or point of
// shared work elsewhere whose RACI lines name one of them (or a unit inside
// one). With no units, every duty of the organisation and every point of
// shared work in its topics.
func Duties(org *model.Org, units ...*model.Node) []*model.Node {
	var out []*model.Node
	for _, n := range org.Nodes() {
		if !model.IsWork(n) {
			continue
		}
		if len(units) == 0 || model.Within(n, units...) || names(model.AssignmentOf(n), units) {
			out = append(out, n)
		}
	}
	return out
}

// names reports whether a line of the assignment names one of units or a
// unit inside one.
func names(a model.Assignment, units []*model.Node) bool {
	for role, us := range a.Units {
		if a.Implicit[role] {
			continue
		}
		for _, u := range us {
			if model.Within(u, units...) {
				return true
			}
		}
	}
	return false
}

// Build makes the matrix of duties with the given units as its first
// columns (none: the columns are only the units the rows name).
func Build(org *model.Org, duties, units []*model.Node, o Options) Matrix {
	m := Matrix{Units: slices.Clone(units), Role: o.Role}
	named, given := map[*model.Node]bool{}, map[*model.Node]bool{}
	for _, u := range units {
		named[u], given[u] = true, true
	}
	var extra []*model.Node
	for _, d := range duties {
		a := sitsIn(model.AssignmentOf(d), d, given)
		if o.Role != nil && len(a.Units[*o.Role]) == 0 || o.Shared && !split(a) {
			continue
		}
		m.Rows = append(m.Rows, Row{Duty: d, Assignment: a})
		for _, role := range model.RACIRoles {
			if o.Role != nil && role != *o.Role {
				continue
			}
			for _, u := range a.Units[role] {
				if !named[u] {
					named[u] = true
					extra = append(extra, u)
				}
			}
		}
	}
	if len(extra) > 0 {
		order := map[*model.Node]int{}
		for i, n := range org.Nodes() {
			order[n] = i
		}
		slices.SortFunc(extra, func(a, b *model.Node) int { return order[a] - order[b] })
		m.Units = append(m.Units, extra...)
	}
	for i := range m.Rows {
		r := &m.Rows[i]
		r.Cells = make([]string, len(m.Units))
		for j, u := range m.Units {
			for _, role := range r.Assignment.Roles(u) {
				if o.Role == nil || role == *o.Role {
					r.Cells[j] += role.Letter()
				}
			}
		}
	}
	return m
}

// split reports whether more than one unit holds a role for the duty.
func split(a model.Assignment) bool {
	var first *model.Node
	for _, us := range a.Units {
		for _, u := range us {
			if first == nil {
				first = u
			} else if u != first {
				return true
			}
		}
	}
	return false
}

// sitsIn gives the roles that fell to a duty's department (no line named
// anyone) to the unit asked for that the duty is written in, if there is
// one: in a matrix of a position, the position does its own duties.
func sitsIn(a model.Assignment, d *model.Node, given map[*model.Node]bool) model.Assignment {
	for p := d.Parent; p != nil && p != a.Home; p = p.Parent {
		if !given[p] {
			continue
		}
		for _, role := range model.RACIRoles {
			if a.Implicit[role] && a.Home != nil && len(a.Units[role]) == 1 && a.Units[role][0] == a.Home {
				a.Units[role] = []*model.Node{p}
			}
		}
		break
	}
	return a
}

// Of is the matrix of units (none: the whole organisation): Duties, then
// Build.
func Of(org *model.Org, units []*model.Node, o Options) Matrix {
	return Build(org, Duties(org, units...), units, o)
}
