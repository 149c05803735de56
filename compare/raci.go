package compare

import (
	"strings"

	"github.com/dutymap/dutymap/model"
)

// Holders says who answers for a duty and who does it, in l: "A/R: Sales
// department" when one unit does both, else "A: Marketing department · R:
// Sales department" (model.AssignmentOf: a duty with no RACI lines is its
// department's).
func Holders(n *model.Node, l model.Lang) string {
	a := model.AssignmentOf(n)
	acc, resp := unitNames(a.Units[model.Accountable], l), unitNames(a.Units[model.Responsible], l)
	colon := l.Colon()
	if acc == resp {
		return "A/R" + colon + acc
	}
	return "A" + colon + acc + " · R" + colon + resp
}

// HandOffEnds are where a relation's item goes below its department (the
// duties or units its To line names) and what comes back in answer (the
// hand-offs its Returns line names), as written in l. Both are empty for
// an item linked to nothing beyond the relation's departments.
func HandOffEnds(item *model.Node, l model.Lang) (to, back []string) {
	links, _ := model.LinksOf(item)
	for _, n := range links[model.LinkTo] {
		to = append(to, n.Title.In(l))
	}
	for _, n := range links[model.LinkReturns] {
		back = append(back, n.Title.In(l))
	}
	return to, back
}

// HandOffFrom is who hands a relation's item over below its department
// (the duties or units its From line names), as written in l; empty for
// an item with no From line (its relation's department hands it over).
func HandOffFrom(item *model.Node, l model.Lang) []string {
	links, _ := model.LinksOf(item)
	from := make([]string, 0, len(links[model.LinkFrom]))
	for _, n := range links[model.LinkFrom] {
		from = append(from, n.Title.In(l))
	}
	return from
}

// unitNames joins units' names: a position with its department's.
func unitNames(us []*model.Node, l model.Lang) string {
	names := make([]string, len(us))
	for i, u := range us {
		names[i] = u.Title.In(l)
		if u.Kind != model.KindDepartment {
			names[i] = u.Root().Title.In(l) + " › " + names[i]
		}
	}
	if len(names) == 0 {
		return "—"
	}
	return strings.Join(names, l.ListSep())
}

// paths are the paths of nodes, for JSON.
func paths(ns []*model.Node) []string {
	out := make([]string, 0, len(ns))
	for _, n := range ns {
		out = append(out, n.Path)
	}
	return out
}
