package analysis

import (
	"slices"
	"strings"
)

// A noun often names the act of a verb it is made from: "escalation" of
// "escalate", "renewal" of "renew", "booking" of "book", "payment" of
// "pay", "registration" of "register". A question asks for the work by
// the noun ("who handles escalations"), a duty does it with the verb
// ("Escalate outages to IT operations."): the two say one thing. The
// suffixes are English's regular nouns of action (R. Quirk et al., A
// Comprehensive Grammar of the English Language, 1985, App. I.34–I.37:
// -ation, -ion, -al, -ment, -ance, -ing, -ery), each with the spelling
// changes of its base (a final e dropped, a consonant doubled, -ate, -y,
// -er before -ration, -it before -ission, -ide before -ision).

// actSuffixes are the suffixes that make a noun of action from a verb,
// longest first.
var actSuffixes = []string{"ication", "ation", "ition", "ion", "ment", "ance", "ence", "ing", "ery", "al"}

// notActNoun reports whether w is a noun made so that name a thing or a state, not the
// act: "information" is no informing, a "department" no departing, a
// "meeting" an event, a "building" a house (WordNet 3.1 lists each
// apart from its verb's act). A closed list of the common ones, a
// switch: package initialisers allocate nothing.
func notActNoun(w string) bool {
	switch w {
	case "information", "relation", "operation", "position", "condition", "station", "nation", "section", "question", "mention", "department", "government", "statement", "equipment", "apartment", "meeting", "building", "finding", "setting", "drawing", "painting", "proceeding", "holding", "feeling", "heading", "clothing", "housing", "standing", "saving", "earning", "evening", "morning", "ceiling", "difference", "reference", "conference", "residence", "evidence", "experience", "interval", "material", "original", "general", "personal", "signal", "portal", "digital", "formal", "normal", "total", "legal", "final", "internal", "external", "manual", "national", "lottery", "battery", "gallery", "surgery", "machinery", "mission", "commission", "session", "finance", "balance", "licence", "license", "science", "sentence", "distance":
		return true
	}
	return false
}

// ActVerbs returns the verbs, folded, that the folded noun may name the
// act of by its form (ActNoun): "register", "registr", … for
// "registration". Most are no words; an index keeps those it holds.
// A base shorter than three letters makes none ("ration", "union").
func ActVerbs(noun string) []string {
	var out []string
	for _, n := range []string{noun, Singular(noun)} {
		if notActNoun(n) {
			return nil
		}
		for _, suffix := range actSuffixes {
			base, ok := strings.CutSuffix(n, suffix)
			if !ok || len(base) < 3 {
				continue
			}
			for _, v := range verbsOfBase(base, suffix) {
				if v != n && !slices.Contains(out, v) {
					out = append(out, v)
				}
			}
		}
	}
	return out
}

// ActNoun reports whether the folded noun names the act of the folded
// verb (in any of its inflections: "escalated"), the noun in the singular
// or plural: "escalations" and "escalate",
// "renewal" and "renew", "bookings" and "book", "registration" and
// "register". The same spelling ("tests", "test") is no noun of action
// by its form: it may as well be a thing ("files", "file"), which only
// the texts can tell.
func ActNoun(noun, verb string) bool {
	if noun == "" || verb == "" || noun == verb {
		return false
	}
	for _, n := range []string{noun, Singular(noun)} {
		if notActNoun(n) {
			return false
		}
		for _, suffix := range actSuffixes {
			base, ok := strings.CutSuffix(n, suffix)
			if !ok || len(base) < 2 {
				continue
			}
			for _, v := range verbsOfBase(base, suffix) {
				if v == verb || SameInflection(v, verb) {
					return true
				}
			}
		}
	}
	return false
}

// verbsOfBase returns the verbs a noun's base (what is left before
// suffix) may be of.
func verbsOfBase(base, suffix string) []string {
	out := []string{base, base + "e"}
	n := len(base)
	if n >= 3 && base[n-1] == base[n-2] && !strings.ContainsRune("aeiou", rune(base[n-1])) {
		out = append(out, base[:n-1]) // "setting", "shipping"
	}
	switch suffix {
	case "ication":
		out = append(out, base+"y") // "notification": notify
	case "ation":
		out = append(out, base+"ate") // "escalation": escalate
		if n >= 2 && base[n-1] == 'r' && !strings.ContainsRune("aeiou", rune(base[n-2])) {
			out = append(out, base[:n-1]+"er") // "registration": register
		}
	case "ion":
		if b, ok := strings.CutSuffix(base, "ss"); ok && len(b) >= 3 {
			out = append(out, b+"t") // "submission": submit
		} else if b, ok := strings.CutSuffix(base, "s"); ok && len(b) >= 3 {
			out = append(out, b+"de") // "decision": decide
		}
	case "ery":
		out = append(out, base+"er") // "delivery": deliver
	}
	return out
}

// phrasalNounParticles are the particles a phrasal verb's noun ends in,
// written as one word: "backup", "setup", "checkout", "handover".
var phrasalNounParticles = []string{"up", "out", "off", "down", "over"}

// PhrasalNoun returns the phrasal verb a folded noun written as one word
// names the act of, its verb and its particle: "backup" and "backups"
// (back up), "setup" (set up), "signup", "checkout", "handover" (hand
// over), "followup" (follow up). The verb must be a word of its own of
// at least three letters: "cup" and "ago" are none.
func PhrasalNoun(noun string) (verb, particle string, ok bool) {
	n := noun
	if s, cut := strings.CutSuffix(noun, "s"); cut {
		n = s
	}
	for _, p := range phrasalNounParticles {
		if v, cut := strings.CutSuffix(n, p); cut && len(v) >= 3 && isLetters(v) && phrasalVerb(v) {
			return v, p, true
		}
	}
	return "", "", false
}

// phrasalVerb reports whether w is one of the verbs whose phrasal verbs' nouns a business
// writes as one word (Oxford Learner's Dictionary lists each noun:
// backup, setup, signup, checkout, handover, follow-up, takeover,
// pickup, lookup, cleanup, rollout, payout, printout, shutdown,
// breakdown, markdown, writeoff, signoff, logout, dropoff). Those that
// name a thing are left out: a "startup" is a company, "makeup" worn,
// a "workout" exercise.
func phrasalVerb(w string) bool {
	switch w {
	case "back", "set", "sign", "check", "hand", "follow", "take", "pick", "look", "clean", "roll", "pay", "print", "shut", "break", "mark", "write", "log", "drop":
		return true
	}
	return false
}
