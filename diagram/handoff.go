package diagram

import (
	"slices"

	"github.com/dutymap/dutymap/model"
)

// HandOff is what one department hands another, seen from the departments:
// the arrow of a chart. It gathers the items of one relation that go from
// one department to another (a relation's items usually all go one way;
// an item whose From or To line names a unit or duty of another department
// goes there).
type HandOff struct {
	From, To *model.Node // departments
	// Label says what goes, in every language: the relation's name.
	Label model.Text
	// Items is how many things go (the relation's items on this way).
	Items int
	// Node is the relation, whose page lists what goes.
	Node *model.Node
	// FromUnit and ToUnit are the positions at the ends, where the items'
	// From and To lines name one (or a duty of one), for a chart that
	// draws positions (HandOffsByPosition); nil otherwise.
	FromUnit, ToUnit *model.Node
}

// HandOffs lists the hand-offs between the organisation's departments in
// content order, from the hand-offs the content links (model.Org.HandOffs:
// each item of a relation, with the units or duties at both ends, or the
// relation's departments where no line names them). An item whose ends
// lie in no department, of a relation that names none, is left out
// (dutymap check reports it).
//
// This is the one place that reads hand-offs from the content: everything
// that draws them (the explorer's chart, the comparison's picture, the
// Mermaid and DOT exports) goes through it.
func HandOffs(org *model.Org) []HandOff { return handOffs(org, false) }

// HandOffsByPosition is HandOffs split further by the positions at the
// ends (FromUnit, ToUnit): a chart that draws positions links the boxes
// of the Support agent and the Backend developer when the items' lines
// name them, not only their departments (tryout28 P11).
func HandOffsByPosition(org *model.Org) []HandOff { return handOffs(org, true) }

func handOffs(org *model.Org, byPosition bool) []HandOff {
	type way struct{ rel, from, to, fromUnit, toUnit *model.Node }
	var out []HandOff
	index := map[way]int{}
	for _, h := range org.HandOffs() {
		froms := ends(org, h.From, h.Relation.From(), byPosition)
		tos := ends(org, h.To, h.Relation.To(), byPosition)
		for _, f := range froms {
			for _, t := range tos {
				w := way{h.Relation, f.dept, t.dept, f.unit, t.unit}
				i, ok := index[w]
				if !ok {
					i = len(out)
					index[w] = i
					out = append(out, HandOff{From: f.dept, To: t.dept, Label: h.Relation.Title, Node: h.Relation, FromUnit: f.unit, ToUnit: t.unit})
				}
				out[i].Items++
			}
		}
	}
	return out
}

// end is where one end of a hand-off lies: a department and, when asked
// for and a line names one, the position in it.
type end struct{ dept, unit *model.Node }

// ends are the departments (byPosition: the departments and positions)
// the nodes lie in, each once; with none in a department, the relation's
// own department (by id), if there is one.
func ends(org *model.Org, nodes []*model.Node, fallback string, byPosition bool) []end {
	var out []end
	for _, n := range nodes {
		e := end{dept: n.Root()}
		if e.dept.Kind != model.KindDepartment {
			continue
		}
		if byPosition {
			e.unit = positionOf(n)
		}
		if !slices.Contains(out, e) {
			out = append(out, e)
		}
	}
	if len(out) == 0 {
		if d := org.Department(fallback); d != nil {
			out = append(out, end{dept: d})
		}
	}
	return out
}

// positionOf is the position n is or lies in (the nearest), or nil.
func positionOf(n *model.Node) *model.Node {
	for p := n; p != nil; p = p.Parent {
		if p.Kind == model.KindSection && p.Role == model.RolePosition {
			return p
		}
	}
	return nil
}

// Between returns the hand-offs from a to b, then those from b to a.
func Between(hs []HandOff, a, b *model.Node) (ab, ba []HandOff) {
	for _, h := range hs {
		switch {
		case h.From == a && h.To == b:
			ab = append(ab, h)
		case h.From == b && h.To == a && a != b:
			ba = append(ba, h)
		}
	}
	return ab, ba
}
