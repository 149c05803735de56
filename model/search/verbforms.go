package search

import (
	"fmt"
	"runtime"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dutymap/dutymap/model"
	"github.com/dutymap/dutymap/model/analysis"
)

// An English word is often a noun and a verb of one spelling, and the
// stemmer gives its forms one stem: "leave" (time off) and "leaving the
// customer satisfied", "personnel files" and "file the sales diaries". A
// question says which it means: a word that is not the question's verb
// is read as a noun. A text that holds such a word only in another form
// (an inflection: -ing, -ed, -s, or the bare word of a plural), used as a
// verb, says another word of the same spelling: the first word of a duty,
// which duties begin with their verb, or a word right before a
// determiner, which begins the verb's object. Such a text holds the word
// as a related term does: it ranks (at a related term's share), it makes
// no match. The same form ("leave the office" for leave), a form used as
// a noun ("marketing research" for market, "training" for trainings), a
// form the synonym list writes beside the word ("pricing" for prices),
// and a text that also says the word otherwise or through a synonym are
// not judged so; but a noun in -ing of its own sense (analysis.IngThing:
// a building, a meeting) is judged in its own form too, which its verb
// writes before its object ("building the company website"). Nor is the question's verb, or a keyword search, which
// does not say how its words are read.

// nounForm is a query word read as a noun, and what a text's word of its
// term must not be to hold it (verbForm).
type nounForm struct {
	at     int
	bit    uint64
	own    int32   // its term
	folded string  // as typed, folded
	term   string  // as analysed
	weight float32 // its own term's weight in the query (alt.weight)
	others []int32 // its synonyms' terms, which hold it plainly
	// companions are the own terms of the question's other words read as
	// nouns: what the noun is of or for ("key" and
	// "customers" of "key customer visits"). A verb of the noun's term
	// done to them is the act the noun names (actDoneTo).
	companions []int32
	// thing marks a noun in -ing of its own sense (analysis.IngThing:
	// "building"), whose verb writes its form too.
	thing bool
}

// demoteVerbForms clears, in each English hit of a question, the words
// read as nouns (nounForms) whose only evidence is another form of them
// used as a verb (verbForm): off its mask, what it holds and, but for a
// related term's share, its score.
func (ix *Index) demoteVerbForms(hits []whit, p plan, langs [2]model.Lang, cws [2][]cword) {
	k := langIdx(langs, model.En)
	if langs[k] != model.En || len(hits) == 0 || !p.question {
		return
	}
	w := ix.wordsOf(model.En)
	words := nounForms(w, p, cws[k])
	if len(words) == 0 {
		return
	}
	ws, _, _ := mainWeights(cws[k])
	nodes := func(id int32) []int32 { n, _ := w.postings(id); return n }
	// The determiners the index holds as words ("every"): a word before
	// one is read as written.
	var dets []int32
	for det := range determiners {
		for _, t := range analysis.Terms(det) {
			if id, ok := w.term(t); ok {
				dets = append(dets, id)
			}
		}
	}
	// Whether a text holds a word only as a verb is a fact of the text and
	// the word: what an earlier keystroke found is not read again
	// (keymemo.go), and a word being typed, held by tens of thousands of
	// texts, is read on all CPUs (as demoteDerived reads them).
	memo := make([]*textMemo, len(words))
	if p.memos != nil {
		for j, d := range words {
			memo[j] = p.memos.take(verbFormKey{term: d.term, folded: d.folded, others: fmt.Sprint(d.others)})
		}
		defer func() {
			for _, m := range memo {
				p.memos.give(m)
			}
		}()
	}
	// asVerb reports whether hit h holds noun d (words[j]) only as
	// another form used as a verb, remembering what it works out with
	// learn.
	asVerb := func(text *englishText, h *whit, j int, learn func(j int, n int32, yes bool)) bool {
		if memo[j] != nil {
			if yes, known := memo[j].get(h.node); known {
				return yes
			}
		}
		d := words[j]
		duty := ix.kindOf(h.node) == model.KindDuty
		yes := false
		if !plainlyHeld(w.tokens(h.node), d, duty, dets) {
			asNoun, asVerb := text.says(d.others, true, func(t seqToken) bool { return t.term == d.own }, func(t seqToken, written string) bool {
				return verbForm(d, analysis.Fold(written), t.pos == 0 && duty, text.wordBefore(int(t.start)), text.wordAfter(int(t.end))) &&
					!actDoneTo(text.tokens, t, d.companions)
			})
			yes = asVerb && !asNoun
		}
		if memo[j] != nil {
			learn(j, h.node, yes)
		}
		return yes
	}
	// judge reads hit n and marks in verbOnly the words it holds only as
	// a verb.
	verbOnly := make([]uint64, len(hits))
	judge := func(text *englishText, n int, learn func(j int, n int32, yes bool)) {
		h := &hits[n]
		if h.lang != model.En {
			return
		}
		text.read(h.node)
		for j, d := range words {
			if h.mask&d.bit != 0 && asVerb(text, h, j, learn) {
				verbOnly[n] |= d.bit
			}
		}
	}
	workers := min(runtime.GOMAXPROCS(0), max(1, len(hits)/max(1, parallelWhole)))
	if workers < 2 {
		text := englishText{ix: ix}
		learn := func(j int, n int32, yes bool) { memo[j].set(n, yes) }
		for n := range hits {
			judge(&text, n, learn)
		}
	} else {
		found := make([][]learnt, workers)
		texts := make([]englishText, workers)
		learns := make([]func(j int, n int32, yes bool), workers)
		for w := range workers {
			texts[w] = englishText{ix: ix}
			learns[w] = func(j int, n int32, yes bool) {
				found[w] = append(found[w], learnt{node: n, word: uint8(j), yes: yes})
			}
		}
		inChunks(len(hits), workers, func(w, lo, hi int) {
			for n := lo; n < hi; n++ {
				judge(&texts[w], n, learns[w])
			}
		})
		for _, l := range found {
			for _, a := range l {
				memo[a.word].set(a.node, a.yes)
			}
		}
	}
	// A noun no English text holds as a noun is the act its verb names:
	// "who does the tests" asks who does "Test every release", "who
	// handles escalations" who does "Escalate outages" (tryout28 Y14). The
	// verb says another word of the same spelling only beside a text that
	// says the noun ("File the sales diaries" beside "Keep the personnel
	// files").
	var nouned uint64
	for n, h := range hits {
		if h.lang == model.En {
			nouned |= h.mask &^ verbOnly[n]
		}
	}
	for n := range hits {
		h := &hits[n]
		for _, d := range words {
			if verbOnly[n]&nouned&d.bit == 0 {
				continue
			}
			lost := ws[d.at]
			if h.derived&d.bit != 0 {
				lost *= weightSynonym // demoteDerived took the rest
				h.derived &^= d.bit
			}
			h.mask &^= d.bit
			h.held -= lost
			// It ranks as a related term would, and is none: a closest
			// list does not open with it as related to what is asked.
			if at, ok := slices.BinarySearch(nodes(d.own), h.node); ok {
				_, impacts := w.postings(d.own)
				h.score -= (1 - weightRelated) * d.weight * impacts[at]
			}
		}
	}
}

