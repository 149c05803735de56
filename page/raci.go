package page

import (
	"fmt"
	"slices"
	"strings"

	"github.com/dutymap/dutymap/model"
)

// ownershipWords are the labels of a page's RACI and hand-off sections.
type ownershipWords struct {
	holds, home, handOffs, handOff, from, to, returns, answers, handsOver, takesUp, sends, receives, items, nobody string
	open, close                                                                                                    string
	overlaps                                                                                                       string
}

var ownershipLabels = [model.NumLangs]ownershipWords{
	model.En: {"Who holds it", "where it is written", "Hand-offs", "Hand-off", "From", "To", "Comes back", "Answers",
		"Hands over", "Takes up", "to", "from", "items", "no unit", " (", ")", "Also held by"},
	model.Zh: {"谁来做、谁担责", "所在部门", "交接", "交接事项", "提供方", "接收方", "回传", "回应",
		"交出", "接收", "交给", "来自", "项", "没有单位", "（", "）", "同样承担这项工作的"},
}

// writeOwnership writes who holds a duty (its RACI roles, when a line
// gives any) and the hand-offs that touch a node: for a duty, those it
// hands over or takes up; for a hand-off, its two ends and what comes
// back; for a department, its relations with the others.
func writeOwnership(b *strings.Builder, org *model.Org, n *model.Node, l model.Lang) {
	w := ownershipLabels[l]
	if lines := HolderLines(n, l); lines != nil {
		fmt.Fprintf(b, "## %s\n\n", w.holds)
		for _, line := range lines {
			fmt.Fprintf(b, "- %s\n", line)
		}
		b.WriteString("\n")
	}
	if others := overlapping(org, n); len(others) > 0 {
		fmt.Fprintf(b, "## %s\n\n", w.overlaps)
		for _, o := range others {
			fmt.Fprintf(b, "- %s\n", esc(o.Breadcrumb(l, true)))
		}
		b.WriteString("\n")
	}
	if h, ok := org.HandOff(n); ok {
		fmt.Fprintf(b, "## %s\n\n", w.handOff)
		ends := []struct {
			label string
			nodes []*model.Node
		}{{w.from, h.From}, {w.to, h.To}, {w.returns, h.Returns}, {w.answers, answering(org, n)}}
		for _, e := range ends {
			for _, t := range e.nodes {
				fmt.Fprintf(b, "- %s%s%s\n", e.label, l.Colon(), esc(t.Breadcrumb(l, true)))
			}
		}
		b.WriteString("\n")
		return
	}
	if n.Kind.IsDocument() {
		if n.Kind == model.KindDepartment {
			writeRelations(b, org, n, l, w)
		}
		return
	}
	sends, receives := org.HandOffsOf(n)
	if len(sends)+len(receives) == 0 || n.Kind != model.KindDuty && !model.IsUnit(n) {
		return
	}
	fmt.Fprintf(b, "## %s\n\n", w.handOffs)
	for _, h := range sends {
		fmt.Fprintf(b, "- %s%s%s — *%s*\n", w.handsOver, l.Colon(), esc(h.Node.Title.In(l)), esc(h.Relation.Title.In(l)))
	}
	for _, h := range receives {
		fmt.Fprintf(b, "- %s%s%s — *%s*\n", w.takesUp, l.Colon(), esc(h.Node.Title.In(l)), esc(h.Relation.Title.In(l)))
	}
	b.WriteString("\n")
}

