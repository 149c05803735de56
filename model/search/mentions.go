package search

import (
	"encoding/binary"
	"iter"
	"maps"
	"math/bits"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"github.com/dutymap/dutymap/model"
	"github.com/dutymap/dutymap/model/analysis"
)

// notHeldInWords returns the missing words of a query that its other
// words answer without the Chinese characters that some duty or point
// nodeOK allows holds inside one of its words, in either language: a
// character the segmenter cut out of a longer run of the query (发 of
// 谁发工资) is searched for as a word of its own and matches none, but a
// note saying that no duty mentions “发” above 每月发放工资 would be
// untrue (search 发 finds it). The note names only what no text holds,
// as it does for longer words, which their bigrams and parts find inside
// other words. (When nothing answers, what no duty mentions as a word is
// why, and the note says so.)
func (ix *Index) notHeldInWords(missing []string, nodeOK []bool) []string {
	held := func(ch string) bool {
		for _, l := range model.Langs {
			w := ix.wordsOf(l)
			terms, _ := w.holding(ch)
			for _, t := range terms {
				nodes, _ := w.postings(t)
				for _, n := range nodes {
					if ix.kindOf(n).IsLeaf() && (nodeOK == nil || nodeOK[n]) {
						return true
					}
				}
			}
		}
		return false
	}
	return slices.DeleteFunc(missing, func(typed string) bool {
		r, size := utf8.DecodeRuneInString(typed)
		return size == len(typed) && analysis.IsHan(r) && held(typed)
	})
}

// dutyHolds reports whether some duty or point (nodeOK) holds words[i]'s
// own term or a synonym's, in either language, as the word index finds
// it: the word is mentioned, though the duties that hold it were matched
// by another word first.
func (ix *Index) dutyHolds(langs [2]model.Lang, cws [2][]cword, i int, nodeOK []bool) bool {
	for k, l := range langs {
		w := ix.wordsOf(l)
		for _, a := range cws[k][i].alts {
			if a.related || a.term < 0 {
				continue
			}
			nodes, _ := w.postings(a.term)
			for _, n := range nodes {
				if ix.kindOf(n).IsLeaf() && (nodeOK == nil || nodeOK[n]) {
					return true
				}
			}
		}
	}
	return false
}

// onceEach names each word once, as first typed: "price 定价 price"
// mentions “price” once.
func onceEach(words []string) []string {
	seen := map[string]bool{}
	return slices.DeleteFunc(words, func(w string) bool {
		f := analysis.Fold(w)
		if seen[f] {
			return true
		}
		seen[f] = true
		return false
	})
}

// dutyMentions returns the bits of the words of a question asking who
// does something (bit i for words[i]) that some duty among hits mentions
// as a whole word, in its text: the word's own term or a synonym's, in the
// duty's language. What decides whether such a question is answered
// (Index.unanswered) counts only these, not the other ways a word finds
// texts:
//   - a word that only a topic's or relation's text holds is mentioned by
//     no duty ("printers" in a note about who marketing deals with);
//   - the start of a longer word is not the word: a whole question's last
//     word is not one still being typed ("car" of "who fixes the car" is
//     not "care" or "carried"), unless the query is still being typed in
//     a search box (plan.typing: "pric" of "who sets pric" is "prices");
//   - a Chinese character is not the words that hold it (开 of 发票谁开
//     is not 开展: those are found as its expansions, not its term); a
//     longer Chinese word is said however the text's words cut it;
//   - a word the question says as an action, against a text's word of the
//     same stem made into an adjective (derivedSuffixes) or a noun of
//     another meaning (sameWord): "fixes" is not "a fixed route",
//     "collects" not "collective events", "informs" not "information".
//     Porter2 stems each pair alike.
func (ww *wholeWords) dutyMentions(hits []whit) uint64 {
	var got uint64
	for _, h := range hits {
		if got == ww.all {
			break
		}
		if h.mask&ww.all&^got != 0 && ww.ix.isWork(h.node) {
			got |= ww.of(h)
		}
	}
	return got
}

