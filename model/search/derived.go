package search

import (
	"fmt"
	"runtime"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/dutymap/dutymap/model"
	"github.com/dutymap/dutymap/model/analysis"
)

// Porter2 gives one stem to a word and the words derived from it:
// "government" and "govern", "accounting" and "accounts", "information"
// and "inform". A text that holds a query word only as such another word
// holds another word, often of another meaning ("rules that govern how
// employees work" says nothing of government relations): it is evidence
// as a synonym is, no more. A text that says the word itself, or one of
// its own inflections (analysis.SameInflection: "governments"), or a form
// the synonym list writes beside it (analysis.ListedTogether: "manage"
// for "management"), comes first among otherwise equal matches.

// derivedKey is what demoteDerived's answer for one word depends on: its
// term, and the forms of it that are its own (ownForm: as folded, and
// whether it is the question's verb), and the terms of its synonyms. Not
// whether it is still being typed: "product" of "who sets product" and of
// "who sets product p" is one word.
type derivedKey struct {
	term, folded string
	verb         bool
	others       string
}

// derivedWord is an English query word whose term the texts also write in
// forms of other words (foreign).
type derivedWord struct {
	at      int // its index in the plan's words
	bit     uint64
	own     int32   // its term
	weight  float32 // its term's weight (alt.weight)
	main    float32 // its weight in what a text must hold (mainWeights)
	others  []int32 // the terms of its synonyms, which say it as well
	foreign map[string]bool
}

// demoteDerived weighs, in each English hit, a query word the text holds
// only in forms of another word of the same stem as a synonym weighs:
// its score and the weight it holds (whit.held) as weightSynonym of the
// word's.
// It returns the words it looked for (derivedWords).
func (ix *Index) demoteDerived(hits []whit, p plan, langs [2]model.Lang, cws [2][]cword) []derivedWord {
	k := langIdx(langs, model.En)
	if langs[k] != model.En || len(hits) == 0 {
		return nil
	}
	w := ix.wordsOf(model.En)
	words := ix.derivedWords(w, p, cws[k])
	if len(words) == 0 {
		return nil
	}
	// What an earlier keystroke found of a text, for the same word and
	// synonyms, is not read again (keymemo.go).
	memo := make([]*textMemo, len(words))
	if p.memos != nil {
		for j, d := range words {
			qw := p.words[d.at]
			memo[j] = p.memos.take(derivedKey{term: qw.term, folded: qw.folded, verb: qw.verb, others: fmt.Sprint(d.others)})
		}
		defer func() {
			for _, m := range memo {
				p.memos.give(m)
			}
		}()
	}
	// judge weighs hit h, remembering each answer it works out with learn.
	judge := func(text *englishText, h *whit, learn func(j int, n int32, odd bool)) {
		if h.lang != model.En {
			return
		}
		text.read(h.node)
		for j, d := range words {
			if h.mask&d.bit == 0 {
				continue
			}
			odd, known := false, false
			if memo[j] != nil {
				odd, known = memo[j].get(h.node)
			}
			if !known {
				// A form of another word (foreign) is the odd one; the
				// word's own forms and its synonyms hold it plainly.
				own, foreign := text.says(d.others, true, func(t seqToken) bool { return t.term == d.own }, func(t seqToken, written string) bool {
					return d.foreign[analysis.Fold(written)]
				})
				odd = !own && foreign
				if memo[j] != nil {
					learn(j, h.node, odd)
				}
			}
			if !odd {
				continue
			}
			h.held -= (1 - weightSynonym) * d.main
			h.derived |= d.bit
		}
	}
	// Tens of thousands of hits for a word being typed are read on all
	// CPUs (as keepWhole reads them), each worker with its own text and
	// what it learns written to the memos once all are done: a memo word
	// covers 64 nodes, which two workers may share.
	workers := min(runtime.GOMAXPROCS(0), max(1, len(hits)/max(1, parallelWhole)))
	if workers < 2 {
		text := englishText{ix: ix}
		learn := func(j int, n int32, odd bool) { memo[j].set(n, odd) }
		for n := range hits {
			judge(&text, &hits[n], learn)
		}
		return words
	}
	found := make([][]learnt, workers)
	texts := make([]englishText, workers)
	learns := make([]func(j int, n int32, odd bool), workers)
	for w := range workers {
		texts[w] = englishText{ix: ix}
		learns[w] = func(j int, n int32, odd bool) {
			found[w] = append(found[w], learnt{node: n, word: uint8(j), yes: odd})
		}
	}
	inChunks(len(hits), workers, func(w, lo, hi int) {
		for n := lo; n < hi; n++ {
			judge(&texts[w], &hits[n], learns[w])
		}
	})
	for _, l := range found {
		for _, a := range l {
			memo[a.word].set(a.node, a.yes)
		}
	}
	return words
}