// verbFormKey is what demoteVerbForms' answer for one noun depends on:
// its term and form as typed (verbForm), and its synonyms' terms
// (plainlyHeld, englishText.says).
type verbFormKey struct {
	term, folded, others string
}

// nounForms returns the English words of question p (compiled as cws)
// read as nouns whose term the texts of w hold: not the question's verb,
// a role's verb, a stop word, or a word in -ing or -ed itself.
func nounForms(w *wordIndex, p plan, cws []cword) []nounForm {
	var out []nounForm
	for i, qw := range p.words[:min(len(p.words), maxWords, len(cws))] {
		thing := analysis.IngThing(qw.folded)
		if qw.han || qw.stop || qw.role || qw.verb || len(qw.folded) < 3 ||
			strings.HasSuffix(qw.folded, "ing") && !thing || strings.HasSuffix(qw.folded, "ed") {
			continue
		}
		id, ok := w.term(qw.term)
		if !ok {
			continue
		}
		// Only a term the texts also write in another form can be held
		// so; most are written one way, and no text is read for them.
		if !slices.ContainsFunc(w.surface, func(s surfaceWord) bool {
			return s.term == id && (s.word != qw.folded || thing) && !analysis.ListedTogether(qw.term, s.word)
		}) {
			continue
		}
		d := nounForm{at: i, bit: 1 << i, own: id, folded: qw.folded, term: qw.term, thing: thing}
		for _, a := range cws[i].alts {
			switch {
			case a.related || a.term < 0:
			case a.term == id:
				d.weight = a.weight
			default:
				d.others = append(d.others, a.term)
			}
		}
		for j, other := range p.words[:min(len(p.words), maxWords, len(cws))] {
			if j == i || other.han || other.stop || other.role || other.verb {
				continue
			}
			// Their own terms only: a synonym is too loose a sign ("file
			// the sales staff's diaries" is no filing of personnel).
			if t, ok := w.term(other.term); ok && t != id {
				d.companions = append(d.companions, t)
			}
		}
		out = append(out, d)
	}
	return out
}

