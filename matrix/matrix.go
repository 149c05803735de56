// Package matrix builds the responsibility assignment matrix (RACI) of a
// set of duties: duties as rows, units as columns, and in each cell the
// letters of the roles the unit holds (R responsible, A accountable, C
// consulted, I informed). `dutymap matrix` writes it as Markdown, CSV or
// JSON; the explorer shows it as a screen.
package matrix

import (
	"cmp"
	"slices"
	"strings"

	"github.com/dutymap/dutymap/model"
)

// Matrix is a RACI matrix.
type Matrix struct {
	// Units are the columns: the units asked for, then every other unit
	// the rows name (those inside a unit asked for first), in the
	// organisation's order.
	Units []*model.Node
	Rows  []Row
	// Role is the role the matrix was filtered by, if any (see Options).
	Role *model.RACIRole
}

// Row is one duty and who holds it.
type Row struct {
	Duty       *model.Node
	Assignment model.Assignment
	// marks are the row's non-empty cells, by column: a duty names a few
	// units, and a matrix of the whole organisation has thousands of
	// columns (8,000 departments' 16,000 duties made 128 million cells,
	// which a dense row of strings per duty took past 4 GB).
	marks []Mark
	width int // the matrix's columns
}

// Mark is a non-empty cell: the letters of the roles the unit of column
// Col holds, in RACI order ("RA", "C").
type Mark struct {
	Col     int
	Letters string
}

// Marks are the row's non-empty cells, left to right.
func (r Row) Marks() []Mark { return r.marks }

// Cells are the row's cells, one per column: the letters of the roles the
// unit holds in RACI order, "RA", "C", "" for none.
func (r Row) Cells() []string { return r.fill(make([]string, r.width)) }

// MaxCells bounds the matrix a writer prints, in cells (rows times
// columns): 10 million cells are about 30 MB of Markdown and 120 MB of
// JSON, a table no one reads whole; the matrix of 8,000 departments
// (128 million cells) took 19 s to write as JSON. Name some units instead.
// A variable so that a test can lower it.
var MaxCells = 10_000_000

// Size is the number of cells the matrix has: its rows times its columns,
// what a writer prints.
func (m Matrix) Size() int { return len(m.Rows) * len(m.Units) }

// Options filter a matrix.
type Options struct {
	// Role keeps only the rows where some unit holds this role, and only
	// this role's letter in the cells: "who is accountable for what";
	// with Shared, every letter of those rows (a split has two sides).
	Role *model.RACIRole
	// Shared keeps only the rows where more than one unit holds a role:
	// the duties whose work is split.
	Shared bool
}

// Duties returns the duties a matrix of units shows: every duty written in
// one of the units, those of the first unit first, as its columns come
// (matrix sales marketing starts with sales' duties); then every duty or
// point of shared work elsewhere whose RACI lines name one of them (or a
// unit inside one). Each group is in the organisation's order. With no
// units, every duty of the organisation and every point of shared work in
// its topics, in its order.
func Duties(org *model.Org, units ...*model.Node) []*model.Node {
	groups := make([][]*model.Node, len(units)+1) // by unit; the last: shared work elsewhere
	for _, n := range org.Nodes() {
		if !model.IsWork(n) {
			continue
		}
		g := -1
		for i, u := range units {
			if model.Within(n, u) {
				g = i
				break
			}
		}
		if g < 0 && (len(units) == 0 || names(model.AssignmentOf(n), units)) {
			g = len(units)
		}
		if g >= 0 {
			groups[g] = append(groups[g], n)
		}
	}
	var out []*model.Node
	for _, g := range groups {
		out = append(out, g...)
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
	// One role's letter only, unless the rows are the split work: then
	// the role picks the rows, and every letter of them stays, since a
	// split has two sides (with only C, marketing's C beside no sales
	// column said nothing of whom it was split with).
	onlyRole := func(role model.RACIRole) bool { return o.Role != nil && !o.Shared && role != *o.Role }
	named := map[*model.Node]bool{}
	for _, u := range units {
		named[u] = true
	}
	var extra []*model.Node
	for _, d := range duties {
		a := model.AssignmentOf(d)
		if o.Role != nil && len(a.Units[*o.Role]) == 0 || o.Shared && !split(a) {
			continue
		}
		m.Rows = append(m.Rows, Row{Duty: d, Assignment: a})
		for _, role := range model.RACIRoles {
			if onlyRole(role) {
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
		// The positions and sub-departments of the units asked for come
		// right after them, each unit's own: a department's matrix reads
		// Sales, its account manager, its director, then Finance.
		inside := func(u *model.Node) int {
			if model.Within(u, units...) {
				return 0
			}
			return 1
		}
		slices.SortFunc(extra, func(a, b *model.Node) int { return cmp.Or(inside(a)-inside(b), order[a]-order[b]) })
		m.Units = append(m.Units, extra...)
	}
	cols := make(map[*model.Node][]int, len(m.Units)) // a unit asked for twice has two
	for j, u := range m.Units {
		cols[u] = append(cols[u], j)
	}
	for i := range m.Rows {
		r := &m.Rows[i]
		r.width = len(m.Units)
		for _, role := range model.RACIRoles {
			if onlyRole(role) {
				continue
			}
			for _, u := range r.Assignment.Units[role] {
				for _, j := range cols[u] {
					r.mark(j, role)
				}
			}
		}
		slices.SortFunc(r.marks, func(a, b Mark) int { return a.Col - b.Col })
	}
	return m
}

// mark adds role's letter to the cell of column j, once: roles come in
// RACI order, so the letters do too.
func (r *Row) mark(j int, role model.RACIRole) {
	for k := range r.marks {
		if r.marks[k].Col == j {
			if !strings.Contains(r.marks[k].Letters, role.Letter()) {
				r.marks[k].Letters += role.Letter()
			}
			return
		}
	}
	r.marks = append(r.marks, Mark{Col: j, Letters: role.Letter()})
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

// Of is the matrix of units (none: the whole organisation): Duties, then
// Build.
func Of(org *model.Org, units []*model.Node, o Options) Matrix {
	return Build(org, Duties(org, units...), units, o)
}

// NamedUnits are the units the RACI lines of the work under n (a topic, one
// of its lists or a point) name, each once, in content order: a role
// given by a line, not by the rule that a duty is its own unit's. Those
// units' matrices, and the whole organisation's, are where that shared work
// is; a topic has no matrix of its own.
func NamedUnits(n *model.Node) []*model.Node {
	var out []*model.Node
	for _, leaf := range model.Leaves(n) {
		if !model.IsWork(leaf) {
			continue
		}
		as := model.AssignmentOf(leaf)
		for role, us := range as.Units {
			for _, u := range us {
				if !as.Implicit[role] && !slices.Contains(out, u) {
					out = append(out, u)
				}
			}
		}
	}
	return out
}
