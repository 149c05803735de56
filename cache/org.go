package cache

import (
	"errors"
	"fmt"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"

	"github.com/dutymap/dutymap/content"
	"github.com/dutymap/dutymap/internal/wire"
	"github.com/dutymap/dutymap/model"
)

// Optional fields of a node, written only when set.
const (
	hasSummary = 1 << iota
	hasBody
	hasAliases
	hasCode
	hasRACI
	hasSources
	hasTraits
	hasConcerns
	hasEnds // From and To
	hasOrder
	hasRole
	hasLinks
	hasOverlap
	hasGroup
)

// detailFlags are the fields kept in model.Details.
const detailFlags = hasSummary | hasBody | hasAliases | hasCode | hasRACI | hasSources | hasTraits |
	hasConcerns | hasEnds | hasOrder | hasLinks | hasOverlap | hasGroup

// maxDepth bounds how deep a tree read back may nest: the loader's trees
// are six heading levels and a list item deep, and every walk over the
// tree recurses.
const maxDepth = 64

// minNodeBytes is the fewest bytes a node takes in the encoding: a count
// read from a file cannot ask for more nodes than the file could hold.
const minNodeBytes = 8

// table interns the strings many nodes repeat: layer names, file names,
// roles.
type table struct {
	ids  map[string]int
	list []string
}

func (t *table) id(s string) int {
	if i, ok := t.ids[s]; ok {
		return i
	}
	if t.ids == nil {
		t.ids = map[string]int{}
	}
	t.ids[s] = len(t.list)
	t.list = append(t.list, s)
	return len(t.list) - 1
}

func encodeOrg(w *wire.Writer, org *model.Org) {
	var t table
	for _, n := range org.Nodes() {
		t.id(n.Layer)
		t.id(string(n.Role))
		for _, l := range n.Loc {
			t.id(l.File)
		}
	}
	w.Strings(t.list)
	// (the files of RACI, Links and Overlaps lines are the nodes' own
	// files, already in the table)
	for _, tag := range org.Tags {
		w.String(tag)
	}
	w.Int(len(org.Sources))
	for _, s := range org.Sources {
		w.String(s.ID)
		text(w, s.Title)
		w.String(s.URL)
		w.String(s.Ref)
	}
	w.Int(len(org.Groups))
	for _, g := range org.Groups {
		w.String(g.ID)
		text(w, g.Name)
		w.Strings(g.Sources)
	}
	docs := org.Documents()
	w.Int(len(docs))
	w.Int(len(org.Nodes()))
	// Each document is framed by its node count and byte length, so that
	// a reader can find them all and decode them on several cores.
	var doc wire.Writer // one buffer for every document, reused
	for _, d := range docs {
		doc.Reset()
		nodes := 0
		d.Walk(func(n *model.Node) bool { encodeNode(&doc, &t, n); nodes++; return true })
		w.Int(nodes)
		w.Int(len(doc.Bytes()))
		w.Raw(doc.Bytes())
	}
}

// refs writes a line's references as written (nil and empty apart) and
// where it was written. What they name is resolved again on reading
// (content.ResolveRefs), as the loader resolves it.
func refs(w *wire.Writer, t *table, list []string, at model.Loc) {
	w.Bool(list != nil)
	w.Strings(list)
	loc(w, t, at)
}

func loc(w *wire.Writer, t *table, at model.Loc) {
	w.Int(t.id(at.File))
	w.Int(at.Line)
}

// keyedLines writes a node's RACI or hand-off lines, which the model
// keeps alike: each line's references and where it and its twin were
// written, then which of them write their key in Chinese (ZhKeys).
func keyedLines(w *wire.Writer, t *table, list [][]string, at, twin []model.Loc, zhKeys uint8) {
	for k := range list {
		refs(w, t, list[k], at[k])
		loc(w, t, twin[k])
	}
	w.Byte(zhKeys)
}

// readKeyedLines reads what keyedLines wrote into list, at and twin, and
// returns the ZhKeys.
func readKeyedLines(d *orgDecoder, list [][]string, at, twin []model.Loc) uint8 {
	for k := range list {
		list[k], at[k] = readRefs(d)
		twin[k] = readLoc(d)
	}
	return d.r.Byte()
}