// keepWhole leaves in each duty among the hits of a question asking who
// only the words it says whole (dutyMentions), and drops the duties that
// say none: "Bring everyone together for collective events" neither
// answers "who collects the money" nor makes its unit an owner.
//
// A word being typed finds tens of thousands of duties at 100,000, each
// read token by token: past parallelWhole hits they are read on all CPUs,
// each worker with its own reading state (workerCopy), and what they
// worked out is remembered once they are done.
func (ww *wholeWords) keepWhole(hits []whit) []whit {
	// The word-by-word reading (of) last: most hits are settled by their
	// masks.
	read := func(h whit) bool {
		return h.mask&ww.all != 0 && h.mask&^ww.all == 0 && h.rel == 0 && ww.ix.isWork(h.node)
	}
	workers := min(runtime.GOMAXPROCS(0), max(1, len(hits)/max(1, parallelWhole)))
	if workers < 2 {
		return slices.DeleteFunc(hits, func(h whit) bool { return read(h) && !ww.saysSome(h) })
	}
	for i := range ww.action {
		ww.isAction(i) // worked out before the workers read it
	}
	drop := make([]bool, len(hits))
	copies := make([]*wholeWords, workers)
	for w := range copies {
		copies[w] = ww.workerCopy()
	}
	inChunks(len(hits), workers, func(w, lo, hi int) {
		for i := lo; i < hi; i++ {
			drop[i] = read(hits[i]) && !copies[w].saysSome(hits[i])
		}
	})
	for _, c := range copies {
		for _, a := range c.learnt {
			ww.memo[a.lang][a.word].set(a.node, a.yes)
		}
	}
	n := 0
	for i, h := range hits {
		if !drop[i] {
			hits[n] = h
			n++
		}
	}
	clear(hits[n:])
	return hits[:n]
}

// inChunks calls fn(w, lo, hi) for the chunks [lo, hi) of [0, n) on
// workers goroutines (w is the worker's number), which take the chunks in
// turn: a worker whose CPU another process or the garbage collector
// borrows falls behind by a chunk, not by its share of all.
func inChunks(n, workers int, fn func(w, lo, hi int)) {
	chunk := int64(hitsChunk)
	var next atomic.Int64
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			for lo := int(next.Add(chunk) - chunk); lo < n; lo = int(next.Add(chunk) - chunk) {
				fn(w, lo, min(n, lo+int(chunk)))
			}
		})
	}
	wg.Wait()
}

// hitsChunk is how many hits a worker of inChunks takes at a time.
var hitsChunk = 1024

// parallelWhole is how many hits each CPU reading them in keepWhole must
// have at least.
var parallelWhole = 4096

// workerCopy returns a copy of ww for one of keepWhole's workers: the
// question's words and the memos shared, read only; its own buffers and
// sameWord's answers; what it works out for the memos kept in learnt.
func (ww *wholeWords) workerCopy() *wholeWords {
	c := *ww
	c.said, c.bytes, c.learnt, c.worker = nil, titleBytes{}, nil, true
	return &c
}

// learnt is an answer of wholeWords.of for a memo: whether word's text
// node says it whole, in language lang (langs' index).
type learnt struct {
	node       int32
	lang, word uint8
	yes        bool
}

