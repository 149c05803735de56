package search

import (
	"cmp"
	"context"
	"math/bits"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/dutymap/dutymap/model"
	"github.com/dutymap/dutymap/model/analysis"
)

// How much each way of matching a query word counts, as a share of the
// word itself. A synonym counts less than the word, so that the duties
// that say what was asked come first; a word merely begun, or found by
// its pinyin initials, less again. The shares for synonyms, context,
// proximity and owners were chosen on the O*NET development set (a grid
// over each, judged on all its queries at once: Top-5, then paraphrase
// R@1), never on single queries.
const (
	weightSynonym  = 0.6
	weightRelated  = 0.35 // only for the closest results
	weightBigrams  = 0.7  // a Chinese word found by its character bigrams
	weightPart     = 0.5  // a Chinese word found by a word inside it: 财务 for 财务部
	weightPrefix   = 0.6  // a word the open (last) query word begins
	weightPinyin   = 0.9  // 定价 for "dingjia"
	weightInitials = 0.6  // 定价 for "dj"
	weightCode     = 3    // a node's code, written whole ("3.2.2")
)

// maxExpansions bounds the words an open query word may stand for, the most
// frequent kept; a single letter, which says little, stands for fewer.
const maxExpansions, maxExpansions1 = 64, 16

// Context and proximity, added to BM25F: a node scores a share of the
// scores of the sections above it and of its department (its context: a
// duty under "Pricing" is about pricing), and a bonus for query words close
// together in its text, from 1 for neighbours down to 1/d for words d
// apart, times the rarer word's weight.
const (
	weightSection   = 0.25
	weightDocument  = 0.5
	weightProximity = 0.5
	// weightNamed replaces a section's or department's share of context
	// when its name carries the query's main words: a department or
	// position the query names ("谁负责财务": 财务部). Its duties are then
	// evidence as strong as its name, whether or not they repeat it: the
	// finance department's "管理公司的收支" answers who handles finance.
	weightNamed = 1.0
)

// alt is one index term that a query word is found by.
type alt struct {
	term    int32     // -1: found by bigrams
	bigrams []int32   // a Chinese word's bigram terms, all of which must occur
	split   *splitAlt // a piece of a compound the texts say split (splitSays)
	weight  float32   // the share above times the term's inverse document frequency
	related bool
	synonym bool // a synonym of the word, or a word holding the character asked for: evidence of the word at its own weight only
	// part is the share of a Chinese word's characters that a word
	// inside it holds (市场 of 市场调研: 0.5), 0 for any other
	// alternative: a text holding it says the word in part (partAlts).
	part float32
}

// cword is a query word compiled against one language's index.
type cword struct {
	alts   []alt
	weight float32 // its heaviest alternative's weight: what proximity counts
	role   bool    // a role's verb in a role question (qword.role)
	often  bool    // a frequency word saying which work (qword.often): it ranks, never matches alone
	// whole marks a node's whole code or name that the query is: the node
	// ranks first, what lies beneath it next (whit.whole). A name is also
	// only a mark: its words are the query's words, which count already.
	whole, name bool
	// verbAlone marks the verb of a question that asks about nothing but
	// it ("who recruits?"): a text holding it through a synonym ("Hire
	// new staff") holds the verb, at its whole weight (mainWeights), as
	// "who hires?" is answered by the same duty.
	verbAlone bool
}

// wholeBits are the bits of cws's whole codes and names.
func wholeBits(cws []cword) uint64 {
	var m uint64
	for i, c := range cws[:min(len(cws), 64)] {
		if c.whole {
			m |= 1 << i
		}
	}
	return m
}

// compileWord finds the terms of w's index that q finds.
func (w *wordIndex) compileWord(q qword, other *wordIndex, related bool) cword {
	c := cword{role: q.role, often: q.often}
	seen := map[int32]bool{}
	add := func(a alt) {
		if a.term >= 0 {
			if seen[a.term] {
				return
			}
			seen[a.term] = true
		}
		c.alts = append(c.alts, a)
		c.weight = max(c.weight, a.weight)
	}
	main, ok := w.term(q.term)
	held := ok // some text holds the word itself
	var mainDF int32
	if ok {
		mainDF = w.df[main]
		add(alt{term: main, weight: w.idf(mainDF)})
	}
	if q.joined != "" {
		// The word written with hyphens, written together: "followup"
		// says the "follow" and the "up" of "follow-up" as the text
		// that hyphenates them does.
		if id, ok := w.term(q.joined); ok {
			add(alt{term: id, weight: w.idf(max(mainDF, w.df[id]))})
			held = true
		}
	}
	synonyms := analysis.Synonyms(q.term)
	if q.phrase != "" {
		// A phrase of the synonym list the word is a word of ("trade
		// show"): a text that writes it says the word, as one that
		// writes the phrase's synonyms ("exhibition") does.
		if id, ok := w.term(q.phrase); ok {
			add(alt{term: id, weight: w.idf(max(mainDF, w.df[id]))})
			held = true
		}
		synonyms = append(slices.Clip(synonyms), analysis.Synonyms(q.phrase)...)
	}
	for _, s := range synonyms {
		if s.Related && !related {
			continue
		}
		id, ok := w.term(s.Term)
		if !ok {
			// A Chinese synonym the dictionary lacks (差旅 of 出差) is
			// in the texts as its characters: found by its bigrams, as
			// the word itself would be, at a synonym's share.
			if !s.Related && utf8.RuneCountInString(s.Term) >= 2 && hasHan(s.Term) {
				if a, ok := w.bigramAlt(s.Term); ok {
					a.weight *= weightSynonym
					a.synonym = true
					add(a)
				}
			}
			continue
		}
		// A synonym weighs no more than the word would: a rare synonym
		// must not outrank the word asked for (as Lucene's SynonymQuery
		// scores a word and its synonyms with their largest frequency).
		share := float32(weightSynonym)
		switch {
		case s.Related:
			share = weightRelated
		case !held:
			// No text holds the word itself: its synonyms are the only
			// way a text can say it, and say it as well as the word
			// would (吵架, which the content never writes, is 争吵).
			share = 1
		}
		add(alt{term: id, weight: share * w.idf(max(mainDF, w.df[id])), related: s.Related, synonym: !s.Related})
	}
	if q.han && utf8.RuneCountInString(q.term) >= 2 {
		if a, ok := w.bigramAlt(q.term); ok {
			add(a)
		}
		// A text holding every piece of the word says it, wherever it
		// puts them (调研市场 for 市场调研).
		if a, ok := w.piecesAlt(q.term); ok {
			add(a)
		}
	}
	switch {
	case q.head:
		// The head of a compound no text holds (税 of 报税) stands for
		// the words built on it or ending in it (headWords: 税务), each
		// at its own weight as a synonym is: what the compound is about.
		head, _ := utf8.DecodeRuneInString(q.term)
		for _, t := range w.headWords(head) {
			add(alt{term: t, weight: weightSynonym * w.idf(w.df[t]), synonym: true})
		}
	case q.alone:
		// One Chinese character typed alone stands for the words that
		// hold it, wherever it is in the query: 定 finds 定价, and so
		// does 价 in "定 价". It weighs as rare as the character is, not
		// as each word is: 发 is in 发布, 开发, 发展 … and says little
		// beside 工资. A character cut out of a longer run (斑 and 马
		// of 斑马, a word the dictionary lacks) is only itself: it
		// must not answer for the word through 兵强马壮.
		terms, df := w.holding(q.term)
		for _, t := range terms {
			// Evidence of the character at its own weight, as a synonym
			// is: 发展 holds 发 as a frequent character, not as the
			// rare word 发.
			add(alt{term: t, weight: weightPrefix * w.idf(max(mainDF, df)), synonym: true})
		}
	case q.open && !w.isSurface(q.folded):
		for _, t := range w.expand(q.folded) {
			add(alt{term: t, weight: weightPrefix * w.idf(w.df[t])})
		}
	}
	if !ok && w.readsAsPinyin(q, other) {
		readings := w.readings(q.folded, q.open)
		if len(readings) > maxExpansions {
			// A short beginning ("di") begins thousands of readings: the
			// most frequent words' are kept, as for other open words.
			readings = slices.Clone(readings)
			slices.SortStableFunc(readings, func(a, b reading) int { return cmp.Compare(w.df[b.term], w.df[a.term]) })
			readings = readings[:maxExpansions]
		}
		for _, r := range readings {
			share := float32(weightPinyin)
			switch {
			case r.initials:
				share = weightInitials
			case r.pinyin != q.folded:
				share = weightPrefix
			}
			add(alt{term: r.term, weight: share * w.idf(w.df[r.term])})
		}
		// Pinyin typed joined, read as the characters it spells: 盘点
		// for "pandian" where the segmenter cut 五盘 and 点, 法律咨询 for
		// "falvzixun" (joinedAlts).
		for _, a := range w.joinedAlts(q.folded) {
			add(a)
		}
	}
	if q.han {
		for _, a := range w.partAlts(q.term, mainDF) {
			add(a)
		}
	}
	return c
}