func readRefs(d *orgDecoder) ([]string, model.Loc) {
	r := d.r
	isSet := r.Bool()
	list := r.Strings()
	if isSet && list == nil {
		list = []string{}
	}
	if !isSet {
		list = nil
	}
	return list, readLoc(d)
}

func readLoc(d *orgDecoder) model.Loc {
	return model.Loc{File: d.str(), Line: d.r.Int(1 << 30)}
}

func text(w *wire.Writer, t model.Text) {
	for _, s := range t {
		w.String(s)
	}
}

func encodeNode(w *wire.Writer, t *table, n *model.Node) {
	var flags uint64
	set := func(bit uint64, on bool) {
		if on {
			flags |= bit
		}
	}
	set(hasSummary, n.Summary() != model.Text{})
	set(hasBody, n.Body() != model.Text{})
	set(hasAliases, len(n.Aliases()[0])+len(n.Aliases()[1]) > 0)
	set(hasCode, n.Code() != "")
	set(hasRACI, n.RACI() != nil)
	set(hasSources, len(n.Sources()) > 0)
	set(hasTraits, len(n.Traits()) > 0)
	set(hasConcerns, len(n.Concerns()) > 0)
	set(hasEnds, n.From() != "" || n.To() != "")
	set(hasOrder, n.Order() != 0)
	set(hasRole, n.Role != "")
	set(hasLinks, n.Links() != nil)
	set(hasOverlap, n.Overlap() != nil)
	set(hasGroup, n.Group() != "")
	w.Uvarint(flags)
	w.Byte(byte(n.Kind))
	w.String(n.ID)
	w.String(n.Path)
	text(w, n.Title)
	w.Int(t.id(n.Layer))
	for _, l := range n.Loc {
		w.Int(t.id(l.File))
		w.Int(l.Line)
	}
	w.Int(len(n.Children))
	if flags&hasRole != 0 {
		w.Int(t.id(string(n.Role)))
	}
	if flags&hasSummary != 0 {
		text(w, n.Summary())
	}
	if flags&hasBody != 0 {
		text(w, n.Body())
	}
	if flags&hasAliases != 0 {
		for _, a := range n.Aliases() {
			w.Strings(a)
		}
	}
	if flags&hasCode != 0 {
		w.String(n.Code())
	}
	if flags&hasRACI != 0 {
		x := n.RACI()
		keyedLines(w, t, x.Refs[:], x.At[:], x.Twin[:], x.ZhKeys)
	}
	if flags&hasLinks != 0 {
		x := n.Links()
		keyedLines(w, t, x.Refs[:], x.At[:], x.Twin[:], x.ZhKeys)
	}
	if flags&hasOverlap != 0 {
		refs(w, t, n.Overlap().Refs, n.Overlap().At)
	}
	if flags&hasSources != 0 {
		w.Strings(n.Sources())
	}
	if flags&hasTraits != 0 {
		w.Int(len(n.Traits()))
		for _, d := range model.Dimensions {
			if tr, ok := n.Traits()[d]; ok {
				w.String(string(d))
				text(w, tr)
			}
		}
		var other []string // dimensions the model does not know, if any
		for d := range n.Traits() {
			if !model.IsDimension(string(d)) {
				other = append(other, string(d))
			}
		}
		slices.Sort(other)
		for _, d := range other {
			w.String(d)
			text(w, n.Traits()[model.Dimension(d)])
		}
	}
	if flags&hasConcerns != 0 {
		w.Strings(n.Concerns())
	}
	if flags&hasEnds != 0 {
		w.String(n.From())
		w.String(n.To())
	}
	if flags&hasOrder != 0 {
		w.Varint(int64(n.Order()))
	}
	if flags&hasGroup != 0 {
		w.String(n.Group())
	}
}

