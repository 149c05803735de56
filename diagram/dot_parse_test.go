package diagram

import (
	"fmt"
	"strings"

	"gonum.org/v1/gonum/graph/formats/dot"
	"gonum.org/v1/gonum/graph/formats/dot/ast"
)

// parseDOT reads back the DOT graph the writer emits with gonum's parser of
// the DOT language, then strictly: only the statements and attributes the
// writer uses, ids and labels as double-quoted strings whose escapes are
// the ones Graphviz reads in a label (\" \\ and \n between lines; an \N or
// \l would be a substitution or a left-justified line) and whose & start
// only the entities the writer uses. Anything else fails.
func parseDOT(src string) (*Graph, error) {
	f, err := dot.ParseString(src)
	if err != nil {
		return nil, err
	}
	if len(f.Graphs) != 1 || !f.Graphs[0].Directed || f.Graphs[0].ID != "dutymap" {
		return nil, fmt.Errorf("want one digraph dutymap")
	}
	g := &Graph{}
	seen := map[string]bool{}
	var stmts func([]ast.Stmt, *[]Item, bool) error
	stmts = func(list []ast.Stmt, into *[]Item, top bool) error {
		for _, st := range list {
			switch st := st.(type) {
			case *ast.AttrStmt:
				if !top {
					return fmt.Errorf("defaults inside a cluster: %s", st)
				}
				if st.Kind == ast.GraphKind {
					for _, a := range st.Attrs {
						if a.Key == "rankdir" {
							g.Direction = a.Val
						}
					}
				}
			case *ast.NodeStmt:
				if len(g.Edges) > 0 {
					return fmt.Errorf("node after an edge: %s", st)
				}
				id, err := dotString(st.Node.ID)
				if err != nil || st.Node.Port != nil {
					return fmt.Errorf("node id %s: %v", st.Node.ID, err)
				}
				if seen[id] {
					return fmt.Errorf("node %s declared twice", id)
				}
				seen[id] = true
				it := Item{ID: id, Kind: KindDepartment}
				for _, a := range st.Attrs {
					switch a.Key {
					case "label":
						if it.Lines, err = dotLines(a.Val); err != nil {
							return err
						}
					case "fillcolor":
					default:
						return fmt.Errorf("node attribute %s", a)
					}
				}
				*into = append(*into, it)
			case *ast.Subgraph:
				if len(g.Edges) > 0 {
					return fmt.Errorf("cluster after an edge: %s", st.ID)
				}
				id, err := dotString(st.ID)
				if err != nil {
					return err
				}
				id, ok := strings.CutPrefix(id, "cluster_")
				if !ok || seen[id] {
					return fmt.Errorf("subgraph %s is not a new cluster", st.ID)
				}
				seen[id] = true
				*into = append(*into, Item{ID: id, Kind: KindGroup})
				it := &(*into)[len(*into)-1]
				var members []ast.Stmt
				for _, s := range st.Stmts {
					a, ok := s.(*ast.Attr)
					if !ok {
						members = append(members, s)
						continue
					}
					switch a.Key {
					case "label":
						if it.Lines, err = dotLines(a.Val); err != nil {
							return err
						}
					case "style", "color", "fontcolor", "fillcolor", "labeljust":
					default:
						return fmt.Errorf("cluster attribute %s", a)
					}
				}
				if err := stmts(members, &it.Items, false); err != nil {
					return err
				}
			case *ast.EdgeStmt:
				if !top {
					return fmt.Errorf("edge inside a cluster: %s", st)
				}
				from, ok1 := st.From.(*ast.Node)
				to, ok2 := st.To.Vertex.(*ast.Node)
				if !ok1 || !ok2 || st.To.To != nil || !st.To.Directed {
					return fmt.Errorf("edge %s is not one arrow between two nodes", st)
				}
				e := Edge{Kind: EdgeHandOff}
				back := false
				var err error
				if e.From, err = dotString(from.ID); err != nil {
					return err
				}
				if e.To, err = dotString(to.ID); err != nil {
					return err
				}
				for _, a := range st.Attrs {
					switch {
					case a.Key == "label":
						if e.Lines, err = dotLines(a.Val); err != nil {
							return err
						}
					case a.Key == "style" && a.Val == "invis":
						e.Kind = EdgeLayout
					case a.Key == "arrowhead" && a.Val == "none":
						e.Kind = EdgeMember
					case a.Key == "color":
					case a.Key == "dir" && a.Val == "back":
						back = true // the arrow points at its first node
					default:
						return fmt.Errorf("edge attribute %s", a)
					}
				}
				if back {
					e.From, e.To = e.To, e.From
				}
				if (e.Kind == EdgeHandOff) != (e.Lines != nil) {
					return fmt.Errorf("edge %s: a label on anything but a hand-off, or a hand-off without one", st)
				}
				for _, id := range []string{e.From, e.To} {
					if !seen[id] {
						return fmt.Errorf("edge to %s, which is no declared node (Graphviz would make a new one)", id)
					}
				}
				g.Edges = append(g.Edges, e)
			default:
				return fmt.Errorf("statement %s", st)
			}
		}
		return nil
	}
	if err := stmts(f.Graphs[0].Stmts, &g.Items, true); err != nil {
		return nil, err
	}
	return g, nil
}

// dotString unquotes a double-quoted DOT string: \" is ", and, as
// Graphviz reads a label, \\ is \. Any other backslash fails.
func dotString(s string) (string, error) {
	lines, err := dotLines(s)
	if err != nil {
		return "", err
	}
	if len(lines) != 1 {
		return "", fmt.Errorf("line break in id %s", s)
	}
	return lines[0], nil
}

// dotLines reads a label: a double-quoted string whose lines end with \n,
// with the entities &amp; and &#65533; decoded.
func dotLines(s string) ([]string, error) {
	if len(s) < 2 || s[0] != '"' || s[len(s)-1] != '"' {
		return nil, fmt.Errorf("not a quoted string: %s", s)
	}
	var lines []string
	var b strings.Builder
	body := s[1 : len(s)-1]
	for i := 0; i < len(body); i++ {
		switch c := body[i]; c {
		case '\\':
			if i+1 == len(body) {
				return nil, fmt.Errorf("backslash at the end of %s", s)
			}
			i++
			switch body[i] {
			case '"', '\\':
				b.WriteByte(body[i])
			case 'n':
				lines = append(lines, b.String())
				b.Reset()
			default:
				return nil, fmt.Errorf(`escape \%c in %s`, body[i], s)
			}
		case '"':
			return nil, fmt.Errorf("raw quote in %s", s)
		case '&':
			switch {
			case strings.HasPrefix(body[i:], "&amp;"):
				b.WriteByte('&')
				i += len("&amp;") - 1
			case strings.HasPrefix(body[i:], "&#65533;"):
				b.WriteString("\uFFFD")
				i += len("&#65533;") - 1
			default:
				return nil, fmt.Errorf("raw & in %s", s)
			}
		case '\n', '\r':
			return nil, fmt.Errorf("line break in %s", s)
		default:
			b.WriteByte(c)
		}
	}
	return append(lines, b.String()), nil
}