// wholeWords tells which words of a question a duty says whole. One
// search uses it, on one goroutine.
type wholeWords struct {
	said  map[sameWordKey]bool // sameWord's answers so far
	bytes titleBytes           // where the runes of the title of is reading start
	ix    *Index
	p     plan
	langs [2]model.Lang
	all   uint64 // the bits of the question's words
	// han: the bits of its Chinese words of two characters or more, which
	// a text holds whole however it finds them (as a word, by its
	// bigrams, by the words inside it: 售后服务 in 售前、售中和售后服务).
	han uint64
	// says: per language, the terms that say each word whole: its own
	// and its synonyms' (not related terms).
	says [2][]map[int32]bool
	// sayBits: per language, the bits of the words each term of says
	// says, by term id: a text's token is looked up once, whatever the
	// question's length, in an array, not a map (a word being typed has
	// thousands of terms, and tens of thousands of texts hold them).
	sayBits [2][]uint64
	// own: per language, each word's own term, or -1.
	own [2][]int32
	// companions: per language and word, the own terms of the question's
	// other words read as nouns, that a verb form of the word acts on
	// (actOnObject).
	companions [2][][]int32
	action     []int8 // per word: 0 not known yet, 1 an English action word, -1 not
	// memo: per language and word, what earlier keystrokes of a search
	// box found of which texts say it whole (textMemos); nil in a search
	// from scratch.
	memo [2][]*textMemo
	// pairs: the compounds of the question the segmenter split, which a
	// text says whole when it says them split (splitSays: 收款 in
	// 收回已售货物的货款).
	pairs []splitPair
	sets  [2][]splitSets // per language and pair (Index.splitSetsIn)
	// worker marks a copy reading hits beside others (keepWhole): it
	// keeps what it works out in learnt instead of writing the memos,
	// which a word of 64 nodes shares.
	worker bool
	learnt []learnt
}

// wholeWords makes the wholeWords of p, whose split compounds are pairs
// with their sets per language of langs (Index.splitSetsIn).
func (ix *Index) wholeWords(p plan, langs [2]model.Lang, pairs []splitPair, sets [2][]splitSets) *wholeWords {
	n := min(len(p.words), maxWords)
	ww := &wholeWords{ix: ix, p: p, langs: langs, all: 1<<n - 1, action: make([]int8, n), pairs: pairs, sets: sets}
	for k, l := range langs {
		w := ix.wordsOf(l)
		ww.says[k] = make([]map[int32]bool, n)
		ww.own[k] = make([]int32, n)
		for i, q := range p.words[:n] {
			m := map[int32]bool{}
			ww.own[k][i] = -1
			id, ok := w.term(q.term)
			if ok {
				m[id] = true
				ww.own[k][i] = id
			}
			for _, s := range analysis.Synonyms(q.term) {
				if id, ok := w.term(s.Term); ok && !s.Related {
					m[id] = true
				}
			}
			if q.phrase != "" {
				// "exhibition" says the "trade" and the "show" of
				// "trade show", as the phrase itself does.
				if id, ok := w.term(q.phrase); ok {
					m[id] = true
				}
				for _, s := range analysis.Synonyms(q.phrase) {
					if id, ok := w.term(s.Term); ok && !s.Related {
						m[id] = true
					}
				}
			}
			if id, ok := w.term(q.joined); ok && q.joined != "" {
				m[id] = true // "followup" says the "follow" of "follow-up"
			}
			if l == model.En && p.question {
				for _, id := range ix.actVerbTerms(w, q) {
					m[id] = true // "Back up the servers" says the "backups"
				}
			}
			if !ok && w.readsAsPinyin(q, ix.wordsOf(l.Other())) {
				// Pinyin says the Chinese words it reads as, as it finds
				// them (compileWord): "dingjia" of 谁负责dingjia is 定价.
				// Their full readings only: the initials ("dj") are too
				// few letters to say a word.
				for _, r := range w.readings(q.folded, p.typing && q.open) {
					if !r.initials {
						m[r.term] = true
					}
				}
			}
			if p.typing && q.open && !q.han && !w.isSurface(q.folded) {
				// A word still being typed is said by the words it
				// begins, as the index finds them (compileWord): "pric"
				// of "who sets pric" by "price" and "pricing". Chinese
				// is typed a word at a time (an input method commits
				// it whole): 开 of 发票谁开 is not 开展.
				for _, t := range w.expand(q.folded) {
					m[t] = true
				}
			}
			if q.head {
				// The words built on a compound's head, or ending in
				// it, say what it is about (qword.head, headWords).
				head, _ := utf8.DecodeRuneInString(q.term)
				for _, t := range w.headWords(head) {
					m[t] = true
				}
			}
			ww.says[k][i] = m
		}
		ww.sayBits[k] = getSayBits(len(w.vocab))
		for i, m := range ww.says[k] {
			for t := range m {
				if t >= 0 && int(t) < len(ww.sayBits[k]) {
					ww.sayBits[k][t] |= 1 << i
				}
			}
		}
	}
	for i, q := range p.words[:n] {
		if q.han && utf8.RuneCountInString(q.term) > 1 {
			ww.han |= 1 << i
		}
	}
	// The question's other words read as nouns, by their own terms only,
	// as actDoneTo reads them.
	for k := range langs {
		ww.companions[k] = make([][]int32, n)
		for i := range n {
			for j, q := range p.words[:n] {
				if j != i && !q.han && !q.stop && !q.role && !q.verb && ww.own[k][j] >= 0 {
					ww.companions[k][i] = append(ww.companions[k][i], ww.own[k][j])
				}
			}
		}
	}
	if p.memos != nil {
		for k, l := range langs {
			ww.memo[k] = make([]*textMemo, n)
			for i, q := range p.words[:n] {
				ww.memo[k][i] = p.memos.take(saysWholeKey{term: q.term, folded: q.folded, verb: q.verb, han: q.han,
					object: ww.inObject(i), lang: l, says: termsKey(ww.says[k][i])})
			}
		}
	}
	return ww
}

