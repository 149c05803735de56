package model

import "slices"

// Link is one of the lines that tie a hand-off (an item of a relation) to
// the rest of the organisation.
type Link uint8

const (
	LinkFrom    Link = iota // the unit or duty that hands the item over
	LinkTo                  // the unit or duty that takes it up
	LinkReturns             // the hand-off that comes back in answer
	NumLinks
)

var linkNames = [NumLinks]Text{{"From", "提供方"}, {"To", "接收方"}, {"Returns", "回传"}}

// String is the link's key in English ("From"), as written in content.
func (k Link) String() string { return linkNames[k][En] }

// Name is the link's key in l.
func (k Link) Name(l Lang) string { return linkNames[k][l] }

// Links is what the From, To and Returns lines of a relation's section or
// point say. A section's lines apply to every point beneath it that does
// not give the line itself.
type Links struct {
	// Refs holds each line's references as written; nil for no line.
	Refs [NumLinks][]string
	// At is where each line was written (in the English file when both
	// languages' files write it).
	At [NumLinks]Loc
	// Twin is where the other language's file writes the line too, word
	// for word (a finding quotes the references as written); empty when
	// only one file writes it, or in other words. See RACI.Twin.
	Twin [NumLinks]Loc
	// Nodes holds, in the order of Refs, the node each reference names,
	// filled in when the whole organisation has been read; nil where a
	// reference names no node or several (dutymap check reports it as a
	// dangling hand-off: duties come and go with content layers, so a stale
	// link does not stop the content from loading).
	Nodes [NumLinks][]*Node
	// Named holds, in the order of Refs, how many nodes each reference
	// names exactly: 1 where Nodes holds it, 0 for none, more when it is
	// ambiguous.
	Named [NumLinks][]int
	// ZhKeys records which lines write their key in Chinese (提供方：):
	// bit k for the line At, bit NumLinks+k for its Twin, so that a
	// message names a line by the key it writes (see KeyLang), as
	// RACI.ZhKeys does for RACI lines. The cache keeps it too (format 44).
	ZhKeys uint8
}

// KeyLang is the language link k's line writes its key in (see ZhKeys);
// twin chooses the Twin line over At.
func (l *Links) KeyLang(k Link, twin bool) Lang {
	if l == nil {
		return En
	}
	return keyLang(l.ZhKeys, uint(k), uint(NumLinks), twin)
}

// Key is the link's line key as a file in language l writes it, with its
// colon and, in English, the space after it: "From: ", "提供方：".
func (k Link) Key(l Lang) string {
	if l == Zh {
		return k.Name(Zh) + "："
	}
	return k.Name(En) + ": "
}

// Has reports whether l gives link k (a nil Links gives none).
func (l *Links) Has(k Link) bool { return l != nil && l.Refs[k] != nil }

// HandOff is one item of a relation: something its from department hands
// to its to department, with the nodes at both ends and what comes back.
type HandOff struct {
	Node     *Node // the relation's point
	Relation *Node // the relation document
	// From and To are the nodes at the two ends: the units or duties the
	// item's (or its section's) From and To lines name, or else the
	// relation's departments. References that name nothing are left out.
	From, To []*Node
	// Returns are the hand-offs that come back in answer, from the Returns
	// line; ReturnFor are those this one answers (whose Returns name it).
	Returns, ReturnFor []*Node
	// Lines is the node whose line gave each link (the point or a section),
	// nil where the link falls back to the relation or is not given.
	Lines [NumLinks]*Node
}

// LinksOf returns what a hand-off's lines (its own, or else its
// section's, line by line) link it to: the nodes at its From and To ends
// and the hand-offs it Returns, leaving out references that name nothing;
// and the node whose line gave each. A link not given is nil.
func LinksOf(n *Node) (links [NumLinks][]*Node, lines [NumLinks]*Node) {
	for k := range NumLinks {
		for p := n; p != nil && !p.Kind.IsDocument(); p = p.Parent {
			if p.Links().Has(k) {
				lines[k] = p
				for _, t := range p.Links().Nodes[k] {
					if t != nil {
						links[k] = append(links[k], t)
					}
				}
				break
			}
		}
	}
	return links, lines
}

// HandOff returns the hand-off a relation's point stands for; ok is false
// for any other node. ReturnFor is filled by HandOffs only.
func (o *Org) HandOff(n *Node) (h HandOff, ok bool) {
	if n == nil || n.Kind != KindPoint || n.Root().Kind != KindRelation {
		return h, false
	}
	h.Node, h.Relation = n, n.Root()
	var links [NumLinks][]*Node
	links, h.Lines = LinksOf(n)
	h.From, h.To, h.Returns = links[LinkFrom], links[LinkTo], links[LinkReturns]
	if d := o.Department(h.Relation.From()); d != nil && h.Lines[LinkFrom] == nil {
		h.From = []*Node{d}
	}
	if d := o.Department(h.Relation.To()); d != nil && h.Lines[LinkTo] == nil {
		h.To = []*Node{d}
	}
	return h, true
}

// HandOffs returns every hand-off of the organisation in document order,
// each with the hand-offs it answers.
func (o *Org) HandOffs() []HandOff {
	var out []HandOff
	index := map[*Node]int{}
	for _, r := range o.Relations {
		r.Walk(func(n *Node) bool {
			if h, ok := o.HandOff(n); ok {
				index[n] = len(out)
				out = append(out, h)
			}
			return true
		})
	}
	for _, h := range out {
		for _, back := range h.Returns {
			if j, ok := index[back]; ok && !slices.Contains(out[j].ReturnFor, h.Node) {
				out[j].ReturnFor = append(out[j].ReturnFor, h.Node)
			}
		}
	}
	return out
}

// Within reports whether n is one of nodes or lies beneath one of them.
func Within(n *Node, nodes ...*Node) bool {
	for p := n; p != nil; p = p.Parent {
		if slices.Contains(nodes, p) {
			return true
		}
	}
	return false
}

// touches reports whether any end is n or lies beneath it (a department
// touches the hand-offs of its duties).
func touches(ends []*Node, n *Node) bool {
	return slices.ContainsFunc(ends, func(e *Node) bool { return Within(e, n) })
}

// HandOffsOf returns the hand-offs n sends and those it receives: for a
// department, position or duty, the hand-offs whose From (or To) end is n
// or lies beneath it.
func (o *Org) HandOffsOf(n *Node) (sends, receives []HandOff) {
	for _, h := range o.HandOffs() {
		if touches(h.From, n) {
			sends = append(sends, h)
		}
		if touches(h.To, n) {
			receives = append(receives, h)
		}
	}
	return sends, receives
}
