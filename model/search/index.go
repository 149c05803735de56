// Package search answers "who does X?" over an organisation: a query of
// keywords or a question, in English or Chinese, finds the duties (and
// sections and departments) that mention its words, ranked by BM25F over
// their text, aliases, descriptions and context, and groups them by owner.
// Letters typed in order (fzf's kind of matching) are the typo fallback,
// ranked below every word match.
//
// The text analysis (folding, stemming, Chinese segmentation, stop words,
// synonyms, pinyin) is model/analysis's. Index is safe for concurrent use:
// it never changes, except that each language's indexes are built once, on
// first use or by Prepare. Searcher adds what a search box needs: a search
// that a newer one superseded stops early, and typing ahead narrows the
// letters fallback to an earlier query's matches where that is sound.
package search

import (
	"context"
	"slices"
	"sync"

	"github.com/dutymap/dutymap/model"
	"github.com/dutymap/dutymap/model/analysis"
)

// Index holds every node of an organisation, for searching by words and by
// letters in either language.
type Index struct {
	nodes []*model.Node // org.Nodes(): node i's Seq is i
	// kinds is each node's kind, side by side: a search asks it of tens of
	// thousands of hits a keystroke, and reading it through nodes is a
	// cache miss each (an index read without its organisation has its
	// table's).
	kinds      []model.Kind
	parent     []int32 // per node: its parent's index, or -1
	dept       []int32 // per node: index in depts, or -1 under a topic or relation
	depts      []*model.Node
	owner      []int32 // per node: its owner's index in owners, or -1 (not a duty of a department)
	owners     []ownerKey
	ownerNodes []int32   // the departments and positions, which a query can name (canOwn)
	closed     sync.Once // ownerNodes is set (closeSubtrees)
	// names are the words of the names of the nodes that own duties, per
	// language and node of ownerNodes, each worked out on the first query
	// whose words its node matches (ownerName).
	names [model.NumLangs]struct {
		mu    sync.Mutex
		words [][]nameWord
		done  []bool
		an    *analysis.Analyzer
	}
	// doerUnits are the English and Chinese names of the units that own
	// duties, for reading a duty that names another unit as a doer
	// (doersNamed).
	doerUnits unitNames
	// summaries are the analysed summaries of the units that own duties
	// (summary.go), made on first use.
	summaries summaries

	letters *letters
	words   [model.NumLangs]struct {
		once sync.Once
		w    *wordIndex
	}
	// restore returns the tables read from an encoding (Decode,
	// DecodeLazy), or nil to build them: the indexes of each language are
	// taken from it on first use.
	restore func() *tables
	// table, for an index read without its organisation (DecodeAlone),
	// holds what searches read of the nodes; nodes are made from it as
	// results need them.
	table *nodeTable
	// makeDepts makes the departments of an index read without its
	// organisation (DecodeAlone) on first use; nil for every other index.
	makeDepts func() []*model.Node
	// src checks an index read without its organisation as it is used,
	// and keeps the damage it finds (Err); nil for every other index.
	src *source
}

// ownerKey is a department and the position within it (-1 for none), as
// node indexes.
type ownerKey struct{ dept, pos int32 }

// New indexes org. It only walks the tree: the word and letter indexes of
// each language are built on the first search that needs them, or by
// Prepare (about 25 ms for the built-in content, 1 to 2 s for 100,000
// duties in two languages on a 2-core machine), so a TUI builds them in the
// background and its first frame never waits.
func New(org *model.Org) *Index {
	ix := &Index{nodes: org.Nodes(), depts: org.Departments}
	nn := len(ix.nodes)
	parent := make([]int32, nn)
	ix.kinds = make([]model.Kind, nn)
	for i, n := range ix.nodes {
		ix.kinds[i] = n.Kind
		parent[i] = -1
		if n.Parent != nil {
			if p := n.Parent.Seq; p >= 0 && int(p) < nn && ix.nodes[p] == n.Parent {
				parent[i] = p
			}
		}
	}
	ix.relate(parent)
	return ix
}