// saysWholeKey is what wholeWords.of's answer for one word depends on:
// the terms that say it (says), the word as written and analysed (for
// the forms that say it as an action, sameWord and nounPlace), whether
// it is the question's verb or a word of its object, and the text's
// language. Not whether it is still being typed, but for the terms that
// makes say it: "sets" of "who sets" and of "who sets p" is one word.
type saysWholeKey struct {
	term, folded      string
	verb, han, object bool
	lang              model.Lang
	says              string // termsKey
}

// termsKey is a set of terms as a comparable value: their ids in order.
func termsKey(terms map[int32]bool) string {
	ids := slices.Sorted(maps.Keys(terms))
	b := make([]byte, 0, 4*len(ids))
	for _, id := range ids {
		b = binary.LittleEndian.AppendUint32(b, uint32(id))
	}
	return string(b)
}

// sayBitsPool recycles the sayBits arrays, all zero, one a language and
// search: tens of thousands of terms each.
var sayBitsPool sync.Pool

func getSayBits(n int) []uint64 {
	if p, ok := sayBitsPool.Get().(*[]uint64); ok && cap(*p) >= n {
		return (*p)[:n]
	}
	return make([]uint64, n)
}

// release gives the memos back to the search box (textMemos.give), and
// the sayBits arrays, cleared, to their pool.
func (ww *wholeWords) release() {
	for k, b := range ww.sayBits {
		for _, m := range ww.says[k] {
			for t := range m {
				if t >= 0 && int(t) < len(b) {
					b[t] = 0
				}
			}
		}
		if b != nil {
			sayBitsPool.Put(&b)
		}
		ww.sayBits[k] = nil
	}
	for k := range ww.memo {
		for _, m := range ww.memo[k] {
			ww.p.memos.give(m)
		}
		ww.memo[k] = nil
	}
}

// isAction reports whether word i is an English word the question says
// as an action (qword.verb, or Index.actionWord).
func (ww *wholeWords) isAction(i int) bool {
	if ww.action[i] == 0 {
		ww.action[i] = -1
		if q := ww.p.words[i]; !q.han && (q.verb || ww.ix.actionWord(q)) {
			ww.action[i] = 1
		}
	}
	return ww.action[i] > 0
}

