package ui

import "strings"

// pager scrolls a page whose lines all have the same width (the page's
// reading width), padding them to the pane on the way out: drawing a frame
// is slicing and joining, with no measuring or re-styling per keystroke.
type pager struct {
	lines     []string
	lineWidth int // every line's width, at most the pane's
	offset    int
	width     int // the pane
	height    int
	pad       string // spaces from the lines' width to the pane's
}

// setLines shows lines, each exactly lineWidth cells.
func (p *pager) setLines(lines []string, lineWidth int) {
	p.lines, p.lineWidth = lines, lineWidth
	p.setSize(p.width, p.height)
}

func (p *pager) setSize(w, h int) {
	p.width, p.height = max(w, 0), max(h, 0)
	p.pad = strings.Repeat(" ", max(p.width-p.lineWidth, 0))
	p.clamp()
}

func (p *pager) maxOffset() int { return max(len(p.lines)-p.height, 0) }

func (p *pager) clamp() { p.offset = min(max(p.offset, 0), p.maxOffset()) }

func (p *pager) scroll(d int)     { p.offset += d; p.clamp() }
func (p *pager) setOffset(o int)  { p.offset = o; p.clamp() }
func (p *pager) top()             { p.offset = 0 }
func (p *pager) bottom()          { p.offset = p.maxOffset() }
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