// bigramAlt finds a Chinese word by its character bigrams.
func (w *wordIndex) bigramAlt(word string) (alt, bool) {
	var ids []int32
	for _, b := range analysis.Bigrams(word) {
		id, ok := w.term(bigramMark + b)
		if !ok {
			return alt{term: -1}, false
		}
		ids = append(ids, id)
	}
	return w.bigramsAlt(ids, weightBigrams), true
}

// bigramsAlt is the alternative that finds the texts holding every one
// of the bigram terms ids (which it keeps), weighing share of their mean
// inverse document frequency: a Chinese word's (bigramAlt) or a
// character sequence joined pinyin spells (spelledAlt).
func (w *wordIndex) bigramsAlt(ids []int32, share float32) alt {
	a := alt{term: -1, bigrams: ids}
	var sum float32
	for _, id := range a.bigrams {
		sum += w.idf(w.df[id])
	}
	a.weight = share * sum / float32(len(a.bigrams))
	// Walk the rarest bigram's postings and look the others up.
	slices.SortFunc(a.bigrams, func(x, y int32) int { return cmp.Compare(w.df[x], w.df[y]) })
	return a
}

func (w *wordIndex) isSurface(word string) bool {
	r := w.surfaceRange(word)
	return len(r) > 0 && r[0].word == word
}

// expand returns the terms of the words that begin with prefix, the most
// frequent first, at most maxExpansions (Elasticsearch's
// match_bool_prefix caps them the same way).
func (w *wordIndex) expand(prefix string) []int32 {
	var out []int32
	for _, s := range w.surfaceRange(prefix) {
		if !slices.Contains(out, s.term) {
			out = append(out, s.term)
		}
	}
	limit := maxExpansions
	if utf8.RuneCountInString(prefix) == 1 {
		limit = maxExpansions1
	}
	if len(out) > limit {
		slices.SortStableFunc(out, func(a, b int32) int { return cmp.Compare(w.df[b], w.df[a]) })
		out = out[:limit]
	}
	return out
}

// holding returns the terms of the surface words that hold the Chinese
// character ch beside other characters (ch alone is the word's own
// term), all of them or the maxExpansions most frequent, and the number
// of texts that hold one of them at most (the sum of their document
// frequencies, up to the number of texts).
func (w *wordIndex) holding(ch string) ([]int32, int32) {
	r, n := utf8.DecodeRuneInString(ch)
	if n != len(ch) {
		return nil, 0 // not one character
	}
	table := w.holdersTable()
	lo, hi := holderRange(table, r)
	var out []int32
	var df int64
	for _, h := range table[lo:hi] {
		out = append(out, h.term)
		df += int64(w.df[h.term])
	}
	if len(out) > maxExpansions {
		slices.SortStableFunc(out, func(a, b int32) int { return cmp.Compare(w.df[b], w.df[a]) })
		out = out[:maxExpansions]
	}
	return out, int32(min(df, int64(w.docs)))
}

// holderRange returns where the holders of ch are in table.
func holderRange(table []holder, ch rune) (lo, hi int) {
	lo, _ = slices.BinarySearchFunc(table, ch, func(h holder, r rune) int { return cmp.Compare(h.ch, r) })
	hi = lo
	for hi < len(table) && table[hi].ch == ch {
		hi++
	}
	return lo, hi
}

// readsAsPinyin reports whether query word q, which w does not hold as a
// term, is read as pinyin in w: letters a to z, not an abbreviation, and
// not a word the other language's texts write (other may be nil).
func (w *wordIndex) readsAsPinyin(q qword, other *wordIndex) bool {
	return !q.abbrev && !q.english && isPinyin(q.folded) && (other == nil || !other.isSurface(q.folded))
}

