package search

import (
	"cmp"
	"iter"
	"math"
	"runtime"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/dutymap/dutymap/model"
	"github.com/dutymap/dutymap/model/analysis"
)

// The fields of a node that the word index keeps, each with a weight and a
// length normalisation in BM25F. A node's context (the titles of the
// sections above it and of its department) is not a field of its own: it
// counts through those nodes' own scores (rank.go).
const (
	fieldTitle = iota // the node's text: a duty's sentence, a section's or department's name
	fieldAlias        // its aliases (and, once content has them, codes)
	fieldDesc         // its description and summary
	numFields
)

// fieldTexts sets f to the texts of each field of n in lang, reusing f's
// slices (it runs once per node and language). Adding a field of the model
// to search is one line here (and, for a new field kind, one weight in
// fieldWeight).
func fieldTexts(n *model.Node, lang model.Lang, f *[numFields][]string) {
	f[fieldTitle] = append(f[fieldTitle][:0], n.Title[lang])
	f[fieldAlias] = append(append(f[fieldAlias][:0], n.Aliases()[lang]...), n.Code())
	// Not the editor's notes: they say how the sources read, often
	// pointing to another unit (tryout25 T12).
	f[fieldDesc] = append(f[fieldDesc][:0], n.Summary()[lang], model.WithoutEditorNotes(n.Body()[lang]))
}

// BM25F parameters (S. Robertson, H. Zaragoza, M. Taylor, "Simple BM25
// extension to multiple weighted fields", CIKM 2004): k1 saturates a term's
// weighted frequency; each field has a weight and a length normalisation b.
// The values are Lucene's BM25 defaults for k1 and b; the field weights were
// chosen on the O*NET development set (../shared/data/yardsticks) and the
// built-in content's questions, never on single queries.
const k1 = 1.2

var (
	fieldWeight = [numFields]float32{fieldTitle: 1, fieldAlias: 1, fieldDesc: 0.35}
	fieldB      = [numFields]float32{fieldTitle: 0.75, fieldAlias: 0.5, fieldDesc: 0.75}
)

// bigramMark starts the index terms that are Chinese character bigrams,
// which live beside the words: "\x01售后" is the bigram, "售后" the word.
// codeMark starts a node's whole code ("\x023.2.2", "\x02t-104"), which a
// query term equal to it finds first; nameMark a department's or
// position's whole name or alias ("\x03marketing department", wholeName),
// which a query equal to it finds first.
const (
	bigramMark = "\x01"
	codeMark   = "\x02"
	nameMark   = "\x03"
)

// wordIndex is the inverted index of one language: for every term, the
// nodes whose fields hold it and how often.
type wordIndex struct {
	lang  model.Lang
	terms map[string]int32 // term -> id, for an index built here
	vocab []string         // id -> term
	order []int32          // the ids in the order of their terms, for an index read from an encoding
	df    []int32          // id -> nodes holding it
	// Postings of term t are post[first[t]:first[t+1]], ascending by node.
	first []int32
	post  []int32 // node indexes
	// impact is each posting's BM25F term weight without the inverse
	// document frequency: saturate(weighted(...)), which depends on the
	// node alone, so a query multiplies rather than works it out.
	impact []float32
	flen   [][3]uint16 // per node: words in each field
	avg    [numFields]float32
	docs   int // nodes with any text in this language

	// surface lists the folded words as written, sorted, each with the
	// term it stems to, for the word being typed ("pricin" is on its way
	// to "pricing", whose term is "price").
	surface []surfaceWord
	// pinyin lists the readings of the Chinese words, sorted; worked out on
	// the first query that could be pinyin.
	pinyinOnce sync.Once
	pinyin     []reading
	// bigramOrder lists the bigram terms in order of their characters,
	// for pinyin typed joined (joinedAlts); worked out on first use.
	bigramOnce  sync.Once
	bigramOrder []int32
	// spellMemo remembers what words of pinyin spell (spellings).
	spellMu   sync.Mutex
	spellMemo map[string][]spelt
	// holders lists, for each Chinese character, the terms of the surface
	// words of two characters or more that hold it, by character and then
	// in the order of the words; worked out on the first query with a
	// character typed alone (holding).
	holdersOnce sync.Once
	holders     []holder
	// leading is the set of the terms that begin a duty's title, a bit
	// per term: read from an encoding, or worked out on the first
	// question that asks (leadsDuty).
	leadingOnce sync.Once
	leading     []uint64

	// Titles as token sequences, for the distance between query words and
	// for highlighting: node i's are seq[seqAt[i]:seqAt[i+1]].
	seqAt []int32
	seq   []seqToken

	// Grouping for "N places": nodes with the same kind, tier and text
	// (up to case, punctuation and spacing) share an entry, the letters
	// index's (letters.go), whose places list each entry's nodes.
	entry           []int32 // per node, or -1 without a title in this language
	gFirst, gPlaces []int32 // the letters list's first and places

	// lazy checks the tables above as a search first uses them, for an
	// index read without its organisation (DecodeAlone); nil otherwise.
	lazy *lazyWords
}

