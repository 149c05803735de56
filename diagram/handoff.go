package diagram

import "github.com/dutymap/dutymap/model"

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
func HandOffs(org *model.Org) []HandOff {
	type way struct{ rel, from, to *model.Node }
	var out []HandOff
	index := map[way]int{}
	for _, h := range org.HandOffs() {
		froms := departments(org, h.From, h.Relation.From())
		tos := departments(org, h.To, h.Relation.To())
		for _, f := range froms {
			for _, t := range tos {
				w := way{h.Relation, f, t}
				i, ok := index[w]
				if !ok {
					i = len(out)
					index[w] = i
					out = append(out, HandOff{From: f, To: t, Label: h.Relation.Title, Node: h.Relation})
				}
				out[i].Items++
			}
		}
	}
	return out
}

// departments are the departments the ends lie in, each once; with no end
// in a department, the relation's own department (by id), if there is one.
func departments(org *model.Org, ends []*model.Node, fallback string) []*model.Node {
	var out []*model.Node
	for _, e := range ends {
		d := e.Root()
		if d.Kind != model.KindDepartment {
			continue
		}
		seen := false
		for _, o := range out {
			seen = seen || o == d
		}
		if !seen {
			out = append(out, d)
		}
	}
	if len(out) == 0 {
		if d := org.Department(fallback); d != nil {
			out = append(out, d)
		}
	}
	return out
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
