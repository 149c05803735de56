package search

import "strings"

// synonymGroups are words that mean the same to someone asking "who does
// X?" of a list of duties: "set prices" should find "Develop pricing
// strategies" and "Determine price schedules". A query word finds its
// synonyms as whole words in any inflection, ranked below the word itself
// and its other forms but above a mere prefix. The groups stay small and
// literal: a wrong synonym costs precision on every search.
var synonymGroups = [][]string{
	{"set", "determine", "develop", "establish", "fix", "formulate", "decide", "define"},
	{"sell", "sale"},
	{"customer", "client", "consumer", "buyer"},
	{"staff", "personnel", "employee"},
	{"hire", "recruit"},
	{"wage", "salary", "payroll"},
	{"check", "inspect", "audit", "examine"},
	{"advert", "advertisement", "ad"},
	{"analyse", "analyze"},
	{"organise", "organize"},
	{"train", "coach"},
	{"supervise", "oversee"},
	{"forecast", "predict"},
}

// synonyms maps a word's stem to its synonyms' stems.
var synonyms = func() map[string][]string {
	m := map[string][]string{}
	for _, g := range synonymGroups {
		for _, w := range g {
			for _, o := range g {
				if o != w {
					m[wordStem(w)] = append(m[wordStem(w)], wordStem(o))
				}
			}
		}
	}
	return m
}()

// wordStem is stem for words long enough to have one, else the word.
func wordStem(w string) string {
	if isLowerWord(w) {
		return stem(w)
	}
	return w
}

// synonymsOf returns the synonym stems of a lower-case query word.
func synonymsOf(term string) []string {
	for i := 0; i < len(term); i++ {
		if !isLowerLetter(term[i]) {
			return nil
		}
	}
	return synonyms[wordStem(term)]
}

// wordWithStem finds a whole word of h whose stem is s (a stem is always a
// prefix of its word) and returns its byte range.
func wordWithStem(h, s string) (at, end int) {
	for from := 0; from < len(h); {
		i := strings.Index(h[from:], s)
		if i < 0 {
			return 0, 0
		}
		i += from
		j := i + len(s)
		for j < len(h) && isLowerLetter(h[j]) {
			j++
		}
		if !wordBefore(h, i) && !wordAt(h, j) && wordStem(h[i:j]) == s {
			return i, j
		}
		from = i + 1
	}
	return 0, 0
}

// synonymWord finds a whole word of h that is one of the term's synonyms.
// With word starts it looks only where words begin, and only at synonyms
// sharing the word's first letter: this runs for most candidate texts.
func (t *cterm) synonymWord(h string, starts []uint16) (at, end int) {
	if starts == nil {
		for _, syn := range t.syns {
			if a, e := wordWithStem(h, syn); e > a {
				return a, e
			}
		}
		return 0, 0
	}
	for _, s := range starts {
		i := int(s)
		c := h[i]
		if !t.synAt[c] {
			continue
		}
		for _, syn := range t.syns {
			if syn[0] != c || !strings.HasPrefix(h[i:], syn) {
				continue
			}
			j := i + len(syn)
			for j < len(h) && isLowerLetter(h[j]) {
				j++
			}
			if !wordAt(h, j) && wordStem(h[i:j]) == syn {
				return i, j
			}
		}
	}
	return 0, 0
}
