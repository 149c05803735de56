package ui

import (
	"slices"
	"strconv"
	"strings"

	"github.com/dutymap/dutymap/diagram"
	"github.com/dutymap/dutymap/internal/disjoint"
	"github.com/dutymap/dutymap/model"
)

// A group of three or more departments that hand each other work (a
// department handing work to several others, a chain) is drawn as a
// column: each department once, as a box, and each hand-off once, as a
// line that leaves its department's box on the right, runs down or up a
// lane beside the column and ends with ◀ at the box that takes it; what
// goes and how many items stand at the end of the line leaving the box
// (where that does not fit, where it goes: "→ Sales · 5", linkLabel):
//
//	╭──────────────────╮
//	│ Marketing        ├─┬───── What marketing gives sales · 5 items
//	│ 174 duties       ├─┼─┬─── What marketing gives finance · 2 items
//	╰──────────────────╯ │ │
//	╭──────────────────╮ │ │
//	│ Sales            │◀┘ │
//	╰──────────────────╯   │
//	╭──────────────────╮   │
//	│ Finance          │◀──┘
//	╰──────────────────╯
//
// A pair of departments keeps the side-by-side drawing (pairShapes): a
// department must never be drawn twice, once per partner (tryout20).

// linkCell is one cell of the lanes beside a column: a line-drawing
// character and the hand-offs (indices into the column's shapes, or -1)
// whose line passes through it, for the selection's style.
type linkCell struct {
	r    rune
	a, b int32
}

// linkArea is the lanes beside one column, from column x of the chart:
// a row of cells for each of the column's lines, from line y.
type linkArea struct {
	x, y int
	base int // the index of the column's first shape in the chart's shapes
	rows [][]linkCell
}

// componentsOf splits the linked departments into groups that hand each
// other work, directly or through others, each in the order of its
// first hand-off; the groups in the order of their first hand-off.
func componentsOf(hs []diagram.HandOff) [][]*model.Node {
	var sets disjoint.Sets[*model.Node]
	for _, h := range hs {
		sets.Union(h.From, h.To)
	}
	return sets.Groups()
}

// columnOrder puts a group's departments in the order the column shows
// them: the one with the most partners first (the hub: marketing, which
// hands work to sales, operations and finance), then breadth first, each
// department's partners in the order of their first hand-off, so that most
// lines are short.
func columnOrder(depts []*model.Node, hs []diagram.HandOff) []*model.Node {
	partners := map[*model.Node][]*model.Node{}
	link := func(a, b *model.Node) {
		if a != b && !slices.Contains(partners[a], b) {
			partners[a] = append(partners[a], b)
		}
	}
	for _, h := range hs {
		link(h.From, h.To)
		link(h.To, h.From)
	}
	hub := depts[0]
	for _, d := range depts {
		if len(partners[d]) > len(partners[hub]) {
			hub = d
		}
	}
	out := []*model.Node{hub}
	seen := map[*model.Node]bool{hub: true}
	for i := 0; i < len(out); i++ {
		for _, p := range partners[out[i]] {
			if !seen[p] {
				seen[p] = true
				out = append(out, p)
			}
		}
	}
	for _, d := range depts { // unreachable only through a loop on itself
		if !seen[d] {
			out = append(out, d)
		}
	}
	return out
}