// term returns the id of term t, if the index holds it: from the map of
// an index built here, or by binary search over an encoding's terms in
// order (no map is made: reading the index stays a few arrays).
func (w *wordIndex) term(t string) (int32, bool) {
	if w.terms != nil {
		id, ok := w.terms[t]
		return id, ok
	}
	k, ok := slices.BinarySearchFunc(w.order, t, func(id int32, t string) int { return strings.Compare(w.vocab[id], t) })
	if !ok {
		return -1, false
	}
	return w.order[k], true
}

// members returns entry e's nodes, in document order.
func (w *wordIndex) members(e int32) []int32 {
	return w.gPlaces[w.gFirst[e]:w.gFirst[e+1]]
}

// entries is how many entries the index groups its nodes into.
func (w *wordIndex) entries() int { return len(w.gFirst) - 1 }

// entryOf is node n's entry, or -1 (no title in this language, or groups
// found damaged).
func (w *wordIndex) entryOf(n int32) int32 {
	if w.lazy != nil {
		return w.lazy.entryOf(w, n)
	}
	return w.entry[n]
}

// tokens are node n's title tokens (none when found damaged).
func (w *wordIndex) tokens(n int32) []seqToken {
	if w.lazy != nil && !w.lazy.checkTokens(w, n) {
		return nil
	}
	return w.seq[w.seqAt[n]:w.seqAt[n+1]]
}

// emptyWords is a word index that holds nothing: what an index read
// without its organisation has in place of a damaged one.
func emptyWords(lang model.Lang, nn int) *wordIndex {
	w := &wordIndex{lang: lang, terms: map[string]int32{}, seqAt: make([]int32, nn+1), entry: make([]int32, nn), gFirst: []int32{0}}
	for i := range w.entry {
		w.entry[i] = -1
	}
	return w
}

type surfaceWord struct {
	word string
	term int32
}

type reading struct {
	pinyin   string
	term     int32
	initials bool // pinyin is the word's initials ("dj"), not its full reading
}

type seqToken struct {
	term       int32
	pos        uint16 // word position
	start, end uint16 // runes of the title
}

// buildWords indexes the fields of every node in lang. The nodes are
// analysed in ranges on all CPUs, each range with its own terms, then the
// ranges are merged: a term's local id maps to its global id once.
func (ix *Index) buildWords(lang model.Lang) *wordIndex {
	w := &wordIndex{lang: lang, terms: map[string]int32{}}
	nn := len(ix.nodes)
	w.flen = make([][3]uint16, nn)
	w.seqAt = make([]int32, nn+1)
	groups := ix.letters.list(lang)
	w.gFirst, w.gPlaces = groups.first, groups.places
	w.entry = make([]int32, nn)
	for i := range w.entry {
		w.entry[i] = -1
	}
	for e := range int32(w.entries()) {
		for _, p := range w.members(e) {
			w.entry[p] = e
		}
	}

	parts := make([]*partial, min(runtime.GOMAXPROCS(0), max(1, nn/2048)))
	var wg sync.WaitGroup
	var segmented analysis.Segmented // each run of Chinese segmented once, whichever part meets it first
	for k := range parts {
		wg.Go(func() { parts[k] = ix.analyseRange(lang, nn*k/len(parts), nn*(k+1)/len(parts), w.flen, &segmented) })
	}
	wg.Wait()

	var lens [numFields]float64
	var occs, seqs int
	local := make([][]int32, len(parts)) // per part: local term id -> global id
	for k, p := range parts {
		local[k] = make([]int32, len(p.vocab))
		for id, term := range p.vocab {
			g, ok := w.terms[term]
			if !ok {
				g = int32(len(w.vocab))
				w.terms[term] = g
				w.vocab = append(w.vocab, term)
			}
			local[k][id] = g
		}
		for f := range numFields {
			lens[f] += p.lens[f]
		}
		w.docs += p.docs
		occs += p.occs.n
		seqs += p.seq.n
	}
	for f := range numFields {
		if w.docs > 0 {
			w.avg[f] = float32(lens[f] / float64(w.docs))
		}
		w.avg[f] = max(w.avg[f], 1)
	}
	// Postings by term: a counting sort of the occurrences, which came in
	// node order, so each list is ascending.
	nt := len(w.vocab)
	w.df = make([]int32, nt)
	for k, p := range parts {
		for _, b := range p.occs.blocks {
			for _, o := range b {
				w.df[local[k][o.term]]++
			}
		}
	}
	w.first = make([]int32, nt+1)
	for t := range nt {
		w.first[t+1] = w.first[t] + w.df[t]
	}
	w.post = make([]int32, occs)
	w.impact = make([]float32, occs)
	next := slices.Clone(w.first[:nt])
	surface := map[string]int32{}
	inPhrasal := map[string]bool{} // a surface word known only as a phrasal verb's (partial.surfaceVerb)
	w.seq = make([]seqToken, 0, seqs)
	for k, p := range parts {
		for _, b := range p.occs.blocks {
			for _, o := range b {
				t := local[k][o.term]
				w.post[next[t]], w.impact[next[t]] = o.node, saturate(w.weighted(o.node, &o.tf))
				next[t]++
			}
		}
		for i := p.lo; i < p.hi; i++ {
			w.seqAt[i+1] = int32(len(w.seq)) + p.seqAt[i-p.lo]
		}
		for _, b := range p.seq.blocks {
			for _, t := range b {
				t.term = local[k][t.term]
				w.seq = append(w.seq, t)
			}
		}
		p.occs, p.seq = blocks[occ]{}, blocks[seqToken]{} // done with: the collector may take them
		for word, id := range p.surface {
			if _, ok := surface[word]; !ok || inPhrasal[word] && !p.inPhrasal[word] {
				surface[word] = local[k][id]
				inPhrasal[word] = p.inPhrasal[word]
			}
		}
	}
	w.surface = make([]surfaceWord, 0, len(surface))
	for word, id := range surface {
		w.surface = append(w.surface, surfaceWord{word, id})
	}
	slices.SortFunc(w.surface, func(a, b surfaceWord) int { return strings.Compare(a.word, b.word) })
	return w
}

