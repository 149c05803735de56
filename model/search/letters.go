package search

import (
	"bytes"
	"context"
	"hash/maphash"
	"runtime"
	"sync"
	"unsafe"

	"github.com/dutymap/dutymap/model"
)

// letters is the letters-in-order index, fzf's kind of matching: every
// node's title, folded and grouped, in both languages. It is the typo
// fallback below the word index, and what an exact ('x) term searches.
type letters struct {
	at    *Index  // the index whose nodes these are
	dept  []int32 // per node: index in the departments, or -1 under a topic or relation
	lists [model.NumLangs]struct {
		once sync.Once
		list list
	}
	// restored gives a language's list read from an encoding, if there is
	// one (Index.restored).
	restored func(model.Lang) (list, bool)
}

// list returns the texts of lang, preparing them on first use: a search
// that fills its limit in one language never pays for the other.
func (ix *letters) list(lang model.Lang) *list {
	l := &ix.lists[lang]
	l.once.Do(func() {
		if ix.restored != nil {
			if r, ok := ix.restored(lang); ok {
				l.list = r
				return
			}
		}
		l.list = ix.build(lang)
	})
	return &l.list
}

// list is the searchable texts of one language. Entry e stands for the
// nodes places[first[e]:first[e+1]], which share one group key.
type list struct {
	lang model.Lang
	// The folded title of each entry's first node, all in one string in
	// entry order: searches visit entries in order, so memory is read in
	// order too, not from 100,000 places. Entry e's is buf[off[e]:off[e+1]].
	buf    string
	off    []uint32
	starts []uint16 // byte offsets of the words in each text; entry e's are starts[at[e]:at[e+1]]
	at     []int32
	mask   []mask
	pen    []uint8 // length penalty
	tier   []uint8 // Index.tierOf: 1 for a topic's or relation's knowledge, 0 for work
	first  []int32
	places []int32

	// lazy checks the texts and word starts as they are read, for a list
	// read without its organisation (DecodeAlone); nil otherwise.
	lazy *lazyList
}

func (l *list) len() int { return len(l.off) - 1 }

// text returns entry e's folded text ("" when found damaged).
func (l *list) text(e int32) string {
	if l.lazy != nil && !l.entryOK(e) {
		return ""
	}
	return l.buf[l.off[e]:l.off[e+1]]
}

// wordStarts returns where the words of entry e's text begin.
func (l *list) wordStarts(e int32) []uint16 {
	if l.lazy != nil && !l.entryOK(e) {
		return nil
	}
	return l.starts[l.at[e]:l.at[e+1]]
}

// newLetters indexes the titles of nodes (every node of an organisation,
// in document order): departments, sections, duties, topics, relations and
// their points. Nodes with the same kind and group key are one entry, so a
// duty written in ten places is matched once. The texts of each language
// are prepared on the first search that needs them (about 60 ms for
// 100,000 duties on a 2-core machine; under 1 ms for the built-in
// content). dept gives each node's department, an index into depts, or -1.
// Building needs at's nodes: an index read without them (DecodeAlone) has
// its lists restored.
func newLetters(at *Index, dept []int32) *letters {
	return &letters{at: at, dept: dept}
}

// chunk is the prepared titles of a run of nodes: their folded texts,
// group keys and word starts, each in one arena.
type chunk struct {
	folded, keys []byte
	starts       []uint16
}

// slot is where one node's prepared title lies in its chunk.
type slot struct {
	chunk            int32
	fold, key, start [2]uint32 // [from, to) in the chunk's arenas
	mask             mask
	hash             uint64 // of the group key
	pen              uint8
}

