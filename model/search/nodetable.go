package search

import (
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/dutymap/dutymap/internal/wire"
	"github.com/dutymap/dutymap/model"
)

// nodeTable is what a search reads of an organisation's nodes, as flat
// arrays that an encoding holds (Encode writes it before the tables):
// with it, an index read back by DecodeAlone answers a search without the
// organisation, making a model.Node only for a node a result names.
//
// Nodes made from the table are light: they carry the ID, Path, Kind,
// Role, Title and Parent (made too), and for a department its Code and
// Aliases (what a result line, an owner and the d: filter read), and
// nothing else: no children, no descriptions, no RACI. They are for
// printing results, never for a walk of the tree.
type nodeTable struct {
	kind   []byte  // per node: its model.Kind
	role   []byte  // per node: index into roles
	parent []int32 // per node: its parent's index, or -1
	roles  []string
	ids    string // every node's id, node i's ids[idAt[i]:idAt[i+1]]
	idAt   []uint32
	titles [model.NumLangs]string
	tAt    [model.NumLangs][]uint32
	// The departments, in order, with their ids and titles (a copy of
	// theirs in ids and titles, side by side: a query read as a
	// department's name makes them all, and reading them from the whole
	// tables checked and paged in a block of each for every department)
	// and what the d: filter matches beyond ids and titles.
	deptSeq     []int32
	deptID      []string
	deptTitle   [model.NumLangs][]string
	deptCode    []string
	deptAliases [model.NumLangs][][]string
	// The aliases of positions that have any: a query can name a
	// position by an alias as by its title.
	posAliases map[int32][model.NumLangs][]string
	// The summaries of the departments and positions that have one
	// (summary.go).
	summary map[int32]model.Text
	// The same analysed, per language (summary.go), or nil.
	analysed *[model.NumLangs][]unitSummary
	// The units each explicit Responsible and Accountable line names, by
	// the node it is written on (a duty or a section above duties):
	// responsibleUnits, accountableUnits.
	responsible, accountable map[int32][]int32
	// Index.dept, owner and owners, as New works them out.
	dept, owner []int32
	owners      []ownerKey

	mu sync.Mutex // guards made
	// made holds the nodes made so far, by index. A search makes a few
	// hundred of them (its results, the nodes above them, the
	// departments), so they are kept here rather than in Index.nodes: an
	// array as long as the organisation (0.9 MB at 100,000 duties), read
	// and written here and there, cost a fresh process two page faults a
	// node made, one to read the untouched page and one to write it.
	made map[int32]*model.Node

	// src checks the ids' and titles' bytes as nodes are made (DecodeAlone).
	src             *source
	idsSp, idAtSp   byteSpan
	titlesSp, tAtSp [model.NumLangs]byteSpan
}

// maxTableDepth bounds the nesting of a node table read back, as the
// cache bounds an organisation's (the loader's trees are six heading levels
// and a list item deep).
const maxTableDepth = 64

// id is node i's id, and whether it is sound (checked first when the
// table is checked as it is used).
func (t *nodeTable) id(i int32) (string, bool) { return t.str(t.ids, t.idsSp, t.idAt, t.idAtSp, i) }

// title is node i's title in l, and whether it is sound.
func (t *nodeTable) title(i int32, l model.Lang) (string, bool) {
	return t.str(t.titles[l], t.titlesSp[l], t.tAt[l], t.tAtSp[l], i)
}

// str is string i of a string table (data, its offsets at), its bytes and
// offsets checked first when the table is checked as it is used (src).
func (t *nodeTable) str(data string, dataSp byteSpan, at []uint32, atSp byteSpan, i int32) (string, bool) {
	if t.src == nil || t.src.check == nil {
		return data[at[i]:at[i+1]], true // checked on reading
	}
	if !t.src.ok(byteSpan{atSp.off + 4*int(i), 8}) {
		return "", false
	}
	a, b := at[i], at[i+1]
	if a > b || int64(b) > int64(len(data)) {
		t.src.fail(fmt.Errorf("%w: node %d: offsets %d, %d past %d", wire.ErrCorrupt, i, a, b, len(data)))
		return "", false
	}
	if !t.src.ok(byteSpan{dataSp.off + int(a), int(b - a)}) {
		return "", false
	}
	return data[a:b], true
}