// occ is a term's occurrences in one node, per field.
type occ struct {
	node int32
	term int32
	tf   [3]uint8
}

// blocks is a list kept in blocks of a fixed size: adding to it never
// copies what it holds, so collecting millions of items (the occurrences
// of an index's terms) leaves no garbage behind.
type blocks[T any] struct {
	blocks [][]T
	n      int
}

// blockSize is how many items a block of blocks holds.
const blockSize = 1 << 13

func (l *blocks[T]) add(v T) {
	k := len(l.blocks) - 1
	if k < 0 || len(l.blocks[k]) == blockSize {
		l.blocks = append(l.blocks, make([]T, 0, blockSize))
		k++
	}
	l.blocks[k] = append(l.blocks[k], v)
	l.n++
}

// partial is the analysis of nodes [lo, hi), with term ids of its own.
type partial struct {
	lo, hi  int
	terms   map[string]int32
	vocab   []string
	occs    blocks[occ]
	seq     blocks[seqToken]
	seqAt   []int32 // per node of the range: the end of its tokens in seq
	surface map[string]int32
	// inPhrasal marks the surface words seen only as the verb of a
	// phrasal verb (surfaceVerb).
	inPhrasal map[string]bool
	lens      [numFields]float64
	docs      int
}

// analyseRange analyses the fields of nodes [lo, hi) in lang, writing
// their field lengths to flen; segmented is shared with the other ranges.
func (ix *Index) analyseRange(lang model.Lang, lo, hi int, flen [][3]uint16, segmented *analysis.Segmented) *partial {
	p := &partial{lo: lo, hi: hi, terms: map[string]int32{}, surface: map[string]int32{}, seqAt: make([]int32, hi-lo)}
	an := analysis.Analyzer{Parts: true, Shared: segmented}
	var toks []analysis.Token
	var texts [numFields][]string
	var known []int32             // per word the analyser remembers (Token.Seen): its term's id plus one, 0 not yet
	var counts [][3]uint8         // per term id, for the node at hand
	bigrams := map[uint64]int32{} // a bigram's two characters -> id of bigramMark+bigram
	var order []int32
	var names nameSet // a unit's whole names, each indexed once
	newTerm := func(term string) int32 {
		id := int32(len(p.vocab))
		p.terms[term] = id
		p.vocab = append(p.vocab, term)
		counts = append(counts, [3]uint8{})
		return id
	}
	count := func(id int32, f int) {
		c := &counts[id]
		if *c == ([3]uint8{}) {
			order = append(order, id)
		}
		if c[f] < math.MaxUint8 {
			c[f]++
		}
	}
	add := func(term string, f int) int32 {
		id, ok := p.terms[term]
		if !ok {
			id = newTerm(term)
		}
		count(id, f)
		return id
	}
	for i := lo; i < hi; i++ {
		n := ix.nodes[i]
		has := false
		order = order[:0]
		fieldTexts(n, lang, &texts)
		for f, texts := range texts {
			for _, text := range texts {
				if text == "" {
					continue
				}
				has = true
				// Descriptions are long: their Chinese is found by its
				// bigrams, without segmenting it (a third of the cost of
				// the index otherwise).
				an.SkipChinese = f == fieldDesc
				toks = an.Tokens(text, toks[:0])
				for _, t := range toks {
					if t.Stop {
						continue
					}
					if t.Kind == analysis.Word && flen[i][f] < math.MaxUint16 {
						flen[i][f]++ // words that count: not stop words, as Lucene counts them
					}
					var id int32
					if k := t.Seen; k > 0 && int(k) < len(known) && known[k] > 0 {
						// A word met before: its term, and its surface
						// recorded then (every token of a word folds alike).
						id = known[k] - 1
						count(id, f)
					} else {
						id = add(t.Term, f)
						if t.Kind == analysis.Word && len(p.surface) < 1<<20 {
							if _, ok := p.surface[t.Folded]; !ok {
								p.surface[t.Folded] = id
							}
							p.surfaceVerb(t, id)
						}
						if k > 0 {
							if int(k) >= len(known) {
								known = append(known, make([]int32, int(k)+1-len(known))...)
							}
							known[k] = id + 1
						}
					}
					if f == fieldTitle && len(text) <= math.MaxUint16 {
						p.seq.add(seqToken{term: id, pos: uint16(min(t.Pos, math.MaxUint16)), start: uint16(t.Start), end: uint16(t.End)})
					}
				}
				// The character bigrams of every run of Chinese characters;
				// one seen before is found by its two characters, without
				// making its string.
				for prev, r := range hanBigrams(text) {
					b := uint64(prev)<<32 | uint64(r)
					id, ok := bigrams[b]
					if !ok {
						id = newTerm(bigramMark + string(prev) + string(r))
						bigrams[b] = id
					}
					count(id, f)
				}
			}
		}
		if n.Code() != "" {
			add(codeMark+analysis.Fold(n.Code()), fieldAlias)
		}
		if ix.canOwn(int32(i)) {
			names.reset()
			for _, text := range append([]string{n.Title[lang]}, n.Aliases()[lang]...) {
				an.SkipChinese = false
				toks = an.Tokens(text, toks[:0])
				if name := wholeName(toks); name != "" && names.add(name) {
					add(nameMark+name, fieldAlias)
				}
			}
		}
		p.seqAt[i-lo] = int32(p.seq.n)
		if has {
			p.docs++
			for f := range numFields {
				p.lens[f] += float64(flen[i][f])
			}
		}
		for _, id := range order {
			if has {
				p.occs.add(occ{int32(i), id, counts[id]})
			}
			counts[id] = [3]uint8{}
		}
	}
	return p
}

