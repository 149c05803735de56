// Package diagram draws an organisation as a diagram: its departments (and,
// when asked, their positions) as boxes and its hand-offs as labelled
// arrows, written as a Mermaid flowchart or a Graphviz DOT graph.
//
// Both writers draw the same Graph, built once by Build: the Graph is the
// structure a diagram is meant to have, and the writers' tests parse what
// they wrote and compare it with the Graph, so that no name (quotes,
// brackets, arrows, keywords, line breaks, escape codes, markup) can
// change a diagram's structure.
package diagram

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/dutymap/dutymap/internal/termsafe"
	"github.com/dutymap/dutymap/model"
)

// Kind says what a box of the diagram is.
type Kind uint8

const (
	KindDepartment Kind = iota
	KindPosition
	KindGroup // a section that holds positions: a box around them
	// KindDepartmentGroup is a group of departments the content declares
	// (groups.yaml): a labelled box around its departments.
	KindDepartmentGroup
)

// Graph is a diagram before it is written.
type Graph struct {
	// Direction is "TB": departments above their positions, as in an org
	// chart, and the one handing over above the one taking (a loop is drawn
	// both ways).
	Direction string
	// Items are the top-level boxes and groups: the content's groups of
	// departments in their order, then the departments of no group, each
	// in content order.
	Items []Item
	// Edges are drawn after every box: member lines, layout edges, then
	// hand-offs.
	Edges []Edge
}

// Item is a box (a department or position) or a group of items (a
// department with its positions, or a section holding positions).
type Item struct {
	// ID names the item in the diagram's source: ASCII letters and digits
	// made by Build, never taken from content.
	ID   string
	Kind Kind
	// Lines are the label, one line each, as plain text: no control
	// characters or line breaks.
	Lines []string
	// Items are a group's members.
	Items []Item
}

// EdgeKind says what an edge is.
type EdgeKind uint8

const (
	// EdgeHandOff is an arrow from the department that hands something
	// over to the one that takes it, labelled with what goes.
	EdgeHandOff EdgeKind = iota
	// EdgeMember is a line without arrowhead from a department or
	// position down to a position under it.
	EdgeMember
	// EdgeLayout is an invisible edge that only places boxes: departments
	// without hand-offs are laid out in a grid rather than one long row.
	EdgeLayout
)

// Edge is a line between two boxes.
type Edge struct {
	From, To string
	Kind     EdgeKind
	Lines    []string // a hand-off's label; none on other edges
}

// Options say what a diagram shows.
type Options struct {
	// Langs are the languages of the labels, in order: a label gives each
	// language's text on a line of its own (the same text once).
	Langs []model.Lang
	// Positions draws each department's positions under it, grouped by the
	// sections that hold them.
	Positions bool
}

// words are the diagram's own texts.
type words struct {
	duties func(n int) string
	items  func(n int) string
}

var catalog = [model.NumLangs]words{
	model.En: {
		duties: func(n int) string { return plural(n, "duty", "duties") },
		items:  func(n int) string { return plural(n, "item", "items") },
	},
	model.Zh: {
		duties: func(n int) string { return strconv.Itoa(n) + " 项职责" },
		items:  func(n int) string { return strconv.Itoa(n) + " 项" },
	},
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}

// Build makes the Graph of an organisation: a box per department with its
// duty count, inside a box per group of departments the content declares,
// an arrow per hand-off labelled with what goes and how many items, and,
// with Positions, each department's positions below it.
func Build(org *model.Org, opt Options) *Graph {
	if len(opt.Langs) == 0 {
		opt.Langs = []model.Lang{model.En}
	}
	g := &Graph{Direction: "TB"}
	ids := make(map[*model.Node]string, len(org.Departments)) // departments' and positions' boxes
	for i, d := range org.Departments {
		ids[d] = "d" + strconv.Itoa(i+1)
	}
	department := func(d *model.Node) Item {
		id := ids[d]
		box := Item{ID: id, Kind: KindDepartment, Lines: labelLines(d, opt.Langs)}
		if !opt.Positions {
			return box
		}
		b := &builder{langs: opt.Langs, prefix: id, g: g, ids: ids}
		members := b.positions(d, id)
		if len(members) == 0 {
			return box
		}
		return Item{ID: "c" + id[1:], Kind: KindGroup, Lines: names(d.Title, opt.Langs), Items: append([]Item{box}, members...)}
	}
	groups, members, alone := org.Grouped()
	for i, grp := range groups {
		it := Item{ID: "g" + strconv.Itoa(i+1), Kind: KindDepartmentGroup, Lines: names(grp.Name, opt.Langs)}
		for _, d := range members[i] {
			it.Items = append(it.Items, department(d))
		}
		g.Items = append(g.Items, it)
	}
	for _, d := range alone {
		g.Items = append(g.Items, department(d))
	}
	handOffs := HandOffs(org)
	if opt.Positions {
		handOffs = HandOffsByPosition(org)
	}
	linked := map[*model.Node]bool{}
	for _, h := range handOffs {
		linked[h.From], linked[h.To] = true, true
	}
	for _, set := range members {
		g.grid(set, ids, linked, 2)
	}
	g.grid(alone, ids, linked, 4)
	for _, h := range handOffs {
		lines := names(h.Label, opt.Langs)
		counts := make([]string, 0, len(opt.Langs))
		for _, l := range opt.Langs {
			counts = append(counts, catalog[l].items(h.Items))
		}
		lines = append(lines, joinUnique(counts, " · "))
		g.Edges = append(g.Edges, Edge{From: box(ids, h.FromUnit, h.From), To: box(ids, h.ToUnit, h.To), Kind: EdgeHandOff, Lines: lines})
	}
	return g
}