// asksVerb reports whether word i is the verb a question asks who does:
// the word right after its question word ("hires" of "who hires new
// staff?", "who hires?"; not "budget" of "who handles the budget?").
func (ww *wholeWords) asksVerb(i int) bool {
	return ww.p.words[i].verb && ww.isAction(i)
}

// inObject reports whether word i is an English word of what a
// question's verb is done to (plan.object: "shows" of "who plans trade
// shows?"), which a duty's first word, its verb (duties are imperatives),
// does not say.
func (ww *wholeWords) inObject(i int) bool {
	return !ww.p.words[i].han && ww.p.object.from <= i && i < ww.p.object.to
}

// heldAsVerb returns the bits of the words of what a question's verb is
// done to (inObject) that some duty among hits holds as its first word,
// its verb, which of does not count as saying them: "Forecast sales …"
// holds the "forecast" of "who prepares the sales forecast?". Such a
// word is no word the duties lack, and a note must not say they do.
func (ww *wholeWords) heldAsVerb(hits []whit) uint64 {
	var object uint64 // the words it looks for
	for i := range ww.action {
		if ww.inObject(i) {
			object |= 1 << i
		}
	}
	var got uint64
	for _, h := range hits {
		if got == object {
			break
		}
		if h.mask&object&^got == 0 || !ww.ix.isWork(h.node) {
			continue
		}
		// says by its array (sayBits): every hit holding the object's
		// words is read, tens of thousands for a word being typed.
		sayBits := ww.sayBits[langIdx(ww.langs, h.lang)]
		for _, t := range ww.ix.wordsOf(h.lang).tokens(h.node) {
			if t.pos != 0 {
				break
			}
			if t.term >= 0 && int(t.term) < len(sayBits) {
				got |= sayBits[t.term] & h.mask & object
				continue
			}
			k := langIdx(ww.langs, h.lang)
			for i := range ww.action {
				if h.mask&(1<<i) != 0 && ww.inObject(i) && ww.says[k][i][t.term] {
					got |= 1 << i
				}
			}
		}
	}
	return got
}

// of returns the bits of the words of h.mask that h's text says whole.
//
// It runs for every duty that a question's words find (tens of thousands
// at 100,000 duties, at every key), so it reads the title only for what
// needs the words as written: an action word's form (sameWord) and its
// place (nounPlace). A token says the other words by its term and place
// alone.
func (ww *wholeWords) of(h whit) uint64 {
	k := langIdx(ww.langs, h.lang)
	got := h.mask & ww.han
	want := h.mask & ww.all
	// The words an earlier keystroke answered for this text are not read
	// again; those worked out here are remembered.
	var fresh uint64
	if memo := ww.memo[k]; memo != nil {
		for left := want &^ got; left != 0; left &= left - 1 {
			i := bits.TrailingZeros64(left)
			switch yes, known := memo[i].get(h.node); {
			case !known:
				fresh |= 1 << i
			case yes:
				got |= 1 << i
			default:
				want &^= 1 << i
			}
		}
	}
	var title string
	read := false // title and ww.bytes are h's
	var tokens []seqToken
	if want&^got != 0 {
		tokens = ww.ix.wordsOf(h.lang).tokens(h.node)
	}
	for _, t := range tokens {
		if t.term < 0 || int(t.term) >= len(ww.sayBits[k]) {
			continue
		}
		left := ww.sayBits[k][t.term] & want &^ got
		if left == 0 || t.start >= t.end {
			continue
		}
		for ; left != 0; left &= left - 1 {
			i := bits.TrailingZeros64(left)
			if ww.isAction(i) {
				if !read {
					title, read = ww.readTitle(h), true
				}
				start, end, ok := ww.span(title, t)
				if !ok {
					continue
				}
				written := title[start:end]
				if !ww.sameWord(i, t.term == ww.own[k][i], written) {
					continue // "fixed" or "information" for "fixes" or "informs"
				}
				if ww.asksVerb(i) && nounPlace(title, start, end) && !analysis.ListedTogether(ww.p.words[i].term, analysis.Fold(written)) {
					continue // "new hires" for "who hires?"; "warehouse management" says "manages"
				}
			}
			if t.pos == 0 && ww.inObject(i) && !ww.actOnObject(tokens, t, i, k) {
				continue // a duty's first word is its verb: "Show the market …" shows no "trade shows"
			}
			got |= 1 << i
		}
	}
	for left := fresh; left != 0; left &= left - 1 {
		i := bits.TrailingZeros64(left)
		if ww.worker {
			ww.learnt = append(ww.learnt, learnt{node: h.node, lang: uint8(k), word: uint8(i), yes: got&(1<<i) != 0})
			continue
		}
		ww.memo[k][i].set(h.node, got&(1<<i) != 0)
	}
	if t := h.titled & h.mask &^ got; t != 0 {
		// Said by the title of its section: said whole when the title
		// says them so (titled.go).
		got |= ww.of(whit{node: h.section, mask: t, lang: h.lang})
	}
	for j, sp := range ww.pairs {
		pair := uint64(3) << sp.first
		if h.mask&pair != 0 && got&pair != pair && ww.ix.splitSays(ww.ix.wordsOf(h.lang), h.node, ww.sets[k][j]) {
			got |= h.mask & pair
		}
	}
	return got
}