// node returns node i of the index, made from its table (with the nodes
// above it) the first time it is asked for.
func (ix *Index) node(i int32) *model.Node {
	t := ix.table
	if t == nil {
		return ix.nodes[i]
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	return ix.make(i)
}

// make makes node i and those above it not made yet; t.mu is held.
func (ix *Index) make(i int32) *model.Node {
	t := ix.table
	if n := t.made[i]; n != nil {
		return n
	}
	// The nodes above first, from the highest not made down.
	var line []int32
	for p := i; p >= 0 && t.made[p] == nil; p = t.parent[p] {
		line = append(line, p)
	}
	for k := len(line) - 1; k >= 0; k-- {
		j := line[k]
		d := t.dept[j]
		isDept := t.parent[j] < 0 && d >= 0 && t.deptSeq[d] == j
		var id string
		if isDept {
			id = t.deptID[d]
		} else {
			id, _ = t.id(j)
		}
		if id == "" || strings.IndexByte(id, '/') >= 0 {
			// Damaged (Index.Err says so): the node is made all the same,
			// for the caller to drop.
			t.src.fail(fmt.Errorf("%w: node %d: id %q", wire.ErrCorrupt, j, id))
		}
		n := &model.Node{ID: id, Kind: model.Kind(t.kind[j]), Seq: j, Role: model.Role(t.roles[t.role[j]])}
		for l := range n.Title {
			if isDept {
				n.Title[l] = t.deptTitle[l][d]
			} else {
				n.Title[l], _ = t.title(j, model.Lang(l))
			}
		}
		if a, ok := t.posAliases[j]; ok {
			n.Edit().Aliases = a
		}
		if sum, ok := t.summary[j]; ok {
			n.Edit().Summary = sum
		}
		if isDept {
			n.Edit().Code = t.deptCode[d]
			for l := range model.NumLangs {
				n.Edit().Aliases[l] = t.deptAliases[l][d]
			}
		}
		n.Path = n.ID
		if p := t.parent[j]; p >= 0 {
			n.Parent = t.made[p]
			n.Path = n.Parent.Path + "/" + n.ID
		}
		t.made[j] = n
	}
	return t.made[i]
}

func (ix *Index) kindOf(i int32) model.Kind {
	if ix.table != nil {
		return model.Kind(ix.table.kind[i])
	}
	return ix.kinds[i]
}

func (ix *Index) roleOf(i int32) model.Role {
	if t := ix.table; t != nil {
		return model.Role(t.roles[t.role[i]])
	}
	return ix.nodes[i].Role
}

func (ix *Index) titleOf(i int32, l model.Lang) string {
	if t := ix.table; t != nil {
		title, _ := t.title(i, l)
		return title
	}
	return ix.nodes[i].Title[l]
}

// encodeNodes writes the node table of ix's organisation.
func (ix *Index) encodeNodes(w *wire.Writer) {
	nn := len(ix.nodes)
	kind, role := make([]byte, nn), make([]byte, nn)
	roles := []string{""}
	var ids strings.Builder
	idAt := make([]uint32, 1, nn+1)
	var titles [model.NumLangs]strings.Builder
	var tAt [model.NumLangs][]uint32
	for l := range tAt {
		tAt[l] = make([]uint32, 1, nn+1)
	}
	// The builders sized up front: grown by doubling, they were a tenth of
	// what writing a cache allocates.
	var idLen int
	var tLen [model.NumLangs]int
	for _, n := range ix.nodes {
		idLen += len(n.ID)
		for l := range tLen {
			tLen[l] += len(n.Title[l])
		}
	}
	ids.Grow(idLen)
	for l := range titles {
		titles[l].Grow(tLen[l])
	}
	for i, n := range ix.nodes {
		kind[i] = byte(n.Kind)
		r := slices.Index(roles, string(n.Role))
		if r < 0 {
			r = len(roles)
			roles = append(roles, string(n.Role))
		}
		role[i] = byte(r)
		ids.WriteString(n.ID)
		idAt = append(idAt, uint32(ids.Len()))
		for l := range titles {
			titles[l].WriteString(n.Title[l])
			tAt[l] = append(tAt[l], uint32(titles[l].Len()))
		}
	}
	w.Strings(roles)
	w.Bytes8(kind)
	w.Bytes8(role)
	w.Int32s(ix.parent)
	w.String(ids.String())
	w.Uint32s(idAt)
	for l := range titles {
		w.String(titles[l].String())
		w.Uint32s(tAt[l])
	}
	w.Int(len(ix.depts))
	for _, d := range ix.depts {
		w.Int(int(d.Seq))
		w.String(d.ID)
		for _, title := range d.Title {
			w.String(title)
		}
		w.String(d.Code())
		for _, a := range d.Aliases() {
			w.Strings(a)
		}
	}
	var named []int32
	ix.closeSubtrees()
	for _, i := range ix.ownerNodes {
		if aliases := ix.nodes[i].Aliases(); ix.parent[i] >= 0 && slices.ContainsFunc(aliases[:], func(a []string) bool { return len(a) > 0 }) {
			named = append(named, i)
		}
	}
	w.Int(len(named))
	for _, i := range named {
		w.Int(int(i))
		for _, a := range ix.nodes[i].Aliases() {
			w.Strings(a)
		}
	}
	w.Int32s(ix.dept)
	w.Int32s(ix.owner)
	owners := make([]int32, 0, 2*len(ix.owners))
	for _, o := range ix.owners {
		owners = append(owners, o.dept, o.pos)
	}
	w.Int32s(owners)
	// The summaries of the units that own duties: evidence of who does
	// what (summary.go), which a search without the organisation reads too.
	var summed []int32
	for _, i := range ix.ownerNodes {
		if sum := ix.nodes[i].Summary(); slices.ContainsFunc(sum[:], func(s string) bool { return s != "" }) {
			summed = append(summed, i)
		}
	}
	w.Int(len(summed))
	for _, i := range summed {
		w.Int(int(i))
		for _, s := range ix.nodes[i].Summary() {
			w.String(s)
		}
	}
	ix.encodeSummaryTerms(w)
	// The units the Responsible lines name, which say who does a duty,
	// then those the Accountable lines name, who answers for it.
	ix.encodeLines(w, model.Responsible)
	ix.encodeLines(w, model.Accountable)
}

// encodeLines writes the nodes a line of role is written on, each with
// the units it names.
func (ix *Index) encodeLines(w *wire.Writer, role model.RACIRole) {
	var lines []int32
	for i, n := range ix.nodes {
		if r := n.RACI(); r.Has(role) && len(r.Units[role]) > 0 {
			lines = append(lines, int32(i))
		}
	}
	w.Int(len(lines))
	for _, i := range lines {
		w.Int(int(i))
		var units []int32
		for _, u := range ix.nodes[i].RACI().Units[role] {
			if s := u.Seq; s >= 0 && int(s) < len(ix.nodes) && ix.nodes[s] == u {
				units = append(units, s)
			}
		}
		w.Int32s(units)
	}
}

// decodeNodes reads what encodeNodes wrote, checking that it is a tree in
// document order (every node after its parent, documents at the top and
// only there, nesting within maxTableDepth) whose ids, titles and kinds
// are well formed.
func decodeNodes(r *wire.Reader, src *source) *nodeTable {
	t := &nodeTable{src: src}
	t.roles = r.Strings()
	t.kind, t.role = r.Bytes8(), r.Bytes8()
	t.parent = r.Int32s()
	// The ids and titles, and where each begins, are checked as nodes
	// are made of them (with src).
	lazy := src != nil && src.check != nil
	r.Defer(lazy)
	t.ids = r.String()
	t.idsSp = spanOf(r)
	t.idAt = r.Uint32s()
	t.idAtSp = spanOf(r)
	for l := range t.titles {
		t.titles[l] = r.String()
		t.titlesSp[l] = spanOf(r)
		t.tAt[l] = r.Uint32s()
		t.tAtSp[l] = spanOf(r)
	}
	r.Defer(false)
	nd := r.Count(3 + 2*int(model.NumLangs)) // its node, id, code (a byte each at least), titles and aliases
	if r.Err() != nil {
		return nil
	}
	nn := len(t.kind)
	if len(t.role) != nn || len(t.parent) != nn || nd > nn {
		r.Fail("node tables of unequal length")
		return nil
	}
	if lazy {
		bad := len(t.idAt) != nn+1
		for l := range t.tAt {
			bad = bad || len(t.tAt[l]) != nn+1
		}
		if bad {
			r.Fail("node tables of unequal length")
			return nil
		}
	} else {
		wire.Offsets(r, t.idAt, nn, len(t.ids))
		for l := range t.titles {
			wire.Offsets(r, t.tAt[l], nn, len(t.titles[l]))
		}
		if r.Err() != nil {
			return nil
		}
	}
	for _, role := range t.roles {
		if role != "" && !model.IsRole(role) {
			r.Fail("unknown role %q", role)
			return nil
		}
	}
	if i, why := t.checkTree(nn, lazy); why != "" {
		r.Fail("node %d: %s", i, why)
		return nil
	}
	t.deptSeq = make([]int32, nd)
	t.deptID = make([]string, nd)
	for l := range t.deptTitle {
		t.deptTitle[l] = make([]string, nd)
	}
	t.deptCode = make([]string, nd)
	for l := range t.deptAliases {
		t.deptAliases[l] = make([][]string, nd)
	}
	for d := range nd {
		t.deptSeq[d] = int32(r.Index(nn))
		t.deptID[d] = r.String()
		for l := range t.deptTitle {
			t.deptTitle[l][d] = r.String()
		}
		t.deptCode[d] = r.String()
		for l := range t.deptAliases {
			t.deptAliases[l][d] = r.Strings()
		}
		if r.Err() != nil {
			return nil
		}
		if s := t.deptSeq[d]; t.parent[s] >= 0 || model.Kind(t.kind[s]) != model.KindDepartment || d > 0 && s <= t.deptSeq[d-1] {
			r.Fail("department %d is node %d", d, s)
			return nil
		}
	}
	np := r.Count(1 + int(model.NumLangs))
	t.posAliases = make(map[int32][model.NumLangs][]string, np)
	for range np {
		i := int32(r.Index(nn))
		var a [model.NumLangs][]string
		for l := range a {
			a[l] = r.Strings()
		}
		if r.Err() != nil {
			return nil
		}
		if role := model.Role(t.roles[t.role[i]]); t.parent[i] < 0 || role != model.RolePosition && role != model.RoleUnit {
			r.Fail("aliases for node %d, which is not a position or sub-department", i)
			return nil
		}
		t.posAliases[i] = a
	}
	t.dept, t.owner = r.Int32s(), r.Int32s()
	owners := r.Int32s()
	if r.Err() != nil {
		return nil
	}
	if len(t.dept) != nn || len(t.owner) != nn || len(owners)%2 != 0 {
		r.Fail("owner tables of unequal length")
		return nil
	}
	t.owners = make([]ownerKey, len(owners)/2)
	for i := range t.owners {
		t.owners[i] = ownerKey{dept: owners[2*i], pos: owners[2*i+1]}
		if o := t.owners[i]; o.dept < 0 || int(o.dept) >= nn || o.pos < -1 || int(o.pos) >= nn {
			r.Fail("owner %d is nodes %d, %d", i, o.dept, o.pos)
			return nil
		}
	}
	wire.Indexes(r, t.dept, -1, nd)
	wire.Indexes(r, t.owner, -1, len(t.owners))
	if r.Err() != nil {
		return nil
	}
	ns := r.Count(1 + int(model.NumLangs))
	t.summary = make(map[int32]model.Text, ns)
	for range ns {
		i := int32(r.Index(nn))
		var sum model.Text
		for l := range sum {
			sum[l] = r.String()
		}
		if r.Err() != nil {
			return nil
		}
		if role := model.Role(t.roles[t.role[i]]); t.dept[i] < 0 || t.parent[i] >= 0 && role != model.RolePosition && role != model.RoleUnit {
			r.Fail("summary for node %d, which is no department, position or sub-department", i)
			return nil
		}
		t.summary[i] = sum
	}
	if t.analysed = decodeSummaryTerms(r, t); t.analysed == nil {
		return nil
	}
	if t.responsible = decodeLines(r, t, nn, model.Responsible); t.responsible == nil {
		return nil
	}
	if t.accountable = decodeLines(r, t, nn, model.Accountable); t.accountable == nil {
		return nil
	}
	return t
}

// decodeLines reads what encodeLines wrote for role: the units each line
// names, by the node it is written on (of nn); nil when it is unsound.
func decodeLines(r *wire.Reader, t *nodeTable, nn int, role model.RACIRole) map[int32][]int32 {
	nr := r.Count(2)
	lines := make(map[int32][]int32, nr)
	for range nr {
		i := int32(r.Index(nn))
		units := r.Int32s()
		if r.Err() != nil {
			return nil
		}
		for _, u := range units {
			if u < 0 || int(u) >= nn || t.dept[u] < 0 {
				r.Fail("%s line of node %d names node %d, which is no unit", role.Name(model.En), i, u)
				return nil
			}
		}
		lines[i] = units
	}
	return lines
}

// The kinds that are documents and leaves (model.Kind's IsDocument and
// IsLeaf), as bit sets for decodeNodes' check.
const (
	documentKinds = 1<<model.KindDepartment | 1<<model.KindTopic | 1<<model.KindRelation
	leafKinds     = 1<<model.KindDuty | 1<<model.KindPoint
)

// checkTree checks the first nn nodes of a table being read (decodeNodes:
// its kind, role and parent arrays hold nn, its id offsets nn+1 unless
// lazy): known kinds and roles, every parent before its child, documents
// at the top and only there, nothing under a leaf, nesting at most
// maxTableDepth, ids not empty (unless lazy: checked as nodes are made).
// It returns the first node at fault and what is wrong, or "" when the
// table is sound: one tight pass (a warm search reads a table of 110,000
// nodes at 100,000 duties), the fault then named by nodeFault.
func (t *nodeTable) checkTree(nn int, lazy bool) (int32, string) {
	kind, role, parent := t.kind[:nn], t.role[:nn], t.parent[:nn]
	depth := make([]uint8, nn)[:len(kind)] // resliced: the compiler then checks no index below
	nr := uint(len(t.roles))
	for i, k := range kind {
		p := parent[i]
		ok := k <= byte(model.KindPoint) && uint(role[i]) < nr
		if p < 0 {
			ok = ok && p == -1 && documentKinds>>k&1 == 1
		} else if pi := int(p); pi < i {
			d := depth[pi]
			ok = ok && documentKinds>>k&1 == 0 && leafKinds>>kind[pi]&1 == 0 && d < maxTableDepth
			depth[i] = d + 1
		} else {
			ok = false
		}
		if !ok || !lazy && t.idAt[i] == t.idAt[i+1] {
			if why := t.nodeFault(int32(i), depth, lazy); why != "" {
				return int32(i), why
			}
			return int32(i), "malformed"
		}
	}
	return -1, ""
}

// nodeFault says what is wrong with node i of a table being read, the
// depths of the nodes before it known: "" for nothing.
func (t *nodeTable) nodeFault(i int32, depth []uint8, lazy bool) string {
	k, p := model.Kind(t.kind[i]), t.parent[i]
	switch {
	case k > model.KindPoint:
		return fmt.Sprintf("unknown kind %d", k)
	case int(t.role[i]) >= len(t.roles):
		return fmt.Sprintf("role %d of %d", t.role[i], len(t.roles))
	case p >= i || p < -1:
		return fmt.Sprintf("parent %d is not before it", p)
	case (p < 0) != k.IsDocument():
		return fmt.Sprintf("a %v with parent %d", k, p)
	case p >= 0 && model.Kind(t.kind[p]).IsLeaf():
		return fmt.Sprintf("under a %v", model.Kind(t.kind[p]))
	case p >= 0 && depth[p] >= maxTableDepth:
		return fmt.Sprintf("nested more than %d deep", maxTableDepth)
	case !lazy && t.idAt[i] == t.idAt[i+1]:
		return "an empty id"
	}
	return ""
}

// DecodeAlone reads an index that Encode wrote, without its organisation:
// it searches as Decode's does, and the nodes of its results are light
// (see nodeTable): ID, Path, Kind, Role, Title and Parent, and a
// department's Code and Aliases. It is for a program that prints results
// and exits, which then never makes the organisation's other nodes. The
// data must not change while the index is in use. A corrupt or hostile
// encoding gives an error wrapping wire.ErrCorrupt, never a panic.
func DecodeAlone(r *wire.Reader) (*Index, error) {
	src := &source{check: r.CheckFunc()}
	t := decodeNodes(r, src)
	if err := r.Check(); err != nil {
		return nil, err
	}
	nn := len(t.kind)
	// ix.nodes gives the node count; the nodes made are in t.made, so
	// the array is never written (nor its memory touched).
	ix := &Index{nodes: make([]*model.Node, nn), table: t, src: src}
	t.made = make(map[int32]*model.Node, len(t.deptSeq)+64)
	// The departments are made when first asked for (a d: filter, an
	// unknown department): most searches name none.
	ix.makeDepts = sync.OnceValue(func() []*model.Node {
		t.mu.Lock()
		defer t.mu.Unlock()
		depts := make([]*model.Node, len(t.deptSeq))
		for d, s := range t.deptSeq {
			depts[d] = ix.make(s)
		}
		return depts
	})
	ix.parent, ix.dept, ix.owner, ix.owners = t.parent, t.dept, t.owner, t.owners
	ix.makeLetters()
	tabs, err := parseTables(r, nn, src)
	if err != nil {
		return nil, err
	}
	if src.check == nil {
		// A reader that was checked whole: every table is checked now,
		// as Decode checks them.
		for _, l := range model.Langs {
			if _, err := tabs.lists[l](); err != nil {
				return nil, err
			}
			if _, err := tabs.words[l](); err != nil {
				return nil, err
			}
		}
	}
	ix.restore = func() *tables { return tabs }
	return ix, nil
}
