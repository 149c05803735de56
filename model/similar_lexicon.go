package model

// The English lexicon of duty similarity: stemming, stop words, weak verbs,
// phrases and synonyms. It is reached only through analyse
// (similar_tokens.go), so moving similarity onto a shared text-analysis
// package replaces this file and that one function.

import "strings"

// englishTokens joins phrases, drops stop words, stems and maps synonyms,
// appending the tokens to out.
func englishTokens(words, out []word) []word {
	for i := 0; i < len(words); i++ {
		w := words[i]
		st := stem(w.text)
		if i+1 < len(words) {
			if p, ok := phrases[st+" "+words[i+1].text]; ok {
				out = append(out, word{p, w.clause})
				i++
				continue
			}
		}
		if stopWords[w.text] || weakStems[st] {
			continue
		}
		if syn, ok := synonyms[st]; ok {
			st = syn
		}
		out = append(out, word{st, w.clause})
	}
	return out
}

// phrases are two-word verbs and terms that mean one thing, keyed by the
// first word's stem and the second word as written ("setting up" and "set
// up" alike); the value is a canonical token.
var phrases = map[string]string{
	"draw up": "set", "work out": "set", "lay down": "set", "map out": "plan",
	"set up": "establish", "carry out": "run", "carri out": "run", "put forward": "propos",
	"sum up": "summar", "follow up": "track", "long term": "longterm", "long range": "longterm",
	"public relations": "pr", "public relation": "pr",
}

// stopWords carry no meaning for telling duties apart. "company" and
// "department" are here because almost every duty is about one.
var stopWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`a an the and or nor but of to in on at by for from with without within into onto
		as is are be been being do does did has have had it its this that these those their them they there
		what which who whom whose when where why how all any each every both either neither other others such own same
		so than then too very more most also up down out over under about above after before during between through via per
		s t e g etc i you your we us our he she his her will would should must may might shall can could not no
		company companies department departments dept organisation organisations organization
		organizations enterprise enterprises behalf sure well`) {
		m[w] = true
	}
	return m
}()

// weakStems are verbs so general that sharing one says nothing: "Provide
// service after the sale" and "Provide logistics services" are not the
// same duty.
var weakStems = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields("provid giv help keep get tak ensur mak see bring put need abl want follow") {
		m[w] = true
	}
	return m
}()

// synonyms map a stem to the canonical stem of its group, for the verbs and
// nouns this domain says in many ways.
var synonyms = func() map[string]string {
	groups := map[string]string{
		"set":      "set formul draft devis decid determin",
		"plan":     "plan schem",
		"advert":   "advert advertis ad ads",
		"research": "research study survey investig",
		"analys":   "analys analysis analytic",
		"collect":  "collect gath",
		"sale":     "sale sal", // not "sell": "sales" also names a department ("report to sales")
		"goal":     "goal target objectiv aim",
		"event":    "event activity campaign",
		"customer": "custom consum client buyer",
		"compet":   "compet competitor competit competitiv rival",
		"data":     "data inform figur statistic intelligenc fact",
		"forecast": "forecast predict",
		"train":    "train teach coach",
		"run":      "run organis hold conduct execut impl",
		"product":  "product merchandis",
	}
	m := map[string]string{}
	for canon, words := range groups {
		for _, w := range strings.Fields(words) {
			m[w] = canon
		}
	}
	return m
}()

// stem is a crude suffix stripper: enough that "prices", "pricing" and
// "price" meet, and "planning"/"planned"/"plans" meet "plan". It need not
// produce real words, only the same stem for one word's forms.
func stem(w string) string {
	if len(w) <= 3 || strings.ContainsAny(w, "0123456789") {
		return w // short words, numbers and codes ("1077", "b2b") are kept whole
	}
	if strings.Contains(w, "iz") || strings.Contains(w, "yz") {
		w = britishSpelling.Replace(w)
	}
	w = plural(w)
	for range 2 {
		cut := false
		for _, suf := range suffixes {
			if rest, ok := strings.CutSuffix(w, suf.s); ok && len(rest) >= suf.min {
				w, cut = rest, true
				break
			}
		}
		if !cut {
			break
		}
	}
	if len(w) > 3 && strings.HasSuffix(w, "e") {
		w = w[:len(w)-1]
	}
	if n := len(w); n > 3 && w[n-1] == w[n-2] && !isVowel(w[n-1]) {
		w = w[:n-1] // planning -> plann -> plan
	}
	return w
}

// britishSpelling folds -ize and -yze into -ise and -yse (organize, analyze).
var britishSpelling = strings.NewReplacer("iz", "is", "yz", "ys")

// suffixes are tried in order (after the plural is gone); min is the
// shortest stem allowed.
var suffixes = []struct {
	s   string
	min int
}{
	{"ation", 4}, {"ment", 4}, {"ing", 3}, {"ion", 4}, {"ate", 4}, {"er", 4}, {"ed", 3}, {"ly", 4}, {"al", 5},
}

func plural(w string) string {
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "sses"):
		return w[:len(w)-2]
	case strings.HasSuffix(w, "ss"), strings.HasSuffix(w, "us"), strings.HasSuffix(w, "is"):
		return w
	case strings.HasSuffix(w, "s"):
		return w[:len(w)-1]
	}
	return w
}

func isVowel(c byte) bool { return strings.IndexByte("aeiouy", c) >= 0 }
