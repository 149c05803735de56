package search

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"unicode/utf8"
	"unsafe"

	"github.com/dutymap/dutymap/internal/wire"
	"github.com/dutymap/dutymap/model"
)

// Encode writes the index, its word and letter indexes of both languages
// built as it goes (in parallel, as PrepareTables builds them), for Decode
// to read back without analysing a word: what a cache stores. Each table
// is written as soon as it is built, while the others build: a cache
// written beside the first search is mostly written when the last table
// is done. What a search reads of the nodes comes first (a node table),
// so that DecodeAlone can search without the organisation. Every table is
// a flat array, so reading it back is mostly sharing the file's memory.
func (ix *Index) Encode(w *wire.Writer) {
	// Built on other goroutines (a table another is building already is
	// waited for, not built twice); each is waited for below in turn.
	go ix.PrepareTables()
	ix.encodeNodes(w)
	for _, l := range model.Langs {
		ix.letters.list(l).encode(w)
	}
	for _, l := range model.Langs {
		ix.wordsOf(l).encode(w, ix)
	}
}

// Decode reads an index of org that Encode wrote for the same org. The
// data must not change while the index is in use: its tables share its
// memory. A corrupt or hostile encoding gives an error wrapping
// wire.ErrCorrupt, never a panic: every offset and node index is checked
// against the tables it points into.
func Decode(org *model.Org, r *wire.Reader) (*Index, error) {
	ix := New(org)
	t, err := decodeWithNodes(r, len(ix.nodes))
	if err != nil {
		return nil, err
	}
	ix.restore = func() *tables { return t }
	return ix, nil
}

// DecodeLazy is Decode put off until the index is first used (a search,
// or Prepare in the background), so that a program shows its first frame
// without waiting for it: open then returns a reader of what Encode wrote,
// on whichever goroutine needs the index first. When open or decoding
// fails, the index is built from org instead, as New's is: a damaged
// encoding costs time, never a wrong or failed search.
//
// done, when not nil, is called once decoding is over, with its error (or
// open's): the caller may then give back the pages it read, or drop an
// encoding that failed.
func DecodeLazy(org *model.Org, open func() (*wire.Reader, error), done func(error)) *Index {
	ix := New(org)
	nn := len(ix.nodes)
	ix.restore = sync.OnceValue(func() *tables {
		r, err := open()
		var t *tables
		if err == nil {
			t, err = decodeWithNodes(r, nn)
		}
		if done != nil {
			done(err)
		}
		return t
	})
	return ix
}

// decodeWithNodes reads an encoding of an index of nn nodes whose
// organisation is at hand: its node table is skipped, once its size is
// checked. Every table is checked now.
func decodeWithNodes(r *wire.Reader, nn int) (*tables, error) {
	nt := decodeNodes(r, nil)
	if err := r.Err(); err != nil {
		return nil, err
	}
	if len(nt.kind) != nn {
		r.Fail("a node table of %d nodes for %d", len(nt.kind), nn)
		return nil, r.Err()
	}
	t, err := parseTables(r, nn, nil)
	if err != nil {
		return nil, err
	}
	for _, l := range model.Langs {
		if _, err := t.lists[l](); err != nil {
			return nil, err
		}
		if _, err := t.words[l](); err != nil {
			return nil, err
		}
	}
	return t, nil
}

// tables are the letter and word indexes of both languages, read from an
// encoding: each is decoded and checked when first asked for (at once by
// Decode and DecodeLazy; by DecodeAlone when a search first needs it).
type tables struct {
	lists [model.NumLangs]func() (list, error)
	words [model.NumLangs]func() (*wordIndex, error)
}

// source is what an index read without its organisation (DecodeAlone)
// checks its tables with as they are first used, and the first damage
// found: the encoding's bytes are checked block by block, and what a
// search never reads is never checked.
type source struct {
	check func(off, n int) error // nil: the reader checked every byte already
	mu    sync.Mutex
	err   error
}

// byteSpan is where a table lies in the encoding: data[off:off+n].
type byteSpan struct{ off, n int }

