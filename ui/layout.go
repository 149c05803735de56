package ui

// Sizes below which the UI shows a "too small" message instead of a broken
// layout, and the width from which a list and a page sit side by side.
const (
	minWidth   = 24
	minHeight  = 6
	splitWidth = 100
)

// rect is an area of a screen, in cells.
type rect struct{ x, y, w, h int }

func (r rect) contains(x, y int) bool {
	return x >= r.x && x < r.x+r.w && y >= r.y && y < r.y+r.h
}

// panes is a list beside a page, or (narrower than splitWidth) either one
// filling the area; the explorer and search lay out this way.
type panes struct {
	split bool
	list  rect
	rule  rect // the vertical rule between them, split only
	page  rect
}

// splitPanes lays out w × h cells. listShare is the list's part of the
// width when split, in fifths: 2 for the tree (bounded to 32–56 cells),
// 3 for search results, which want whole sentences.
func splitPanes(w, h, listShare int) panes {
	all := rect{0, 0, max(w, 0), max(h, 0)}
	if w < splitWidth {
		return panes{list: all, page: all}
	}
	lw := w * listShare / 5
	if listShare == 2 {
		lw = min(max(lw, 32), 56)
	}
	return panes{
		split: true,
		list:  rect{0, 0, lw, h},
		rule:  rect{lw, 0, 1, h},
		page:  rect{lw + 1, 0, w - lw - 1, h},
	}
}

// join draws the list beside the page with the rule between them. Every
// line is already its pane's width, so joining is concatenation.
func (p panes) join(st *Styles, list, page []string) []string {
	sep := st.Border.Render("│")
	out := make([]string, p.list.h)
	for i := range out {
		out[i] = list[i] + sep + page[i]
	}
	return out
}