// throughDerived returns the words of words (demoteDerived) that every
// main match among hits holding them holds only in forms of another word
// of their stem, with those forms as the best matches write them: a note
// says "“accounting” is matched through “accounts”", as it does for a
// synonym.
func (ix *Index) throughDerived(p plan, words []derivedWord, hits []whit, better func(a, b whit) int) []Through {
	var out []Through
	for _, d := range words {
		// The main matches whose titles say the word's term: a section
		// matched by its notes is judged by no written form.
		says := func(h whit) bool {
			return slices.ContainsFunc(ix.wordsOf(model.En).tokens(h.node), func(t seqToken) bool { return t.term == d.own })
		}
		// Picked from the hits, not a copy of them all: tens of thousands
		// for a word being typed, at every key. One that holds the word
		// itself settles it.
		var mains []whit
		plain := false
		for _, h := range hits {
			if h.main && h.lang == model.En && h.mask&d.bit != 0 && says(h) {
				if h.derived&d.bit == 0 {
					plain = true
					break
				}
				mains = append(mains, h)
			}
		}
		if len(mains) == 0 || plain {
			continue
		}
		var via []string
		for _, h := range bestK(mains, 4*maxVia, better) {
			for v := range ix.writtenAs(ix.wordsOf(model.En), h.node, []int32{d.own}) {
				if len(via) < maxVia && d.foreign[v] && !slices.Contains(via, v) {
					via = append(via, v)
				}
			}
		}
		if len(via) > 0 {
			out = append(out, Through{Typed: p.words[d.at].typed, Via: via})
		}
	}
	return out
}

// derivedWords returns the English words of p (compiled as cws) whose
// term the texts of w write in forms that are not the word's own
// (ownForm), with those forms.
func (ix *Index) derivedWords(w *wordIndex, p plan, cws []cword) []derivedWord {
	var out []derivedWord
	ws, _, _ := mainWeights(cws)
	for i, qw := range p.words[:min(len(p.words), maxWords, len(cws))] {
		if qw.han || qw.stop || qw.role {
			continue
		}
		id, ok := w.term(qw.term)
		if !ok {
			continue
		}
		d := derivedWord{at: i, bit: 1 << i, own: id, main: ws[i]}
		for _, a := range cws[i].alts {
			switch {
			case a.related || a.term < 0:
			case a.term == id:
				d.weight = a.weight
			default:
				d.others = append(d.others, a.term)
			}
		}
		if d.weight == 0 {
			continue
		}
		for _, s := range w.surface {
			if s.term == id && !ownForm(qw, s.word) {
				if d.foreign == nil {
					d.foreign = map[string]bool{}
				}
				d.foreign[s.word] = true
			}
		}
		if d.foreign != nil {
			out = append(out, d)
		}
	}
	return out
}

// ownForm reports whether surface, a text's word of the same term as
// query word qw, is qw's own word: one of its inflections, or a form the
// synonym list writes beside it.
func ownForm(qw qword, surface string) bool {
	// A possessive is the noun's own form ("the product's price"), in the
	// text and in the query ("marketing's job": tryout26 U19).
	surface = withoutPossessive(surface)
	if analysis.ListedTogether(qw.term, surface) || strings.Contains(surface, "-") { // a joined form ("follow-up") is the word written so
		return true
	}
	// A word in -ing that is no question's verb is a noun, the name of
	// an activity or a field ("accounting", "marketing"), not a form of
	// the verb or noun it is made of ("accounts", "market").
	if ingNoun(qw) && !strings.HasSuffix(surface, "ing") {
		return false
	}
	return analysis.SameInflection(withoutPossessive(qw.folded), surface)
}

