package ui

// Minimum size below which the UI shows a "too small" message instead of a
// broken layout, and the width from which tree and detail sit side by side.
const (
	minWidth   = 24
	minHeight  = 6
	splitWidth = 100
)

// rect is a screen area.
type rect struct{ x, y, w, h int }

func (r rect) contains(x, y int) bool {
	return x >= r.x && x < r.x+r.w && y >= r.y && y < r.y+r.h
}

// layout is where everything goes for a given window size.
type layout struct {
	tooSmall bool
	split    bool // tree and detail side by side
	header   rect
	body     rect // everything between header and status
	tree     rect
	sep      rect // the vertical rule between the panes (split only)
	detail   rect
	status   rect
}

// computeLayout derives the layout from the window size and whether the
// left pane wants more room, so a resize can never leave stale geometry.
func computeLayout(w, h int, wideLeft bool) layout {
	if w < minWidth || h < minHeight {
		return layout{tooSmall: true}
	}
	l := layout{
		header: rect{0, 0, w, 1},
		body:   rect{0, 1, w, h - 2},
		status: rect{0, h - 1, w, 1},
	}
	if w >= splitWidth {
		l.split = true
		tw := min(max(w*2/5, 32), 56)
		if wideLeft { // search results want room for whole sentences
			tw = w * 3 / 5
		}
		l.tree = rect{0, 1, tw, h - 2}
		l.sep = rect{tw, 1, 1, h - 2}
		l.detail = rect{tw + 1, 1, w - tw - 1, h - 2}
		return l
	}
	l.tree = l.body
	l.detail = l.body
	return l
}
