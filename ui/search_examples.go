package ui

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dutymap/dutymap/model"
	"github.com/dutymap/dutymap/model/analysis"
)

// searchExample is one line of the search start page's examples: a query
// and what it shows.
type searchExample struct{ query, says string }

// Bounds on the work the examples cost: they are picked when the start
// page is first drawn, from the first departments' first duties only.
const (
	exampleDepts  = 64 // departments looked at
	exampleDuties = 16 // duties looked at in each
	exampleIDMax  = 16 // longest department id a d: example shows
)

// startText is the search start page's text in one language: how to
// search, then the examples, each a line of its own ("  query  says")
// that ↑/↓ pick and enter searches for.
type startText struct {
	intro    string
	examples []searchExample
	lines    []string // one per example, its query set in a column
}

// startFor is the search start page's text in l: how to search, with
// examples that find something in org. The built-in organisation has the
// catalog's examples; other content has examples drawn from its own
// duties and departments (searchExamples), and says that words of one
// language find duties in the other only when some duty is written in
// both, and any duty only when every duty is (the built-in content under a
// layer of one's own too). Computed once per content and language.
func (s *searchState) startFor(org *model.Org, l model.Lang, cells cells) *startText {
	if s.start[l] != nil {
		return s.start[l]
	}
	w := catalog[l].search
	examples := w.examples[:]
	switch {
	case !builtinExamples(org):
		examples = searchExamples(org, l, w)
	case !everyDutyInBoth(org):
		// The built-in content under a layer of one's own written in one
		// language: the other language's words find the built-in duties,
		// not the layer's.
		examples = slices.Clone(examples)
		examples[3].says = w.twins
	}
	col := 16 // the catalog's column: its examples are set as they always were
	for _, e := range examples {
		col = max(col, cells.width(e.query)+2)
	}
	t := &startText{intro: w.intro, examples: examples}
	for _, e := range examples {
		t.lines = append(t.lines, "  "+e.query+strings.Repeat(" ", col-cells.width(e.query))+e.says)
	}
	s.start[l] = t
	return t
}

// startWrap is a startText wrapped to the list: its lines, and for each
// the example it shows (-1: the explanation, or a blank line). It is
// wrapped again only when the text, the width or the counting of cells
// changes: every frame and every keystroke on the start page asks for it.
type startWrap struct {
	text  *startText
	width int
	cells cells
	lines []string
	item  []int
}

func (c *startWrap) wrap(cw cells, t *startText, width int) *startWrap {
	if c.lines != nil && c.text == t && c.width == width && c.cells == cw {
		return c
	}
	*c = startWrap{text: t, width: width, cells: cw}
	add := func(item int, lines []string) {
		for _, l := range lines {
			c.lines, c.item = append(c.lines, l), append(c.item, item)
		}
	}
	add(-1, cw.plainLines(t.intro, width))
	if len(t.lines) > 0 {
		add(-1, []string{""})
	}
	for i, l := range t.lines {
		add(i, cw.plainLines(l, width))
	}
	return c
}

// recentTop is the line of the start page (startLines) where the recent
// searches start: under the wrapped text, a blank line and their heading.
func (c *startWrap) recentTop() int { return len(c.lines) + 2 }

// builtinExamples reports whether the catalog's examples find what they
// say in org: its sales department is the built-in one.
func builtinExamples(org *model.Org) bool {
	d := org.Department("sales")
	return d != nil && d.Layer == builtinLayer
}