// relate sets the index's parents and, from them, every node's department
// and owner, and makes its letters index.
func (ix *Index) relate(parent []int32) {
	nn := len(ix.nodes)
	ix.parent = parent
	ix.dept = make([]int32, nn)
	ix.owner = make([]int32, nn)
	owners := map[ownerKey]int32{}
	// Nodes come in document order, each document followed by everything
	// beneath it, so one pass tells every node its department.
	cur, next := int32(-1), 0
	for i := range int32(nn) {
		ix.owner[i] = -1
		if parent[i] < 0 {
			cur = -1
			if next < len(ix.depts) && ix.nodes[i] == ix.depts[next] {
				cur = int32(next)
				next++
			}
		}
		ix.dept[i] = cur
		if cur >= 0 && ix.kindOf(i) == model.KindDuty {
			key := ownerKey{dept: ix.root(i), pos: ix.unitAbove(i)}
			o, ok := owners[key]
			if !ok {
				o = int32(len(ix.owners))
				owners[key] = o
				ix.owners = append(ix.owners, key)
			}
			ix.owner[i] = o
		}
	}
	ix.addNamedOwners(owners)
	ix.closeSubtrees()
	ix.makeLetters()
}

// addNamedOwners adds to ix.owners (keyed in owners) every department or
// position a Responsible line names that holds no duty of its own: a new
// team the work is given to does it, and "who does X?" names it, proved
// by the duty (responsibleElsewhere), as it names a unit with duties
// (tryout25 T4). Its owner has no duty of its own (ix.owner never points
// to it).
func (ix *Index) addNamedOwners(owners map[ownerKey]int32) {
	for i := range int32(len(ix.nodes)) {
		if !ix.nodes[i].Kind.IsLeaf() {
			continue
		}
		for _, u := range ix.responsibleUnits(i) {
			var key ownerKey
			switch {
			case ix.parent[u] < 0 && ix.dept[u] >= 0:
				key = ownerKey{dept: u, pos: -1}
			case ix.dept[u] >= 0 && ix.ownsAsUnit(u):
				key = ownerKey{dept: ix.root(u), pos: u}
			default:
				continue // a topic: no owner
			}
			if _, ok := owners[key]; !ok {
				owners[key] = int32(len(ix.owners))
				ix.owners = append(ix.owners, key)
			}
		}
	}
}

// closeSubtrees sets, from the parents and departments, which nodes can
// own duties (ownerNodes), once: what reads them calls it first. An index
// read without its organisation does so when a query could name an owner,
// which most queries in letters alone never do.
func (ix *Index) closeSubtrees() { ix.closed.Do(ix.close) }

// under reports whether node d, met walking forward from node n + 1 with
// every node before it beneath n, is beneath n too. Nodes are in document
// order, everything beneath a node right after it: the walk over n's
// subtree ends at the first node whose parent comes before n. (An array of
// every subtree's end, made for each search's process, cost a tenth of a
// warm search's instructions at 100,000 duties, and 4 bytes a node.)
func (ix *Index) under(d, n int32) bool { return int(d) < len(ix.parent) && ix.parent[d] >= n }

func (ix *Index) close() {
	nn := len(ix.parent)
	ix.ownerNodes = nil
	if t := ix.table; t != nil {
		// canOwn by the role's number, not its name: a string compared
		// per node was half of this pass.
		// The arrays resliced to one length: no bounds checks in the
		// loop, and the list grown in a local, not through ix.
		pos := slices.Index(t.roles, string(model.RolePosition))
		unit := slices.Index(t.roles, string(model.RoleUnit))
		parent := ix.parent[:nn]
		dept, role := ix.dept[:len(parent)], t.role[:len(parent)]
		var owners []int32
		for i, p := range parent {
			if dept[i] >= 0 && (p < 0 || int(role[i]) == pos || int(role[i]) == unit) {
				owners = append(owners, int32(i))
			}
		}
		ix.ownerNodes = owners
		return
	}
	for i := range int32(nn) {
		if ix.canOwn(i) {
			ix.ownerNodes = append(ix.ownerNodes, i)
		}
	}
}

