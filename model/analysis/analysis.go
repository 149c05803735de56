// Package analysis turns text into the terms that search and similarity
// compare, in English and Chinese: it folds (case, accents, full-width
// forms, NFC/NFD), splits words, stems English with Snowball, segments
// Chinese with gse and a compact dictionary, marks stop words and question
// fillers, and knows the documented synonyms and the pinyin readings of
// Chinese words.
//
// Everything here is a pure function of the text, safe for concurrent use,
// except Analyzer, which caches and belongs to one goroutine.
package analysis

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Kind says what a token stands for.
type Kind uint8

const (
	// Word is an English word (stemmed) or a Chinese word (as segmented).
	Word Kind = iota
	// Phrase is a phrase of the synonym list ("sales staff"), at the
	// position of its first word; its words are tokens of their own too.
	Phrase
	// Part is a dictionary word inside a longer Chinese word (财务 of
	// 财务部, SubWords), at the word's position, after it; only with
	// Analyzer.Parts. Other parts are found by the word's character
	// bigrams (Bigrams).
	Part
	// Joined is a word written with hyphens between letters, its parts
	// written together ("followup" of "follow-up", "email" of "e-mail",
	// "pointofsale" of "point-of-sale"): texts write such a word either
	// way, and each way must find the other. It stands after its first
	// part's tokens, at that part's position, spanning every part; the
	// parts are tokens of their own too.
	Joined
)

// Token is one term of a text.
type Token struct {
	// Term is what indexes store and queries look up: the Snowball stem
	// of a folded English word ("price" for "Prices"), a Chinese word, or
	// a phrase of stems joined by one space.
	Term string
	// Folded is the folded word before stemming ("prices"); for Chinese
	// and phrases it is Term.
	Folded string
	Kind   Kind
	// Start and End are the token's rune offsets in the text: text's runes
	// [Start, End) are the word as written.
	Start, End int
	// Pos counts words from 0; stop words take a position too, so that
	// distances between the other words are true.
	Pos int
	// Han is set for Chinese words.
	Han bool
	// Whole is set for a Chinese word that is the whole run of Chinese
	// characters it stands in, as written: 定 in "定 价" or "定？", not 定
	// of 谁定 or 斑 of 斑马, which the segmenter cut out of a longer run.
	Whole bool
	// Stop marks stop words (IsStop), which indexes skip.
	Stop bool
	// Seen numbers the words an Analyzer remembers, from 1, in the order
	// it first analysed them: the tokens of one word as written (or one
	// Chinese word) share it, so an index can look up what it made of the
	// word once, not for every occurrence. 0 for phrases, parts, and words
	// the Analyzer does not remember (its memory is bounded).
	Seen int32
	// phrase: the word's stem starts a phrase of the synonym list, which
	// phrases looks for after it.
	phrase bool
}

// Analyzer splits texts into tokens, remembering the stems and Chinese
// segmentations it has worked out: texts of one organisation repeat their
// words. Its zero value is ready. It is not safe for concurrent use; give
// each goroutine its own.
type Analyzer struct {
	// SkipChinese leaves runs of Chinese characters out of the tokens, for
	// long texts whose Chinese a caller indexes by character bigrams
	// (Bigrams) rather than pay for segmenting it.
	SkipChinese bool
	// Parts adds, after each Chinese word, the dictionary words inside it
	// (Part tokens), for an index: 财务 then finds 财务部.
	Parts bool
	// Shared, when set, is where Analyzers on other goroutines put the
	// runs of Chinese characters they segmented, and where this one looks
	// before segmenting a run itself.
	Shared *Segmented

	words map[string]wordInfo // a word as written -> its analysis
	// A run of Chinese characters -> its words, as places in hanSeen:
	// four bytes a word, where a copy of each word's analysis took 64 (at
	// 100,000 Chinese duties, 28 MB allocated for the index's build).
	segs     map[string][]int32
	hanWords map[string]int32 // a Chinese word -> its place in hanSeen (runs repeat less than words)
	hanSeen  []hanWord        // the Chinese words remembered
	runWords []hanWord        // the words of the run at hand
	runIDs   []int32          // their places in hanSeen, -1 for a word not remembered
	seen     int32            // words remembered so far (Token.Seen)
	seg      shortest         // the segmenter's buffers
	segWords []string         // a run's words, before they are remembered
}

// wordInfo is what Analyzer remembers of a word as written.
type wordInfo struct {
	folded, term string
	stop, phrase bool
	seen         int32
}

// hanWord is one word of a segmented run of Chinese characters.
type hanWord struct {
	word  string
	runes int
	stop  bool
	parts []hanPart
	seen  int32 // Token.Seen
}