// surfaceVerb records, for a phrasal verb's token t of term id ("set up"
// of "Set up"), its verb as written ("set"), which the text holds as a
// word too: a slip of it ("drw up") is put right, and a prefix of it
// ("dra") finds the phrasal verb, as it finds any word it begins. The
// verb's own term, where a text says the verb alone, takes the word's
// place: "set" stands for the term "set", not "set up".
func (p *partial) surfaceVerb(t analysis.Token, id int32) {
	verb, _, phrasal := strings.Cut(t.Folded, " ")
	if _, seen := p.surface[verb]; phrasal && !seen {
		if p.inPhrasal == nil {
			p.inPhrasal = map[string]bool{}
		}
		p.surface[verb], p.inPhrasal[verb] = id, true
		return
	}
	if !phrasal && p.inPhrasal[verb] {
		p.surface[verb] = id
		delete(p.inPhrasal, verb)
	}
}

// nameSet is the names of one unit seen so far: a list while it is short
// (units have a handful), a set once it is long (300,000 aliases took 82 s
// scanned as a list, hostile12 #4).
type nameSet struct {
	list []string
	many map[string]struct{}
}

// scanNames is how many names are looked through in the list before the
// set holds them.
const scanNames = 16

// add reports whether name is new, and keeps it.
func (s *nameSet) add(name string) bool {
	if len(s.list) < scanNames {
		if slices.Contains(s.list, name) {
			return false
		}
		s.list = append(s.list, name)
		return true
	}
	if s.many == nil {
		s.many = make(map[string]struct{}, 2*scanNames)
	}
	if len(s.many) == 0 {
		for _, n := range s.list {
			s.many[n] = struct{}{}
		}
	}
	if _, ok := s.many[name]; ok {
		return false
	}
	s.many[name] = struct{}{}
	return true
}

// reset empties the set for the next unit, keeping its memory.
func (s *nameSet) reset() {
	s.list = s.list[:0]
	clear(s.many)
}

// readingsTable returns the pinyin readings of the index's Chinese words,
// sorted, working them out on first use: of its terms, not only of the
// words as written, so that the words inside a longer one have theirs
// (工资 of 劳动工资, which 工资 finds: "gongzi" finds it too). A reading
// with ü (written v: falv) is there with u as well (falu).
func (w *wordIndex) readingsTable() []reading {
	w.pinyinOnce.Do(func() {
		for id, t := range w.vocab {
			if !analysis.IsHanWord(t) {
				continue // a word in letters, a bigram, a code or a name
			}
			full, ini := analysis.Pinyin(t)
			for _, p := range full {
				w.pinyin = append(w.pinyin, reading{p, int32(id), false})
				// ü typed as u, or with its marks folded away (falu,
				// fǎlǜ, falü for 法律, whose reading is falv): as the
				// reading, where no other reading of the word is so
				// spelt already (绿 reads lv and lu).
				if u := analysis.SpellU(p); u != p && !slices.Contains(full, u) {
					w.pinyin = append(w.pinyin, reading{u, int32(id), false})
				}
			}
			for _, p := range ini {
				if len(p) >= 2 {
					w.pinyin = append(w.pinyin, reading{p, int32(id), true})
				}
			}
		}
		slices.SortFunc(w.pinyin, func(a, b reading) int {
			return cmp.Or(strings.Compare(a.pinyin, b.pinyin), cmp.Compare(a.term, b.term))
		})
	})
	return w.pinyin
}

