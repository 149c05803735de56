package model

import "strings"

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

// Node is one element of the organisation tree: a department, topic or
// relation at the top; sections below; duties and points as leaves.
type Node struct {
	ID   string // the node's own id segment
	Path string // ids from the root joined by "/"
	Kind Kind
	// Seq is the node's position in Org.Nodes() (document order), filled
	// by Org.Index: an index into arrays kept per node, where a map from
	// nodes would cost tens of bytes each.
	Seq  int32
	Role Role // sections only

	Title   Text // name, heading or the duty's sentence
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

	Layer string // the content layer this node came from
	Loc   [NumLangs]Loc

	Parent   *Node
	Children []*Node

	// Duties is the number of leaves beneath the node, filled by Org.Index.
	Duties int
}

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