// pinyinAmidEnglish marks the words of p written among English words
// (another word of p is a term the English texts hold) that are no pinyin
// of two syllables or more (analysis.PinyinSplits): "go" and "ban" of
// "where do refunds go", "who does ban", are English words the texts do
// not write, not 公司 or 办公室. Pinyin typed among English words is read
// as pinyin when it is a word's two syllables or more ("who handles
// dingjia"); a question all in pinyin ("shei guan qian") has no English
// word to be among.
func (ix *Index) pinyinAmidEnglish(p plan) plan {
	en := ix.wordsOf(model.En)
	if en == nil {
		return p
	}
	english := func(q qword) bool {
		_, ok := en.term(q.term)
		return ok && !q.han
	}
	if !slices.ContainsFunc(p.words, english) {
		return p
	}
	var words []qword
	for i, q := range p.words {
		if q.han || q.abbrev || english(q) || !isPinyin(q.folded) || slices.ContainsFunc(analysis.PinyinSplits(q.folded), func(s []string) bool { return len(s) >= 2 }) {
			continue
		}
		if words == nil {
			words = slices.Clone(p.words) // p's words may be shared
		}
		words[i].english = true
	}
	if words != nil {
		p.words = words
	}
	return p
}

// isPinyin reports whether s could be pinyin: two letters or more, a to z.
func isPinyin(s string) bool {
	if len(s) < 2 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return true
}

// scratch is one search's per-node working memory, pooled by the index.
//
// What the search finds of a node is kept in a cell of its own, made the
// first time the node is written to, not in arrays as long as the
// organisation: a search touches a few of the nodes (a rare word 2% of
// them), and a fresh process pays a page fault for every 4 KB of memory
// it first writes to, which five arrays of 100,000 nodes, written here
// and there, cost nearly whole (3.6 MB a language).
type scratch struct {
	slot    []int32 // per node: its cell's index in cells, 0 for a node not touched yet
	cells   []cell  // cells[0] is the zero cell of every untouched node, never written
	made    []int32 // the nodes that have a cell
	touched []int32
	curT    []int32
	bits    []uint64 // per term id: the query words it stands for
	// Per owner: its best duty's score for the current word, and the sum
	// of those over the words so far (how well its duties together cover
	// the query).
	obest, cover []float32
	oT, oCov     []int32
}

// cell is what a search has found of one node so far.
type cell struct {
	own    float32 // the node's own BM25F score
	cur    float32 // the current word's score
	mask   uint64  // query words the node matched, strongly
	direct uint64  // query words the node matched by the word itself, not a synonym
	rel    uint64  // query words the node matched only by related terms
	// inPart: the query words the node holds only by words inside them,
	// and the weight that holds of them (zh_parts.go).
	inPart     uint64
	inPartHeld float32
}

// of is what the search has found of node n so far: a copy, the zero
// cell for a node it has not touched.
func (s *scratch) of(n int32) cell { return s.cells[s.slot[n]] }

// set is node n's cell, to write to, made the first time. It is valid
// until the next call of set: a new cell may move the others.
func (s *scratch) set(n int32) *cell {
	i := s.slot[n]
	if i == 0 {
		i = int32(len(s.cells))
		s.cells = append(s.cells, cell{})
		s.slot[n] = i
		s.made = append(s.made, n)
	}
	return &s.cells[i]
}

var scratchPools [model.NumLangs]sync.Pool

func (ix *Index) getScratch(w *wordIndex) *scratch {
	if s, ok := scratchPools[w.lang].Get().(*scratch); ok && len(s.slot) == len(ix.nodes) && len(s.bits) == len(w.vocab) {
		return s
	}
	n, no := len(ix.nodes), len(ix.owners)
	return &scratch{slot: make([]int32, n), cells: make([]cell, 1, 1024),
		bits: make([]uint64, len(w.vocab)), obest: make([]float32, no), cover: make([]float32, no)}
}

func putScratch(w *wordIndex, s *scratch) { scratchPools[w.lang].Put(s) }

// coverage is how well an owner's duties cover a query: the sum, over the
// query's words, of its best duty's score for each.
type coverage struct {
	owner int32
	score float32
}

// whit is a node matched by words in one language.
type whit struct {
	node  int32
	score float32
	mask  uint64 // query words matched strongly
	rel   uint64 // query words matched only by related terms
	// derived: query words the text holds only in forms of another word
	// of their stem ("govern" for "government": demoteDerived).
	derived uint64
	// kinds: Chinese query words the text holds only as another kind of
	// them (客户档案 for the 档案 of 人事档案: demoteOtherKinds).
	kinds uint64
	lang  model.Lang
	// held is the weight of the query's words the node holds, and main
	// whether that makes it mention the query's main words
	// (wquery.mainMatch), worked out once the query's weights are known.
	held float32
	main bool
	tier uint8 // 0: under a department; 1: under a topic or relation
	// whole: 2 when the query is the node's code or name (cword.whole), 1
	// when it lies beneath such a node, 0 otherwise.
	whole uint8
	// named: the node is a department or position the query names, or
	// lies beneath one (Index.named).
	named bool
	// titled: the query words a duty holds through the title of the
	// section it is listed in (section), not its own text (titled.go).
	titled  uint64
	section int32
}