// writeRelations lists a department's relations with the others: what it
// hands over and what it receives, with how many items each holds.
func writeRelations(b *strings.Builder, org *model.Org, d *model.Node, l model.Lang, w ownershipWords) {
	var lines []string
	for _, r := range org.Relations {
		var other *model.Node
		label := w.sends
		switch d.ID {
		case r.From():
			other = org.Department(r.To())
		case r.To():
			other, label = org.Department(r.From()), w.receives
		}
		if other == nil {
			continue
		}
		items := w.items
		if r.Duties == 1 && l == model.En {
			items = "item"
		}
		count := fmt.Sprintf(", %d %s", r.Duties, items)
		if l == model.Zh {
			count = fmt.Sprintf("，%d %s", r.Duties, w.items)
		}
		space := " "
		if l == model.Zh {
			space = ""
		}
		lines = append(lines, fmt.Sprintf("- **%s** — %s%s%s%s\n", esc(r.Title.In(l)), label, space, esc(other.Title.In(l)), count))
	}
	if len(lines) == 0 {
		return
	}
	fmt.Fprintf(b, "## %s\n\n%s\n", w.handOffs, strings.Join(lines, ""))
}

// homeLabel says that unit holds a role because the duty is written in it:
// "where it is written"; in Chinese by the unit's kind, 所在部门, 所在岗位 or
// 所在单位 (所在部门 under a position would say it is the department's).
func homeLabel(unit *model.Node, l model.Lang) string {
	switch {
	case l != model.Zh || unit.Kind == model.KindDepartment:
		return ownershipLabels[l].home
	case unit.Role == model.RolePosition:
		return "所在岗位"
	}
	return "所在单位"
}

// HolderLines are the Markdown lines of a duty's "Who holds it" section,
// one per role, as a page lists them: "R Responsible: **Sales
// department** (where it is written)", "A Accountable: **Marketing
// department**" (a role no line gives is the unit's the duty is written
// in: its position or sub-department, else its department;
// model.AssignmentOf); Consulted and Informed only when a line names them. nil
// when no RACI line applies to n and the unit it is written in holds it (the page
// then has no such section), or n is no duty or point. The Markdown export
// writes the same lines under each duty.
func HolderLines(n *model.Node, l model.Lang) []string {
	if !model.IsWork(n) {
		return nil
	}
	a := model.AssignmentOf(n)
	if !a.Explicit() && a.Home != nil {
		return nil
	}
	w := ownershipLabels[l]
	var out []string
	for _, role := range model.RACIRoles {
		units := a.Units[role]
		if len(units) == 0 && (role == model.Consulted || role == model.Informed) {
			continue
		}
		names := make([]string, len(units))
		for i, u := range units {
			names[i] = "**" + esc(unitName(u, l)) + "**"
		}
		line := strings.Join(names, l.ListSep())
		switch {
		case len(units) == 0:
			line = "*" + w.nobody + "*"
		case a.Implicit[role] && a.Home != nil:
			line += w.open + homeLabel(units[0], l) + w.close
		}
		out = append(out, fmt.Sprintf("%s %s%s%s", role.Letter(), role.Name(l), l.Colon(), line))
	}
	return out
}

// overlapping returns the duties a duty's Overlaps line names, and those
// whose Overlaps line names it.
func overlapping(org *model.Org, n *model.Node) []*model.Node {
	if n.Kind != model.KindDuty {
		return nil
	}
	var out []*model.Node
	if n.Overlap() != nil {
		for _, d := range n.Overlap().Duties {
			if d != nil {
				out = append(out, d)
			}
		}
	}
	for _, d := range org.WithOverlaps() {
		if d != n && model.Overlaps(d, n) && !slices.Contains(out, d) {
			out = append(out, d)
		}
	}
	return out
}

// answering returns the hand-offs whose Returns line names n.
func answering(org *model.Org, n *model.Node) []*model.Node {
	for _, h := range org.HandOffs() {
		if h.Node == n {
			return h.ReturnFor
		}
	}
	return nil
}

// unitName is a unit's name, with its department's for a position or
// sub-department: "Marketing department › Marketing manager".
func unitName(u *model.Node, l model.Lang) string {
	if u.Kind == model.KindDepartment {
		return u.Title.In(l)
	}
	return u.Root().Title.In(l) + " › " + u.Title.In(l)
}
