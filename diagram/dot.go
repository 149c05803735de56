package diagram

import (
	"bufio"
	"io"
	"strings"
)

// DOT writes g as a Graphviz graph (https://graphviz.org/doc/info/lang.html)
// for dot: departments as rounded boxes, each group of departments a
// labelled cluster around its own, hand-offs as labelled arrows, positions
// in a cluster under their department.
//
// Every id and label is a double-quoted string (never an HTML-like <…>
// label), in which \ and " are escaped and & is written &amp;, so that
// Graphviz shows a name as written: no name can end the string, start an
// escape such as \N or \l, or be read as an entity.
func DOT(w io.Writer, g *Graph) error {
	bw := bufio.NewWriter(w)
	bw.WriteString("digraph dutymap {\n")
	bw.WriteString(`    graph [rankdir=` + g.Direction + `, fontname="Helvetica,Arial,sans-serif", fontsize=11, nodesep=0.3, ranksep=0.5];` + "\n")
	bw.WriteString(`    node [shape=box, style="rounded,filled", fillcolor="#F4F1FD", color="#5A3FC0", fontname="Helvetica,Arial,sans-serif", fontsize=11, margin="0.15,0.06"];` + "\n")
	bw.WriteString(`    edge [color="#5A3FC0", fontcolor="#3B3360", fontname="Helvetica,Arial,sans-serif", fontsize=10];` + "\n")
	var items func([]Item, string)
	items = func(list []Item, indent string) {
		for _, it := range list {
			switch it.Kind {
			case KindDepartmentGroup:
				bw.WriteString(indent + "subgraph " + dotID("cluster_"+it.ID) + " {\n")
				bw.WriteString(indent + "    label=" + dotLabel(it.Lines) + "; labeljust=\"l\"; style=\"rounded,filled\"; fillcolor=\"#FBFAFF\"; color=\"#5A3FC0\"; fontcolor=\"#3B3360\";\n")
				items(it.Items, indent+"    ")
				bw.WriteString(indent + "}\n")
			case KindGroup:
				bw.WriteString(indent + "subgraph " + dotID("cluster_"+it.ID) + " {\n")
				bw.WriteString(indent + "    label=" + dotLabel(it.Lines) + "; style=\"rounded\"; color=\"#C8C8D0\"; fontcolor=\"#6B6B76\";\n")
				items(it.Items, indent+"    ")
				bw.WriteString(indent + "}\n")
			case KindPosition:
				bw.WriteString(indent + dotID(it.ID) + " [label=" + dotLabel(it.Lines) + ", fillcolor=\"#FFFFFF\"];\n")
			default:
				bw.WriteString(indent + dotID(it.ID) + " [label=" + dotLabel(it.Lines) + "];\n")
			}
		}
	}
	items(g.Items, "    ")
	back := writtenBack(g.Edges)
	for i, e := range g.Edges {
		edge := "    " + dotID(e.From) + " -> " + dotID(e.To)
		switch {
		case e.Kind == EdgeMember:
			bw.WriteString(edge + " [arrowhead=none, color=\"#8D8D99\"];\n")
		case e.Kind == EdgeLayout:
			bw.WriteString(edge + " [style=invis];\n")
		case back[i]:
			bw.WriteString("    " + dotID(e.To) + " -> " + dotID(e.From) + " [dir=back, label=" + dotLabel(e.Lines) + "];\n")
		default:
			bw.WriteString(edge + " [label=" + dotLabel(e.Lines) + "];\n")
		}
	}
	bw.WriteString("}\n")
	return bw.Flush()
}

// writtenBack reports, per edge, whether DOT writes it from its head with
// dir=back: a hand-off between two departments that also hand each other
// work the other way, after the first hand-off between them. dot places
// the labels of two edges running opposite ways between the same two
// boxes on one spot, one over the other, and of two edges written the
// same way side by side.
func writtenBack(edges []Edge) []bool {
	forward := map[[2]string]bool{}
	back := make([]bool, len(edges))
	for i, e := range edges {
		switch {
		case e.Kind != EdgeHandOff:
		case forward[[2]string{e.To, e.From}]:
			back[i] = true
		default:
			forward[[2]string{e.From, e.To}] = true
		}
	}
	return back
}

// dotID is an id as a double-quoted DOT string.
func dotID(id string) string { return `"` + dotEscape.Replace(id) + `"` }

// dotLabel is label lines as one double-quoted DOT string, each line
// centred (\n ends a centred line).
func dotLabel(lines []string) string {
	esc := make([]string, len(lines))
	for i, l := range lines {
		esc[i] = dotEscape.Replace(Clean(l))
	}
	return `"` + strings.Join(esc, `\n`) + `"`
}

// dotEscape escapes what a quoted DOT string and Graphviz's label text
// read specially: \ starts an escape (\n, \l, \N, \G …), " ends the
// string, & starts an entity (&amp; &#60;). U+FFFD, which stands for bytes
// that were not UTF-8, is written as its entity: some DOT readers (gonum's)
// refuse it in a string.
var dotEscape = strings.NewReplacer(`\`, `\\`, `"`, `\"`, "&", "&amp;", "\uFFFD", "&#65533;")