// wordSearch scores every node of w that matches a word of cws, keeping
// those keep allows. It returns them unordered.
//
// Proximity is added to every hit when limit <= 0; otherwise only to the
// hits that could still rank among the best 4×limit+64 with it, which are
// all the results can come from (group).
func (ix *Index) wordSearch(w *wordIndex, qws []qword, cws []cword, keep func(i int32) bool, limit int, stop func() bool) ([]whit, []coverage, []namedOwner, error) {
	s := ix.getScratch(w)
	defer putScratch(w, s)
	s.touched, s.oCov = s.touched[:0], s.oCov[:0]
	for i, c := range cws {
		if stop() {
			ix.clearScratch(s, cws)
			return nil, nil, nil, context.Canceled
		}
		bit := uint64(1) << i
		s.curT = s.curT[:0]
		for _, a := range c.alts {
			if a.term >= 0 {
				s.bits[a.term] |= bit
				nodes, impacts := w.postings(a.term)
				direct := !a.related && !a.synonym && a.part == 0
				for k, n := range nodes {
					if a.part > 0 && s.of(n).cur <= 0 && !c.name {
						s.heldInPart(n, bit, a)
					}
					s.score(n, a.weight*impacts[k], a.related)
					if direct {
						s.set(n).direct |= bit
					}
				}
				continue
			}
			if a.split != nil {
				ix.splitMatches(w, a, s)
				continue
			}
			for _, b := range a.bigrams {
				s.bits[b] |= bit
			}
			w.bigramMatches(a, s, bit)
		}
		for _, n := range s.curT {
			x := s.set(n)
			if x.own == 0 && x.mask == 0 && x.rel == 0 {
				s.touched = append(s.touched, n)
			}
			v := x.cur
			if v < 0 { // matched only by related terms
				v = -v
				x.rel |= bit
			} else {
				x.mask |= bit
				if o := ix.owner[n]; o >= 0 && keep(n) {
					if s.obest[o] == 0 {
						s.oT = append(s.oT, o)
					}
					s.obest[o] = max(s.obest[o], v)
				}
			}
			// A role's verb ranks by proximity alone, how close it
			// stands to the work: "approve the prices", not "set prices
			// and approve the promotion" (roleVerbs).
			if !c.role {
				x.own += v
			}
			x.cur = 0
		}
		for _, o := range s.oT {
			if s.cover[o] == 0 {
				s.oCov = append(s.oCov, o)
			}
			s.cover[o] += s.obest[o]
			s.obest[o] = 0
		}
		s.oT = s.oT[:0]
	}
	cover := make([]coverage, len(s.oCov))
	for i, o := range s.oCov {
		cover[i] = coverage{o, s.cover[o]}
		s.cover[o] = 0
	}
	named := ix.named(w, s, qws, cws, keep)
	titled := ix.titledDuties(w, s, qws, cws, keep)
	// Where each titled duty is in titled: a duty is listed once, under
	// its own section.
	var titledAt map[int32]int
	if len(titled) > 0 {
		titledAt = make(map[int32]int, len(titled))
		for i, t := range titled {
			titledAt[t.node] = i
		}
	}
	ws, syn, _ := mainWeights(cws)
	whole := wholeBits(cws)
	var work uint64 // the words that are not a role's verb (roleVerbs) nor a frequency (qword.often)
	for i, c := range cws {
		if !c.role && !c.often {
			work |= 1 << i
		}
	}
	hits := make([]whit, 0, len(s.touched))
	for _, n := range s.touched {
		// A text with a role's verb and none of the work's words does
		// not answer a role question ("who approves prices": "approve
		// expenses"): the verb only ranks.
		x := s.of(n)
		if !keep(n) || (x.mask|x.rel)&work == 0 {
			continue
		}
		h := whit{node: n, score: x.own, mask: x.mask, rel: x.rel, held: s.held(n, ws, syn), lang: w.lang}
		if i, ok := titledAt[n]; ok {
			h.titled, h.section = titled[i].mask, titled[i].section
		}
		h.tier = ix.tierOf(n)
		// Context: the own scores of the sections above and of the
		// document, all of a department's or position's the query names.
		h.named = len(named) > 0 && isNamed(named, n)
		if x.mask&whole != 0 {
			h.whole = 2
		}
		for p := ix.parent[n]; p >= 0; p = ix.parent[p] {
			xp := s.of(p)
			if xp.mask&whole != 0 {
				h.whole = max(h.whole, 1)
			}
			switch {
			case len(named) > 0 && isNamed(named, p):
				h.named = true
				h.score += weightNamed * xp.own
			case ix.parent[p] < 0:
				h.score += weightDocument * xp.own
			default:
				h.score += weightSection * xp.own
			}
		}
		hits = append(hits, h)
	}
	tier, floor := uint8(255), float32(0) // hits ranking below (tier, floor) cannot make the list
	if k := candidates(limit); limit > 0 && len(hits) > k {
		tier, floor = kthBest(hits, k)
		floor -= maxProximity(cws)
	}
	for i := range hits {
		h := &hits[i]
		if bits.OnesCount64(h.mask) >= 2 && (h.tier < tier || h.tier == tier && (h.score >= floor || h.whole > 0)) {
			h.score += w.proximity(h.node, h.mask, cws, s.bits)
		}
	}
	ix.clearScratch(s, cws)
	return hits, cover, named, nil
}

// held is the weight of the query's words a node holds (mask), a word it
// holds only through a synonym (not in direct) weighing the synonym's
// weight (mainWeights).
func held(mask, direct uint64, ws, syn []float32) float32 {
	var got float32
	for m := mask; m != 0; m &= m - 1 {
		i := bits.TrailingZeros64(m)
		switch {
		case i >= len(ws):
		case direct&(1<<i) != 0:
			got += ws[i]
		default:
			got += syn[i]
		}
	}
	return got
}

// namedOwner is a department or position whose name carries the query's
// main words, or whose whole name the query is.
type namedOwner struct {
	node  int32
	score float32 // its own score
	lang  model.Lang
	// cover is the weight of the query's words its name holds
	// (mainWeights); whole is set when the query is its whole name.
	cover float32
	whole bool
}

func isNamed(named []namedOwner, n int32) bool {
	for _, o := range named {
		if o.node == n {
			return true
		}
	}
	return false
}

// maxNamed bounds the owners a query names: a word in every department's
// name ("department", "部") names none in particular.
const maxNamed = 8

// named finds the departments and positions whose title or aliases carry
// the query's main words as written, up to a plural (nameMask), and whose
// duties hold the rest, and makes each of their duties a hit that mentions
// those words: what the query names, they own. The units whose whole
// name the query is (cword.whole) are named whatever else is. It returns
// them, those named whole first, then the best named, none named by their
// words when more than maxNamed are.
func (ix *Index) named(w *wordIndex, s *scratch, qws []qword, cws []cword, keep func(int32) bool) []namedOwner {
	var named []namedOwner
	var masks []uint64
	if whole := wholeBits(cws); whole != 0 {
		ix.closeSubtrees()
		for _, n := range ix.ownerNodes {
			if x := s.of(n); x.mask&whole != 0 && keep(n) {
				named = append(named, namedOwner{node: n, score: x.own, lang: w.lang, whole: true})
				masks = append(masks, x.mask&^whole)
			}
		}
	}
	named, masks = ix.namedByWords(w, s, qws, cws, keep, named, masks)
	for k, o := range named {
		for d := o.node + 1; ix.under(d, o.node); d++ {
			if ix.kindOf(d) != model.KindDuty || !keep(d) {
				continue
			}
			x := s.set(d)
			if x.own == 0 && x.mask == 0 && x.rel == 0 {
				s.touched = append(s.touched, d)
			}
			x.mask |= masks[k]
			x.direct |= masks[k] // the name says the words as written
		}
	}
	slices.SortFunc(named, func(a, b namedOwner) int {
		return cmp.Or(cmp.Compare(boolInt(b.whole), boolInt(a.whole)), cmp.Compare(b.score, a.score), cmp.Compare(a.node, b.node))
	})
	return named
}