// hanPart is a dictionary word inside a hanWord, from rune start to end of
// it.
type hanPart struct {
	word       string
	start, end int
}

// maxCacheKey is the longest text a cache keeps: a key is a piece of the
// analysed text and keeps it in memory.
const maxCacheKey = 64

// maxCache bounds each cache, so hostile content cannot grow it without end.
const maxCache = 1 << 16

// MaxText is the most of one text that Tokens analyses, in bytes: a
// longer text (a book pasted as one duty's description) is analysed by its
// beginning. A token costs about 70 times the bytes of its word, held at
// once for the text; unbounded, one 16 MB description cost search and
// similarity over a gigabyte each. The content loader notes the texts
// this cuts.
const MaxText = 256 << 10

// Tokens appends the tokens of text to dst, in order of position, and
// returns it. Only the first MaxText bytes of text are analysed, cut
// before the word that crosses the limit.
func (a *Analyzer) Tokens(text string, dst []Token) []Token {
	if len(text) > MaxText {
		text = cutBefore(text, MaxText)
	}
	pos, rn := 0, 0
	first := len(dst)
	var joins []joinedSpan // the words written with hyphens
	linked := false        // the word before ends in a hyphen that joins it to the next
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		r = foldRune(r)
		switch {
		case IsHan(r):
			j, n := i, rn
			for j < len(text) {
				r2, s2 := utf8.DecodeRuneInString(text[j:])
				if !IsHan(r2) {
					break
				}
				j += s2
				n++
			}
			if !a.SkipChinese {
				dst = a.han(text[i:j], rn, &pos, dst)
			}
			i, rn = j, n
		case r >= 0xFE00 && IsVariationSelector(r):
			// A variation selector, after a Chinese character (预\U000E0100算)
			// or anywhere: the text is read without it, as through a
			// format character.
			return a.tokensInForm(text, dst[:first])
		case isWordRune(r) || r == '.' && dotStartsName(text, i):
			j, n := i+size, rn+1
			for j < len(text) {
				r2, s2 := utf8.DecodeRuneInString(text[j:])
				r2 = foldRune(r2)
				if !isWordRune(r2) {
					// An apostrophe or a dot joins letters or digits on
					// both sides: "product's", "3.2.2".
					if (r2 == '\'' || r2 == '’' || r2 == '.') && j+s2 < len(text) {
						r3, s3 := utf8.DecodeRuneInString(text[j+s2:])
						if r3 = foldRune(r3); isWordRune(r3) && !IsHan(r3) && (r2 != '.' || isDigit(r3) && isDigit(lastRune(text[:j]))) {
							j += s2 + s3
							n += 2
							continue
						}
					}
					break
				}
				j += s2
				n++
			}
			tb, tr := symbolTail(text, i, j)
			j, n = j+tb, n+tr
			dst = append(dst, a.word(text[i:j], rn, n, pos))
			if t := &dst[len(dst)-1]; t.Stop && IsAbbreviation(text[i:j]) && WrittenInCase(text) {
				// "IT" of "Escalate outages to IT operations": in a text
				// written in both cases, a stop word in capitals is an
				// abbreviation, a word as written (the query's is too:
				// search's plan); "it" stays a stop word (tryout28 Y8).
				t.Stop = false
			}
			switch {
			case !hyphenJoins(text, j):
				if linked {
					joins[len(joins)-1].end = n
				}
				linked = false
			case !linked:
				joins = append(joins, joinedSpan{start: rn})
				linked = true
			}
			pos++
			i, rn = j, n
		case r >= utf8.RuneSelf && (IsFormat(r) || formsWord(r)):
			return a.tokensInForm(text, dst[:first])
		default:
			i += size
			rn++
		}
	}
	return a.joined(phrases(phrasals(dst, first, joins), first), first, joins)
}

// joinedSpan is a word written with hyphens: the rune offsets of the
// start of its first part and the end of its last.
type joinedSpan struct{ start, end int }

// hyphenJoins reports whether text, after a word that ends at byte j,
// goes on with a hyphen between two letters: "follow-up", "e-mail". A
// hyphen beside a digit ("2024-2025", "t-104") joins no words, and
// neither do two hyphens ("sales--marketing") or a hyphen and a space.
func hyphenJoins(text string, j int) bool {
	if j >= len(text) {
		return false
	}
	h, hs := utf8.DecodeRuneInString(text[j:])
	if h != '-' && h != '\u2010' && h != '\u2011' && h != '－' || j+hs >= len(text) {
		return false
	}
	next, _ := utf8.DecodeRuneInString(text[j+hs:])
	return isLetter(foldRune(next)) && isLetter(lastRune(text[:j]))
}

// isLetter reports whether r is a letter of a word that is not Chinese.
func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	}
	return !IsHan(r) && unicode.IsLetter(r)
}