// actOnObject reports whether token t, a duty's first word (its verb)
// that says word i of a question's object, is done to the object's
// other words (actDoneTo): "Visit key customers" says the "visits" of
// "who makes visits to key customers", "Forecast sales" the "forecast" of
// "who prepares the sales forecast"; "Show the market …" no "trade shows".
func (ww *wholeWords) actOnObject(tokens []seqToken, t seqToken, i, k int) bool {
	return actDoneTo(tokens, t, ww.companions[k][i])
}

// saysSome reports whether h's text says some word of h.mask whole (of
// is not 0), without reading it when an earlier key found it says one:
// at each key of a question most hits hold a word whose answer the memos
// keep, and only the word being typed is new.
func (ww *wholeWords) saysSome(h whit) bool {
	if h.mask&ww.han != 0 {
		return true
	}
	if memo := ww.memo[langIdx(ww.langs, h.lang)]; memo != nil {
		for left := h.mask & ww.all; left != 0; left &= left - 1 {
			if yes, _ := memo[bits.TrailingZeros64(left)].get(h.node); yes {
				return true
			}
		}
	}
	return ww.of(h) != 0
}

// readTitle returns h's title, and makes ww.bytes its.
func (ww *wholeWords) readTitle(h whit) string {
	title := ww.ix.titleOf(h.node, h.lang)
	ww.bytes.reset(title)
	return title
}

// span returns the bytes of title that token t's runes are, or false
// when they lie past its end (an index read from a damaged cache).
func (ww *wholeWords) span(title string, t seqToken) (start, end int, ok bool) {
	e, ok := ww.bytes.byteAt(int(t.end))
	if !ok {
		return 0, 0, false
	}
	s, _ := ww.bytes.byteAt(int(t.start))
	return s, e, true
}

// sameWord reports whether a text's word as written, of the term of
// word i (own) or of a synonym's, says word i, which the question says as
// an action: not as an adjective made of it (derivedAway: "a fixed
// route" for "fixes"); and, of the word's own stem, only in its own forms
// (analysis.SameInflection: "prices", "set", "recruited") or as a form the
// synonym list writes beside it (analysis.ListedTogether: "management"
// for "manages"). Porter2 stems words derived from one another alike:
// "information" is not informing, "fixture" not fixing.
func (ww *wholeWords) sameWord(i int, own bool, written string) bool {
	// The same few forms ("sets", "set") recur in thousands of duties, and
	// each answer reads the irregular-verb table (analysis.Lemma): asked
	// once a search (50 ms a keystroke of "who sets product prices?" at
	// 100,000 duties otherwise).
	k := sameWordKey{i, own, written}
	if said, ok := ww.said[k]; ok {
		return said
	}
	// The word as folded, which a suggestion searched in its place
	// rewrites (respelt: "budget" of "who draws up the budjet").
	q := ww.p.words[i]
	typed, surface := q.folded, analysis.Fold(written)
	said := !derivedAway(typed, surface) &&
		(!own || analysis.SameInflection(typed, surface) || analysis.ListedTogether(q.term, surface) ||
			!q.verb && analysis.ActNoun(typed, surface)) // "escalations" said by "Escalate"
	if ww.said == nil {
		ww.said = map[sameWordKey]bool{}
	}
	ww.said[k] = said
	return said
}

