package ui

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/dutymap/dutymap/internal/linebreak"
	"github.com/dutymap/dutymap/model/analysis"
)

// Find in page searches the text as the reader sees it, not line by line:
// a phrase the renderer wrapped across a line end is still one phrase.
// The page's lines are joined into one text where a blank line ends a
// paragraph and a wrapped line end is nothing between two Chinese
// characters (which wrap without a space) and a soft join elsewhere: the
// line breaker (internal/linebreak) breaks at a space, which it drops, but
// also without one, beside a CJK character (天枢 | /Tianshu) and inside a
// word too wide for the line (rc4- | with), and the page's lines do not
// say which it did, so a soft join matches a space of the query or
// nothing. Every rune remembers the cell it was drawn in, so a match
// lights up every cell it covers, on every line.

// cellSpan is the cells [start, end) of one page line.
type cellSpan struct{ line, start, end int }

// pageMatch is one occurrence of the query: one span per line it covers.
type pageMatch []cellSpan

// pageText is a page's visible text prepared for finding. Invisible
// format characters (a soft hyphen, a zero-width space inside a word) are
// left out, as search leaves them out.
type pageText struct {
	runes []rune
	at    []cellSpan // per rune; line -1 for a joining space
	// folded is runes folded as search folds words (analysis.Fold: case,
	// width, accents; ß is "ss"), made for the first find that ignores
	// case; formed is the same without case folding, for a query with a
	// capital; from is, per folded rune, the rune of runes it came from.
	folded, formed []rune
	from           []int
}

const (
	paraBreak = '\n' // never in a query: a match cannot cross paragraphs
	// softJoin stands for a wrapped line end that may or may not have
	// been a space (see above); a private-use character, never in a
	// folded query.
	softJoin = '\uF8FF'
)

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
		// Cell by cell as the terminal counts them: a grapheme cluster
		// (💅🏻, ❤️) is one character with the width cw gives it, and each
		// of its runes lights up all of it.
		for rest := plain; rest != ""; {
			cl, _ := ansi.FirstGraphemeCluster(rest, cw.m)
			if cl == "" {
				break
			}
			rest = rest[len(cl):]
			w := cw.width(cl)
			r, _ := utf8.DecodeRuneInString(cl)
			if unicode.IsSpace(r) {
				if started && last() != ' ' {
					add(' ', cellSpan{i, col, col + w})
				}
				col += w
				continue
			}
			if !started {
				started = true
				// Join to the line before: nothing between two CJK
				// characters, which wrap without a space, else a soft join.
				if p := last(); p != paraBreak && p != ' ' && !(linebreak.IsWide(p) && linebreak.IsWide(r)) {
					add(softJoin, cellSpan{line: -1})
				}
			}
			for _, r := range cl {
				if !analysis.IsFormat(r) {
					add(r, cellSpan{i, col, col + w})
				}
			}
			col += w
		}
	}
	return t
}

// find returns every occurrence of query, case-insensitive unless the
// query has a capital (as in vim's smartcase and fzf). The text and the
// query are folded as search folds them (analysis.Fold), so "strasse"
// finds "Straße" and "resume" finds "résumé"; with a capital, in the
// case-keeping form (analysis.AppendFormRune) that search's exact terms
// use, so "ABC" finds "ＡＢＣ" and "Zurich" finds "Zürich" but not
// "zurich". Runs of spaces in the query match one space or a line wrap.
func (t *pageText) find(query string) []pageMatch {
	keepCase := hasUpper(query)
	fold := analysis.AppendFoldRune
	if keepCase {
		fold = analysis.AppendFormRune
	}
	var q []rune
	for _, r := range oneLine(query) {
		q = fold(q, r)
	}
	text, from := t.foldedText(keepCase)
	if len(q) == 0 {
		return nil
	}
	var out []pageMatch
	for i := 0; i < len(text); i++ {
		end, ok := matchAt(text, i, q)
		if !ok {
			continue
		}
		lo, hi := from[i], from[end-1]+1
		out = append(out, t.spans(lo, hi))
		i = end - 1 // matches do not overlap
	}
	return out
}

// matchAt reports whether q matches text from i, and where the match
// ends. A soft join in the text matches a space of q, or nothing; a match
// neither starts nor ends on one.
func matchAt(text []rune, i int, q []rune) (int, bool) {
	if text[i] == softJoin {
		return 0, false
	}
	for j := 0; j < len(q); {
		switch {
		case i >= len(text):
			return 0, false
		case text[i] == softJoin:
			if q[j] == ' ' {
				j++
			}
			i++
		case text[i] == q[j]:
			i, j = i+1, j+1
		default:
			return 0, false
		}
	}
	return i, true
}

// foldedText returns the page's runes folded (in the case-keeping form
// with keepCase), and the rune each came from, folding them on first use.
// Both forms fold rune for rune alike (analysis.AppendFormRune), so one
// map serves both.
func (t *pageText) foldedText(keepCase bool) ([]rune, []int) {
	dst, fold := &t.folded, analysis.AppendFoldRune
	if keepCase {
		dst, fold = &t.formed, analysis.AppendFormRune
	}
	if *dst == nil {
		out := make([]rune, 0, len(t.runes))
		from := make([]int, 0, len(t.runes))
		for i, r := range t.runes {
			n := len(out)
			if r == softJoin {
				out = append(out, r)
			} else {
				out = fold(out, r)
			}
			for range len(out) - n {
				from = append(from, i)
			}
		}
		*dst, t.from = out, from
	}
	return *dst, t.from
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

// styledSpan is a span of cells to draw in a style.
type styledSpan struct {
	cellSpan
	style lipgloss.Style
}

// styleSpans draws the cells of each span of line in its style (the
// matched text in the highlight's style alone), the line's own styles
// kept around them. Cells are cut as the terminal counts them (cw), not
// as Lip Gloss does: on a terminal counting per code point, a match after
// 💅🏻 on the same line is two cells further right than per cluster.
// spans are in order and do not overlap.
func (cw cells) styleSpans(line string, spans []styledSpan) string {
	var b strings.Builder
	at := 0
	for _, s := range spans {
		if s.start > at {
			b.WriteString(cw.cut(line, at, s.start))
		}
		b.WriteString(s.style.Render(ansi.Strip(cw.cut(line, s.start, s.end))))
		at = max(at, s.end)
	}
	b.WriteString(cw.m.TruncateLeft(line, at, ""))
	return b.String()
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
