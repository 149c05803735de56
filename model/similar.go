package model

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"sync"
)

// Match is a duty similar to another one, with how similar it is (0..1).
type Match struct {
	Node  *Node
	Score float64
}

// Pair is two similar duties, one from each of two lists.
type Pair struct {
	A, B  *Node
	Score float64
}

// Similarity scores how alike two duties are, so that the same work written
// in different words by different departments can be found. Build one per
// organisation with NewSimilarity (or in the background with
// BuildSimilarity) once the organisation is final; it is read-only
// afterwards and safe for concurrent use.
//
// Each duty's sentence becomes a set of tokens per language (analyse),
// with the lexicon search uses (model/analysis): stemmed English words and
// segmented Chinese ones, stop words dropped, synonyms one token. Two sets
// score their IDF-weighted Dice coefficient, so a rare shared word
// ("price") counts for more than a common one ("plan"). A duty that lists
// several things ("Collect, analyse and file sales data; ...") also gets
// one set per clause, scored against other whole duties at clauseFactor,
// so that one clause can match a short duty elsewhere. Two duties score
// the best of their sets' scores in any language both are written in.
// LikenessOf says what a score means.
//
// The index is compact: duties with the same text in every language form
// one class, and each language keeps its classes' token sets and postings
// in flat integer arrays. Queries find candidates through the postings of
// each set's rarest tokens only (prefixLen), so their cost follows the
// rare words a duty shares, not the size of the organisation.
type Similarity struct {
	leaves  []*Node // the indexed duties, in document order
	byPath  []int32 // leaf positions sorted by Path, to find a duty without a per-duty map
	class   []int32 // leaf -> its class of duties written alike
	memAt   []int32 // class c's leaves are members[memAt[c]:memAt[c+1]], ascending
	members []int32
	langs   [NumLangs]langIndex
	floor   float64       // the lowest score a query may ask for: postings hold the prefixes for it
	spare   chan *scratch // query state kept between queries (a sync.Pool drops it at every collection)

	// The work bounds, scanBudget and pairBudget unless a test lowers them.
	scanBudget, pairBudget, minShare int

	// pre holds, for the last thresholds Pair was asked for, every unit's
	// prefix length (prefixLen) per language: "dutymap check" pairs the
	// same duties at one threshold in some 200 pairings.
	preMu sync.Mutex
	pre   []*unitPrefixes
}

// unitPrefixes are the prefix lengths of every unit of the index, per
// language, at one threshold.
type unitPrefixes struct {
	least float64
	pre   [NumLangs][]int32
}

// maxPrefixSets bounds how many thresholds' prefix lengths are kept.
const maxPrefixSets = 2

// prefixesAt returns every unit's prefix length at least, per language,
// working them out on the first call for that threshold.
func (ix *Similarity) prefixesAt(least float64) *[NumLangs][]int32 {
	ix.preMu.Lock()
	defer ix.preMu.Unlock()
	for i := range ix.pre {
		if ix.pre[i].least == least {
			return &ix.pre[i].pre
		}
	}
	p := &unitPrefixes{least: least}
	var buf []int32
	for l := range NumLangs {
		li := &ix.langs[l]
		all := li.all()
		p.pre[l] = make([]int32, len(li.units))
		for i := range li.units {
			u := &li.units[i]
			p.pre[l][i] = int32(prefixLen(all.tokens(u, &buf), li.w, u.mass, least))
		}
	}
	if len(ix.pre) >= maxPrefixSets {
		ix.pre = ix.pre[1:]
	}
	ix.pre = append(ix.pre, p)
	return &p.pre
}

// langIndex is the part of the index for one language.
type langIndex struct {
	dict   map[string]int32 // token -> id; ids ascend with document frequency, so rarest first
	weight []float32        // id -> IDF weight
	unseen float32          // the weight of a token no indexed duty has
	units  []unit           // class c's units are units[first[c]:first[c+1]], the whole duty first
	first  []int32
	// The units' token ids: in toks16, two bytes each, when the
	// vocabulary has at most 65,536 tokens (most organisations'), else in
	// toks.
	toks    []int32
	toks16  []uint16
	postAt  []int32 // id t's postings are post[postAt[t]:postAt[t+1]]: units holding t in their prefix,
	post    []int32 // whole units ascending, then clause units ascending from postMid[t]
	postMid []int32
}

// w is the weight of token id t, -1 meaning a token the index never saw.
func (li *langIndex) w(t int32) float32 {
	if t < 0 {
		return li.unseen
	}
	return li.weight[t]
}

// postings returns the units posted under token id t: all of them, or
// the whole units only when the query asks for more than any clause can
// score.
func (li *langIndex) postings(t int32, least float64) []int32 {
	if least > clauseFactor {
		return li.post[li.postAt[t]:li.postMid[t]]
	}
	return li.post[li.postAt[t]:li.postAt[t+1]]
}