// withoutPossessive is word without its possessive ending ("product's",
// "sales'" → product, sales), or word.
func withoutPossessive(word string) string {
	for _, end := range []string{"'s", "’s", "'", "’"} {
		if base, ok := strings.CutSuffix(word, end); ok && base != "" {
			return base
		}
	}
	return word
}

// ingNoun reports whether query word qw is an English word in -ing used
// as a noun: not the verb a question puts right after its question word.
func ingNoun(qw qword) bool {
	word := withoutPossessive(qw.folded)
	return !qw.verb && len(word) > 5 && strings.HasSuffix(word, "ing")
}

// A synonym list group of nouns may hold a word that is as often a verb
// of another sense (analysis.NounSense: "pay" beside "wage", "salary",
// "payroll"). A text that holds a query word only through such a
// synonym, used as the verb ("Pay suppliers", "sales pays more attention
// to reality"), does not mention the word: it holds it as a related term
// does, which ranks it but makes no match. The query's own word, or its
// verb ("who pays suppliers?"), is not judged so.

// demoteVerbSenses clears, in each English hit, the query words whose
// only evidence is a noun-sense synonym written as a verb: not in the
// noun's own form, or as a duty's first word.
func (ix *Index) demoteVerbSenses(hits []whit, p plan, langs [2]model.Lang, cws [2][]cword) {
	k := langIdx(langs, model.En)
	if langs[k] != model.En || len(hits) == 0 {
		return
	}
	w := ix.wordsOf(model.En)
	type word struct {
		bit    uint64
		syn    float32
		nouns  map[int32]string // noun-sense synonyms' terms -> the noun as written
		others []int32          // the word's own term and its other synonyms
	}
	var words []word
	_, syn, _ := mainWeights(cws[k])
	for i, qw := range p.words[:min(len(p.words), maxWords, len(cws[k]))] {
		if qw.han || qw.stop || qw.role || qw.verb {
			continue
		}
		d := word{bit: 1 << i, syn: syn[i]}
		if id, ok := w.term(qw.term); ok {
			d.others = append(d.others, id)
		}
		for _, s := range analysis.Synonyms(qw.term) {
			id, ok := w.term(s.Term)
			switch {
			case !ok || s.Related:
			case s.Term == qw.term:
			default:
				if noun, ok := analysis.NounSense(s.Term); ok {
					if d.nouns == nil {
						d.nouns = map[int32]string{}
					}
					d.nouns[id] = noun
				} else {
					d.others = append(d.others, id)
				}
			}
		}
		if d.nouns != nil {
			words = append(words, d)
		}
	}
	text := englishText{ix: ix}
	for n := range hits {
		h := &hits[n]
		if h.lang != model.En {
			continue
		}
		text.read(h.node)
		for _, d := range words {
			if h.mask&d.bit == 0 {
				continue
			}
			// A noun-sense synonym written as a verb (not the noun as
			// written, or a duty's first word) is the odd one.
			asNoun, asVerb := text.says(d.others, false, func(t seqToken) bool { _, ok := d.nouns[t.term]; return ok }, func(t seqToken, written string) bool {
				return analysis.Fold(written) != d.nouns[t.term] || t.pos == 0 && ix.kindOf(h.node) == model.KindDuty
			})
			if asVerb && !asNoun {
				h.mask &^= d.bit
				h.rel |= d.bit
				h.held -= d.syn
			}
		}
	}
}

// englishText is a node's English tokens, with its title read on first
// need (its runes' byte offsets into one buffer for all the hits read):
// what demoteDerived and demoteVerbSenses look at.
type englishText struct {
	ix     *Index
	node   int32
	tokens []seqToken
	tokend bool // tokens are node's
	title  string
	bytes  titleBytes // where title's runes start
	titled bool       // title and bytes are node's
}

