package ui

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

// Find in page searches the text as the reader sees it, not line by line:
// a phrase the renderer wrapped across a line end is still one phrase.
// The page's lines are joined into one text where a wrapped line end is a
// single space (nothing between two Chinese characters, which wrap without
// one) and a blank line ends a paragraph; every rune remembers the cell it
// was drawn in, so a match lights up every cell it covers, on every line.

// cellSpan is the cells [start, end) of one page line.
type cellSpan struct{ line, start, end int }

// pageMatch is one occurrence of the query: one span per line it covers.
type pageMatch []cellSpan

// pageText is a page's visible text prepared for finding.
type pageText struct {
	runes []rune
	at    []cellSpan // per rune; line -1 for a joining space
}

const paraBreak = '\n' // never in a query: a match cannot cross paragraphs

func newPageText(cw cells, lines []string) *pageText {
	t := &pageText{}
	add := func(r rune, at cellSpan) {
		t.runes = append(t.runes, r)
		t.at = append(t.at, at)
	}
	last := func() rune {
		if len(t.runes) == 0 {
			return paraBreak
		}
		return t.runes[len(t.runes)-1]
	}
	for i, line := range lines {
		plain := strings.TrimRight(ansi.Strip(line), " ")
		if strings.TrimSpace(plain) == "" {
			if last() != paraBreak {
				add(paraBreak, cellSpan{line: -1})
			}
			continue
		}
		col := 0
		started := false
		for _, r := range plain {
			w := cw.width(string(r))
			if unicode.IsSpace(r) {
				if started && last() != ' ' {
					add(' ', cellSpan{i, col, col + w})
				}
				col += w
				continue
			}
			if !started {
				started = true
				// Join to the line before: a space, unless both sides are
				// wide (CJK) characters, which wrap without one.
				if p := last(); p != paraBreak && p != ' ' && !(cw.width(string(p)) == 2 && w == 2) {
					add(' ', cellSpan{line: -1})
				}
			}
			add(r, cellSpan{i, col, col + w})
			col += w
		}
	}
	return t
}

// find returns every occurrence of query, case-insensitive unless the
// query has a capital (as in vim's smartcase and fzf). Runs of spaces in
// the query match one space or a line wrap.
func (t *pageText) find(query string) []pageMatch {
	q := []rune(oneLine(query))
	if len(q) == 0 {
		return nil
	}
	fold := !hasUpper(query)
	if fold {
		for i, r := range q {
			q[i] = unicode.ToLower(r)
		}
	}
	var out []pageMatch
	for i := 0; i+len(q) <= len(t.runes); i++ {
		if !t.matchAt(i, q, fold) {
			continue
		}
		out = append(out, t.spans(i, i+len(q)))
		i += len(q) - 1 // matches do not overlap
	}
	return out
}

func (t *pageText) matchAt(i int, q []rune, fold bool) bool {
	for j, r := range q {
		h := t.runes[i+j]
		if fold {
			h = unicode.ToLower(h)
		}
		if h != r {
			return false
		}
	}
	return true
}

// spans turns the runes [from, to) into one cell span per line.
func (t *pageText) spans(from, to int) pageMatch {
	var m pageMatch
	for _, at := range t.at[from:to] {
		if at.line < 0 {
			continue
		}
		if n := len(m); n > 0 && m[n-1].line == at.line {
			m[n-1].end = at.end
			continue
		}
		m = append(m, at)
	}
	return m
}

func hasUpper(s string) bool {
	for len(s) > 0 {
		r, n := utf8.DecodeRuneInString(s)
		if unicode.IsUpper(r) {
			return true
		}
		s = s[n:]
	}
	return false
}