// spanOf is the byteSpan of the last table r read.
func spanOf(r *wire.Reader) byteSpan {
	off, n := r.LastSpan()
	return byteSpan{off, n}
}

// ok checks the bytes of sp, and reports whether they are sound; the
// first damage found is kept (Index.Err).
func (s *source) ok(sp byteSpan) bool {
	if s == nil || s.check == nil {
		return true
	}
	err := s.check(sp.off, sp.n)
	if err != nil {
		s.fail(err)
	}
	return err == nil
}

// fail keeps the first damage found.
// Err is the first damage found.
func (s *source) Err() error {
	if s == nil {
		return nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.err
}

func (s *source) fail(err error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.err == nil {
		s.err = err
	}
}

// Err reports damage found in the encoding of an index read without its
// organisation (DecodeAlone) since it was read: a table that failed its
// checksum or its consistency checks when a search first used it. What the
// index answered since cannot be trusted. Nil for every other index.
func (ix *Index) Err() error {
	return ix.src.Err()
}

// parseTables reads the tables after the node table, which Decode and
// DecodeLazy, having the organisation, only check for its size. It reads
// where each table lies; each language's tables are checked when first
// asked for. With src, the large tables' bytes are set aside, for src to
// check when first used (DecodeAlone); the rest of what r read is then
// checked before parseTables returns.
func parseTables(r *wire.Reader, nn int, src *source) (*tables, error) {
	t := &tables{}
	var lists [model.NumLangs]*rawList
	var words [model.NumLangs]*rawWords
	for _, l := range model.Langs {
		lists[l] = parseList(r, l, src)
	}
	for _, l := range model.Langs {
		words[l] = parseWords(r, l, nn, src)
		words[l].groups = lists[l]
	}
	if err := r.Check(); err != nil {
		return nil, err
	}
	if r.Left() != 0 {
		r.Fail("%d bytes after the index", r.Left())
		return nil, r.Err()
	}
	for _, l := range model.Langs {
		t.lists[l] = sync.OnceValues(func() (list, error) { return lists[l].decode(nn, src) })
		t.words[l] = sync.OnceValues(func() (*wordIndex, error) { return words[l].decode(nn, src) })
	}
	return t, nil
}

// restored returns lang's decoded letters list, if the index was decoded.
// An index read without its organisation whose list is damaged gets an
// empty one: it cannot build it, and Err says why.
func (ix *Index) restored(lang model.Lang) (list, bool) {
	if ix.restore == nil {
		return list{}, false
	}
	t := ix.restore()
	if t == nil {
		return list{}, false
	}
	l, err := t.lists[lang]()
	if err != nil {
		if ix.src == nil {
			return list{}, false
		}
		ix.src.fail(err)
		return list{lang: lang, off: []uint32{0}}, true
	}
	return l, true
}

// restoredWords returns lang's decoded word index, if the index was
// decoded, its groups being the letters list the index uses.
func (ix *Index) restoredWords(lang model.Lang) *wordIndex {
	if ix.restore == nil {
		return nil
	}
	t := ix.restore()
	if t == nil {
		return nil
	}
	w, err := t.words[lang]()
	if err != nil {
		if ix.src == nil {
			return nil
		}
		ix.src.fail(err)
		w = emptyWords(lang, len(ix.nodes))
	}
	return w
}

func (l *list) encode(w *wire.Writer) {
	w.String(l.buf)
	w.Uint32s(l.off)
	w.Uint16s(l.starts)
	w.Int32s(l.at)
	w.Uint64s(unsafe.Slice((*uint64)(unsafe.Pointer(unsafe.SliceData(l.mask))), 4*len(l.mask)))
	w.Bytes8(l.pen)
	w.Bytes8(l.tier)
	w.Int32s(l.first)
	w.Int32s(l.places)
}

// rawList is a letters list as read, not yet checked.
type rawList struct {
	l     list
	masks []uint64
	// Where its tables lie: the texts and their word starts are checked
	// entry by entry as a search reads them (with src); the rest, which a
	// letters search reads all of, when the list is first used.
	buf, starts byteSpan
	rest        []byteSpan
	groups      []byteSpan // first and places, which a word search reads too
}

func parseList(r *wire.Reader, lang model.Lang, src *source) *rawList {
	rl := &rawList{l: list{lang: lang}}
	l := &rl.l
	r.Defer(src != nil)
	l.buf = r.String()
	rl.buf = spanOf(r)
	l.off = r.Uint32s()
	rl.rest = append(rl.rest, spanOf(r))
	l.starts = r.Uint16s()
	rl.starts = spanOf(r)
	l.at = r.Int32s()
	rl.rest = append(rl.rest, spanOf(r))
	rl.masks = r.Uint64s()
	rl.rest = append(rl.rest, spanOf(r))
	l.pen = r.Bytes8()
	rl.rest = append(rl.rest, spanOf(r))
	l.tier = r.Bytes8()
	rl.rest = append(rl.rest, spanOf(r))
	l.first = r.Int32s()
	rl.rest = append(rl.rest, spanOf(r))
	l.places = r.Int32s()
	rl.rest = append(rl.rest, spanOf(r))
	rl.groups = rl.rest[len(rl.rest)-2:]
	r.Defer(false)
	return rl
}

// decode checks the list and returns it.
func (rl *rawList) decode(nn int, src *source) (list, error) {
	empty := list{lang: rl.l.lang, off: []uint32{0}}
	l := rl.l
	r := wire.NewReader(nil) // for its checks and error
	ne := len(l.off) - 1
	if ne < 0 || len(rl.masks) != 4*ne || len(l.pen) != ne || len(l.tier) != ne || len(l.at) != ne+1 || len(l.first) != ne+1 {
		r.Fail("letters tables of unequal length")
		return empty, r.Err()
	}
	if ne > 0 {
		l.mask = unsafe.Slice((*mask)(unsafe.Pointer(&rl.masks[0])), ne)
	}
	if src != nil && src.check != nil {
		// The masks now, which a letters search reads all of; the rest
		// of an entry when its letters pass its mask (entryOK).
		if !src.ok(rl.rest[2]) {
			return empty, src.Err()
		}
		l.lazy = &lazyList{src: src, nn: nn, buf: rl.buf, starts: rl.starts, off: rl.rest[0], at: rl.rest[1],
			pen: rl.rest[3], tier: rl.rest[4], first: rl.rest[5], places: rl.rest[6], ok: make([]atomic.Bool, ne)}
		return l, nil
	}
	wire.Offsets(r, l.off, ne, len(l.buf))
	wire.Offsets(r, l.at, ne, len(l.starts))
	wire.Offsets(r, l.first, ne, len(l.places))
	wire.Indexes(r, l.places, 0, nn)
	if r.Err() != nil {
		return empty, r.Err()
	}
	for e := range int32(ne) {
		// Every entry stands for a node, and its word starts lie in its
		// text: searches index both without checking.
		if l.first[e] == l.first[e+1] {
			r.Fail("letters entry %d has no place", e)
			return empty, r.Err()
		}
		if err := l.checkStarts(e); err != nil {
			return empty, err
		}
	}
	return l, nil
}

// checkStarts checks that entry e's word starts lie in its text (the
// matcher reads the byte at each).
func (l *list) checkStarts(e int32) error {
	text := len(l.buf[l.off[e]:l.off[e+1]])
	for _, s := range l.starts[l.at[e]:l.at[e+1]] {
		if int(s) >= text {
			return fmt.Errorf("%w: letters entry %d starts a word past its text", wire.ErrCorrupt, e)
		}
	}
	return nil
}

// lazyList checks a list read without its organisation as a search reads
// it, entry by entry: a letters search reads every entry's mask, then the
// text, places and ranks of the few whose letters pass it, not all
// 100,000.
type lazyList struct {
	src                      *source
	nn                       int
	buf, starts, off, at     byteSpan
	pen, tier, first, places byteSpan
	ok                       []atomic.Bool // per entry: checked and sound
}

// entryOK checks entry e (its text, word starts, places, penalty and
// tier), once, and reports whether it is sound (the damage is reported
// otherwise: Index.Err).
func (l *list) entryOK(e int32) bool {
	lz := l.lazy
	if lz.ok[e].Load() {
		return true
	}
	at4 := func(sp byteSpan) byteSpan { return byteSpan{sp.off + 4*int(e), 8} }
	if !lz.src.ok(at4(lz.off)) || !lz.src.ok(at4(lz.at)) || !lz.src.ok(at4(lz.first)) ||
		!lz.src.ok(byteSpan{lz.pen.off + int(e), 1}) || !lz.src.ok(byteSpan{lz.tier.off + int(e), 1}) {
		return false
	}
	fail := func(what string) bool {
		lz.src.fail(fmt.Errorf("%w: letters entry %d: %s", wire.ErrCorrupt, e, what))
		return false
	}
	switch {
	case l.off[e] > l.off[e+1] || int64(l.off[e+1]) > int64(len(l.buf)):
		return fail("its text lies outside the texts")
	case l.at[e] > l.at[e+1] || int64(l.at[e+1]) > int64(len(l.starts)):
		return fail("its words lie outside the word starts")
	case l.first[e] < 0 || l.first[e] >= l.first[e+1] || int64(l.first[e+1]) > int64(len(l.places)):
		return fail("its places lie outside the places")
	}
	a, b := int(l.off[e]), int(l.off[e+1])
	if !lz.src.ok(byteSpan{lz.buf.off + a, b - a}) {
		return false
	}
	a, b = int(l.at[e]), int(l.at[e+1])
	if !lz.src.ok(byteSpan{lz.starts.off + 2*a, 2 * (b - a)}) {
		return false
	}
	a, b = int(l.first[e]), int(l.first[e+1])
	if !lz.src.ok(byteSpan{lz.places.off + 4*a, 4 * (b - a)}) {
		return false
	}
	for _, p := range l.places[a:b] {
		if p < 0 || int(p) >= lz.nn {
			return fail("a place is not a node")
		}
	}
	if err := l.checkStarts(e); err != nil {
		lz.src.fail(err)
		return false
	}
	lz.ok[e].Store(true)
	return true
}

// seqTokenSize is seqToken's size in memory and in an encoding: a term,
// three uint16 and two bytes of padding, written as zeros. The encoding
// is its memory layout: the assertions below stop the build if that
// changes.
const seqTokenSize = 12

var (
	_ [unsafe.Sizeof(seqToken{}) - seqTokenSize]byte
	_ [seqTokenSize - unsafe.Sizeof(seqToken{})]byte
	_ [unsafe.Offsetof(seqToken{}.end) - 8]byte
	_ [8 - unsafe.Offsetof(seqToken{}.end)]byte
)

func (w *wordIndex) encode(out *wire.Writer, ix *Index) {
	out.Strings(w.vocab)
	// The terms in order, for looking one up without a map (term).
	order := make([]int32, len(w.vocab))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortFunc(order, func(a, b int32) int { return strings.Compare(w.vocab[a], w.vocab[b]) })
	out.Int32s(order)
	out.Int32s(w.df)
	out.Int32s(w.first)
	out.Int32s(w.post)
	out.Float32s(w.impact)
	out.Uint16s(unsafe.Slice((*uint16)(unsafe.Pointer(unsafe.SliceData(w.flen))), 3*len(w.flen)))
	for _, a := range w.avg {
		out.Float32(a)
	}
	out.Int(w.docs)
	words := make([]string, len(w.surface))
	terms := make([]int32, len(w.surface))
	for i, s := range w.surface {
		words[i], terms[i] = s.word, s.term
	}
	out.Strings(words)
	out.Int32s(terms)
	table := w.readingsTable()
	words, terms = words[:0], terms[:0]
	initials := make([]byte, len(table))
	for i, r := range table {
		words, terms = append(words, r.pinyin), append(terms, r.term)
		if r.initials {
			initials[i] = 1
		}
	}
	out.Strings(words)
	out.Int32s(terms)
	out.Bytes8(initials)
	// The terms that begin a duty (leadsDuty): a few kilobytes, where
	// working them out reads the first token of every duty, checking
	// every title's tokens (4 ms of a warm search at 100,000 duties
	// whose query words a section's title says).
	out.Uint64s(w.leadingTerms(ix))
	out.Int32s(w.seqAt)
	// The tokens as they lie in memory (term, pos, start, end, padding),
	// so that Decode can use them where they are; made a chunk at a time
	// (a copy of them all was 18 MB at 100,000 duties, made while the
	// other language's index may still be building).
	const per = seqTokenSize / 4
	out.Uint32sMade(len(w.seq)*per, func(dst []uint32, from int) {
		for i := range dst {
			t := w.seq[(from+i)/per]
			switch (from + i) % per {
			case 0:
				dst[i] = uint32(t.term)
			case 1:
				dst[i] = uint32(t.pos) | uint32(t.start)<<16
			default:
				dst[i] = uint32(t.end)
			}
		}
	})
	out.Int32s(w.entry)
}

// rawWords is a word index as read, not yet checked.
type rawWords struct {
	w                      *wordIndex
	flen                   []uint16
	surfWords, pinWords    []string
	surfTerms, pinTerms    []int32
	pinInitials            []byte
	leading                []uint64
	seq                    []uint32
	post, impact, seqAt    byteSpan
	seqSp, entrySp, flenSp byteSpan
	groups                 *rawList // the letters list whose entries group the nodes
}

func parseWords(r *wire.Reader, lang model.Lang, nn int, src *source) *rawWords {
	rw := &rawWords{w: &wordIndex{lang: lang}}
	w := rw.w
	w.vocab = r.Strings()
	w.order = r.Int32s()
	w.df = r.Int32s()
	w.first = r.Int32s()
	// The postings, and below the titles' tokens and the groups, are
	// read where a search needs them: they are most of the index.
	r.Defer(src != nil)
	w.post = r.Int32s()
	rw.post = spanOf(r)
	w.impact = r.Float32s()
	rw.impact = spanOf(r)
	rw.flen = r.Uint16s()
	rw.flenSp = spanOf(r)
	r.Defer(false)
	for f := range w.avg {
		w.avg[f] = r.Float32()
	}
	w.docs = r.Int(nn)
	rw.surfWords, rw.surfTerms = r.Strings(), r.Int32s()
	rw.pinWords, rw.pinTerms, rw.pinInitials = r.Strings(), r.Int32s(), r.Bytes8()
	rw.leading = r.Uint64s()
	r.Defer(src != nil)
	w.seqAt = r.Int32s()
	rw.seqAt = spanOf(r)
	rw.seq = r.Uint32s()
	rw.seqSp = spanOf(r)
	w.entry = r.Int32s()
	rw.entrySp = spanOf(r)
	r.Defer(false)
	return rw
}

// decode checks the word index's dictionary and returns the index; its
// postings, title tokens and groups are checked as they are used (with
// src) or now.
func (rw *rawWords) decode(nn int, src *source) (*wordIndex, error) {
	w := rw.w
	r := wire.NewReader(nil) // for its checks and error
	nt := len(w.vocab)
	seq := rw.seq
	switch {
	case len(w.df) != nt || len(w.impact) != len(w.post) || len(rw.flen) != 3*nn ||
		len(rw.surfWords) != len(rw.surfTerms) || len(rw.pinWords) != len(rw.pinTerms) || len(rw.pinInitials) != len(rw.pinTerms) ||
		len(seq)%(seqTokenSize/4) != 0 || len(w.entry) != nn || len(rw.leading) != (nt+63)/64:
		r.Fail("word index tables of unequal length")
		return nil, r.Err()
	}
	if nt%64 != 0 && rw.leading[len(rw.leading)-1]>>(nt%64) != 0 {
		r.Fail("a leading term past the %d terms", nt)
		return nil, r.Err()
	}
	wire.Offsets(r, w.first, nt, len(w.post))
	wire.Indexes(r, rw.surfTerms, 0, nt)
	wire.Indexes(r, rw.pinTerms, 0, nt)
	if r.Err() != nil {
		return nil, r.Err()
	}
	if nn > 0 {
		w.flen = unsafe.Slice((*[3]uint16)(unsafe.Pointer(&rw.flen[0])), nn)
	}
	if len(w.order) != nt {
		r.Fail("word index tables of unequal length")
		return nil, r.Err()
	}
	// The terms in order (w.order) must be each term once, in order: term
	// looks them up by binary search.
	for k, id := range w.order {
		if id < 0 || int(id) >= nt || k > 0 && w.vocab[w.order[k-1]] >= w.vocab[id] {
			r.Fail("the terms are not in order at %d", k)
			return nil, r.Err()
		}
	}
	w.surface = make([]surfaceWord, len(rw.surfWords))
	for i := range rw.surfWords {
		w.surface[i] = surfaceWord{rw.surfWords[i], rw.surfTerms[i]}
	}
	pinyin := make([]reading, len(rw.pinWords))
	for i := range rw.pinWords {
		pinyin[i] = reading{rw.pinWords[i], rw.pinTerms[i], rw.pinInitials[i] != 0}
	}
	w.pinyinOnce.Do(func() { w.pinyin = pinyin })
	w.leadingOnce.Do(func() { w.leading = rw.leading })
	nseq := len(seq) / (seqTokenSize / 4)
	switch {
	case nseq > 0 && wire.LittleEndian() && uintptr(unsafe.Pointer(&seq[0]))%unsafe.Alignof(seqToken{}) == 0:
		w.seq = unsafe.Slice((*seqToken)(unsafe.Pointer(&seq[0])), nseq)
	case nseq > 0:
		if !src.ok(rw.seqSp) {
			return nil, src.Err()
		}
		w.seq = make([]seqToken, nseq)
		for i := range w.seq {
			s := seq[3*i:]
			w.seq[i] = seqToken{term: int32(s[0]), pos: uint16(s[1]), start: uint16(s[1] >> 16), end: uint16(s[2])}
		}
	}
	w.gFirst, w.gPlaces = rw.groups.l.first, rw.groups.l.places
	if src != nil && src.check != nil {
		w.lazy = &lazyWords{src: src, raw: rw, nn: nn, termOK: make([]atomic.Bool, nt), entryOK: make([]atomic.Bool, max(len(w.gFirst)-1, 0))}
		return w, nil
	}
	// Everything now: the caller has the organisation to fall back on.
	if err := checkGroups(w, nn); err != nil {
		return nil, err
	}
	wire.Indexes(r, w.post, 0, nn)
	wire.Offsets(r, w.seqAt, nn, nseq)
	if r.Err() != nil {
		return nil, r.Err()
	}
	for i, t := range w.seq {
		if t.term < 0 || int(t.term) >= nt || t.start > t.end {
			r.Fail("title token %d is out of range", i)
			return nil, r.Err()
		}
	}
	return w, nil
}

// checkGroups checks a word index's groups (entry, gFirst, gPlaces).
func checkGroups(w *wordIndex, nn int) error {
	r := wire.NewReader(nil)
	ne := len(w.gFirst) - 1
	if ne < 0 {
		r.Fail("no groups")
		return r.Err()
	}
	wire.Offsets(r, w.gFirst, ne, len(w.gPlaces))
	wire.Indexes(r, w.gPlaces, 0, nn)
	wire.Indexes(r, w.entry, -1, ne)
	if r.Err() != nil {
		return r.Err()
	}
	for e := range ne {
		if w.gFirst[e] == w.gFirst[e+1] {
			r.Fail("letters entry %d has no place", e)
			return r.Err()
		}
	}
	return nil
}

// lazyWords checks the large tables of a word index read without its
// organisation as a search first uses them: a term's postings, a title's
// tokens, the groups. What fails is dropped (no postings, no tokens, no
// groups) and reported (Index.Err).
type lazyWords struct {
	src     *source
	raw     *rawWords
	nn      int
	termOK  []atomic.Bool // per term: its postings were checked
	seqAt   sync.Once
	seqBad  bool
	entryOK []atomic.Bool // per group: its places were checked
}

// checkPostings checks term id's postings, once.
func (lz *lazyWords) checkPostings(w *wordIndex, id int32) bool {
	if lz.termOK[id].Load() {
		return true
	}
	a, b := int(w.first[id]), int(w.first[id+1])
	if !lz.src.ok(byteSpan{lz.raw.post.off + 4*a, 4 * (b - a)}) || !lz.src.ok(byteSpan{lz.raw.impact.off + 4*a, 4 * (b - a)}) {
		return false
	}
	for _, n := range w.post[a:b] {
		if n < 0 || int(n) >= lz.nn {
			lz.src.fail(fmt.Errorf("%w: a posting of term %d is node %d of %d", wire.ErrCorrupt, id, n, lz.nn))
			return false
		}
	}
	lz.termOK[id].Store(true)
	return true
}

// checkTokens checks node n's title tokens.
func (lz *lazyWords) checkTokens(w *wordIndex, n int32) bool {
	lz.seqAt.Do(func() {
		r := wire.NewReader(nil)
		if lz.src.ok(lz.raw.seqAt) {
			wire.Offsets(r, w.seqAt, lz.nn, len(w.seq))
		}
		if r.Err() != nil {
			lz.src.fail(r.Err())
		}
		lz.seqBad = lz.src.Err() != nil
	})
	if lz.seqBad {
		return false
	}
	a, b := int(w.seqAt[n]), int(w.seqAt[n+1])
	if !lz.src.ok(byteSpan{lz.raw.seqSp.off + seqTokenSize*a, seqTokenSize * (b - a)}) {
		return false
	}
	for _, t := range w.seq[a:b] {
		if t.term < 0 || int(t.term) >= len(w.vocab) || t.start > t.end {
			lz.src.fail(fmt.Errorf("%w: a title token of node %d is out of range", wire.ErrCorrupt, n))
			return false
		}
	}
	return true
}

// entryOf checks node n's group (its entry, the entry's places) the
// first time a search asks for it, and returns the entry, or -1 (none, or
// found damaged): a search groups the nodes of its results, not all
// 100,000, and checking every group at once was a tenth of a warm search
// for a rare word.
func (lz *lazyWords) entryOf(w *wordIndex, n int32) int32 {
	if !lz.src.ok(byteSpan{lz.raw.entrySp.off + 4*int(n), 4}) {
		return -1
	}
	e := w.entry[n]
	if e < 0 {
		if e != -1 {
			lz.src.fail(fmt.Errorf("%w: node %d is in group %d", wire.ErrCorrupt, n, e))
		}
		return -1
	}
	if int(e) >= len(lz.entryOK) {
		lz.src.fail(fmt.Errorf("%w: node %d is in group %d of %d", wire.ErrCorrupt, n, e, len(lz.entryOK)))
		return -1
	}
	if lz.entryOK[e].Load() {
		return e
	}
	first, places := lz.raw.groups.groups[0], lz.raw.groups.groups[1]
	if !lz.src.ok(byteSpan{first.off + 4*int(e), 8}) {
		return -1
	}
	a, b := w.gFirst[e], w.gFirst[e+1]
	if a < 0 || a >= b || int64(b) > int64(len(w.gPlaces)) {
		lz.src.fail(fmt.Errorf("%w: group %d lies outside the places", wire.ErrCorrupt, e))
		return -1
	}
	if !lz.src.ok(byteSpan{places.off + 4*int(a), 4 * int(b-a)}) {
		return -1
	}
	for _, p := range w.gPlaces[a:b] {
		if p < 0 || int(p) >= lz.nn {
			lz.src.fail(fmt.Errorf("%w: a place of group %d is node %d of %d", wire.ErrCorrupt, e, p, lz.nn))
			return -1
		}
	}
	lz.entryOK[e].Store(true)
	return e
}

// clampPositions drops the rune positions past the end of text: an index
// read from a cache is checked for consistency with itself, and this keeps
// a highlight within the title it lights up.
func clampPositions(pos []int, text string) []int {
	n := utf8.RuneCountInString(text)
	out := pos[:0]
	for _, p := range pos {
		if p < n {
			out = append(out, p)
		}
	}
	return out
}