// holder is a term whose word holds the Chinese character ch.
type holder struct {
	ch   rune
	term int32
}

// holdersTable returns the index's holders, working them out on first use.
func (w *wordIndex) holdersTable() []holder {
	w.holdersOnce.Do(func() {
		for _, s := range w.surface {
			if utf8.RuneCountInString(s.word) < 2 {
				continue // a character alone is its own term
			}
			for i, r := range s.word {
				if analysis.IsHan(r) && !strings.ContainsRune(s.word[:i], r) {
					w.holders = append(w.holders, holder{r, s.term})
				}
			}
		}
		// By character, each one's words in order; a term once per
		// character (the words of one term hold it twice).
		slices.SortStableFunc(w.holders, func(a, b holder) int { return cmp.Compare(a.ch, b.ch) })
		seen := map[holder]bool{}
		w.holders = slices.DeleteFunc(w.holders, func(h holder) bool {
			dup := seen[h]
			seen[h] = true
			return dup
		})
	})
	return w.holders
}

// hanBigrams yields the character bigrams of every run of Chinese
// characters in text, as pairs of characters. A format character inside a
// run (a zero-width space in "定\u200b价"), or a variation selector, does
// not break it, as the analysis drops it (analysis.IsFormat,
// IsVariationSelector).
func hanBigrams(text string) iter.Seq2[rune, rune] {
	return func(yield func(rune, rune) bool) {
		prev := rune(-1)
		for _, r := range text {
			switch {
			case analysis.IsHan(r):
				r = analysis.FoldHan(r) // 價格's bigram is 价格's
			case r >= utf8.RuneSelf && (analysis.IsFormat(r) || analysis.IsVariationSelector(r)):
				continue
			default:
				prev = -1
				continue
			}
			if prev >= 0 && !yield(prev, r) {
				return
			}
			prev = r
		}
	}
}

// postings returns term id's nodes and their impacts.
func (w *wordIndex) postings(id int32) ([]int32, []float32) {
	if w.lazy != nil && !w.lazy.checkPostings(w, id) {
		return nil, nil
	}
	return w.post[w.first[id]:w.first[id+1]], w.impact[w.first[id]:w.first[id+1]]
}

// idf is BM25's inverse document frequency, Lucene's form
// log(1 + (N - df + 0.5) / (df + 0.5)), always positive.
func (w *wordIndex) idf(df int32) float32 {
	n := float64(w.docs)
	return float32(math.Log(1 + (n-float64(df)+0.5)/(float64(df)+0.5)))
}

// weighted is a posting's BM25F pseudo-frequency: each field's count,
// normalised by the field's length against its average, times the field's
// weight.
func (w *wordIndex) weighted(node int32, tf *[3]uint8) float32 {
	var s float32
	ln := &w.flen[node]
	for f := range numFields {
		if tf[f] == 0 {
			continue
		}
		norm := 1 - fieldB[f] + fieldB[f]*float32(ln[f])/w.avg[f]
		s += fieldWeight[f] * float32(tf[f]) / norm
	}
	return s
}

// saturate turns a pseudo-frequency into BM25's term weight factor,
// scaled so that one occurrence in an average title counts 1.
func saturate(tf float32) float32 { return tf * (k1 + 1) / (k1 + tf) }

// surfaceRange returns the surface words starting with prefix.
func (w *wordIndex) surfaceRange(prefix string) []surfaceWord {
	i, _ := slices.BinarySearchFunc(w.surface, prefix, func(s surfaceWord, p string) int { return strings.Compare(s.word, p) })
	j := i
	for j < len(w.surface) && strings.HasPrefix(w.surface[j].word, prefix) {
		j++
	}
	return w.surface[i:j]
}

// readings returns the pinyin readings equal to p or, with prefix, starting
// with it.
func (w *wordIndex) readings(p string, prefix bool) []reading {
	table := w.readingsTable()
	i, _ := slices.BinarySearchFunc(table, p, func(r reading, p string) int { return strings.Compare(r.pinyin, p) })
	j := i
	for j < len(table) && (table[j].pinyin == p || prefix && strings.HasPrefix(table[j].pinyin, p)) {
		j++
	}
	return table[i:j]
}