// namedByWords appends to named (and their word masks to masks) the
// departments and positions the query names by its main words (named),
// leaving out those already named; none when more than maxNamed are.
func (ix *Index) namedByWords(w *wordIndex, s *scratch, qws []qword, cws []cword, keep func(int32) bool, named []namedOwner, masks []uint64) ([]namedOwner, []uint64) {
	ws, _, need := mainWeights(cws)
	if need == 0 {
		return named, masks
	}
	// A name carrying the query's main words (half its weight, as
	// mainWeights weighs them) names its owner when the owner's duties
	// hold the rest of the words: "who manages finance" names the finance
	// department, one of whose duties is to manage; "design wind turbine
	// components" does not name the technicians who service turbines,
	// none of whose duties is to design. The name and the duties are the
	// owner's profile, as in expert finding (Balog et al., SIGIR 2006).
	want := need
	var mentioned uint64 // the words the content mentions
	for i, x := range ws {
		if x > 0 && i < 64 {
			mentioned |= 1 << i
		}
	}
	weight := func(m uint64) float32 { return maskWeight(ws, m) }
	nq := min(len(qws), len(cws), 64)
	singular := make([]string, nq)
	var eligible uint64 // the words that could name anything
	var verbs uint64    // the question's verb (qword.verb), not a role's
	var receives uint64 // whom its work goes to (qword.recipient): no name of its owner
	for i, q := range qws[:nq] {
		if q.verb && !q.role {
			verbs |= 1 << i
		}
		if q.recipient {
			receives |= 1 << i
		}
		singular[i] = analysis.Singular(q.folded)
		if !q.open || q.han || len(q.folded) >= 3 {
			eligible |= 1 << i
		}
	}
	if weight(eligible) < want*(1-1e-6) {
		return named, masks
	}
	// A department's name at the start of one Chinese word of the
	// dictionary (后勤 of 后勤保障), which no duty holds, names it.
	ix.closeSubtrees()
	first := len(named)
	for i, q := range qws[:nq] {
		if eligible&(1<<i) == 0 || !q.han || weight(1<<i) < want*(1-1e-6) {
			continue
		}
		for k, n := range ix.ownerNodes {
			if ix.parent[n] >= 0 || !keep(n) || isNamed(named, n) || !ix.namesCompoundHead(w, ix.ownerName(w.lang, k), q.term, keep) {
				continue
			}
			if len(named)-first == maxNamed {
				return named[:first], masks[:first]
			}
			named = append(named, namedOwner{node: n, score: s.of(n).own, lang: w.lang, cover: weight(1 << i)})
			masks = append(masks, 1<<i)
		}
	}
	// A word no text holds in either language, not even a name, is
	// something the query asks about that nobody is said to do: a name
	// holding the query's other words answers another question (办公 of
	// 总经理办公室 is no answer to 谁负责办公用品, whose 用品 nothing
	// mentions, as "office" of the General manager's office is none to
	// "who handles office supplies?").
	// The characters of a compound the segmenter split (发 and 货 of
	// 发货) are held where a text writes them side by side.
	other := ix.wordsOf(w.lang.Other())
	var sideBySide uint64
	for _, sp := range splitPairs(qws[:nq]) {
		bigram := bigramMark + qws[sp.first].term + qws[sp.first+1].term
		if _, ok := w.term(bigram); ok {
			sideBySide |= 3 << sp.first
		} else if _, ok := other.term(bigram); ok {
			sideBySide |= 3 << sp.first
		}
	}
	for i, q := range qws[:nq] {
		if !q.stop && !q.role && sideBySide&(1<<i) == 0 && !q.knownIn(w) && !q.knownIn(other) {
			return named, masks
		}
	}
	ix.closeSubtrees()
	before := len(named)
	var saidByDuties uint64 // the words a duty holds (namedInside)
	for _, d := range s.touched {
		if ix.kindOf(d) == model.KindDuty && keep(d) {
			saidByDuties |= s.of(d).mask
		}
	}
	for k, n := range ix.ownerNodes {
		x := s.of(n)
		if x.mask&eligible == 0 || !keep(n) || isNamed(named[:before], n) {
			continue
		}
		dept := ix.parent[n] < 0
		if weight(x.mask&eligible) < want*(1-1e-6) && !dept {
			continue
		}
		m := nameMask(ix.ownerName(w.lang, k), qws, singular) & x.mask &^ receives
		if m == 0 {
			continue
		}
		// A department's name that holds what the question's verb is
		// done to names its work: "who runs the union" is answered by the
		// Trade union office as "who is in charge of the union" is,
		// whatever verb its duties use, or with none listed (tryout24
		// H10). A position's name says what its holder does with it
		// (产品企划主管 plans products, it does not sell them: 谁销售产品).
		rest := mentioned &^ m
		if dept {
			rest &^= verbs
		}
		inside := dept && namedInside(qws, m, rest, saidByDuties)
		if weight(m) < want*(1-1e-6) && !inside {
			continue
		}
		if inside {
			rest = 0
		}
		for d := n + 1; ix.under(d, n) && rest != 0; d++ {
			if ix.kindOf(d) == model.KindDuty {
				rest &^= s.of(d).mask
			}
		}
		if rest != 0 {
			continue
		}
		if len(named)-before == maxNamed {
			return named[:before], masks[:before]
		}
		named = append(named, namedOwner{node: n, score: x.own, lang: w.lang, cover: weight(m)})
		masks = append(masks, m)
	}
	return ix.namedWholeFirst(w.lang, qws[:nq], singular, named, masks, before)
}