// joined inserts a Joined token for each word of joins (among
// toks[from:]), after the tokens of its first part and the phrases that
// start with it: the folded parts written together, analysed as a word.
func (a *Analyzer) joined(toks []Token, from int, joins []joinedSpan) []Token {
	if len(joins) == 0 {
		return toks
	}
	out := make([]Token, 0, len(toks)+len(joins))
	out = append(out, toks[:from]...)
	var b strings.Builder
	k := 0
	for i := from; i < len(toks); i++ {
		out = append(out, toks[i])
		if k == len(joins) || toks[i].Start != joins[k].start || i+1 < len(toks) && toks[i+1].Kind == Phrase && toks[i+1].Start == joins[k].start {
			continue // not the last token that starts where the word does
		}
		first := len(out) - 1
		for out[first].Kind != Word {
			first-- // back over the phrases to the part itself
		}
		b.Reset()
		verb, _, _ := strings.Cut(out[first].Folded, " ") // a phrasal verb's own word ("setting" of "setting-up")
		b.WriteString(verb)
		for _, p := range toks[i+1:] {
			if p.Start >= joins[k].end {
				break
			}
			if p.Kind == Word {
				b.WriteString(p.Folded)
			}
		}
		w := a.word(b.String(), 0, 0, 0)
		out = append(out, Token{Term: w.Term, Folded: w.Folded, Kind: Joined, Start: joins[k].start, End: joins[k].end, Pos: out[first].Pos, Stop: w.Stop})
		k++
	}
	return out
}

// cutBefore cuts text to at most n bytes, before the last space there
// (or at a character boundary when there is none), so that no word is
// analysed in part.
func cutBefore(text string, n int) string {
	for n > 0 && !utf8.RuneStart(text[n]) {
		n--
	}
	if i := strings.LastIndexAny(text[:n], " \t\n"); i > 0 {
		n = i
	}
	return text[:n]
}

func isDigit(r rune) bool { return '0' <= r && r <= '9' }

// IsAbbreviation reports whether word, as written, is two to four capital
// letters A to Z: PR, HR, IT, KPI.
func IsAbbreviation(word string) bool {
	if len(word) < 2 || len(word) > 4 {
		return false
	}
	for i := 0; i < len(word); i++ {
		if word[i] < 'A' || word[i] > 'Z' {
			return false
		}
	}
	return true
}

// WrittenInCase reports whether text has small letters or Chinese: then
// a word in capitals in it is written so on purpose, an abbreviation, not
// shouted ("WHO SETS PRICES").
func WrittenInCase(text string) bool {
	return strings.ContainsFunc(text, func(r rune) bool { return 'a' <= r && r <= 'z' || IsHan(r) })
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return foldRune(r)
}

// word makes the token of one English (or other alphabetic) word.
func (a *Analyzer) word(surface string, start, end, pos int) Token {
	w, ok := a.words[surface]
	if !ok {
		f := Fold(surface)
		if strings.ContainsRune(f, '’') {
			f = strings.ReplaceAll(f, "’", "'")
		}
		w = wordInfo{folded: f, term: Stem(f), stop: IsStop(f)}
		w.phrase = len(synonyms().phrases[w.term]) > 0
		if a.words == nil {
			a.words = map[string]wordInfo{}
		}
		if len(a.words) < maxCache && len(surface) <= maxCacheKey {
			a.seen++
			w.seen = a.seen
			a.words[surface] = w
		}
	}
	return Token{Term: w.term, Folded: w.folded, Kind: Word, Start: start, End: end, Pos: pos, Stop: w.stop, phrase: w.phrase, Seen: w.seen}
}

// han appends the tokens of a run of Chinese characters that starts at
// rune offset start.
func (a *Analyzer) han(run string, start int, pos *int, dst []Token) []Token {
	words := a.runWords[:0]
	if ids, ok := a.segs[run]; ok {
		for _, id := range ids {
			words = append(words, a.hanSeen[id])
		}
	} else {
		if shared, ok := a.Shared.get(run); ok {
			a.segWords = append(a.segWords[:0], shared...)
		} else {
			a.segWords = a.seg.words(Fold(run), a.segWords[:0]) // the simplified form, of as many characters
			a.Shared.put(run, a.segWords)
		}
		ids := a.runIDs[:0]
		for _, w := range a.segWords {
			hw, id := a.hanWord(w)
			words, ids = append(words, hw), append(ids, id)
		}
		a.runIDs = ids
		if a.segs == nil {
			a.segs = map[string][]int32{}
		}
		if len(a.segs) < maxCache && len(run) <= maxCacheKey && !slices.Contains(ids, -1) {
			a.segs[run] = slices.Clone(ids)
		}
	}
	a.runWords = words
	at := start
	for _, w := range words {
		end := at + w.runes
		dst = append(dst, Token{Term: w.word, Folded: w.word, Kind: Word, Start: at, End: end, Pos: *pos, Han: true, Stop: w.stop, Seen: w.seen, Whole: len(words) == 1})
		if a.Parts {
			for _, p := range w.parts {
				dst = append(dst, Token{Term: p.word, Folded: p.word, Kind: Part, Start: at + p.start, End: at + p.end, Pos: *pos, Han: true, Stop: IsStop(p.word)})
			}
		}
		*pos++
		at = end
	}
	return dst
}