// unitSet is some units and the token array they index (toks, or toks16
// in an index that keeps its token ids in two bytes).
type unitSet struct {
	units  []unit
	toks   []int32
	toks16 []uint16
}

// tokens returns u's token ids: a part of s's array, or, when s keeps
// them in two bytes, a copy in *buf (grown as needed and overwritten by
// the next call with the same buf).
func (s *unitSet) tokens(u *unit, buf *[]int32) []int32 {
	if s.toks16 == nil {
		return s.toks[u.at:u.end()]
	}
	b := (*buf)[:0]
	for _, t := range s.toks16[u.at:u.end()] {
		b = append(b, int32(t))
	}
	*buf = b
	return b
}

// all is every unit of li.
func (li *langIndex) all() unitSet { return unitSet{li.units, li.toks, li.toks16} }

// classUnits returns class c's units in li.
func (li *langIndex) classUnits(c int32) unitSet {
	return unitSet{li.units[li.first[c]:li.first[c+1]], li.toks, li.toks16}
}

// narrow keeps li's token ids in two bytes each when its vocabulary
// allows.
func (li *langIndex) narrow() {
	if len(li.weight) > math.MaxUint16+1 {
		return
	}
	li.toks16 = make([]uint16, len(li.toks))
	for i, t := range li.toks {
		li.toks16[i] = uint16(t)
	}
	li.toks = nil
}

// leafOf returns n's position among the indexed duties.
func (ix *Similarity) leafOf(n *Node) (int32, bool) {
	// The duties were indexed in document order, which is the order of
	// their Seq (Org.Index): an integer search finds a duty of the
	// organisation indexed, the path search any other (or one whose
	// organisation was indexed again since).
	if i, ok := slices.BinarySearchFunc(ix.leaves, n.Seq, func(m *Node, seq int32) int { return cmp.Compare(m.Seq, seq) }); ok && ix.leaves[i] == n {
		return int32(i), true
	}
	i, _ := slices.BinarySearchFunc(ix.byPath, n.Path, func(leaf int32, path string) int {
		return strings.Compare(ix.leaves[leaf].Path, path)
	})
	for ; i < len(ix.byPath) && ix.leaves[ix.byPath[i]].Path == n.Path; i++ {
		if ix.leaves[ix.byPath[i]] == n {
			return ix.byPath[i], true
		}
	}
	return -1, false
}

// unitsOf returns n's units in l: the index's when n is an indexed duty,
// else freshly analysed, with tokens the index never saw as -1.
func (ix *Similarity) unitsOf(n *Node, l Lang) unitSet {
	li := &ix.langs[l]
	if i, ok := ix.leafOf(n); ok {
		return li.classUnits(ix.class[i])
	}
	var s unitSet
	for k, toks := range analyse(n.Title[l]) {
		ids := li.lookup(toks)
		ids = ids[:min(len(ids), maxUnitTokens)] // the rarest
		u := unit{at: int32(len(s.toks)), n: uint16(len(ids)), class: -1, whole: k == 0}
		for _, id := range ids {
			u.mass += li.w(id)
		}
		s.toks = append(s.toks, ids...)
		s.units = append(s.units, u)
	}
	return s
}

// lookup turns the tokens of a text outside the index into ascending
// ids, leaving the index as it is: each distinct unknown token becomes one
// -1 (first, as the rarest), since each still adds to the set's mass.
func (li *langIndex) lookup(toks []string) []int32 {
	ids := make([]int32, 0, len(toks))
	var unknown []string
	for _, t := range toks {
		if id, ok := li.dict[t]; ok {
			ids = append(ids, id)
		} else {
			unknown = append(unknown, t)
		}
	}
	slices.Sort(ids)
	ids = slices.Compact(ids)
	slices.Sort(unknown)
	for range slices.Compact(unknown) {
		ids = append(ids, -1)
	}
	slices.Sort(ids)
	return ids
}

// Score is how similar a and b are, from 0 (nothing in common) to 1 (the
// same words in some language). Either may be a leaf outside the index.
func (ix *Similarity) Score(a, b *Node) float64 {
	var best float32
	for l := range NumLangs {
		best = max(best, ix.scoreIn(a, b, l))
	}
	return float64(best)
}

// scoreIn is how similar a and b are in language l alone.
func (ix *Similarity) scoreIn(a, b *Node, l Lang) float32 {
	return ix.langs[l].score(ix.unitsOf(a, l), ix.unitsOf(b, l))
}

// score is the best score of any unit of ua against any of ub.
func (li *langIndex) score(ua, ub unitSet) float32 {
	var best float32
	var bufA, bufB []int32
	for i := range ua.units {
		x := &ua.units[i]
		tx := ua.tokens(x, &bufA)
		for j := range ub.units {
			y := &ub.units[j]
			best = max(best, dice(common(tx, ub.tokens(y, &bufB), li.weight), x, y))
		}
	}
	return best
}

// Len is the number of indexed duties.
func (ix *Similarity) Len() int { return len(ix.leaves) }