// columnShapes lays out a group of departments as a column with lanes,
// width cells wide from (x, y). It returns the shapes (each box, then the
// hand-offs leaving it), a band per box, the lanes and the height.
func columnShapes(cw cells, words *chartWords, lang model.Lang, x, y, width int,
	depts []*model.Node, info func(*model.Node) []string, hs []diagram.HandOff) ([]chartShape, []chartBand, *linkArea, int) {
	depts = columnOrder(depts, hs)
	// Each box as wide as its longest line needs, within bounds.
	need := 0
	for _, d := range depts {
		need = max(need, cw.width(oneLine(d.Title.In(lang)))+4)
		for _, l := range info(d) {
			need = max(need, cw.width(l)+4)
		}
	}
	// Every end of a hand-off gets a row of its own on its box: first the
	// lines leaving it, then those arriving, in content order.
	type end struct {
		edge int
		out  bool
	}
	ends := map[*model.Node][]end{}
	for i, h := range hs {
		ends[h.From] = append(ends[h.From], end{i, true})
	}
	for i, h := range hs {
		ends[h.To] = append(ends[h.To], end{i, false})
	}

	layout := func(bw int) (boxes []*boxShape, tops []int, from, to []int, lanes []int, nLanes, height int) {
		from, to = make([]int, len(hs)), make([]int, len(hs))
		at := y
		for _, d := range depts {
			b := newBox(cw, oneLine(d.Title.In(lang)), info(d), bw)
			for k, e := range ends[d] {
				if e.out {
					from[e.edge] = at + 1 + k
					b.joinR = append(b.joinR, 1+k)
				} else {
					to[e.edge] = at + 1 + k
				}
			}
			boxes, tops = append(boxes, b), append(tops, at)
			at += max(b.height(), len(ends[d])+2)
		}
		// Lanes: each line takes the leftmost lane free over its rows and
		// the row on either side, so that two lines never touch.
		lanes = make([]int, len(hs))
		var free []int // per lane, the first row it is free from
		order := make([]int, len(hs))
		for i := range order {
			order[i] = i
		}
		lo := func(i int) int { return min(from[i], to[i]) }
		hi := func(i int) int { return max(from[i], to[i]) }
		slices.SortStableFunc(order, func(a, b int) int { return lo(a) - lo(b) })
		for _, i := range order {
			lane := slices.IndexFunc(free, func(f int) bool { return f <= lo(i) })
			if lane < 0 {
				lane = len(free)
				free = append(free, 0)
			}
			lanes[i], free[lane] = lane, hi(i)+2
		}
		return boxes, tops, from, to, lanes, len(free), at - y
	}

	// The box gives way to the lanes and a label of at least 12 cells,
	// down to 10 cells; the lanes are cut at the chart's edge beyond that.
	bw := min(max(need, chartMinSide), chartMaxBox, max(width, 1))
	boxes, tops, from, to, lanes, nLanes, height := layout(bw)
	if fit := width - (2*nLanes + 2) - 12; bw > fit {
		bw = max(fit, min(10, width))
		boxes, tops, from, to, lanes, nLanes, height = layout(bw)
	}

	// The shapes: each box, then the labels of the lines leaving it.
	var shapes []chartShape
	var bands []chartBand
	edgeShape := make([]int, len(hs))
	x0 := x + bw
	labelX := x0 + 2*nLanes + 2
	labelW := x + width - labelX
	for k, d := range depts {
		b := boxes[k]
		h := max(b.height(), len(ends[d])+2)
		first := len(shapes)
		shapes = append(shapes, chartShape{node: d, r: rect{x, tops[k], bw, h}, box: b})
		for _, e := range ends[d] {
			if !e.out {
				continue
			}
			hd := hs[e.edge]
			text := linkLabel(cw, words, lang, hd, labelW)
			edgeShape[e.edge] = len(shapes)
			shapes = append(shapes, chartShape{node: hd.Node, r: rect{labelX, from[e.edge], max(cw.width(text), 1), 1},
				arrow: &arrowShape{dir: arrowLink, label: []string{text}}})
		}
		bands = append(bands, chartBand{y: tops[k], h: h, from: first, to: len(shapes)})
	}

	// The lanes, cell by cell: the vertical runs first, then the lines
	// along the rows, which cross a run as ┼.
	area := &linkArea{x: x0, y: y, rows: make([][]linkCell, height)}
	cols := 2*nLanes + 1
	for i := range area.rows {
		row := make([]linkCell, cols)
		for j := range row {
			row[j] = linkCell{' ', -1, -1}
		}
		area.rows[i] = row
	}
	set := func(row, col int, r rune, owner int) {
		c := &area.rows[row-y][col]
		switch {
		case c.r == '│' && r == '─':
			c.r, c.b = '┼', int32(owner)
		default:
			c.r, c.a = r, int32(owner)
		}
	}
	for i := range hs {
		lane, owner := 1+2*lanes[i], edgeShape[i]
		for row := min(from[i], to[i]) + 1; row < max(from[i], to[i]); row++ {
			set(row, lane, '│', owner)
		}
	}
	for i := range hs {
		lane, owner := 1+2*lanes[i], edgeShape[i]
		down := to[i] > from[i]
		// Leaving: along the row to the label, turning into the lane.
		for col := 0; col < cols; col++ {
			if col != lane {
				set(from[i], col, '─', owner)
			}
		}
		switch {
		case from[i] == to[i]:
		case down:
			set(from[i], lane, '┬', owner)
		default:
			set(from[i], lane, '┴', owner)
		}
		// Arriving: from the lane along the row to the arrowhead.
		for col := 1; col < lane; col++ {
			set(to[i], col, '─', owner)
		}
		if down {
			set(to[i], lane, '┘', owner)
		} else {
			set(to[i], lane, '┐', owner)
		}
		set(to[i], 0, '◀', owner)
	}
	return shapes, bands, area, height
}

// linkLabel is what a column's hand-off says at the end of its line, in
// w cells: what goes and how many items where that fits; else where it
// goes and how many ("→ Engineering · 2 items", "→ Engineering · 2"),
// which is what tells apart the lines leaving one box, whose names often
// differ only at their end ("What people gives engineering", "… gives
// finance"; tryout23 G14); the target's name gives way before the count.
func linkLabel(cw cells, words *chartWords, lang model.Lang, h diagram.HandOff, w int) string {
	label, count := handOffLabel(h, lang, words)
	if full := label + " · " + count; cw.width(full) <= w {
		return full
	}
	target := "→ " + oneLine(h.To.Title.In(lang))
	for _, tail := range []string{" · " + count, " · " + strconv.Itoa(h.Items)} {
		if cw.width(target+tail) <= w {
			return target + tail
		}
	}
	tail := " · " + strconv.Itoa(h.Items)
	if room := w - cw.width(tail); room >= 4 {
		return cw.truncate(target, room, "…") + tail
	}
	return cw.truncate(target+tail, max(w, 0), "…")
}

// drawLinks draws the lanes' rows y0+from … y0+to-1 of the chart (the
// rows of one band), the selected hand-off's line in the selection's
// style, cut at the canvas's right edge.
func (c *canvas) drawLinks(a *linkArea, y0, from, to, selected int) {
	for y := max(from, a.y); y < min(to, a.y+len(a.rows)); y++ {
		row := a.rows[y-a.y]
		n := min(len(row), c.w-a.x)
		if n <= 0 {
			return
		}
		var b strings.Builder
		var run strings.Builder
		runSel := false
		flush := func() {
			if run.Len() == 0 {
				return
			}
			if runSel {
				b.WriteString(c.pal.lineSel.wrap(run.String()))
			} else {
				b.WriteString(c.pal.line.wrap(run.String()))
			}
			run.Reset()
		}
		for _, cell := range row[:n] {
			sel := selected >= 0 && (int(cell.a)+a.base == selected && cell.a >= 0 || int(cell.b)+a.base == selected && cell.b >= 0)
			if sel != runSel {
				flush()
				runSel = sel
			}
			run.WriteRune(cell.r)
		}
		flush()
		c.put(a.x, y-y0, b.String(), n)
	}
}