// verbForm reports whether written, a text's word of noun d's term in
// another form than the question's, is used as a verb: it begins a duty
// (first), which duties begin with their verb, a determiner follows it
// (next), which begins the verb's object: "leaving the customer
// satisfied", "file the sales diaries", or it is an -ing form right after
// a form of "be" (prev), the verb going on: "where the industry is
// heading" is no head of anything (tryout26 U21). A form the synonym list
// writes beside the word is the word ("pricing" for prices).
func verbForm(d nounForm, written string, first bool, prev, next string) bool {
	if d.thing {
		// A thing in -ing: the verb's other forms ("built", "Build")
		// are the verb's; its own, before the verb's object ("building
		// the company website") too.
		return !analysis.IngThing(written) || first || determiners[next]
	}
	if written == d.folded || analysis.ListedTogether(d.term, written) || analysis.ActNoun(d.folded, written) {
		return false // a noun of its act ("escalations" of "Escalate") is no other word
	}
	if !first && pluralOf(written, d.folded) {
		// Duties are imperatives: the noun's plural inside one is the
		// noun, whatever follows ("Visit key customers every month").
		return false
	}
	return first || determiners[next] || beForm(prev) && strings.HasSuffix(written, "ing")
}

// actDoneTo reports whether a text's verb form t of a question's noun is
// done to what the question says the noun is of or for (companions, held
// within the next few words): "Visit key customers every month" is the
// act "key customer visits" and "visits to key customers" name, "Forecast
// sales" the "sales forecast"; "file the sales diaries" is no "personnel
// files", nor "Take part in building the company website" the building
// looked after. A noun of an action and its verb meet where they are
// done to the same thing (tryout27 X5).
func actDoneTo(tokens []seqToken, t seqToken, companions []int32) bool {
	const near = 3 // the verb's object starts within a few words
	if len(companions) == 0 {
		return false
	}
	for _, u := range tokens {
		if u.pos > t.pos && u.pos <= t.pos+near && slices.Contains(companions, u.term) {
			return true
		}
	}
	return false
}

// pluralOf reports whether written is the regular plural of the noun
// folded: "customers" of "customer", "boxes" of "box".
func pluralOf(written, folded string) bool {
	rest, ok := strings.CutPrefix(written, folded)
	return ok && (rest == "s" || rest == "es")
}

// beForm reports whether a folded word is a form of "be", which comes
// before a verb's -ing form in the progressive ("is heading", "are
// leaving"). A switch, not a set: package initialisers allocate nothing.
func beForm(w string) bool {
	switch w {
	case "is", "are", "was", "were", "be", "been", "being", "am":
		return true
	}
	return false
}

// wordAfter returns the word (letters only) that begins right after
// rune end of the title, past spaces, folded: "leaving" is followed by
// "the" in "… leaving the customer satisfied". The title is read (says
// reads it before asking); "" past its end.
func (x *englishText) wordAfter(end int) string {
	if !x.titled {
		x.readTitle()
	}
	b, ok := x.byteAt(end)
	if !ok {
		return ""
	}
	rest := x.title[b:]
	i := 0
	for i < len(rest) {
		r, n := utf8.DecodeRuneInString(rest[i:])
		if !unicode.IsSpace(r) {
			break
		}
		i += n
	}
	j := i
	for j < len(rest) {
		r, n := utf8.DecodeRuneInString(rest[j:])
		if !unicode.IsLetter(r) {
			break
		}
		j += n
	}
	return analysis.Fold(rest[i:j])
}

// wordBefore returns the word (letters only) that ends right before rune
// start of the title, past spaces, folded: "is" before "heading" in
// "… where the industry is heading". The title is read (says reads it
// before asking); "" at its start or after anything but a letter.
func (x *englishText) wordBefore(start int) string {
	if !x.titled {
		x.readTitle()
	}
	b, ok := x.byteAt(start)
	if !ok {
		return ""
	}
	head := strings.TrimRightFunc(x.title[:b], unicode.IsSpace)
	i := len(head)
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(head[:i])
		if !unicode.IsLetter(r) {
			break
		}
		i -= n
	}
	return analysis.Fold(head[i:])
}

// plainlyHeld reports whether a text's tokens show, without reading its
// title, that it holds noun d plainly: through a synonym, or in its own
// term followed right away by a word the index holds that is no
// determiner (dets: a stop word between may be one) and not as a duty's first word (duty). Most texts
// holding the word are so settled; the others are read (verbForm).
func plainlyHeld(tokens []seqToken, d nounForm, duty bool, dets []int32) bool {
	for i, t := range tokens {
		switch {
		case slices.Contains(d.others, t.term):
			return true
		case t.term != d.own || t.pos == 0 && duty:
		case i+1 < len(tokens) && tokens[i+1].pos == t.pos+1 && !slices.Contains(dets, tokens[i+1].term):
			return true
		}
	}
	return false
}
