package model

import (
	"strconv"
	"strings"
)

// Kind says what a node is.
type Kind uint8

const (
	KindDepartment Kind = iota
	KindSection
	KindDuty  // a list item of a department: something it does
	KindTopic // knowledge about no single department
	KindRelation
	KindPoint // a list item of a topic or relation
)

func (k Kind) String() string {
	return [...]string{"department", "section", "duty", "topic", "relation", "point"}[k]
}

// IsLeaf reports whether nodes of this kind are list items.
func (k Kind) IsLeaf() bool { return k == KindDuty || k == KindPoint }

// IsDocument reports whether nodes of this kind are whole content files.
func (k Kind) IsDocument() bool {
	return k == KindDepartment || k == KindTopic || k == KindRelation
}

// Role says what kind of group a section is.
type Role string

const (
	RoleGroup    Role = "group"
	RolePosition Role = "position"
	RoleStage    Role = "stage" // a product life-cycle stage
	RoleUnit     Role = "unit"  // a sub-department
	RoleRole     Role = "role"
)

// IsRole reports whether s names a section role.
func IsRole(s string) bool {
	switch Role(s) {
	case RoleGroup, RolePosition, RoleStage, RoleUnit, RoleRole:
		return true
	}
	return false
}

// Loc is where a node was written.
type Loc struct {
	File string
	Line int
}

// String is the place as messages give it: "FILE:LINE", or FILE alone
// when the line is unknown (0).
func (l Loc) String() string {
	if l.Line > 0 {
		return l.File + ":" + strconv.Itoa(l.Line)
	}
	return l.File
}

// Node is one element of the organisation tree: a department, topic or
// relation at the top; sections below; duties and points as leaves.
//
// A node holds what every node has (its place, title and origin); what
// few nodes carry (a summary, a description, aliases, a code, sources,
// RACI lines, ...) is in Details, nil when the node has none, so that a
// duty of a large organisation costs about 200 bytes rather than 450.
// Read those through the methods of the same names (Summary, Body, ...),
// which answer the zero value when Details is nil; write them through
// Edit, which makes Details first.
type Node struct {
	ID   string // the node's own id segment
	Path string // ids from the root joined by "/"
	Kind Kind
	// Seq is the node's position in Org.Nodes() (document order), filled
	// by Org.Index: an index into arrays kept per node, where a map from
	// nodes would cost tens of bytes each.
	Seq  int32
	Role Role // sections only

	Title Text // name, heading or the duty's sentence

	Layer string // the content layer this node came from
	Loc   [NumLangs]Loc

	Parent   *Node
	Children []*Node

	// Duties is the number of leaves beneath the node, filled by Org.Index.
	Duties int

	// Details are the node's rarer fields; nil when it has none of them.
	Details *Details
}

// Details are the fields of a node that most nodes leave empty: a large
// organisation's duties are mostly a sentence and nothing else. The zero
// Details and a nil one mean the same.
type Details struct {
	Summary Text // one sentence (documents only)
	Body    Text // Markdown description (of a duty: the paragraphs indented under it)
	Aliases [NumLangs][]string
	Code    string // a code people look the node up by ("3.2.2", "T-104"); one for every language
	RACI    *RACI  // the RACI lines written on a section, duty or topic point; nil when there are none
	Links   *Links // a relation's section or point: the From, To and Returns lines of its hand-offs
	// Overlap is a duty's Overlaps line: near-same duties of other
	// departments it is knowingly held beside.
	Overlap *Overlap

	Sources  []string // source ids declared on this node; see Org.SourcesOf
	Traits   map[Dimension]Text
	Concerns []string // topics: department ids
	From, To string   // relations: department ids
	Group    string   // departments: the id of the group it belongs to (Org.Groups), or ""
	Order    int
}

// noDetails is what a node without Details reads as.
var noDetails Details

// details returns n's details for reading: never nil, never written.
func (n *Node) details() *Details {
	if n.Details == nil {
		return &noDetails
	}
	return n.Details
}

// Edit returns n's details for writing, making them when n has none.
func (n *Node) Edit() *Details {
	if n.Details == nil {
		n.Details = &Details{}
	}
	return n.Details
}

// Summary is the document's one-sentence summary.
func (n *Node) Summary() Text { return n.details().Summary }

// Body is the node's Markdown description (of a duty: the paragraphs
// indented under it).
func (n *Node) Body() Text { return n.details().Body }

// Aliases are the other names the node is looked up by, per language.
func (n *Node) Aliases() [NumLangs][]string { return n.details().Aliases }

// Code is the code people look the node up by ("3.2.2"), or "".
func (n *Node) Code() string { return n.details().Code }

// RACI is the RACI lines written on the node, or nil.
func (n *Node) RACI() *RACI { return n.details().RACI }

// Links are a relation section's or point's hand-off lines, or nil.
func (n *Node) Links() *Links { return n.details().Links }

// Overlap is a duty's Overlaps line, or nil.
func (n *Node) Overlap() *Overlap { return n.details().Overlap }

// Sources are the source ids declared on the node; see Org.SourcesOf.
func (n *Node) Sources() []string { return n.details().Sources }

// Traits are a department's written traits by dimension, or nil.
func (n *Node) Traits() map[Dimension]Text { return n.details().Traits }

// Concerns are a topic's department ids.
func (n *Node) Concerns() []string { return n.details().Concerns }

// From is a relation's first department id.
func (n *Node) From() string { return n.details().From }

// To is a relation's second department id.
func (n *Node) To() string { return n.details().To }

// Group is the id of a department's group (Org.Groups), or "".
func (n *Node) Group() string { return n.details().Group }

// Order is a document's place among its kind (front matter "order").
func (n *Node) Order() int { return n.details().Order }

// Root returns the document (department, topic, relation) the node belongs to.
func (n *Node) Root() *Node {
	for n.Parent != nil {
		n = n.Parent
	}
	return n
}

// Depth is 0 for documents, 1 for their top sections, and so on.
func (n *Node) Depth() int {
	d := 0
	for p := n.Parent; p != nil; p = p.Parent {
		d++
	}
	return d
}

// Lineage returns the nodes from the document down to n inclusive.
func (n *Node) Lineage() []*Node {
	var out []*Node
	for p := n; p != nil; p = p.Parent {
		out = append(out, p)
	}
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return out
}

// Breadcrumb joins the titles from the document down to n's parent (or n
// itself when self is true) with " › ".
func (n *Node) Breadcrumb(l Lang, self bool) string {
	line := n.Lineage()
	if !self {
		line = line[:len(line)-1]
	}
	parts := make([]string, len(line))
	for i, p := range line {
		parts[i] = p.Title.In(l)
	}
	return strings.Join(parts, " › ")
}

// Owner returns the text that says who owns a leaf: "Marketing department ›
// Positions › Marketing manager".
func (n *Node) Owner(l Lang) string { return n.Breadcrumb(l, false) }

// Walk visits n and its descendants in document order until fn returns false.
func (n *Node) Walk(fn func(*Node) bool) bool {
	if !fn(n) {
		return false
	}
	for _, c := range n.Children {
		if !c.Walk(fn) {
			return false
		}
	}
	return true
}
