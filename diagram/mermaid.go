package diagram

import (
	"bufio"
	"io"
	"strings"
)

// Mermaid writes g as a Mermaid flowchart
// (https://mermaid.js.org/syntax/flowchart.html).
//
// Nothing from content reaches the source outside a double-quoted label,
// and inside one every character Mermaid reads specially is written as an
// entity code (#quot;, #35;, #lt;, …; see mermaidEscape), so a name cannot
// end the label, start a comment or directive, or be read as markup. Ids
// are Build's (d1, d1p2, c1, g1), which are no keyword and never begin with the
// "o" or "x" that would turn an arrow into a circle or cross edge.
func Mermaid(w io.Writer, g *Graph) error {
	bw := bufio.NewWriter(w)
	bw.WriteString("flowchart " + g.Direction + "\n")
	var items func([]Item, string)
	items = func(list []Item, indent string) {
		for _, it := range list {
			if it.Kind == KindGroup || it.Kind == KindDepartmentGroup {
				bw.WriteString(indent + "subgraph " + it.ID + " [" + mermaidLabel(it.Lines) + "]\n")
				bw.WriteString(indent + "    direction " + g.Direction + "\n")
				items(it.Items, indent+"    ")
				bw.WriteString(indent + "end\n")
				continue
			}
			bw.WriteString(indent + it.ID + "[" + mermaidLabel(it.Lines) + "]\n")
		}
	}
	items(g.Items, "    ")
	for _, e := range g.Edges {
		switch e.Kind {
		case EdgeMember:
			bw.WriteString("    " + e.From + " --- " + e.To + "\n")
		case EdgeLayout:
			bw.WriteString("    " + e.From + " ~~~ " + e.To + "\n")
		default:
			bw.WriteString("    " + e.From + " -->|" + mermaidLabel(e.Lines) + "| " + e.To + "\n")
		}
	}
	return bw.Flush()
}

// mermaidLabel is label lines as one double-quoted Mermaid string, the
// lines joined by <br>.
func mermaidLabel(lines []string) string {
	esc := make([]string, len(lines))
	for i, l := range lines {
		esc[i] = mermaidEscape.Replace(Clean(l))
	}
	return `"` + strings.Join(esc, "<br>") + `"`
}

// mermaidEscape writes the characters Mermaid gives a meaning inside a
// label as its entity codes, which it shows as the characters themselves:
// " would end the string, # starts an entity code, < > & are markup,
// ` starts a Markdown string, | ends an edge label, % starts a comment or a
// %%{init}%% directive anywhere in the text, and : after "style" or
// "classDef" on a line makes Mermaid cut the line's last ; before it reads
// entity codes (encodeEntities in its diagram-api), which would spoil the
// label's last entity code.
var mermaidEscape = strings.NewReplacer(
	`"`, "#quot;", "#", "#35;", "<", "#lt;", ">", "#gt;", "&", "#amp;",
	"`", "#96;", "|", "#124;", "%", "#37;", ":", "#58;",
)