// decodeOrg reads what encodeOrg wrote. Nodes are made in blocks and
// their strings share the data's memory: restoring 100,000 duties is a
// few allocations, not hundreds of thousands. The documents are decoded
// on every core (parallelDecode nodes or more): at a million duties,
// making the nodes (and the kernel's page faults for their memory) is
// most of the explorer's wait for its first frame.
func decodeOrg(r *wire.Reader) *model.Org {
	h := readOrgHead(r)
	ndocs := r.Count(minNodeBytes + 2)
	total := r.Count(minNodeBytes)
	if r.Err() != nil {
		return nil
	}
	if ndocs > total {
		r.Fail("%d documents among %d nodes", ndocs, total)
		return nil
	}
	spans := make([]docSpan, ndocs)
	sum := 0
	for i := range spans {
		s := &spans[i]
		s.nodes = r.Int(total - sum)
		s.data = r.Raw(r.Count(1))
		if r.Err() != nil {
			return nil
		}
		if s.nodes == 0 || len(s.data) < s.nodes*minNodeBytes {
			r.Fail("document %d: %d nodes in %d bytes", i, s.nodes, len(s.data))
			return nil
		}
		s.first = sum
		sum += s.nodes
	}
	if sum != total {
		r.Fail("%d nodes in the documents, %d announced", sum, total)
		return nil
	}
	docs := make([]*model.Node, ndocs)
	all := make([]*model.Node, total) // total is bounded by the bytes (minNodeBytes each)
	langs, err := decodeDocs(spans, docs, all, h.strs, total)
	if err != nil {
		r.Fail("%v", err)
		return nil
	}
	// The decoders indexed the nodes as they made them (Seq, Duties, the
	// languages), on every core: a walk over all of them again would take
	// a tenth of the wait at a million duties.
	org := model.NewOrgIndexed(docs, h.sources, all, langs)
	org.Tags, org.Groups = h.tags, h.groups
	content.ResolveRefs(org)
	return org
}

// orgHead is what the organisation part holds before its documents.
type orgHead struct {
	strs    []string // the table of strings many nodes repeat
	tags    [model.NumLangs]string
	sources []*model.Source
	groups  []*model.Group
}

func readOrgHead(r *wire.Reader) orgHead {
	h := orgHead{strs: r.Strings()}
	for l := range h.tags {
		h.tags[l] = r.String()
	}
	h.sources = make([]*model.Source, r.Count(4))
	for i := range h.sources {
		s := &model.Source{ID: r.String()}
		s.Title = readText(r)
		s.URL, s.Ref = r.String(), r.String()
		h.sources[i] = s
	}
	h.groups = make([]*model.Group, r.Count(3))
	for i := range h.groups {
		h.groups[i] = &model.Group{ID: r.String(), Name: readText(r), Sources: r.Strings()}
	}
	return h
}

// docSpan is one document's bytes, the number of nodes they hold, and
// the place of the first in the organisation's nodes (document order).
type docSpan struct {
	data         []byte
	nodes, first int
}

// parallelDecode is the number of nodes from which documents are decoded
// on several goroutines (a variable for the tests, which try both ways).
var parallelDecode = 20_000

// decodeDocs decodes the documents of spans into docs: on one goroutine
// for a small organisation, else in runs of documents of about equal
// node counts taken in turn by one goroutine per core. Every node goes in
// all at its Seq. It returns the languages of the titles, or the first
// problem found.
func decodeDocs(spans []docSpan, docs, all []*model.Node, strs []string, total int) ([model.NumLangs]bool, error) {
	workers := min(runtime.GOMAXPROCS(0), len(spans))
	if total < parallelDecode || workers < 2 {
		return decodeRun(spans, docs, all, strs)
	}
	// Runs of about total/(4×workers) nodes: a worker slowed by other work
	// on the machine takes fewer of them.
	var runs [][2]int
	per, start, n := max(total/(4*workers), 1), 0, 0
	for i, s := range spans {
		n += s.nodes
		if n >= per || i == len(spans)-1 {
			runs = append(runs, [2]int{start, i + 1})
			start, n = i+1, 0
		}
	}
	errs := make([]error, len(runs))
	langs := make([][model.NumLangs]bool, len(runs))
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for {
				i := int(next.Add(1) - 1)
				if i >= len(runs) {
					return
				}
				lo, hi := runs[i][0], runs[i][1]
				if langs[i], errs[i] = decodeRun(spans[lo:hi], docs[lo:hi], all, strs); errs[i] != nil {
					next.Store(int64(len(runs))) // the result is thrown away: stop
					return
				}
			}
		})
	}
	wg.Wait()
	var used [model.NumLangs]bool
	for i, err := range errs {
		if err != nil {
			return used, err
		}
		for l := range used {
			used[l] = used[l] || langs[i][l]
		}
	}
	if slices.Contains(docs, nil) {
		return used, errors.New("documents left undecoded")
	}
	return used, nil
}