// nearest returns the surface word a typist most likely meant by word,
// which the index does not hold: one of at most typoEdits(word) edits
// away (model.EditDistance: a swap of two letters is one), the fewest
// first, then a swap of two neighbouring letters (isSwap), then one that
// keeps every typed letter in order (the typist left a letter out:
// "dealers" for "dealrs", not "deals", which would drop the typed r), then
// the one more texts hold, then the first in order; and whether it is
// such a swap. A word of the same length with another first letter is none
// ("needs" for "feeds"): a typist rarely mistypes the first letter, and
// such pairs are most often two words (on the O*NET words the built-in
// content lacks, 17% get a suggestion rather than 20%, and 89% of the
// content's words with a letter left out get theirs rather than 88%:
// TestTypoRuleOnRealWords). Words of fewer than four letters, or not all
// letters a to z, have none: too many words are a letter or two from them;
// and for the same reason none is one: "logo", a word the content lacks,
// is not a slip of "log".
func (w *wordIndex) nearest(word string) (best string, swap bool) {
	limit := typoEdits(word)
	if limit == 0 {
		return "", false
	}
	r := newSlipRank(word, limit)
	for _, s := range w.surface {
		if d := len(s.word) - len(word); d > limit || -d > limit || !isPinyin(s.word) || len(s.word) < 4 {
			continue
		}
		if r.take(s.word, w.df[s.term]) {
			best = s.word
		}
	}
	return best, r.swap
}

// nearestStem returns the word of the texts that typed, an inflected
// word no text holds, is most likely a typing slip of through its base
// (slipBases), when nearest finds none because the texts say the word in
// other forms only: "maintians" (maintian) of the term maintain, said as
// "maintaining"; "colects" (colect) of "collect". The base is compared
// with each word of the texts and its term, by baseSlip's rules. The word
// returned is the one meant in the typed word's own form, the base found
// with the typed ending ("aproves": approve and -s, "approves", though
// the texts say only approve, approval and approving), when that form is
// a form of the term; otherwise the term's form fewest edits from typed;
// swap reports a swap.
func (w *wordIndex) nearestStem(typed string) (best string, swap bool) {
	bestTerm, bestD := int32(-1), 0
	var bestCand, bestEnd string
	for _, end := range regularEndings {
		base, ok := slipBase(typed, end)
		if !ok {
			continue
		}
		r := newSlipRank(base, typoEdits(base))
		term, found := int32(-1), ""
		for _, s := range w.surface {
			for _, cand := range [2]string{s.word, w.vocab[s.term]} {
				if baseSlip(base, cand) && r.take(cand, w.df[s.term]) {
					term, found = s.term, cand
				}
			}
		}
		if term >= 0 && (bestTerm < 0 || r.d < bestD) {
			bestTerm, bestD, swap, bestCand, bestEnd = term, r.d, r.swap, found, end
		}
	}
	if bestTerm < 0 {
		return "", false
	}
	if form := withEnding(bestCand, bestEnd); form != typed && termOf(form) == w.vocab[bestTerm] && w.saysBase(bestTerm, form) {
		return form, swap
	}
	// The term's form closest to what was typed: "approve" rather than
	// "approval" for "aprove", which only differ in the order of the
	// texts' words.
	bestEdits := 0
	for _, s := range w.surface {
		if s.term != bestTerm {
			continue
		}
		d := model.EditDistance(typed, s.word)
		if best == "" || d < bestEdits || d == bestEdits && s.word == w.vocab[bestTerm] {
			best, bestEdits = s.word, d
		}
	}
	return best, swap
}

// saysBase reports whether some word of the texts of the given term has
// the base form has (bases): "receives" has the base of "receiving"; the
// stem "fulli" and -s make "fullis", whose base no word of the texts has
// ("fully" is the word).
func (w *wordIndex) saysBase(term int32, form string) bool {
	want := bases(form)
	for _, s := range w.surface {
		if s.term == term && slices.ContainsFunc(bases(s.word), func(b string) bool { return slices.Contains(want, b) }) {
			return true
		}
	}
	return false
}

// bases returns word and what it is without each regular ending it has,
// with and without a silent e before it ("receiving": receiv, receive).
func bases(word string) []string {
	out := []string{word}
	for _, end := range regularEndings {
		if b, ok := strings.CutSuffix(word, end); ok && b != "" {
			out = append(out, b, b+"e")
		}
	}
	return out
}

// withEnding writes word with a regular ending (regularEndings), as
// English spells it after a silent e: approve and -s, -es or -d is
// "approves", "approved"; with -ing, "approving".
func withEnding(word, end string) string {
	switch {
	case !strings.HasSuffix(word, "e"):
		if end == "d" {
			return word + "ed"
		}
		return word + end
	case end == "es" || end == "ed":
		return word + end[1:]
	case end == "ing" && !strings.HasSuffix(word, "ee"):
		return word[:len(word)-1] + end
	}
	return word + end
}

// termOf is the term the analysis makes of an English word, or "".
func termOf(word string) string {
	for _, t := range analysis.Tokens(word) {
		if t.Kind == analysis.Word {
			return t.Term
		}
	}
	return ""
}