// build prepares the texts of one language in two steps: every title is
// folded and its group key hashed, on all CPUs; then, in document order,
// titles with equal keys become one entry.
func (ix *letters) build(lang model.Lang) list {
	nn := len(ix.at.nodes)
	workers := min(runtime.GOMAXPROCS(0), max(1, nn/4096))
	chunks := make([]chunk, workers)
	slots := make([]slot, nn)
	seed := maphash.MakeSeed()
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			ch := &chunks[w]
			lo, hi := nn*w/workers, nn*(w+1)/workers
			// The arenas sized up front from the titles' lengths (folding
			// seldom changes a length): grown by doubling, they were half of
			// what building the lists allocates.
			size := 0
			for i := lo; i < hi; i++ {
				size += len(ix.at.nodes[i].Title[lang])
			}
			ch.folded = make([]byte, 0, size)
			ch.keys = make([]byte, 0, size+2*(hi-lo))
			ch.starts = make([]uint16, 0, size/4)
			var p prepared
			for i := lo; i < hi; i++ {
				n := ix.at.nodes[i]
				title := n.Title[lang]
				if title == "" {
					continue
				}
				p.prepare(title)
				if len(p.key) == 0 {
					p.key = append(p.key, title...) // punctuation only: group only the same
				}
				p.key = append(p.key, byte(n.Kind), ix.tier(i)) // kinds and tiers never group together
				s := &slots[i]
				s.chunk = int32(w)
				s.fold = span(len(ch.folded), len(p.folded))
				s.key = span(len(ch.keys), len(p.key))
				s.start = span(len(ch.starts), len(p.starts))
				ch.folded = append(ch.folded, p.folded...)
				ch.keys = append(ch.keys, p.key...)
				ch.starts = append(ch.starts, p.starts...)
				s.mask, s.hash = p.mask, maphash.Bytes(seed, p.key)
				s.pen = uint8(lenPenalty(runeLen(title)))
			}
		})
	}
	wg.Wait()

	size, nstarts := 0, 0
	for _, ch := range chunks {
		size, nstarts = size+len(ch.folded), nstarts+len(ch.starts)
	}
	// Sized up front: growing these by doubling was a fifth of the time.
	l := list{lang: lang, off: make([]uint32, 1, nn+1), at: make([]int32, 1, nn+1),
		mask: make([]mask, 0, nn), pen: make([]uint8, 0, nn), tier: make([]uint8, 0, nn),
		starts: make([]uint16, 0, nstarts)}
	buf := make([]byte, 0, size)
	key := func(i int32) []byte {
		s := &slots[i]
		return chunks[s.chunk].keys[s.key[0]:s.key[1]]
	}
	entryOf := make([]int32, nn)
	var count, firstOf []int32
	byHash := make(map[uint64]int32, nn)
	for i := range slots {
		s := &slots[i]
		entryOf[i] = -1
		if s.fold[1] == 0 {
			continue // no title in this language
		}
		h, e := s.hash, int32(-1)
		for {
			got, ok := byHash[h]
			if !ok {
				break
			}
			if bytes.Equal(key(firstOf[got]), key(int32(i))) {
				e = got
				break
			}
			h++ // another key with the same hash: try the next
		}
		if e < 0 {
			e = int32(len(count))
			byHash[h] = e
			firstOf = append(firstOf, int32(i))
			ch := &chunks[s.chunk]
			buf = append(buf, ch.folded[s.fold[0]:s.fold[1]]...)
			l.off = append(l.off, uint32(len(buf)))
			l.starts = append(l.starts, ch.starts[s.start[0]:s.start[1]]...)
			l.at = append(l.at, int32(len(l.starts)))
			l.mask = append(l.mask, s.mask)
			l.pen = append(l.pen, s.pen)
			l.tier = append(l.tier, ix.tier(i))
			count = append(count, 0)
		}
		entryOf[i] = e
		count[e]++
	}
	l.buf = unsafe.String(unsafe.SliceData(buf), len(buf)) // buf is not written again
	l.first = make([]int32, len(count)+1)
	for e, c := range count {
		l.first[e+1] = l.first[e] + c
	}
	l.places = make([]int32, l.first[len(count)])
	next := append([]int32(nil), l.first[:len(count)]...)
	for i, e := range entryOf {
		if e >= 0 {
			l.places[next[e]] = int32(i)
			next[e]++
		}
	}
	return l
}

// span is the range [from, from+n).
func span(from, n int) [2]uint32 { return [2]uint32{uint32(from), uint32(from + n)} }

// tier is 0 for a node under a department or a point of a topic's shared
// work, 1 for the rest of a topic or relation (Index.tierOf).
func (ix *letters) tier(i int) uint8 {
	return ix.at.tierOf(int32(i))
}

// search returns up to limit results for q (all when limit <= 0), best
// first: matches in lang, then nodes that match only in the other language.
// Within a language, duties, sections and departments come before topics
// and relations and their points; then higher scores; then document order.
// It returns ctx's error if ctx ends first.
func (ix *letters) search(ctx context.Context, q Query, lang model.Lang, limit int) ([]Result, error) {
	res, _, err := ix.run(ctx, q, lang, limit, [model.NumLangs]*memo{}, nil, nil)
	return res, err
}