// sameWordKey is one question of wholeWords.sameWord.
type sameWordKey struct {
	i       int
	own     bool
	written string
}

// derivedSuffixes end English words derived from a verb as an adjective,
// which Porter2 stems with the verb: "a fixed route", "collective
// events", "the merchants who have signed up" ("fixed" is also a form of
// "fix", which analysis.SameInflection cannot tell from the adjective).
// A noun made of the verb says it only where the synonym list writes it
// beside the verb ("warehouse management", wholeWords.sameWord).
var derivedSuffixes = []string{"ed", "ive"}

// derivedSuffix returns the suffix of derivedSuffixes that a folded word
// ends in, its plural's -s aside, or "".
func derivedSuffix(word string) string {
	if len(word) > 4 && strings.HasSuffix(word, "s") && !strings.HasSuffix(word, "ss") {
		word = word[:len(word)-1]
	}
	for _, s := range derivedSuffixes {
		if len(word) > len(s)+2 && strings.HasSuffix(word, s) {
			return s
		}
	}
	return ""
}

// derivedAway reports whether surface, a text's word of the same stem as
// the query's word typed, is derived from it as an adjective:
// "fixed" against "fixes", "collective" against "collects". The same
// derivation on both sides is the same word ("collected", "collected").
func derivedAway(typed, surface string) bool {
	s := derivedSuffix(surface)
	return s != "" && s != derivedSuffix(typed)
}

// throughSynonyms returns the words of the query that the matches among
// hits (whit.main) hold, none of them as the word itself: every one holds
// only a synonym ("purchases" in "Buy office supplies"). A word held
// itself by some match, in any of the ways a word finds texts (its term,
// its joined form, the words it begins, its pinyin), is not; nor is a
// word found by its Chinese characters or split pieces, which say it
// themselves. Via names the synonyms as the best matches' titles write
// them (better orders the hits).
func (ix *Index) throughSynonyms(p plan, langs [2]model.Lang, cws [2][]cword, hits []whit, better func(a, b whit) int) []Through {
	var out []Through
	var best []whit // the best matches, made on first use
	for i, qw := range p.words[:min(len(p.words), maxWords)] {
		if qw.stop || qw.role {
			continue
		}
		var own, syn [2][]int32
		direct := false
		for k, l := range langs {
			w := ix.wordsOf(l)
			synonym := map[int32]bool{}
			for _, s := range analysis.Synonyms(qw.term) {
				if id, ok := w.term(s.Term); ok && !s.Related {
					synonym[id] = true
				}
			}
			if l == model.En && p.question {
				for _, id := range ix.actVerbTerms(w, qw) {
					synonym[id] = true // "registration" through "register"
				}
			}
			for _, a := range cws[k][i].alts {
				switch {
				case a.related:
				case a.term < 0:
					direct = true // its characters or pieces: the word itself
				case synonym[a.term]:
					syn[k] = append(syn[k], a.term)
				default:
					own[k] = append(own[k], a.term)
				}
			}
		}
		if direct || len(syn[0])+len(syn[1]) == 0 {
			continue
		}
		bit := uint64(1) << i
		matched := false
		holds := func(h whit, terms [2][]int32) bool {
			nodes := func(t int32) []int32 { n, _ := ix.wordsOf(h.lang).postings(t); return n }
			for _, t := range terms[langIdx(langs, h.lang)] {
				if _, ok := slices.BinarySearch(nodes(t), h.node); ok {
					return true
				}
			}
			return false
		}
		held := slices.ContainsFunc(hits, func(h whit) bool {
			if !h.main || h.mask&bit == 0 {
				return false
			}
			matched = true
			return holds(h, own)
		})
		if !matched || held {
			continue
		}
		if best == nil {
			mains := slices.DeleteFunc(slices.Clone(hits), func(h whit) bool { return !h.main })
			best = bestK(mains, 4*maxVia, better)
		}
		var via []string
		var viaTerms []int32 // one form of each synonym: "consumer", not "consumers" too
		for _, h := range best {
			if h.mask&bit == 0 || len(via) == maxVia || !holds(h, syn) {
				continue
			}
			for v, t := range ix.writtenAs(ix.wordsOf(h.lang), h.node, syn[langIdx(langs, h.lang)]) {
				if len(via) < maxVia && !slices.Contains(viaTerms, t) {
					via, viaTerms = append(via, v), append(viaTerms, t)
				}
			}
		}
		if len(via) > 0 {
			out = append(out, Through{Typed: qw.typed, Via: via})
		}
	}
	return out
}