// slipBases returns typed without each regular ending it has (-s, -es,
// -ed, -d, -ing), of five letters at least: the word a slip of an
// inflected form is of, whatever form the texts say it in. A -d ends a
// past form only after a silent e (managed, not "remind" or "expand",
// which are no forms of remin or expan).
func slipBases(typed string) []string {
	var out []string
	for _, end := range regularEndings {
		if base, ok := slipBase(typed, end); ok {
			out = append(out, base)
		}
	}
	return out
}

// regularEndings are the endings of English's regular inflections.
var regularEndings = []string{"s", "es", "ed", "d", "ing"}

// slipBase returns typed without end, when it ends so and what is left is
// a base a slip could be made in (slipBases).
func slipBase(typed, end string) (string, bool) {
	base, ok := strings.CutSuffix(typed, end)
	if !ok || end == "d" && !strings.HasSuffix(base, "e") || len(base) < 5 || typoEdits(base) == 0 {
		return "", false
	}
	return base, true
}

// inflectedSlip reports whether typed is word, an inflected form, with
// the slip inside their base, the ending kept: letters swapped or left
// out inside it (baseSlip), or its silent e before the ending left out
// ("colects" of "collects", "organses" of "organises", "superviss" of
// "supervises"). The slip of a word the texts hold in this form and one
// they hold in others only (nearestStem) are read alike.
func inflectedSlip(typed, word string) bool {
	for _, end := range regularEndings {
		base, ok := slipBase(typed, end)
		if wordBase, wok := strings.CutSuffix(word, end); ok && wok && (baseSlip(base, wordBase) || wordBase == base+"e") {
			return true
		}
	}
	return false
}

// baseSlip reports whether base (slipBases) may be a slip of cand: two
// neighbouring letters swapped, or letters left out inside the word,
// within typoEdits, the first letter kept. A base is shorter than its
// word, and a letter changed or added, or the end of a longer word left
// out, makes one real word of another too often ("comput" and "compet",
// "elect" of "electr"; TestStemSlipsOnRealWords).
func baseSlip(base, cand string) bool {
	limit := typoEdits(base)
	if len(cand) < len(base) || len(cand)-len(base) > limit || cand[0] != base[0] || !isPinyin(cand) {
		return false
	}
	if isSwap(base, cand) {
		return true
	}
	return len(cand) > len(base) && !endLeftOut(base, cand) && holdsInOrder(cand, base) && model.EditDistance(base, cand) <= limit
}

// droppedInside reports whether typed, a word no text holds, is word
// with one letter left out inside it (neither its first letter nor its
// last), typed being seven letters or more: "reserch" of research,
// "complants" of complaints. The commonest typing slip, and at that
// length it seldom makes one real word of another: of the 10,660 O*NET
// words the built-in content lacks, 6 are such a slip of a word it holds
// (exiting: existing, sanding: standing, fiction: friction; 4 or 5
// letters give 52, "lunch" of launch, "tanks" of thanks), where 3,700
// of the 6,700 slips of the content's own words are this long
// (TestTypoRuleOnRealWords).
func droppedInside(typed, word string) bool {
	n := len(typed)
	return n >= 7 && len(word) == n+1 && typed[0] == word[0] && typed[n-1] == word[n] && holdsInOrder(word, typed)
}

// endLeftOut reports whether cand is base with letters added at its end,
// other than a doubled last letter ("acces" of "access" is a slip; "elect"
// of "electr" is another word).
func endLeftOut(base, cand string) bool {
	n := len(cand)
	return strings.HasPrefix(cand, base) && !(n == len(base)+1 && cand[n-1] == cand[n-2])
}

// swappedReading returns the pinyin reading of a Chinese word of the
// index that word, which no text holds, is with two neighbouring letters
// swapped ("dingjai" of dingjia, 定价; "xiaoshuobu" of xiaoshoubu), the
// reading of more texts first, then the first in order; "" when none.
// Only a swap: the slip a typist makes that rarely makes one word of
// another (isSwap). Of the O*NET words the built-in content lacks and no
// English word is a slip away from, one letter dropped, added or changed
// reads as some pinyin for 1.2% (doing: ding, menu: men, should: shouli),
// a swap for 0.05%, 5 of 10,657 (boat: bota; TestPinyinSlipsOnRealWords).
func (w *wordIndex) swappedReading(word string) string {
	if typoEdits(word) == 0 {
		return ""
	}
	best, bestDF := "", int32(-1)
	b := []byte(word)
	for i := 0; i+1 < len(b); i++ {
		if b[i] == b[i+1] {
			continue
		}
		b[i], b[i+1] = b[i+1], b[i]
		for _, r := range w.readings(string(b), false) {
			if !r.initials && w.df[r.term] > bestDF {
				best, bestDF = r.pinyin, w.df[r.term]
			}
		}
		b[i], b[i+1] = b[i+1], b[i]
	}
	return best
}

