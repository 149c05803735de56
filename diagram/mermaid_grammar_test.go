package diagram

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// parseMermaid reads back the Mermaid flowchart the writer emits: a strict
// parser of that subset of Mermaid's flowchart grammar
// (packages/mermaid/src/diagrams/flowchart/parser/flow.jison), which fails
// on anything else. It follows Mermaid's own reading where hostile text
// could differ: a string ends at the first ", %% anywhere starts a comment
// or a %%{init}%% directive, an id may not be a keyword nor start with the
// o or x that turn "--- oB" into a circle edge, a node is placed in the
// subgraph where it is first named (so every node must be declared before
// any edge), and an edge to an id never declared makes a new node. Inside a
// label, only the entity codes the writer uses and <br> are accepted; a raw
// < > & # ` | % would be markup, an entity, a Markdown string or a
// delimiter to Mermaid, and a raw : lets a "style …:…#…;" or "classDef
// …:…#…;" line lose its last ; before Mermaid reads entity codes (its
// encodeEntities: a cross-check with Mermaid 11's own parser found it).
func parseMermaid(src string) (*Graph, error) {
	if strings.Contains(src, "%%") {
		return nil, fmt.Errorf("%%%% (a comment or directive) in the source")
	}
	if !strings.HasSuffix(src, "\n") {
		return nil, fmt.Errorf("no final line break")
	}
	lines := strings.Split(strings.TrimSuffix(src, "\n"), "\n")
	header, ok := strings.CutPrefix(lines[0], "flowchart ")
	if !ok || !validDirection(header) {
		return nil, fmt.Errorf("line 1: want flowchart TB|LR|BT|RL, got %q", lines[0])
	}
	g := &Graph{Direction: header}
	p := mermaidParser{g: g, declared: map[string]bool{}}
	stack := []*[]Item{&g.Items}
	wantDirection := false
	for i, line := range lines[1:] {
		n := i + 2
		fail := func(format string, args ...any) error {
			return fmt.Errorf("line %d %q: %s", n, line, fmt.Sprintf(format, args...))
		}
		depth := len(stack)
		text := strings.TrimLeft(line, " ")
		if indent := len(line) - len(text); indent != 4*depth && !(text == "end" && indent == 4*(depth-1)) {
			return nil, fail("indented %d, want %d", indent, 4*depth)
		}
		if wantDirection {
			d, ok := strings.CutPrefix(text, "direction ")
			if !ok || !validDirection(d) {
				return nil, fail("want a direction after subgraph")
			}
			wantDirection = false
			continue
		}
		switch {
		case text == "end":
			if depth == 1 {
				return nil, fail("end outside a subgraph")
			}
			stack = stack[:depth-1]
		case strings.HasPrefix(text, "subgraph "):
			if len(g.Edges) > 0 {
				return nil, fail("subgraph after an edge")
			}
			id, rest, err := p.id(strings.TrimPrefix(text, "subgraph "))
			if err != nil {
				return nil, fail("%v", err)
			}
			rest, ok := strings.CutPrefix(rest, " [")
			if !ok {
				return nil, fail("want [\"title\"] after the subgraph id")
			}
			label, rest, err := mermaidString(rest)
			if err != nil {
				return nil, fail("%v", err)
			}
			if rest != "]" {
				return nil, fail("want ] after the title, got %q", rest)
			}
			cur := stack[depth-1]
			*cur = append(*cur, Item{ID: id, Kind: KindGroup, Lines: label})
			stack = append(stack, &(*cur)[len(*cur)-1].Items)
			wantDirection = true
		default:
			id, rest, err := p.id(text)
			if err != nil {
				return nil, fail("%v", err)
			}
			if node, ok := strings.CutPrefix(rest, "["); ok {
				if len(g.Edges) > 0 {
					return nil, fail("node after an edge")
				}
				label, rest, err := mermaidString(node)
				if err != nil {
					return nil, fail("%v", err)
				}
				if rest != "]" {
					return nil, fail("want ] after the label, got %q", rest)
				}
				cur := stack[depth-1]
				*cur = append(*cur, Item{ID: id, Kind: KindDepartment, Lines: label})
				continue
			}
			if depth != 1 {
				return nil, fail("edge inside a subgraph")
			}
			e, err := p.edge(id, rest)
			if err != nil {
				return nil, fail("%v", err)
			}
			g.Edges = append(g.Edges, e)
		}
	}
	if len(stack) != 1 || wantDirection {
		return nil, fmt.Errorf("a subgraph is not closed")
	}
	return g, p.index()
}

type mermaidParser struct {
	g        *Graph
	declared map[string]bool // node ids
	groups   map[string]bool
}