// Segmented remembers the words of the runs of Chinese characters that
// the Analyzers of one job (the word index of one language, built in
// parts on every core) segmented: each part met most runs the others
// did (at 100,000 Chinese duties, 38,500 distinct runs in each half and
// 56,500 in all), and segmenting is most of analysing Chinese. Bounded as
// an Analyzer's own memory is. Its zero value is ready; safe for
// concurrent use; a nil *Segmented remembers nothing.
type Segmented struct {
	mu   sync.Mutex
	runs map[string][]string
}

// get returns the words of run, if an Analyzer put them.
func (s *Segmented) get(run string) ([]string, bool) {
	if s == nil {
		return nil, false
	}
	s.mu.Lock()
	words, ok := s.runs[run]
	s.mu.Unlock()
	return words, ok
}

// put keeps a copy of the words of run, while there is room.
func (s *Segmented) put(run string, words []string) {
	if s == nil || len(run) > maxCacheKey {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.runs == nil {
		s.runs = map[string][]string{}
	}
	if _, ok := s.runs[run]; !ok && len(s.runs) < maxCache {
		s.runs[run] = slices.Clone(words)
	}
}

// hanWord analyses one Chinese word, remembering it (its parts take a
// dictionary look-up for every piece of it), and returns it with its
// place in hanSeen, or -1 when it is not remembered.
func (a *Analyzer) hanWord(w string) (hanWord, int32) {
	if id, ok := a.hanWords[w]; ok {
		return a.hanSeen[id], id
	}
	hw := hanWord{word: w, runes: utf8.RuneCountInString(w), stop: IsStop(w), parts: partsOf(w)}
	if a.hanWords == nil {
		a.hanWords = map[string]int32{}
	}
	if len(a.hanWords) < maxCache && len(w) <= maxCacheKey {
		a.seen++
		hw.seen = a.seen
		id := int32(len(a.hanSeen))
		a.hanWords[w] = id
		a.hanSeen = append(a.hanSeen, hw)
		return hw, id
	}
	return hw, -1
}

// phrases inserts, after the first word of each phrase of the synonym list
// found among toks[from:], a Phrase token for it.
func phrases(toks []Token, from int) []Token {
	tables := synonyms()
	type insert struct {
		after int
		tok   Token
	}
	var ins []insert
	for i := from; i < len(toks); i++ {
		t := toks[i]
		if !t.phrase {
			continue // most words: no look-up
		}
		for _, p := range tables.phrases[t.Term] {
			if k := matchPhrase(toks[i:], p.words); k > 0 {
				ins = append(ins, insert{i, Token{Term: p.term, Folded: p.term, Kind: Phrase, Start: t.Start, End: toks[i+k-1].End, Pos: t.Pos}})
			}
		}
	}
	if ins == nil {
		return toks
	}
	// In place, from the end: toks is the caller's buffer, reused from
	// text to text, and a new one for every text with a phrase was a
	// tenth of what building an index allocated.
	n := len(toks)
	toks = slices.Grow(toks, len(ins))[:n+len(ins)]
	k := len(ins) - 1
	for i, j := n-1, len(toks)-1; k >= 0; i-- {
		for ; k >= 0 && ins[k].after == i; k-- {
			toks[j] = ins[k].tok
			j--
		}
		toks[j] = toks[i]
		j--
	}
	return toks
}

// matchPhrase returns how many tokens of toks the phrase of words covers
// from the first, or 0 when toks do not begin with it.
func matchPhrase(toks []Token, words []string) int {
	if len(toks) < len(words) {
		return 0
	}
	for k, w := range words {
		if toks[k].Term != w {
			return 0
		}
	}
	return len(words)
}

// Tokens is Analyzer.Tokens for one text, with a fresh Analyzer.
func Tokens(text string) []Token {
	var a Analyzer
	return a.Tokens(text, nil)
}

// Terms returns the terms of text that an index keeps: no stop words, in
// order.
func Terms(text string) []string {
	var out []string
	for _, t := range Tokens(text) {
		if !t.Stop {
			out = append(out, t.Term)
		}
	}
	return out
}
