package model

import (
	"cmp"
	"slices"
	"strings"
	"sync"
)

// Org is a whole loaded organisation: its departments, topics, relations
// and sources, with an index by path.
type Org struct {
	Departments []*Node
	Topics      []*Node
	Relations   []*Node
	Sources     []*Source
	// Groups are the groups of departments the content declares, in the
	// order declared; see GroupOf and Grouped.
	Groups []*Group
	// Tags holds the language tag of each language's text ("de" when the En
	// slot holds German), or "" where the content does not say; see Tag.
	Tags [NumLangs]string

	langs    [NumLangs]bool
	sourceBy map[string]*Source
	all      []*Node
	// byPath lists the indexes of all in path order (segment by segment),
	// for finding a node by its path with a binary search: 4 bytes a node
	// where a map took about 40. Built on the first look-up.
	byPath     []int32
	byPathOnce *sync.Once
	names      *nameIndex // codes, titles and aliases, for Resolve; built on first use
	overlaps   *overlapIndex
}

// overlapIndex lists the nodes that carry an Overlaps line.
type overlapIndex struct {
	once  sync.Once
	nodes []*Node
}

// WithOverlaps returns the nodes that carry an Overlaps line, in document
// order. They are found on first use: a duty's page asks which duties name
// it, and should not look at every node of a large organisation (a
// million, every time a page is made) to learn that.
func (o *Org) WithOverlaps() []*Node {
	x := o.overlaps
	if x == nil { // an Org made without NewOrg or Index
		x = &overlapIndex{}
	}
	x.once.Do(func() {
		for _, n := range o.all {
			if n.Details != nil && n.Details.Overlap != nil {
				x.nodes = append(x.nodes, n)
			}
		}
	})
	return x.nodes
}

// NewOrg builds an organisation from its documents and sources and indexes
// it. Documents are sorted by Order, then id.
func NewOrg(docs []*Node, sources []*Source) *Org {
	o := &Org{Sources: sources}
	o.split(docs)
	o.Index()
	return o
}

// NewOrgIndexed is NewOrg for a tree its maker has already indexed as
// Index would (a tree read back from a cache on several cores, where a
// walk over a million nodes to index them again takes tens of
// milliseconds): all lists every node in document order, each with its
// Seq (its place in all), Parent, Path and Duties set, and langs says
// which languages the titles use. When docs are not in NewOrg's order,
// the tree is indexed anew as NewOrg does.
func NewOrgIndexed(docs []*Node, sources []*Source, all []*Node, langs [NumLangs]bool) *Org {
	o := &Org{Sources: sources}
	o.split(docs)
	if !slices.Equal(o.Documents(), docs) {
		o.Index()
		return o
	}
	o.byPath, o.byPathOnce = nil, &sync.Once{}
	o.names, o.overlaps = &nameIndex{}, &overlapIndex{}
	o.sourceBy = make(map[string]*Source, len(o.Sources))
	for _, s := range o.Sources {
		o.sourceBy[s.ID] = s
	}
	o.all, o.langs = all, langs
	return o
}

// split sorts documents into departments, topics and relations, each by
// Order, then id.
func (o *Org) split(docs []*Node) {
	for _, d := range docs {
		switch d.Kind {
		case KindTopic:
			o.Topics = append(o.Topics, d)
		case KindRelation:
			o.Relations = append(o.Relations, d)
		default:
			o.Departments = append(o.Departments, d)
		}
	}
	byOrder := func(a, b *Node) int {
		return cmp.Or(cmp.Compare(a.Order(), b.Order()), strings.Compare(a.ID, b.ID))
	}
	slices.SortStableFunc(o.Departments, byOrder)
	slices.SortStableFunc(o.Topics, byOrder)
	slices.SortStableFunc(o.Relations, byOrder)
}

// Index recomputes paths, parents, duty counts, the path index and the set
// of languages present. Call it after changing the tree. A path that is
// already right is kept, not made anew, so indexing a tree restored from a
// cache allocates nothing per node.
func (o *Org) Index() {
	o.byPath, o.byPathOnce = nil, &sync.Once{}
	o.names, o.overlaps = &nameIndex{}, &overlapIndex{}
	o.sourceBy = make(map[string]*Source, len(o.Sources))
	o.all = o.all[:0]
	o.langs = [NumLangs]bool{}
	for _, s := range o.Sources {
		o.sourceBy[s.ID] = s
	}
	for _, d := range o.Documents() {
		d.Parent = nil
		o.index(d, "")
	}
}

func (o *Org) index(n *Node, prefix string) int {
	if !isPath(n.Path, prefix, n.ID) {
		n.Path = n.ID
		if prefix != "" {
			n.Path = prefix + "/" + n.ID
		}
	}
	n.Seq = int32(len(o.all))
	o.all = append(o.all, n)
	for l := range NumLangs {
		if n.Title.Has(l) {
			o.langs[l] = true
		}
	}
	n.Duties = 0
	if n.Kind.IsLeaf() {
		n.Duties = 1
	}
	for _, c := range n.Children {
		c.Parent = n
		n.Duties += o.index(c, n.Path)
	}
	return n.Duties
}