// searchExamples draws the start page's examples from org's own text,
// the same for the same content: two words of the first duty that has
// two words a search finds it by; an exact word of a duty of another
// department; a department's id with a word of one of its duties; and,
// when a duty is written in both languages, a word of the other
// language's text, said to find any duty only when every duty has its
// twin (else, the duties also written in that language). An example with
// nothing to draw from is left out.
func searchExamples(org *model.Org, l model.Lang, w searchWords) []searchExample {
	type duty struct {
		dept  *model.Node
		title model.Text
	}
	var duties []duty
	for i, d := range org.Departments {
		if i == exampleDepts {
			break
		}
		n := 0
		d.Walk(func(c *model.Node) bool {
			if c.Kind.IsLeaf() && n < exampleDuties {
				duties = append(duties, duty{d, c.Title})
				n++
			}
			return n < exampleDuties
		})
	}
	// pick is the first duty, of a department other than not if any, for
	// which f makes an example.
	pick := func(not *model.Node, f func(duty) bool) {
		for _, pass := range []bool{true, false} {
			for _, u := range duties {
				if (u.dept != not || !pass) && f(u) {
					return
				}
			}
		}
	}
	var out []searchExample
	var used *model.Node
	pick(nil, func(u duty) bool {
		ws := findingWords(u.title.In(l))
		if len(ws) < 2 {
			return false
		}
		out, used = append(out, searchExample{joinWords(ws[:2]), w.examples[0].says}), u.dept
		return true
	})
	pick(used, func(u duty) bool {
		ws := findingWords(u.title.In(l))
		if len(ws) == 0 {
			return false
		}
		out = append(out, searchExample{"'" + longest(ws), w.examples[1].says})
		return true
	})
	pick(used, func(u duty) bool {
		ws := findingWords(u.title.In(l))
		if len(ws) == 0 || !plainID(u.dept.ID) {
			return false
		}
		out = append(out, searchExample{"d:" + u.dept.ID + " " + ws[0], fmt.Sprintf(w.onlyIn, oneLine(u.dept.Title.In(l)))})
		return true
	})
	other := l.Other()
	says := w.examples[3].says // "Chinese words find English duties too": true when every duty has its twin
	if !everyDutyInBoth(org) {
		says = w.twins
	}
	pick(nil, func(u duty) bool {
		if !u.title.Has(l) || !u.title.Has(other) {
			return false
		}
		ws := findingWords(u.title[other])
		if len(ws) == 0 {
			return false
		}
		out = append(out, searchExample{ws[0], says})
		return true
	})
	return out
}

// everyDutyInBoth reports whether every duty of org is written in both
// languages: only then does a word of either language find any duty.
func everyDutyInBoth(org *model.Org) bool {
	for _, d := range org.Departments {
		both := true
		d.Walk(func(c *model.Node) bool {
			if c.Kind.IsLeaf() && !(c.Title.Has(model.En) && c.Title.Has(model.Zh)) {
				both = false
			}
			return both
		})
		if !both {
			return false
		}
	}
	return true
}

// findingWords are the words of a duty's text that a search finds it by,
// in order, as a query would type them: no stop or question words, each
// English word of three letters or more and letters only (folded), each
// Chinese word of two characters or more.
func findingWords(text string) []string {
	var out []string
	runes := []rune(text)
	for _, t := range analysis.Tokens(text) {
		if t.Kind != analysis.Word || t.Stop || analysis.IsFiller(t.Folded) || analysis.IsFiller(t.Term) {
			continue
		}
		if t.Han {
			if t.End-t.Start >= 2 {
				out = append(out, string(runes[t.Start:t.End]))
			}
			continue
		}
		if utf8.RuneCountInString(t.Folded) >= 3 && strings.IndexFunc(t.Folded, func(r rune) bool { return !unicode.IsLetter(r) }) < 0 {
			out = append(out, t.Folded)
		}
	}
	return out
}

// joinWords joins words as a query types them: Chinese words run on,
// others take a space.
func joinWords(ws []string) string {
	var b strings.Builder
	for i, x := range ws {
		if i > 0 && !(analysis.IsHanWord(ws[i-1]) && analysis.IsHanWord(x)) {
			b.WriteString(" ")
		}
		b.WriteString(x)
	}
	return b.String()
}

// longest is the longest of words (the first of those as long).
func longest(ws []string) string {
	best := ws[0]
	for _, x := range ws[1:] {
		if utf8.RuneCountInString(x) > utf8.RuneCountInString(best) {
			best = x
		}
	}
	return best
}

// plainID reports whether a department's id reads well in an example:
// short, and letters, digits, "-" and "_" only.
func plainID(id string) bool {
	if id == "" || len(id) > exampleIDMax {
		return false
	}
	return strings.IndexFunc(id, func(r rune) bool {
		return !(r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '_'))
	}) < 0
}
