package search

import (
	"fmt"
	"slices"
	"strings"
	"unicode"

	"github.com/dutymap/dutymap/model"
	"github.com/dutymap/dutymap/model/analysis"
)

// Words of one language find a duty of the other only through its twin
// (its text written in both): a Chinese query finds nothing in a
// department written in English only. When no duty mentions a query, the
// answer says so where that may be why ("工资" on English-only content),
// in one wording for the command line and the explorer.

// OneLanguage counts the departments written only in Lang: no text of
// theirs is in the query's language.
type OneLanguage struct {
	Lang      model.Lang // the language they are written in
	Depts, Of int        // how many departments, of how many in all
}

// WrittenOnlyInOther reports how many departments are written only in
// the language other than words' (the words no duty mentions: Results.
// NotMentioned), when the words are all of one script (Chinese characters,
// or letters and no Chinese) and at least one department is: none of its
// titles is in the words' language. One pass over the nodes' titles, made
// only for a query nothing answers.
func (ix *Index) WrittenOnlyInOther(words []string) (OneLanguage, bool) {
	asked, ok := scriptOf(words)
	depts := len(ix.depts)
	if ix.table != nil {
		depts = len(ix.table.deptSeq)
	}
	if !ok || depts == 0 {
		return OneLanguage{}, false
	}
	// A word some text in its own language holds (a section's title or
	// notes: 退货 of 仓库 › 退货) is not missing for want of that
	// language: the note would send the user to the other one for
	// nothing (tryout27 X4).
	w := ix.wordsOf(asked)
	for _, word := range words {
		terms := analysis.Terms(word)
		if len(terms) > 0 && !slices.ContainsFunc(terms, func(t string) bool { _, ok := w.term(t); return !ok }) {
			return OneLanguage{}, false
		}
	}
	written := make([]bool, depts)
	left := depts // departments not known to be written in the words' language
	if t := ix.table; t != nil {
		// A department's own title first, from the departments' table of
		// an index read alone: most departments are written in both
		// languages, and the whole titles' table is then not read (a
		// block of it checked for each department).
		for d := range written {
			if t.deptTitle[asked][d] != "" {
				written[d] = true
				left--
			}
		}
	}
	for i, d := range ix.dept {
		if left == 0 {
			break
		}
		if d >= 0 && int(d) < depts && !written[d] && ix.titleOf(int32(i), asked) != "" {
			written[d] = true
			left--
		}
	}
	o := OneLanguage{Lang: asked.Other(), Of: depts}
	for _, w := range written {
		if !w {
			o.Depts++
		}
	}
	if o.Depts == 0 {
		return OneLanguage{}, false
	}
	return o, true
}

// scriptOf is the language words are written in: Chinese when each holds
// Chinese characters, English when each holds letters and none does.
func scriptOf(words []string) (model.Lang, bool) {
	han, latin := 0, 0
	for _, w := range words {
		switch {
		case strings.ContainsFunc(w, analysis.IsHan):
			han++
		case strings.ContainsFunc(w, unicode.IsLetter):
			latin++
		}
	}
	switch {
	case han > 0 && latin == 0:
		return model.Zh, true
	case latin > 0 && han == 0:
		return model.En, true
	}
	return 0, false
}

// Note says it in l, as a sentence without its full stop: "2 departments
// are written in English only; try English words".
func (o OneLanguage) Note(l model.Lang) string {
	name := [model.NumLangs][model.NumLangs]string{
		model.En: {model.En: "English", model.Zh: "Chinese"},
		model.Zh: {model.En: "英文", model.Zh: "中文"},
	}[l][o.Lang]
	switch {
	case l == model.Zh && o.Depts == o.Of:
		return fmt.Sprintf("内容只用%s写成，请试试%s词", name, name)
	case l == model.Zh:
		return fmt.Sprintf("有 %d 个部门只用%s写成，请试试%s词", o.Depts, name, name)
	case o.Depts == o.Of:
		return fmt.Sprintf("The content is written in %s only; try %s words", name, name)
	case o.Depts == 1:
		return fmt.Sprintf("1 department is written in %s only; try %s words", name, name)
	}
	return fmt.Sprintf("%d departments are written in %s only; try %s words", o.Depts, name, name)
}
