package diagram

import "github.com/dutymap/dutymap/model"

// HandOff is what one department hands another, seen from the departments:
// the arrow of a chart. One hand-off stands for one relation of the content
// (its Items are the relation's points: the things handed over).
type HandOff struct {
	From, To *model.Node // departments
	// Label says what goes, in every language: the relation's name.
	Label model.Text
	// Items is how many things go (the relation's points).
	Items int
	// Node is the relation, whose page lists what goes.
	Node *model.Node
}

// HandOffs lists the hand-offs between the organisation's departments in
// content order. A relation whose from or to names no department is left
// out (dutymap validate reports it).
//
// This is the one place that reads hand-offs from the content: everything
// that draws them (the explorer's chart, the comparison's picture, the
// Mermaid and DOT exports) goes through it.
func HandOffs(org *model.Org) []HandOff {
	out := make([]HandOff, 0, len(org.Relations))
	for _, r := range org.Relations {
		from, to := org.Department(r.From), org.Department(r.To)
		if from == nil || to == nil {
			continue
		}
		out = append(out, HandOff{From: from, To: to, Label: r.Title, Items: r.Duties, Node: r})
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