// namedInside reports whether a department's name, holding the query's
// words m, names the one the work asked about belongs to: m says what the
// rest of the object (rest: its other words, the verb left out) is about,
// coming before it as a modifier does, and no duty holds any word of m
// (saidByDuties), so the name is all the content says of it. 谁负责工会活动
// and "who runs union events" are the Trade union office's, 谁负责后勤保障
// 后勤部's, as 谁负责工会 and "who runs the union" are (tryout26 U13). A
// word duties hold is their work ("who handles sales promotions" stays
// with the duty that runs them), and a noun every unit's name may end with
// names none ("office" of "who handles office supplies").
func namedInside(qws []qword, m, rest, saidByDuties uint64) bool {
	if m == 0 || rest == 0 || m&saidByDuties != 0 {
		return false
	}
	for b := m; b != 0; b &= b - 1 {
		if i := bits.TrailingZeros64(b); i >= len(qws) || analysis.IsUnitNoun(qws[i].folded) {
			return false
		}
	}
	return bits.Len64(m) <= bits.TrailingZeros64(rest) // every word of m before every word of rest
}

// namesCompoundHead reports whether a Chinese query word one word of the
// dictionary (后勤保障) begins with a word of a department's name (后勤 of
// 后勤部) that no duty holds (keep chooses the duties): the department's
// name says what the rest of the word is about, as namedInside reads a
// name before the object's other words (谁负责后勤保障: 后勤部, tryout26
// U13). A word duties hold is their work.
func (ix *Index) namesCompoundHead(w *wordIndex, name []nameWord, term string, keep func(int32) bool) bool {
	for _, nw := range name {
		if !nw.han || nw.run || utf8.RuneCountInString(nw.folded) < 2 || analysis.IsUnitNoun(nw.folded) ||
			len(term) <= len(nw.folded) || !strings.HasPrefix(term, nw.folded) {
			continue
		}
		id, ok := w.term(nw.folded)
		if !ok {
			return true // only the name holds it
		}
		nodes, _ := w.postings(id)
		if !slices.ContainsFunc(nodes, func(d int32) bool { return ix.kindOf(d) == model.KindDuty && keep(d) }) {
			return true
		}
	}
	return false
}

// namedWholeFirst leaves out of named[before:] (and masks) the units that
// the query's words name only in part when those words say a department's
// whole name, and the unit lies outside it: "who is in charge of sales"
// names the Sales department, not the Marketing department's Sales support
// sub-department, whose name holds "sales" beside "support" (tryout26
// U20); "谁负责销售" 销售部, not 销售支持部. Positions and sub-departments
// of the department named keep their place.
func (ix *Index) namedWholeFirst(lang model.Lang, qws []qword, singular []string, named []namedOwner, masks []uint64, before int) ([]namedOwner, []uint64) {
	var whole []int // named departments whose name the words say whole
	for k := before; k < len(named); k++ {
		if n := named[k].node; ix.parent[n] < 0 && ix.nameSaidWhole(lang, n, qws, singular) {
			whole = append(whole, k)
		}
	}
	if len(whole) == 0 {
		return named, masks
	}
	keep := before
	for k := before; k < len(named); k++ {
		n := named[k].node
		drop := false
		for _, d := range whole {
			if ix.dept[n] != ix.dept[named[d].node] && masks[k]&^masks[d] == 0 {
				drop = true
				break
			}
		}
		if drop && !ix.nameSaidWhole(lang, n, qws, singular) {
			continue
		}
		named[keep], masks[keep] = named[k], masks[k]
		keep++
	}
	return named[:keep], masks[:keep]
}

// nameSaidWhole reports whether the query's words say the whole of node
// n's name or one of its aliases in lang: every word of it but the nouns
// any unit's name ends with (department, 部; analysis.IsUnitNoun), a
// Chinese word also when it is a query's word and such a noun (销售部).
func (ix *Index) nameSaidWhole(lang model.Lang, n int32, qws []qword, singular []string) bool {
	an := &analysis.Analyzer{Parts: true}
	node := ix.node(n)
	said := func(t analysis.Token) bool {
		if analysis.IsUnitNoun(t.Folded) {
			return true
		}
		nw := nameWord{folded: t.Folded, singular: analysis.Singular(t.Folded), han: t.Han}
		for i, q := range qws {
			if namesWord(nw, q, singular[i]) {
				return true
			}
			if t.Han && q.han && q.term != "" && strings.HasPrefix(t.Folded, q.term) && analysis.IsUnitNoun(strings.TrimPrefix(t.Folded, q.term)) {
				return true
			}
		}
		return false
	}
	var toks []analysis.Token
	for _, text := range append([]string{node.Title[lang]}, node.Aliases()[lang]...) {
		toks = an.Tokens(text, toks[:0])
		all, any := true, false
		for _, t := range toks {
			if t.Kind != analysis.Word || t.Stop {
				continue
			}
			any = true
			if !said(t) {
				all = false
				break
			}
		}
		if any && all {
			return true
		}
	}
	return false
}

// nameWord is a word of a department's or position's name: a folded
// English word and its singular, or a Chinese word or a word inside one,
// or (run) a run of the name's Chinese characters as written, however the
// segmenter cut it (发货员, cut 发 and 货员). part marks a Chinese word
// inside a word of the name (策划 of 策划部).
type nameWord struct {
	folded, singular string
	han, run, part   bool
}

// ownerName returns the words of the name (title and aliases) in lang of
// node ownerNodes[k], working them out the first time they are asked for:
// a search reads the names of the few owners its words match, never all
// of them (at 100,000 duties analysing every name took 6 ms a search).
func (ix *Index) ownerName(lang model.Lang, k int) []nameWord {
	ix.closeSubtrees()
	n := &ix.names[lang]
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.words == nil {
		n.words = make([][]nameWord, len(ix.ownerNodes))
		n.done = make([]bool, len(ix.ownerNodes))
	}
	if !n.done[k] {
		if n.an == nil {
			n.an = &analysis.Analyzer{Parts: true} // one for every name: names share their words
		}
		n.words[k], n.done[k] = ix.nameWords(n.an, ix.ownerNodes[k], lang), true
	}
	return n.words[k]
}

// ownerNamesAll works out the words of every owner's name in lang
// (Prepare), so that no search waits for them.
func (ix *Index) ownerNamesAll(lang model.Lang) {
	ix.closeSubtrees()
	for k := range ix.ownerNodes {
		ix.ownerName(lang, k)
	}
}

