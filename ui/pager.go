package ui

import (
	"strings"
)

// pager scrolls a page whose lines are already exactly width cells wide,
// so drawing a frame is only slicing and joining: no width measuring or
// re-styling per keystroke.
type pager struct {
	lines  []string
	offset int
	width  int
	height int
}

// padLines splits s and pads or cuts every line to width cells. It is done
// once per page rendering, not per frame.
func padLines(s string, width int) []string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = padRight(l, width)
	}
	return lines
}

func (p *pager) setLines(lines []string) {
	p.lines = lines
	p.clamp()
}

func (p *pager) setSize(w, h int) {
	p.width, p.height = max(w, 0), max(h, 0)
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
	if p.offset < end {
		out = append(out, p.lines[p.offset:end]...)
	}
	blank := strings.Repeat(" ", p.width)
	for len(out) < p.height {
		out = append(out, blank)
	}
	return out
}