// writtenAs yields the words of node n's title in w that are one of
// terms, folded as written ("buy" of "Buy office supplies"), each with
// its term, in order.
func (ix *Index) writtenAs(w *wordIndex, n int32, terms []int32) iter.Seq2[string, int32] {
	return func(yield func(string, int32) bool) {
		var title []rune
		for _, t := range w.tokens(n) {
			if !slices.Contains(terms, t.term) {
				continue
			}
			if title == nil {
				title = []rune(ix.titleOf(n, w.lang))
			}
			if int(t.end) <= len(title) && t.start < t.end && !yield(analysis.Fold(string(title[t.start:t.end])), t.term) {
				return
			}
		}
	}
}

// textNounMarkers are the determiners (determiners, and "all") and
// prepositions after which a text's word is a noun: closed classes of
// English grammar ("for new hires", "the plans", "each hire"). Not "to",
// which also marks a verb ("to recruit staff"). (A query's words have
// their own, nounMarkers, Chinese ones too.)
var textNounMarkers = func() map[string]bool {
	m := wordSet("all of for about on in with at by from into onto over under")
	maps.Copy(m, determiners)
	return m
}()

// nounPlace reports whether the English word title[start:end] (bytes)
// of a text stands where a noun does: one of the two words before it, in
// the same clause, is a determiner or a preposition (textNounMarkers), as
// in "Run onboarding for new hires", where "hires" is no hiring; a duty
// says its action first, as an imperative ("Hire new staff"). A form in
// -ing names the work itself ("in charge of hiring") and is never a noun
// here.
func nounPlace(title string, start, end int) bool {
	if start == 0 {
		return false // nothing before it: most often a duty's verb
	}
	if strings.HasSuffix(analysis.Fold(title[start:end]), "ing") {
		return false
	}
	inWord := func(r rune) bool { return unicode.IsLetter(r) || r == '\'' || r == '’' }
	before := 0
	for i := start; i > 0 && before < 2; { // i: just after the rune read
		r, size := utf8.DecodeLastRuneInString(title[:i])
		switch {
		case inWord(r):
			j := i - size
			for j > 0 {
				r, size := utf8.DecodeLastRuneInString(title[:j])
				if !inWord(r) {
					break
				}
				j -= size
			}
			if textNounMarkers[analysis.Fold(title[j:i])] {
				return true
			}
			before++
			i = j
		case unicode.IsSpace(r) || r == '-':
			i -= size
		default:
			return false // a clause or a list item ends here
		}
	}
	return false
}
