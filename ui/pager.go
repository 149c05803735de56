package ui

import "strings"

// pager scrolls a page whose lines all have the same width (the page's
// reading width), padding them to the pane on the way out: drawing a frame
// is slicing and joining, with no measuring or re-styling per keystroke.
type pager struct {
	lines     []string
	lineWidth int // every line's width, at most the pane's
	offset    int
	// atEnd: the reader went to the page's end (G, or scrolled there);
	// the page stays at its end when the window changes, even if for a
	// while all of it fits.
	atEnd  bool
	width  int // the pane
	height int
	pad    string // spaces from the lines' width to the pane's
}

// setLines shows lines, each exactly lineWidth cells.
func (p *pager) setLines(lines []string, lineWidth int) {
	p.lines, p.lineWidth = lines, lineWidth
	p.layout()
}

// setSize sizes the pane. A page read to its end stays at its end when
// the pane gets shorter (the end moves down); otherwise the top row stays,
// as less and glow keep it.
func (p *pager) setSize(w, h int) {
	p.width, p.height = max(w, 0), max(h, 0)
	p.layout()
	if p.atEnd {
		p.bottom()
	}
}

func (p *pager) layout() {
	p.pad = strings.Repeat(" ", max(p.width-p.lineWidth, 0))
	p.clamp()
}

func (p *pager) maxOffset() int { return max(len(p.lines)-p.height, 0) }

func (p *pager) clamp() { p.offset = min(max(p.offset, 0), p.maxOffset()) }

// moved keeps atEnd after a move: at the end of a page longer than the pane.
func (p *pager) moved() { p.clamp(); p.atEnd = p.scrollable() && p.offset >= p.maxOffset() }

func (p *pager) scroll(d int)     { p.offset += d; p.moved() }
func (p *pager) setOffset(o int)  { p.offset = o; p.moved() }
func (p *pager) top()             { p.offset, p.atEnd = 0, false }
func (p *pager) bottom()          { p.offset, p.atEnd = p.maxOffset(), true }
func (p *pager) pageDown()        { p.scroll(max(p.height-1, 1)) }
func (p *pager) pageUp()          { p.scroll(-max(p.height-1, 1)) }
func (p *pager) scrollable() bool { return len(p.lines) > p.height }

// percent is how far down the page the view is, 0–100.
func (p *pager) percent() int {
	if p.maxOffset() == 0 {
		return 100
	}
	return p.offset * 100 / p.maxOffset()
}

// view returns exactly height lines of exactly width cells.
func (p *pager) view() []string {
	out := make([]string, 0, p.height)
	end := min(p.offset+p.height, len(p.lines))
	for i := p.offset; i < end; i++ {
		out = append(out, p.lines[i]+p.pad)
	}
	blank := strings.Repeat(" ", p.width)
	for len(out) < p.height {
		out = append(out, blank)
	}
	return out
}

// readingPlace is where a reader is in a page, in terms a rendering at
// another width or in the other language shares: the paragraph (a run of
// non-blank lines, the blank lines after it included) the top row falls
// in and how far into it, as less and glow keep the same text on top when
// a window is resized. A page read to its end stays at its end.
type readingPlace struct {
	block       int // the paragraph, counted from 0; -1 before the first
	into, of    int // the top row is into rows of the paragraph's of rows
	offset, max int // the row and the last row the page could start at
	end         bool
}

// place is where the view is in the page.
func (p *pager) place() readingPlace {
	pl := readingPlace{offset: p.offset, max: p.maxOffset(), end: p.atEnd}
	start, end := paragraphAround(p.lines, p.offset)
	pl.block, pl.into, pl.of = end.block, p.offset-start, end.row-start
	return pl
}

// restore scrolls to pl in the page's (new) lines: the same paragraph,
// as far into it in proportion, or, if the page has fewer paragraphs, the
// same fraction of the page.
func (p *pager) restore(pl readingPlace) {
	switch {
	case pl.end:
		p.bottom()
	case pl.block < 0:
		p.setOffset(0)
	default:
		start, rows, ok := paragraph(p.lines, pl.block)
		if !ok {
			p.setOffset(pl.offset * p.maxOffset() / max(pl.max, 1))
			return
		}
		p.setOffset(start + (pl.into*rows+pl.of/2)/max(pl.of, 1))
	}
}

// paragraphEnd is the row after a paragraph (the next one's first row, or
// the page's end) and the paragraph's number.
type paragraphEnd struct{ block, row int }

// paragraphAround returns the first row of the paragraph row falls in and
// where it ends; before the first paragraph, that is row 0 and block -1.
func paragraphAround(lines []string, row int) (start int, end paragraphEnd) {
	end.block = -1
	for i := 0; i < len(lines); i++ {
		if startsParagraph(lines, i) {
			if i > row {
				end.row = i
				return start, end
			}
			start, end.block = i, end.block+1
		}
	}
	end.row = len(lines)
	return start, end
}

// paragraph finds paragraph block: its first row and its rows, blank lines
// after it included.
func paragraph(lines []string, block int) (start, rows int, ok bool) {
	n := -1
	for i := 0; i < len(lines); i++ {
		if !startsParagraph(lines, i) {
			continue
		}
		if n == block {
			return start, i - start, true
		}
		n++
		start = i
	}
	if n == block {
		return start, len(lines) - start, true
	}
	return 0, 0, false
}

// startsParagraph reports whether row i is a paragraph's first: not
// blank, and the page's first row or under a blank one.
func startsParagraph(lines []string, i int) bool {
	return !blankLine(lines[i]) && (i == 0 || blankLine(lines[i-1]))
}

// blankLine reports whether a rendered line shows nothing but spaces
// (styles around them included).
func blankLine(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ' ':
		case 0x1b: // skip a CSI sequence: ESC [ parameters final-byte
			if i+1 < len(s) && s[i+1] == '[' {
				i += 2
				for i < len(s) && (s[i] < 0x40 || s[i] > 0x7e) {
					i++
				}
				continue
			}
			return false
		default:
			return false
		}
	}
	return true
}