// soundSlip returns the Chinese word of the index that typed, a Chinese
// word no text holds, is most likely an input-method slip of: a word of
// as many characters, one of them another, that reads the same in pinyin
// (tones aside, as a pinyin input method offers them side by side: 掉研
// for 调研, diaoyan; 定介 for 定价, dingjia), the one more texts hold
// first, then the first in order; "" when none. Words of more than
// maxSlipRunes characters have none: the readings of a long run are
// many (analysis.Pinyin), and a word that long is rarely mistyped by one
// same-sound character alone.
func (w *wordIndex) soundSlip(typed string) string {
	n := utf8.RuneCountInString(typed)
	if n < 2 || n > maxSlipRunes {
		return ""
	}
	full, _ := analysis.Pinyin(typed)
	best, bestDF := "", int32(-1)
	for _, p := range full {
		for _, r := range w.readings(p, false) {
			cand := w.vocab[r.term]
			if r.initials || cand == typed || w.df[r.term] <= bestDF || !oneRuneOff(cand, typed) {
				continue
			}
			best, bestDF = cand, w.df[r.term]
		}
	}
	return best
}

// maxSlipRunes bounds the Chinese words soundSlip reads.
const maxSlipRunes = 6

// oneRuneOff reports whether a and b are as many characters long and
// differ in exactly one.
func oneRuneOff(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	if len(ra) != len(rb) {
		return false
	}
	d := 0
	for i := range ra {
		if ra[i] != rb[i] {
			d++
		}
	}
	return d == 1
}

// slipRank keeps the likeliest of the words a typed word may be a slip
// of, by nearest's rules: at most limit edits away, the fewest first,
// then a swap of two neighbouring letters, then one that keeps every
// typed letter in order, then the one more texts hold (df), then the
// first offered; a word of the same length with another first letter,
// not a swap, is none. nearest offers the index's words, nearestListed
// the synonym list's.
type slipRank struct {
	typed string
	limit int
	// the best so far: its edits, texts, and whether it is a swap and
	// keeps the typed letters in order
	d           int
	df          int32
	swap, keeps bool
}

func newSlipRank(typed string, limit int) slipRank {
	return slipRank{typed: typed, limit: limit, d: limit + 1, df: -1}
}

// take reports whether cand, which df texts hold, is likelier meant than
// the best so far, and makes it the best if so.
func (r *slipRank) take(cand string, df int32) bool {
	if d := len(cand) - len(r.typed); d > r.limit || -d > r.limit {
		return false
	}
	d := model.EditDistance(r.typed, cand)
	if d > r.limit {
		return false
	}
	sw := d == 1 && isSwap(r.typed, cand)
	if len(cand) == len(r.typed) && cand[0] != r.typed[0] && !sw {
		return false // a first letter typed for another: "feeds" is no "needs"
	}
	keeps := holdsInOrder(cand, r.typed)
	if d < r.d || d == r.d && (sw && !r.swap || sw == r.swap && (keeps && !r.keeps || keeps == r.keeps && df > r.df)) {
		r.d, r.df, r.swap, r.keeps = d, df, sw, keeps
		return true
	}
	return false
}

// prefixed reports whether typed is cand with two letters or more
// before it, or cand is typed so: a word with a prefix before a word of
// the texts ("onboards": boards; "reorders": orders) is a word of its
// own, no typing slip, which leaves no first letters out in a row, nor
// adds them.
func prefixed(typed, cand string) bool {
	return len(typed) >= len(cand)+2 && strings.HasSuffix(typed, cand) || len(cand) >= len(typed)+2 && strings.HasSuffix(cand, typed)
}

// holdsInOrder reports whether word holds every letter of typed, in order:
// typed is word with letters left out ("dealrs" of "dealers", not of
// "deals", which would need the typed r taken away).
func holdsInOrder(word, typed string) bool {
	i := 0
	for k := 0; k < len(word) && i < len(typed); k++ {
		if word[k] == typed[i] {
			i++
		}
	}
	return i == len(typed)
}

// isSwap reports whether b is a with two neighbouring letters swapped
// ("slaes", "sales"): the one slip that makes a word of another only
// rarely, where a letter dropped, added or changed makes one often
// ("rent", "rest"; "lunch", "launch"; "fleet", "feet").
func isSwap(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	return i+1 < len(a) && a[i] == b[i+1] && a[i+1] == b[i] && a[i+2:] == b[i+2:]
}

// maxSlipLetters is the longest word read as a typing slip: English
// words and the pinyin of a four-character Chinese word are shorter; a
// longer run of letters is pasted text or a code, and trying every slip of
// it costs time in its length squared (a 100,000-letter query took 3 s).
const maxSlipLetters = 32

// typoEdits is how many edits a word may be off the word meant
// (model.TypoLimit: one for four to seven letters, two for eight to
// fifteen …), none for words of fewer than four letters, of more than
// maxSlipLetters, or not all letters a to z.
func typoEdits(word string) int {
	if len(word) < 4 || len(word) > maxSlipLetters || !isPinyin(word) {
		return 0
	}
	return model.TypoLimit(word)
}