// box is the id of unit's box, or of the department's where unit has none.
func box(ids map[*model.Node]string, unit, dept *model.Node) string {
	if id, ok := ids[unit]; ok && unit != nil {
		return id
	}
	return ids[dept]
}

// grid lays the departments of one group (or of none) that hand nothing
// over out in rows: each is placed under the one a row's length before it
// by an invisible edge. A row holds cols departments (2 in a group, so
// that groups side by side stay narrow; 4 outside), or about the square
// root of their number when that is more.
func (g *Graph) grid(depts []*model.Node, ids map[*model.Node]string, linked map[*model.Node]bool, cols int) {
	var alone []string
	for _, d := range depts {
		if !linked[d] {
			alone = append(alone, ids[d])
		}
	}
	cols = max(cols, int(math.Ceil(math.Sqrt(float64(len(alone))))))
	for i := cols; i < len(alone); i++ {
		g.Edges = append(g.Edges, Edge{From: alone[i-cols], To: alone[i], Kind: EdgeLayout})
	}
}

// builder numbers the positions and groups of one department.
type builder struct {
	langs  []model.Lang
	prefix string
	n      int
	g      *Graph
	ids    map[*model.Node]string // gets each position's box
}

func (b *builder) next(kind string) string {
	b.n++
	return b.prefix + kind + strconv.Itoa(b.n)
}

// positions returns the items under n: a box for each position (with a
// member line from boss, the box above it), a group for each section that
// holds positions further down. Sections without positions are left out.
func (b *builder) positions(n *model.Node, boss string) []Item {
	var out []Item
	for _, c := range n.Children {
		if c.Kind != model.KindSection || !holdsPosition(c) {
			continue
		}
		if c.Role == model.RolePosition {
			id := b.next("p")
			b.ids[c] = id
			out = append(out, Item{ID: id, Kind: KindPosition, Lines: labelLines(c, b.langs)})
			b.g.Edges = append(b.g.Edges, Edge{From: boss, To: id, Kind: EdgeMember})
			out = append(out, b.positions(c, id)...)
			continue
		}
		out = append(out, Item{ID: b.next("g"), Kind: KindGroup, Lines: names(c.Title, b.langs),
			Items: b.positions(c, boss)})
	}
	return out
}

// holdsPosition reports whether n is a position or has one beneath it.
func holdsPosition(n *model.Node) bool {
	return !n.Walk(func(c *model.Node) bool { return c.Kind != model.KindSection || c.Role != model.RolePosition })
}

// labelLines is a box's label: its name in each language, then its duties.
func labelLines(n *model.Node, langs []model.Lang) []string {
	counts := make([]string, 0, len(langs))
	for _, l := range langs {
		counts = append(counts, catalog[l].duties(n.Duties))
	}
	return append(names(n.Title, langs), joinUnique(counts, " · "))
}

// names is a text in each language, once each, as label lines.
func names(t model.Text, langs []model.Lang) []string {
	var out []string
	for _, l := range langs {
		s := Clean(t.In(l))
		if s == "" {
			continue
		}
		dup := false
		for _, o := range out {
			dup = dup || o == s
		}
		if !dup {
			out = append(out, s)
		}
	}
	if len(out) == 0 {
		out = []string{"?"}
	}
	return out
}

func joinUnique(parts []string, sep string) string {
	var out []string
	for _, p := range parts {
		dup := false
		for _, o := range out {
			dup = dup || o == p
		}
		if !dup {
			out = append(out, p)
		}
	}
	return strings.Join(out, sep)
}

// Clean makes text one line of plain text: no escape sequences or control
// characters (termsafe.Plain), every run of white space (line breaks,
// tabs) one space.
func Clean(s string) string {
	return strings.Join(strings.Fields(termsafe.Plain(s)), " ")
}

// Count says how many boxes, groups and edges g holds (for messages and
// tests).
func (g *Graph) Count() (boxes, groups, edges int) {
	var walk func([]Item)
	walk = func(items []Item) {
		for _, it := range items {
			if it.Kind == KindGroup || it.Kind == KindDepartmentGroup {
				groups++
				walk(it.Items)
			} else {
				boxes++
			}
		}
	}
	walk(g.Items)
	return boxes, groups, len(g.Edges)
}

// String describes g in one line, for test failures.
func (g *Graph) String() string {
	b, gr, e := g.Count()
	return fmt.Sprintf("graph %s: %d boxes, %d groups, %d edges", g.Direction, b, gr, e)
}