// decodeRun decodes consecutive documents with one decoder: each must
// hold exactly the nodes and bytes its frame announced. It returns the
// languages of their titles.
func decodeRun(spans []docSpan, docs, all []*model.Node, strs []string) ([model.NumLangs]bool, error) {
	d := &orgDecoder{strs: strs}
	for _, s := range spans {
		d.total += s.nodes
	}
	d.kidsLeft = d.total - len(spans)
	for i, s := range spans {
		d.r = wire.NewReader(s.data)
		before := d.used
		d.all, d.seq = all[s.first:s.first+s.nodes], s.first
		docs[i] = d.node(nil, "", 0)
		if err := d.r.Err(); err != nil {
			return d.langs, err
		}
		if d.used-before != s.nodes || d.r.Left() != 0 {
			return d.langs, fmt.Errorf("%w: a document of %d nodes in %d bytes holds %d nodes and %d bytes more",
				wire.ErrCorrupt, s.nodes, len(s.data), d.used-before, d.r.Left())
		}
	}
	if d.kidsLeft != 0 {
		return d.langs, fmt.Errorf("%w: %d child links announced and not read", wire.ErrCorrupt, d.kidsLeft)
	}
	return d.langs, nil
}

// orgDecoder makes nodes in blocks as it reads them: the counts a file
// announces are checked, but never decide how much is allocated, so a
// corrupt count cannot ask for more memory than the nodes actually there.
type orgDecoder struct {
	r           *wire.Reader
	strs        []string
	total, used int
	block       []model.Node  // nodes not yet used
	kids        []*model.Node // child pointers not yet used
	kidsLeft    int           // child pointers announced and not yet read
	// all is the rest of the document's place in the organisation's
	// nodes, seq the next node's Seq: each node made goes there, as
	// Org.Index would put it.
	all   []*model.Node
	seq   int
	langs [model.NumLangs]bool // the languages of the titles read
}

// nodeBlock is how many nodes are allocated at once.
const nodeBlock = 4096

func (d *orgDecoder) newNode() *model.Node {
	if len(d.block) == 0 {
		d.block = make([]model.Node, min(nodeBlock, d.total-d.used))
	}
	n := &d.block[0]
	d.block = d.block[1:]
	d.used++
	return n
}

func (d *orgDecoder) newKids(k int) []*model.Node {
	if len(d.kids) < k {
		d.kids = make([]*model.Node, max(k, min(nodeBlock, d.kidsLeft)))
	}
	out := d.kids[:k:k]
	d.kids = d.kids[k:]
	d.kidsLeft -= k
	return out
}

// details reads the fields of a node's Details that flags announce.
func (d *orgDecoder) details(flags uint64) *model.Details {
	r := d.r
	x := &model.Details{}
	if flags&hasSummary != 0 {
		x.Summary = readText(r)
	}
	if flags&hasBody != 0 {
		x.Body = readText(r)
	}
	if flags&hasAliases != 0 {
		for l := range x.Aliases {
			x.Aliases[l] = r.Strings()
		}
	}
	if flags&hasCode != 0 {
		x.Code = r.String()
	}
	if flags&hasRACI != 0 {
		x.RACI = &model.RACI{}
		x.RACI.ZhKeys = readKeyedLines(d, x.RACI.Refs[:], x.RACI.At[:], x.RACI.Twin[:])
	}
	if flags&hasLinks != 0 {
		x.Links = &model.Links{}
		x.Links.ZhKeys = readKeyedLines(d, x.Links.Refs[:], x.Links.At[:], x.Links.Twin[:])
	}
	if flags&hasOverlap != 0 {
		x.Overlap = &model.Overlap{}
		x.Overlap.Refs, x.Overlap.At = readRefs(d)
	}
	if flags&hasSources != 0 {
		x.Sources = r.Strings()
	}
	if flags&hasTraits != 0 {
		k := r.Count(3)
		x.Traits = make(map[model.Dimension]model.Text, k)
		for range k {
			dim := model.Dimension(r.String())
			x.Traits[dim] = readText(r)
		}
	}
	if flags&hasConcerns != 0 {
		x.Concerns = r.Strings()
	}
	if flags&hasEnds != 0 {
		x.From, x.To = r.String(), r.String()
	}
	if flags&hasOrder != 0 {
		x.Order = int(r.Varint())
	}
	if flags&hasGroup != 0 {
		x.Group = r.String()
	}
	return x
}