var (
	mermaidID       = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9]*`)
	mermaidKeywords = map[string]bool{
		"end": true, "subgraph": true, "graph": true, "flowchart": true, "flowchart-elk": true, "direction": true,
		"style": true, "classdef": true, "class": true, "click": true, "linkstyle": true, "call": true, "href": true,
		"callback": true, "default": true, "interpolate": true, "acctitle": true, "accdescr": true,
	}
)

// id reads an id at the start of s: a new one for a declaration, a known
// node for an edge (see edge).
func (p *mermaidParser) id(s string) (id, rest string, err error) {
	id = mermaidID.FindString(s)
	switch {
	case id == "":
		return "", "", fmt.Errorf("want an id at %q", s)
	case mermaidKeywords[strings.ToLower(id)]:
		return "", "", fmt.Errorf("id %q is a keyword", id)
	case id[0] == 'o' || id[0] == 'x':
		return "", "", fmt.Errorf("id %q starts with o or x (an edge end)", id)
	}
	return id, s[len(id):], nil
}

// edge reads the rest of an edge line after its first id and checks both
// ends are declared nodes. Declarations are counted here, at the first
// edge, since every node comes before every edge.
func (p *mermaidParser) edge(from, rest string) (Edge, error) {
	if err := p.index(); err != nil {
		return Edge{}, err
	}
	var e Edge
	switch {
	case strings.HasPrefix(rest, " --- "):
		e, rest = Edge{Kind: EdgeMember}, rest[5:]
	case strings.HasPrefix(rest, " ~~~ "):
		e, rest = Edge{Kind: EdgeLayout}, rest[5:]
	case strings.HasPrefix(rest, " -->|"):
		label, after, err := mermaidString(rest[5:])
		if err != nil {
			return e, err
		}
		after, ok := strings.CutPrefix(after, "| ")
		if !ok {
			return e, fmt.Errorf("want | after the edge label")
		}
		e, rest = Edge{Kind: EdgeHandOff, Lines: label}, after
	default:
		return e, fmt.Errorf("want an edge after %s, got %q", from, rest)
	}
	to, after, err := p.id(rest)
	if err != nil {
		return e, err
	}
	if after != "" {
		return e, fmt.Errorf("text after the edge: %q", after)
	}
	for _, id := range []string{from, to} {
		if !p.declared[id] {
			return e, fmt.Errorf("edge to %s, which is no declared node (Mermaid would make a new one)", id)
		}
	}
	e.From, e.To = from, to
	return e, nil
}

// index records the declared ids, once, and fails on one declared twice.
func (p *mermaidParser) index() error {
	if p.groups != nil {
		return nil
	}
	p.groups = map[string]bool{}
	var walk func([]Item) error
	walk = func(items []Item) error {
		for _, it := range items {
			if p.declared[it.ID] || p.groups[it.ID] {
				return fmt.Errorf("id %s declared twice", it.ID)
			}
			if it.Kind == KindGroup {
				p.groups[it.ID] = true
				if err := walk(it.Items); err != nil {
					return err
				}
				continue
			}
			p.declared[it.ID] = true
		}
		return nil
	}
	return walk(p.g.Items)
}

func validDirection(d string) bool { return d == "TB" || d == "LR" || d == "BT" || d == "RL" }

// mermaidEntities are the entity codes Mermaid decodes (#name; and #digits;)
// that the writer uses.
var mermaidEntities = map[string]string{
	"quot": `"`, "lt": "<", "gt": ">", "amp": "&", "35": "#", "96": "`", "124": "|", "37": "%", "58": ":",
}

// mermaidString reads a double-quoted label at the start of s, as Mermaid
// does (it ends at the first "), and decodes it into lines.
func mermaidString(s string) (lines []string, rest string, err error) {
	if !strings.HasPrefix(s, `"`) {
		return nil, "", fmt.Errorf("want a quoted string at %q", s)
	}
	end := strings.IndexByte(s[1:], '"')
	if end < 0 {
		return nil, "", fmt.Errorf("unterminated string")
	}
	body, rest := s[1:1+end], s[2+end:]
	for _, part := range strings.Split(body, "<br>") {
		var b strings.Builder
		for i := 0; i < len(part); i++ {
			switch c := part[i]; c {
			case '#':
				semi := strings.IndexByte(part[i:], ';')
				if semi < 0 {
					return nil, "", fmt.Errorf("# without an entity code in %q", body)
				}
				name := part[i+1 : i+semi]
				dec, ok := mermaidEntities[name]
				if !ok {
					if _, err := strconv.Atoi(name); err != nil {
						return nil, "", fmt.Errorf("unknown entity #%s; in %q", name, body)
					}
					return nil, "", fmt.Errorf("entity #%s; not one the writer uses, in %q", name, body)
				}
				b.WriteString(dec)
				i += semi
			case '<', '>', '&', '`', '|', '%', ':':
				return nil, "", fmt.Errorf("raw %q in a label: %q", c, body)
			case '\n', '\r':
				return nil, "", fmt.Errorf("line break in a label: %q", body)
			default:
				b.WriteByte(c)
			}
		}
		lines = append(lines, b.String())
	}
	return lines, rest, nil
}