// nameWords analyses the name (title and aliases) in lang of node i.
func (ix *Index) nameWords(an *analysis.Analyzer, i int32, lang model.Lang) []nameWord {
	node := ix.node(i)
	var words []nameWord
	var toks []analysis.Token
	for _, text := range append([]string{node.Title[lang]}, node.Aliases()[lang]...) {
		toks = an.Tokens(text, toks[:0])
		for _, t := range toks {
			if t.Stop || t.Kind == analysis.Phrase {
				continue
			}
			words = append(words, nameWord{folded: t.Folded, singular: analysis.Singular(t.Folded), han: t.Han, part: t.Kind == analysis.Part})
		}
		for run := range hanRuns(text) {
			if utf8.RuneCountInString(run) > 2 {
				words = append(words, nameWord{folded: run, han: true, run: true})
			}
		}
	}
	return words
}

// hanRuns yields the runs of Chinese characters of text.
func hanRuns(text string) func(yield func(string) bool) {
	return func(yield func(string) bool) {
		start := -1
		for i, r := range text + " " {
			switch {
			case analysis.IsHan(r) && start < 0:
				start = i
			case !analysis.IsHan(r) && start >= 0:
				if !yield(text[start:i]) {
					return
				}
				start = -1
			}
		}
	}
}

// nameMask returns the query words that a name holds as written: the same
// Chinese word, or a word inside one (财务 in 财务部); the same English word
// up to a plural (analysis.Singular), or, for the word being typed, the
// start of one. Stems are too loose for names: Porter2 makes "production"
// "product". singular holds each query word's singular.
//
// The two characters of a compound the segmenter split in the query
// (splitPairs: 发 and 货 of 谁发货, a word the dictionary lacks) are
// named by a name that writes them side by side, however it was cut
// itself (发货员: 发 and 货员): the name says the compound.
func nameMask(name []nameWord, qws []qword, singular []string) uint64 {
	var m, byPart uint64 // byPart: the words the name holds only inside its own (zh_names.go)
	for i, q := range qws[:len(singular)] {
		for _, nw := range name {
			if !namesWord(nw, q, singular[i]) {
				continue
			}
			m |= 1 << i
			if !nw.part {
				byPart &^= 1 << i
				break
			}
			byPart |= 1 << i
		}
	}
	m &^= compoundsNamedInPart(qws[:len(singular)], m, byPart)
	for _, sp := range splitPairs(qws[:len(singular)]) {
		compound := qws[sp.first].term + qws[sp.first+1].term
		for _, nw := range name {
			if nw.run && strings.Contains(nw.folded, compound) {
				m |= 3 << sp.first
				break
			}
		}
	}
	return m
}

// namesWord reports whether a word of a name is the query word q.
func namesWord(nw nameWord, q qword, singular string) bool {
	switch {
	case nw.han != q.han || nw.run:
		return false
	case nw.han:
		return nw.folded == q.term
	case q.open && len(q.folded) >= 3 && strings.HasPrefix(nw.folded, q.folded):
		return true
	}
	return nw.singular == singular
}

// candidates is how many of the best hits a list of limit results can come
// from: several hits of the same text make one result.
func candidates(limit int) int { return 4*limit + 64 }

// kthBest returns the rank (tier, then score) of the k-th best hit.
func kthBest(hits []whit, k int) (uint8, float32) {
	keys := make([]float64, len(hits))
	for i, h := range hits {
		keys[i] = float64(h.score) - float64(h.tier)*1e9
	}
	// Quickselect: keys[k-1] ends where a full sort, largest first, would put it.
	lo, hi, want := 0, len(keys)-1, k-1
	for lo < hi {
		p := keys[(lo+hi)/2]
		i, j := lo, hi
		for i <= j {
			for keys[i] > p {
				i++
			}
			for keys[j] < p {
				j--
			}
			if i <= j {
				keys[i], keys[j] = keys[j], keys[i]
				i++
				j--
			}
		}
		switch {
		case want <= j:
			hi = j
		case want >= i:
			lo = i
		default:
			lo = hi
		}
	}
	key := keys[want]
	tier := uint8(0)
	for key < -5e8 {
		key += 1e9
		tier++
	}
	return tier, float32(key)
}

// maxProximity bounds the proximity bonus of any node for cws.
func maxProximity(cws []cword) float32 {
	var b float32
	for i := 0; i+1 < len(cws); i++ {
		b += weightProximity * max(cws[i].weight, cws[i+1].weight)
	}
	return b
}

// score keeps, for the current word, node n's best alternative: v, or
// (as a negative number) a related term's when nothing better matched.
func (s *scratch) score(n int32, v float32, related bool) {
	x := s.set(n)
	c := x.cur
	if c == 0 {
		s.curT = append(s.curT, n)
	}
	switch {
	case related && c == 0:
		x.cur = -v
	case related && c < 0:
		x.cur = -max(-c, v)
	case !related && v > c:
		x.cur = v
	}
}

func (ix *Index) clearScratch(s *scratch, cws []cword) {
	for _, n := range s.made {
		s.slot[n] = 0
	}
	s.made, s.cells = s.made[:0], s.cells[:1]
	for _, o := range s.oT {
		s.obest[o] = 0
	}
	for _, o := range s.oCov {
		s.cover[o] = 0
	}
	s.oT = s.oT[:0]
	for _, c := range cws {
		for _, a := range c.alts {
			if a.term >= 0 {
				s.bits[a.term] = 0
			}
			for _, b := range a.bigrams {
				s.bits[b] = 0
			}
		}
	}
}

// bigramMatches scores the nodes holding every bigram of a.
func (w *wordIndex) bigramMatches(a alt, s *scratch, bit uint64) {
	nodes, impacts := w.postings(a.bigrams[0])
	rest := a.bigrams[1:]
next:
	for k, n := range nodes {
		imp := impacts[k]
		for _, b := range rest {
			bn, bi := w.postings(b)
			j, ok := slices.BinarySearch(bn, n)
			if !ok {
				continue next
			}
			imp = min(imp, bi[j]) // saturation keeps order: the least frequent bigram's
		}
		s.score(n, a.weight*imp, false)
		s.set(n).direct |= bit
	}
}

