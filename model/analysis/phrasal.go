package analysis

import "strings"

// particles are the adverb particles that make an English phrasal verb
// with the verb right before them: "set up", "draw up", "tear down",
// "carry out", "write off". A phrasal verb is a verb of its own, not its
// verb: "Set up the honour room" sets no price, "Carry out the plan"
// carries nothing. Prepositions that are as often particles ("in", "on",
// "over": "report on sales", "authority over costs") are left out: most
// of their uses are no phrasal verb.
var particles = [...]string{"up", "down", "out", "off"}

// IsParticle reports whether a folded word is an adverb particle of a
// phrasal verb (particles).
func IsParticle(word string) bool {
	for _, p := range particles {
		if word == p {
			return true
		}
	}
	return false
}

// PhrasalTerm is the term of a phrasal verb: its verb's term, a space,
// and its particle ("set up" of "setting up"), as the synonym list writes
// a phrase ("draw up").
func PhrasalTerm(verbTerm, particle string) string { return verbTerm + " " + particle }

// notAfterParticle are the words that make the particle before them a
// preposition's first word: "up to date", "out of stock", "down to", where
// the word before is no verb of it ("Keep records up to date").
var notAfterParticle = [...]string{"of", "to"}

// Phrasal reports whether a word (folded, not a stop word) followed by
// next, then after (folded; "" when the text ends), makes a phrasal verb:
// next is a particle and after does not make it a preposition. The word
// is most often a verb there; the rare noun ("keep costs down") is read
// as the phrasal verb it looks like.
func Phrasal(word, next, after string) bool {
	if !IsParticle(next) || word == "" || !isLetters(word) || IsStop(word) || IsQuestionWord(word) {
		return false
	}
	for _, w := range notAfterParticle {
		if after == w {
			return false
		}
	}
	return true
}

// isLetters reports whether a folded word is letters a to z only.
func isLetters(w string) bool {
	return strings.Trim(w, "abcdefghijklmnopqrstuvwxyz") == ""
}

// phrasals makes each phrasal verb among toks[from:] one token: the
// verb's token takes the phrasal verb's term (PhrasalTerm) and spans the
// particle too ("Set up", "setting-up"), so that "set" does not find
// "Set up the honour room" and "set up" finds "setting-up". The particle
// stays a token of its own, a stop word. Written with one space or a
// hyphen between the two, as texts write them; a phrasal verb split by
// its object ("follow it up") is not found. Written with a hyphen (joins),
// the two are one word whatever follows: "the tearing-down of the stand".
func phrasals(toks []Token, from int, joins []joinedSpan) []Token {
	for i := from; i+1 < len(toks); i++ {
		t, n := &toks[i], toks[i+1]
		if t.Kind != Word || t.Han || n.Kind != Word || n.Start != t.End+1 || n.Pos != t.Pos+1 {
			continue
		}
		after := ""
		if i+2 < len(toks) && toks[i+2].Kind == Word {
			after = toks[i+2].Folded
		}
		hyphened := false
		for _, j := range joins {
			hyphened = hyphened || j.start <= t.Start && n.End <= j.end
		}
		particle := n.Folded
		if hyphened {
			// Written with a hyphen, the two are a noun whatever follows
			// ("the tearing-down of the stand"), and its plural is the
			// phrasal verb's too ("follow-ups", "write-offs").
			after = ""
			if p, ok := strings.CutSuffix(particle, "s"); ok && IsParticle(p) {
				particle = p
			}
		}
		if !Phrasal(t.Folded, particle, after) {
			continue
		}
		t.Term, t.Folded, t.End = PhrasalTerm(t.Term, particle), t.Folded+" "+particle, n.End
		t.phrase, t.Seen = false, 0 // the word's analysis, remembered, is not this token's
		i++
	}
	return toks
}