// read makes x node n's text. Its tokens are read on first need: most
// hits a remembered answer settles (demoteDerived).
func (x *englishText) read(n int32) {
	x.node, x.tokend, x.titled = n, false, false
}

// readTitle reads the node's title; where its runes start is worked out
// as asked (titleBytes).
func (x *englishText) readTitle() {
	x.title, x.titled = x.ix.titleOf(x.node, model.En), true
	x.bytes.reset(x.title)
}

// written returns runes [start, end) of the title as written, and false
// when they lie past its end.
func (x *englishText) written(start, end int) (string, bool) {
	e, ok := x.byteAt(end)
	if !ok {
		return "", false
	}
	s, _ := x.byteAt(start)
	return x.title[s:e], true
}

// byteAt returns the byte offset in the title of its rune i (its length
// for i one past the last rune), and false past that.
func (x *englishText) byteAt(i int) (int, bool) { return x.bytes.byteAt(i) }

// titleBytes maps a title's runes to its bytes, reading only as much of
// the title as asked: most titles are ASCII, where a rune is a byte, and
// rune i's byte is known once the title is ASCII up to it, without
// reading the rest (tens of thousands of titles a key of a question).
type titleBytes struct {
	title string
	ascii int // title[:ascii] is ASCII
	// at holds, once a byte that is not ASCII was met (mixed), the byte
	// offset of each rune of title (a byte that is not UTF-8 counting as
	// one, as in a conversion to runes), and its length last.
	at    []int32
	mixed bool
}

// reset makes title the one mapped.
func (tb *titleBytes) reset(title string) {
	tb.title, tb.ascii, tb.at, tb.mixed = title, 0, tb.at[:0], false
}

// byteAt returns the byte offset of rune i of the title (its length for i
// one past the last rune), and false past that.
func (tb *titleBytes) byteAt(i int) (int, bool) {
	if !tb.mixed {
		end := min(max(i, 0), len(tb.title))
		// Eight bytes at a time, one test for all: tens of thousands of
		// titles a key.
		for tb.ascii+8 <= end {
			b := tb.title[tb.ascii : tb.ascii+8]
			if b[0]|b[1]|b[2]|b[3]|b[4]|b[5]|b[6]|b[7] >= utf8.RuneSelf {
				break
			}
			tb.ascii += 8
		}
		for tb.ascii < end && tb.title[tb.ascii] < utf8.RuneSelf {
			tb.ascii++
		}
		if tb.ascii >= end {
			// Runes [0, i) are bytes; past the end, the whole title is.
			return i, i <= len(tb.title)
		}
		tb.mixed = true
		for b := range tb.title {
			tb.at = append(tb.at, int32(b))
		}
		tb.at = append(tb.at, int32(len(tb.title)))
	}
	if i < 0 || i >= len(tb.at) {
		return 0, false
	}
	return int(tb.at[i]), true
}

// says sorts the text's words of one query word: a word whose term is one
// of plain holds it plainly; a word that picked chooses is judged by how
// it is written (odd: it holds the query word only in an odd form, such as
// another word of its stem); others say nothing of it. It reports whether
// any word held it plainly, and whether any held it oddly. A picked word
// whose place is outside the title (a word of its notes) holds it plainly
// when outsidePlain, else says nothing.
func (x *englishText) says(plain []int32, outsidePlain bool, picked func(seqToken) bool, odd func(t seqToken, written string) bool) (plainly, oddly bool) {
	if !x.tokend {
		x.tokens, x.tokend = x.ix.wordsOf(model.En).tokens(x.node), true
	}
	for _, t := range x.tokens {
		switch {
		case slices.Contains(plain, t.term):
			plainly = true
		case !picked(t):
		default:
			if !x.titled {
				x.readTitle()
			}
			written, ok := "", t.start < t.end
			if ok {
				written, ok = x.written(int(t.start), int(t.end))
			}
			switch {
			case !ok:
				plainly = plainly || outsidePlain
			case odd(t, written):
				oddly = true
			default:
				plainly = true
			}
		}
	}
	return plainly, oddly
}