// proximity is the bonus for query words near each other in node n's
// title: for each two words of the query that the title holds with no
// other held word between them in the query, the smaller of their weights
// over their distance in the title, in words.
func (w *wordIndex) proximity(n int32, mask uint64, cws []cword, bitsOf []uint64) float32 {
	seq := w.tokens(n)
	var bonus float32
	for i := 0; i < len(cws); i++ {
		if mask&(1<<i) == 0 {
			continue
		}
		j := i + 1
		for j < len(cws) && mask&(1<<j) == 0 {
			j++
		}
		if j == len(cws) {
			break
		}
		a, b := uint64(1)<<i, uint64(1)<<j
		best := -1
		for x, tx := range seq {
			if bitsOf[tx.term]&a == 0 {
				continue
			}
			for _, ty := range seq[max(0, x-8):min(len(seq), x+9)] {
				if bitsOf[ty.term]&b == 0 {
					continue
				}
				d := int(tx.pos) - int(ty.pos)
				if d < 0 {
					d = -d
				}
				if best < 0 || d < best {
					best = d
				}
			}
		}
		if best >= 0 {
			bonus += weightProximity * min(cws[i].weight, cws[j].weight) / float32(max(best, 1))
		}
	}
	return bonus
}

// positions returns the runes of node n's title that matched a query word.
func (w *wordIndex) positions(n int32, bitsOf func(term int32) bool) []int {
	var out []int
	for _, t := range w.tokens(n) {
		if bitsOf(t.term) {
			for r := int(t.start); r < int(t.end); r++ {
				out = append(out, r)
			}
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// containsAll reports whether text holds every exact term, as fzf's 'x
// does: a substring, case-sensitive when the term has a capital. Both are
// folded as the letters texts are (foldText), so a term finds text written
// in any Unicode form, as a word does.
// The terms come compiled (compileExact): folded once per search, not
// once per text.
func containsAll(text string, exact []cterm) bool {
	var folded, cased string
	for _, t := range exact {
		h := &folded
		if t.cs {
			h = &cased
		}
		if *h == "" {
			*h = foldText(text, t.cs)
		}
		if !strings.Contains(*h, t.text) {
			return false
		}
	}
	return true
}

// compileExact compiles exact terms for containsAll.
func compileExact(exact []Term) []cterm {
	out := make([]cterm, len(exact))
	for i, t := range exact {
		out[i] = compileTerm(t)
	}
	return out
}

// headMorphemes adds to the query words of cws, in the search for the
// closest texts when nothing mentions the query, the index's words built
// on the head of a two-character Chinese word it does not hold at all:
// the word's last character (a Chinese compound's head, what 报税, 交税
// and 纳税 are about: 税), as the first of a two-character word (税务),
// where it most often keeps its meaning; a character inside an idiom or
// at a word's end is often another morpheme (马 of 兵强马壮 for 斑马, 域
// of 区域 for 私域). It keeps its meaning only in a word built on it: one
// written less often than the character alone (gse's dictionary counts:
// 税务 543 times, 税 2,494; 人力 and 人). A word written more often than
// its first character alone is a word of its own, whose first character
// means what the word makes it mean: 标准 (standard, 10,012; 标 1,971) is
// no bid of 招标, 销售 and 销量 (销 alone: 29) no write-off of 报销. The
// word is typed whole (纳税) or, when the
// dictionary lacks it, cut into its two characters (报 and 税). Each
// word found weighs as a related term, as rare as it is. Bounded by the
// character's holders (maxExpansions).
func (w *wordIndex) headMorphemes(cws []cword, words []qword) {
	n := min(len(cws), len(words), maxWords)
	found := func(i int) bool { return len(cws[i].alts) > 0 }
	single := func(i int) bool { return words[i].han && utf8.RuneCountInString(words[i].term) == 1 }
	for i := 0; i < n; i++ {
		at := -1 // the word whose term ends in the head
		switch q := words[i]; {
		case q.han && !q.joins && utf8.RuneCountInString(q.term) == 2 && !found(i) && (i+1 >= n || !words[i+1].joins):
			at = i
		case single(i) && !q.joins && i+1 < n && single(i+1) && words[i+1].joins && (i+2 >= n || !words[i+2].joins):
			at = i + 1
			i++
		}
		if at < 0 {
			continue
		}
		head, _ := utf8.DecodeLastRuneInString(words[at].term)
		for _, t := range w.builtOn(head) {
			a := alt{term: t, weight: weightRelated * w.idf(w.df[t]), related: true}
			cws[at].alts = append(cws[at].alts, a)
			cws[at].weight = max(cws[at].weight, a.weight)
		}
	}
}

// builtOn returns the index's words built on the character head, as
// headMorphemes chooses them: of two characters, head the first, written
// less often than head alone.
func (w *wordIndex) builtOn(head rune) []int32 { return w.twoCharWords(head, strings.HasPrefix) }

// headWords returns the index's words a compound's head stands for
// (qword.head): those built on it (builtOn: 税务 for 税 of 报税) and
// those of two characters that end in it, kinds of it, as a Chinese
// compound's last character is its head (货款 for 款 of 回款); each
// written less often than head alone. The head is the thing the compound
// is about: a word built on it that the dictionary reads as a verb uses
// the character as one, another word (报审, submit for review, says
// nothing of the 报 of 海报, a poster, or of 年报, an annual report:
// tryout26 U5).
func (w *wordIndex) headWords(head rune) []int32 {
	built := slices.DeleteFunc(w.builtOn(head), func(t int32) bool { return analysis.IsChineseVerb(w.vocab[t]) })
	return append(built, w.twoCharWords(head, strings.HasSuffix)...)
}

// twoCharWords returns the index's words of two characters that hold
// head where at says (strings.HasPrefix, strings.HasSuffix), written less
// often than head alone (analysis.Frequency).
func (w *wordIndex) twoCharWords(head rune, at func(s, affix string) bool) []int32 {
	terms, _ := w.holding(string(head))
	alone := analysis.Frequency(string(head))
	var out []int32
	for _, t := range terms {
		if word := w.vocab[t]; utf8.RuneCountInString(word) == 2 && at(word, string(head)) && analysis.Frequency(word) <= alone {
			out = append(out, t)
		}
	}
	return out
}

// maskWeight is the weight of the query words whose bits m sets, each
// word's weight ws[i] (mainWeights); bits past ws weigh nothing.
func maskWeight(ws []float32, m uint64) float32 {
	var got float32
	for b := m; b != 0; b &= b - 1 {
		if i := bits.TrailingZeros64(b); i < len(ws) {
			got += ws[i]
		}
	}
	return got
}
