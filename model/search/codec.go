package search

import (
	"sync"
	"unicode/utf8"
	"unsafe"

	"github.com/dutymap/dutymap/internal/wire"
	"github.com/dutymap/dutymap/model"
)

// Encode writes the index, its word and letter indexes of both languages
// built first (as Prepare builds them), for Decode to read back without
// analysing a word: what a cache stores. What a search reads of the nodes
// comes first (a node table), so that DecodeAlone can search without the
// organisation. Every table is a flat array, so reading it back is mostly
// sharing the file's memory.
func (ix *Index) Encode(w *wire.Writer) {
	ix.Prepare()
	ix.encodeNodes(w)
	for _, l := range model.Langs {
		ix.letters.list(l).encode(w)
	}
	for _, l := range model.Langs {
		ix.wordsOf(l).encode(w)
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
// checked.
func decodeWithNodes(r *wire.Reader, nn int) (*tables, error) {
	nt := decodeNodes(r)
	if err := r.Err(); err != nil {
		return nil, err
	}
	if len(nt.kind) != nn {
		r.Fail("a node table of %d nodes for %d", len(nt.kind), nn)
		return nil, r.Err()
	}
	return decodeTables(r, nn)
}

// tables are the letter and word indexes of both languages, decoded.
type tables struct {
	lists [model.NumLangs]list
	words [model.NumLangs]*wordIndex
}

// decodeTables reads the tables after the node table, which Decode and
// DecodeLazy, having the organisation, only check for its size.
func decodeTables(r *wire.Reader, nn int) (*tables, error) {
	t := &tables{}
	for _, l := range model.Langs {
		t.lists[l] = decodeList(r, l, nn)
	}
	for _, l := range model.Langs {
		t.words[l] = decodeWords(r, l, nn, &t.lists[l])
	}
	if err := r.Err(); err != nil {
		return nil, err
	}
	if r.Left() != 0 {
		r.Fail("%d bytes after the index", r.Left())
		return nil, r.Err()
	}
	return t, nil
}

// restored returns lang's decoded letters list, if the index was decoded.
func (ix *Index) restored(lang model.Lang) (list, bool) {
	if ix.restore == nil {
		return list{}, false
	}
	t := ix.restore()
	if t == nil {
		return list{}, false
	}
	return t.lists[lang], true
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
	w := t.words[lang]
	w.groups = ix.letters.list(lang)
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

func decodeList(r *wire.Reader, lang model.Lang, nn int) list {
	l := list{lang: lang}
	l.buf = r.String()
	l.off = r.Uint32s()
	l.starts = r.Uint16s()
	l.at = r.Int32s()
	masks := r.Uint64s()
	l.pen = r.Bytes8()
	l.tier = r.Bytes8()
	l.first = r.Int32s()
	l.places = r.Int32s()
	if r.Err() != nil {
		return list{lang: lang}
	}
	ne := len(l.off) - 1
	if ne < 0 || len(masks) != 4*ne || len(l.pen) != ne || len(l.tier) != ne {
		r.Fail("letters tables of unequal length")
		return list{lang: lang}
	}
	if ne > 0 {
		l.mask = unsafe.Slice((*mask)(unsafe.Pointer(&masks[0])), ne)
	}
	wire.Offsets(r, l.off, ne, len(l.buf))
	wire.Offsets(r, l.at, ne, len(l.starts))
	wire.Offsets(r, l.first, ne, len(l.places))
	wire.Indexes(r, l.places, 0, nn)
	if r.Err() != nil {
		return list{lang: lang}
	}
	for e := range int32(ne) {
		// Every entry stands for a node, and its word starts lie in its
		// text: searches index both without checking.
		if l.first[e] == l.first[e+1] {
			r.Fail("letters entry %d has no place", e)
			return list{lang: lang}
		}
		text := len(l.text(e))
		for _, s := range l.wordStarts(e) {
			if int(s) >= text { // a word begins at a byte of the text
				r.Fail("letters entry %d starts a word past its text", e)
				return list{lang: lang}
			}
		}
	}
	return l
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

func (w *wordIndex) encode(out *wire.Writer) {
	out.Strings(w.vocab)
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
	out.Int32s(w.seqAt)
	// The tokens as they lie in memory (term, pos, start, end, padding),
	// so that Decode can use them where they are.
	seq := make([]uint32, 0, len(w.seq)*seqTokenSize/4)
	for _, t := range w.seq {
		seq = append(seq, uint32(t.term), uint32(t.pos)|uint32(t.start)<<16, uint32(t.end))
	}
	out.Uint32s(seq)
	out.Int32s(w.entry)
}

func decodeWords(r *wire.Reader, lang model.Lang, nn int, groups *list) *wordIndex {
	w := &wordIndex{lang: lang}
	w.vocab = r.Strings()
	w.df = r.Int32s()
	w.first = r.Int32s()
	w.post = r.Int32s()
	w.impact = r.Float32s()
	flen := r.Uint16s()
	for f := range w.avg {
		w.avg[f] = r.Float32()
	}
	w.docs = r.Int(nn)
	surfWords, surfTerms := r.Strings(), r.Int32s()
	pinWords, pinTerms, pinInitials := r.Strings(), r.Int32s(), r.Bytes8()
	w.seqAt = r.Int32s()
	seq := r.Uint32s()
	w.entry = r.Int32s()
	if r.Err() != nil {
		return w
	}
	nt := len(w.vocab)
	switch {
	case len(w.df) != nt || len(w.impact) != len(w.post) || len(flen) != 3*nn ||
		len(surfWords) != len(surfTerms) || len(pinWords) != len(pinTerms) || len(pinInitials) != len(pinTerms) ||
		len(seq)%(seqTokenSize/4) != 0 || len(w.entry) != nn:
		r.Fail("word index tables of unequal length")
		return w
	}
	wire.Offsets(r, w.first, nt, len(w.post))
	wire.Indexes(r, w.post, 0, nn)
	wire.Indexes(r, surfTerms, 0, nt)
	wire.Indexes(r, pinTerms, 0, nt)
	wire.Indexes(r, w.entry, -1, groups.len())
	nseq := len(seq) / (seqTokenSize / 4)
	wire.Offsets(r, w.seqAt, nn, nseq)
	if r.Err() != nil {
		return w
	}
	if nn > 0 {
		w.flen = unsafe.Slice((*[3]uint16)(unsafe.Pointer(&flen[0])), nn)
	}
	w.terms = make(map[string]int32, nt)
	for id, t := range w.vocab {
		w.terms[t] = int32(id)
	}
	w.surface = make([]surfaceWord, len(surfWords))
	for i := range surfWords {
		w.surface[i] = surfaceWord{surfWords[i], surfTerms[i]}
	}
	pinyin := make([]reading, len(pinWords))
	for i := range pinWords {
		pinyin[i] = reading{pinWords[i], pinTerms[i], pinInitials[i] != 0}
	}
	w.pinyinOnce.Do(func() { w.pinyin = pinyin })
	switch {
	case nseq > 0 && wire.LittleEndian() && uintptr(unsafe.Pointer(&seq[0]))%unsafe.Alignof(seqToken{}) == 0:
		w.seq = unsafe.Slice((*seqToken)(unsafe.Pointer(&seq[0])), nseq)
	case nseq > 0:
		w.seq = make([]seqToken, nseq)
		for i := range w.seq {
			s := seq[3*i:]
			w.seq[i] = seqToken{term: int32(s[0]), pos: uint16(s[1]), start: uint16(s[1] >> 16), end: uint16(s[2])}
		}
	}
	for i, t := range w.seq {
		if t.term < 0 || int(t.term) >= nt || t.start > t.end {
			r.Fail("title token %d is out of range", i)
			return w
		}
	}
	return w
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
