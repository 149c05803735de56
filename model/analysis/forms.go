package analysis

import (
	"strings"
	"sync"
)

// SameInflection reports whether two folded English words are forms of
// one word by inflection alone: a plural or third person in -s, -es or
// -ies, a past in -ed or -d, a gerund in -ing, with a final e dropped or
// a consonant doubled ("prices" and "price", "sets" and "set",
// "recruits" and "recruited", "pricing" and "priced", "plans" and
// "planning", "supplies" and "supplied"). Porter2 also gives one stem to
// words derived from one another ("inform" and "information", "fix" and
// "fixture"), which are other words, often of another meaning: the form
// family is what says a word as written. An irregular verb's past is its
// base ("built" and "builds"), and an American spelling the British one
// ("labor" and "labours"), as Stem reads them (Lemma). A phrasal verb is
// the same when its verbs are and its particles too, written with a space
// or a hyphen ("sets up" and "setting-up").
func SameInflection(a, b string) bool {
	if a == b {
		return true
	}
	if av, ap, ok := cutPhrasal(a); ok {
		bv, bp, ok := cutPhrasal(b)
		return ok && ap == bp && SameInflection(av, bv)
	}
	a, b = Lemma(a), Lemma(b)
	for _, x := range bases(a) {
		for _, y := range bases(b) {
			if x == y {
				return true
			}
		}
	}
	return false
}

// bases returns the words w may be an inflection of, w itself first.
func bases(w string) []string {
	out := []string{w}
	add := func(stem string) {
		if len(stem) < 2 {
			return
		}
		out = append(out, stem, stem+"e")
		if n := len(stem); n >= 3 && stem[n-1] == stem[n-2] && !strings.ContainsRune("aeiou", rune(stem[n-1])) {
			out = append(out, stem[:n-1]) // "planned", "setting"
		}
	}
	switch {
	case strings.HasSuffix(w, "ies") || strings.HasSuffix(w, "ied"):
		out = append(out, w[:len(w)-3]+"y")
	case strings.HasSuffix(w, "ing"):
		add(w[:len(w)-3])
	case strings.HasSuffix(w, "ed"):
		add(w[:len(w)-2])
	case strings.HasSuffix(w, "es"):
		add(w[:len(w)-2])
	}
	if strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
		out = append(out, w[:len(w)-1])
	}
	return out
}

// ListedTogether reports whether the folded word is written in the
// synonym list (synonymList) in a group whose terms hold term, the
// analysed term of another word: "management" is listed with manage,
// "reception" with receive. The list names the derived forms that say
// the same work ("warehouse management" is managing it), which
// SameInflection does not join.
func ListedTogether(term, word string) bool {
	for _, group := range listedWords()[word] {
		for _, t := range group {
			if t == term {
				return true
			}
		}
	}
	return false
}

// listedWords maps each single word of synonymList, folded, to the terms
// of the groups it is written in (not the related terms after "~"): the
// list's lines side by side with their analysed terms (analysedSynonyms,
// one term per word in the same order).
var listedWords = sync.OnceValue(func() map[string][][]string {
	out := map[string][][]string{}
	words, terms := strings.Split(synonymList, "\n"), strings.Split(analysedSynonyms, "\n")
	for i := range min(len(words), len(terms)) {
		same, _, _ := strings.Cut(words[i], "~")
		sameTerms, _, _ := strings.Cut(terms[i], "~")
		ws, ts := listItems(same), listItems(sameTerms)
		if len(ws) != len(ts) {
			continue // cannot be: a test checks the table is the list's
		}
		for _, w := range ws {
			if !strings.Contains(w, " ") {
				f := Fold(w)
				out[f] = append(out[f], ts)
			}
		}
	}
	return out
})

// cutPhrasal splits a folded phrasal verb ("sets up", "setting-up") into
// its verb and its particle.
func cutPhrasal(w string) (verb, particle string, ok bool) {
	i := strings.LastIndexAny(w, " -")
	if i <= 0 || !IsParticle(w[i+1:]) {
		return "", "", false
	}
	return w[:i], w[i+1:], true
}