// isPath reports whether path is prefix/id (id alone without a prefix).
func isPath(path, prefix, id string) bool {
	if prefix == "" {
		return path == id
	}
	return len(path) == len(prefix)+1+len(id) && path[len(prefix)] == '/' &&
		strings.HasPrefix(path, prefix) && strings.HasSuffix(path, id)
}

// Documents returns departments, then topics, then relations.
func (o *Org) Documents() []*Node {
	out := make([]*Node, 0, len(o.Departments)+len(o.Topics)+len(o.Relations))
	out = append(out, o.Departments...)
	out = append(out, o.Topics...)
	return append(out, o.Relations...)
}

// Node finds a node by its path, or nil.
func (o *Org) Node(path string) *Node {
	path = strings.Trim(path, "/")
	if o.byPathOnce == nil { // an Org made without NewOrg or Index
		return nil
	}
	o.byPathOnce.Do(o.sortPaths)
	i, ok := slices.BinarySearchFunc(o.byPath, path, func(k int32, p string) int { return comparePaths(o.all[k].Path, p) })
	if !ok {
		return nil
	}
	return o.all[o.byPath[i]]
}

// sortPaths fills byPath. Nodes come in document order, each followed by
// everything beneath it; sorting each node's children by id then walking
// the tree gives path order, segment by segment, without comparing whole
// paths.
func (o *Org) sortPaths() {
	out := make([]int32, 0, len(o.all))
	var walk func(ns []*Node)
	walk = func(ns []*Node) {
		sorted := slices.Clone(ns)
		slices.SortStableFunc(sorted, func(a, b *Node) int { return strings.Compare(a.ID, b.ID) })
		for _, n := range sorted {
			out = append(out, n.Seq)
			walk(n.Children)
		}
	}
	walk(o.Documents())
	o.byPath = out
}

// comparePaths orders paths segment by segment: "a/b" before "a-c", as
// sortPaths lists them.
func comparePaths(a, b string) int {
	for {
		sa, ra, moreA := strings.Cut(a, "/")
		sb, rb, moreB := strings.Cut(b, "/")
		if c := strings.Compare(sa, sb); c != 0 {
			return c
		}
		switch {
		case !moreA && !moreB:
			return 0
		case !moreA:
			return -1
		case !moreB:
			return 1
		}
		a, b = ra, rb
	}
}

// Nodes returns every node in document order (departments first).
func (o *Org) Nodes() []*Node { return o.all }

// Source finds a source by id, or nil.
func (o *Org) Source(id string) *Source { return o.sourceBy[id] }

// Tag is the BCP 47 tag of the organisation's text in l: the tag of the
// folder it was read from ("de", "zh-Hant"), or l's own code ("en", "zh").
func (o *Org) Tag(l Lang) string {
	if o.Tags[l] != "" {
		return o.Tags[l]
	}
	return l.Code()
}

// HasLang reports whether any content exists in l.
func (o *Org) HasLang(l Lang) bool { return o.langs[l] }

// Department finds a department by id, or nil.
func (o *Org) Department(id string) *Node {
	for _, d := range o.Departments {
		if d.ID == id {
			return d
		}
	}
	return nil
}

// SourcesOf returns the sources a node cites: its own, or else the nearest
// ancestor's. Unknown ids are skipped (the loader reports them).
func (o *Org) SourcesOf(n *Node) []*Source {
	for p := n; p != nil; p = p.Parent {
		if len(p.Sources()) == 0 {
			continue
		}
		out := make([]*Source, 0, len(p.Sources()))
		for _, id := range p.Sources() {
			if s := o.sourceBy[id]; s != nil {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}

// Leaves returns the duties (and points) beneath n in document order.
func Leaves(n *Node) []*Node {
	var out []*Node
	n.Walk(func(c *Node) bool {
		if c.Kind.IsLeaf() {
			out = append(out, c)
		}
		return true
	})
	return out
}

// RelationsBetween returns the relations from a to b and from b to a.
func (o *Org) RelationsBetween(a, b string) []*Node {
	var out []*Node
	for _, r := range o.Relations {
		if (r.From() == a && r.To() == b) || (r.From() == b && r.To() == a) {
			out = append(out, r)
		}
	}
	return out
}

// TopicsConcerning returns the topics whose concerns include every id given.
func (o *Org) TopicsConcerning(ids ...string) []*Node {
	var out []*Node
	for _, t := range o.Topics {
		if containsAll(t.Concerns(), ids) {
			out = append(out, t)
		}
	}
	return out
}

func containsAll(set, want []string) bool {
	for _, w := range want {
		if !slices.Contains(set, w) {
			return false
		}
	}
	return true
}