// makeLetters makes the letters index, its lists restored from an
// encoding when there is one.
func (ix *Index) makeLetters() {
	ix.letters = newLetters(ix, ix.dept)
	ix.letters.restored = ix.restored
}

// departments are the departments the index holds, in order.
func (ix *Index) departments() []*model.Node {
	if ix.makeDepts != nil {
		return ix.makeDepts()
	}
	return ix.depts
}

// root is the node index of i's document.
func (ix *Index) root(i int32) int32 {
	for ix.parent[i] >= 0 {
		i = ix.parent[i]
	}
	return i
}

// canOwn reports whether node i is a department or a position or
// sub-department in one: a node that owns duties, which a query can name.
func (ix *Index) canOwn(i int32) bool {
	return ix.dept[i] >= 0 && (ix.parent[i] < 0 || ix.ownsAsUnit(i))
}

// ownsAsUnit reports whether section i is a unit that owns the duties
// written in it (model.IsUnit): a position or a sub-department.
func (ix *Index) ownsAsUnit(i int32) bool {
	r := ix.roleOf(i)
	return r == model.RolePosition || r == model.RoleUnit
}

// unitAbove is the node index of the nearest position or sub-department
// above i, which does i's work when no RACI line says otherwise
// (docs/content-format.md, model.UnitWrittenIn), or -1 when i is its
// department's own.
func (ix *Index) unitAbove(i int32) int32 {
	for p := ix.parent[i]; p >= 0; p = ix.parent[p] {
		if ix.ownsAsUnit(p) {
			return p
		}
	}
	return -1
}

// wordsOf returns lang's word index, building it on first use.
func (ix *Index) wordsOf(lang model.Lang) *wordIndex {
	w := &ix.words[lang]
	w.once.Do(func() {
		if w.w = ix.restoredWords(lang); w.w == nil {
			w.w = ix.buildWords(lang)
		}
	})
	return w.w
}

// wordsBoth builds the word indexes of both languages, at once when
// neither is built yet.
func (ix *Index) wordsBoth() {
	var wg sync.WaitGroup
	wg.Go(func() { ix.wordsOf(model.Zh) })
	ix.wordsOf(model.En)
	wg.Wait()
}

// Prepare builds every index of both languages now, in parallel, rather
// than on the first search: call it in the background after start-up.
func (ix *Index) Prepare() {
	var wg sync.WaitGroup
	for _, l := range model.Langs {
		wg.Go(func() { ix.ownerNamesAll(l) })
	}
	ix.PrepareTables()
	// What the first question asking who would otherwise work out on
	// its first key after the question word ("who s": a third of a second
	// at 100,000 duties): the terms that begin a duty, which duties may
	// name a unit as a doer, and which of those name none (readDoers).
	wg.Go(func() { ix.wordsOf(model.En).leadingTerms(ix) })
	wg.Go(func() { ix.readDoers() })
	wg.Wait()
}

// PrepareTables builds, in parallel, the indexes of both languages that
// Encode writes (the word and letters indexes), not the words of owners'
// names, which a search works out for the few owners its words match:
// what a one-off search whose cache missed needs (at 100,000 duties the
// names of every owner were about a twentieth of the build's CPU time).
func (ix *Index) PrepareTables() {
	var wg sync.WaitGroup
	for _, l := range model.Langs {
		wg.Go(func() { ix.wordsOf(l) })
		wg.Go(func() { ix.letters.list(l) })
	}
	wg.Wait()
}

// Search returns what q finds, best first, at most limit results (all when
// limit <= 0): word matches in lang, then nodes that match only in the
// other language; then, when they leave room under the limit, the closest
// matches (letters in order). Within a language, duties, sections and
// departments come before topics and relations and their points; then
// higher scores; then document order. It returns ctx's error if ctx ends
// first.
func (ix *Index) Search(ctx context.Context, q Query, lang model.Lang, limit int) (*Results, error) {
	return ix.search(ctx, q, lang, limit, nil)
}