func readText(r *wire.Reader) model.Text {
	var t model.Text
	for l := range t {
		t[l] = r.String()
	}
	return t
}

func (d *orgDecoder) str() string {
	i := d.r.Index(len(d.strs))
	if d.r.Err() != nil {
		return ""
	}
	return d.strs[i]
}

// node reads a node and, depth first, everything beneath it. It checks
// what the rest of dutymap takes for granted of a loaded tree: kinds in
// their places, paths made of ids, leaves without children.
func (d *orgDecoder) node(parent *model.Node, prefix string, depth int) *model.Node {
	r := d.r
	if depth > maxDepth {
		r.Fail("nodes nest more than %d deep", maxDepth)
		return nil
	}
	if d.used >= d.total {
		r.Fail("more nodes than announced")
		return nil
	}
	if len(d.all) == 0 {
		r.Fail("more nodes than the document's frame announced")
		return nil
	}
	n := d.newNode()
	n.Seq, d.all[0], d.all = int32(d.seq), n, d.all[1:]
	d.seq++
	flags := r.Uvarint()
	n.Kind = model.Kind(r.Byte())
	n.ID, n.Path = r.String(), r.String()
	n.Title = readText(r)
	for l := range d.langs {
		d.langs[l] = d.langs[l] || n.Title.Has(model.Lang(l))
	}
	n.Layer = d.str()
	for l := range n.Loc {
		n.Loc[l] = model.Loc{File: d.str(), Line: r.Int(1 << 30)}
	}
	nkids := r.Int(d.kidsLeft)
	if flags&hasRole != 0 {
		n.Role = model.Role(d.str())
	}
	if flags&detailFlags != 0 {
		n.Details = d.details(flags)
	}
	if r.Err() != nil {
		return nil
	}
	root := parent == nil
	switch {
	case flags >= hasGroup<<1:
		r.Fail("unknown node fields %#x", flags)
	case n.Kind > model.KindPoint:
		r.Fail("unknown kind %d", n.Kind)
	case root != n.Kind.IsDocument():
		r.Fail("a %v at depth %d", n.Kind, depth)
	case n.Role != "" && !model.IsRole(string(n.Role)):
		r.Fail("unknown role %q", n.Role)
	case n.ID == "" || !pathOf(n.Path, prefix, n.ID):
		r.Fail("path %q is not %q/%q", n.Path, prefix, n.ID)
	case n.Kind.IsLeaf() && nkids > 0:
		r.Fail("a %v with children", n.Kind)
	}
	if r.Err() != nil {
		return nil
	}
	n.Parent = parent
	if n.Kind.IsLeaf() {
		n.Duties = 1
	}
	if nkids > 0 {
		n.Children = d.newKids(nkids)
		for i := range n.Children {
			c := d.node(n, n.Path, depth+1)
			if c == nil {
				return nil
			}
			if c.Kind.IsLeaf() && c.Kind != leafOf(n) {
				r.Fail("a %v under a %v", c.Kind, n.Root().Kind)
				return nil
			}
			n.Children[i] = c
			n.Duties += c.Duties
		}
	}
	return n
}

// leafOf is the kind of leaf n's document holds: duties in departments,
// points in topics and relations.
func leafOf(n *model.Node) model.Kind {
	if n.Root().Kind == model.KindDepartment {
		return model.KindDuty
	}
	return model.KindPoint
}

// pathOf reports whether path is prefix/id, or id alone at the top.
func pathOf(path, prefix, id string) bool {
	if prefix == "" {
		return path == id
	}
	return len(path) == len(prefix)+1+len(id) && path[:len(prefix)] == prefix && path[len(prefix)] == '/' && path[len(prefix)+1:] == id
}
