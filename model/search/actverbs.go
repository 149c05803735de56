package search

import (
	"slices"

	"github.com/dutymap/dutymap/model/analysis"
)

// A question names work by a noun its duties say as a verb of another
// stem: "trademark registration" is what "Register the company's
// trademarks" does, a "backup" what "Back up the servers" does, "laptop
// setup" what "Set up laptops" does (tryout28 Y2). Porter2 joins most
// such nouns to their verbs ("escalation", "escalate"); these it leaves
// apart, and a phrasal verb is one token of its own (analysis.phrasals).

// actVerbTerms returns the terms of w that English query word qw, a noun
// of action, names the act of and does not stem to: its phrasal verb
// (analysis.PhrasalNoun: "back up" of "backups") or a verb of another
// stem (analysis.ActVerbs: "register" of "registration") that begins some
// duty, which is what says it is a verb the content does. The question's
// verb, a role's verb and a stop word name no noun.
func (ix *Index) actVerbTerms(w *wordIndex, qw qword) []int32 {
	if qw.han || qw.stop || qw.role || qw.verb || len(qw.folded) < 5 {
		return nil
	}
	own, _ := w.term(qw.term)
	var out []int32
	add := func(term string) {
		if id, ok := w.term(term); ok && (own == 0 && term != qw.term || id != own) && !slices.Contains(out, id) && w.leadsDuty(ix, term) {
			out = append(out, id)
		}
	}
	if verb, particle, ok := analysis.PhrasalNoun(qw.folded); ok {
		if analysis.IsParticle(particle) {
			add(analysis.PhrasalTerm(analysis.Stem(verb), particle))
		} else {
			add(analysis.Stem(verb)) // "hand over": "over" is no particle of the index's
		}
	}
	for _, v := range analysis.ActVerbs(qw.folded) {
		if t := analysis.Stem(v); t != qw.term {
			add(t)
		}
	}
	return out
}

// addActVerbs gives each English query word of a question (compiled as
// cws against w) the verbs it names the act of (actVerbTerms) as
// synonyms: evidence of the word at a synonym's share, or at its own
// weight where no text holds the word itself, as compileWord weighs a
// synonym; a note says it is matched through them (throughSynonyms).
func (ix *Index) addActVerbs(w *wordIndex, cws []cword, words []qword) {
	for i, qw := range words[:min(len(words), len(cws))] {
		terms := ix.actVerbTerms(w, qw)
		if len(terms) == 0 {
			continue
		}
		own, held := w.term(qw.term)
		c := &cws[i]
		for _, t := range terms {
			if slices.ContainsFunc(c.alts, func(a alt) bool { return a.term == t }) {
				continue
			}
			df := w.df[t]
			if held {
				df = max(df, w.df[own])
			}
			share := float32(weightSynonym)
			if !held {
				share = 1
			}
			a := alt{term: t, weight: share * w.idf(df), synonym: true}
			c.alts = append(c.alts, a)
			c.weight = max(c.weight, a.weight)
		}
	}
}
