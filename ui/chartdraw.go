package ui

import (
	"fmt"
	"slices"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/dutymap/dutymap/diagram"
	"github.com/dutymap/dutymap/model"
)

// The drawing of the chart screen and of the comparison's picture:
// departments as boxes in Lip Gloss's box characters, hand-offs as
// labelled arrows between them. Shapes are laid out once per width and
// language (chartShape, in the chart's own coordinates) and drawn on a
// canvas when on screen, so that moving the selection redraws only what
// shows and a thousand departments cost no more per frame than twelve.

// chartShape is a box (a department) or an arrow (a hand-off) on the chart.
type chartShape struct {
	node  *model.Node // the department, or the relation an arrow stands for
	r     rect        // where it is, in the chart's coordinates
	box   *boxShape
	arrow *arrowShape
}

// boxShape is what a department's box shows.
type boxShape struct {
	name []string // the name, wrapped to the box
	info []string // dimmed lines under it: duty counts
	// joinL and joinR are the rows (from the top border) where an arrow
	// meets the box's left or right side; joinT and joinB the columns where
	// one meets its top or bottom.
	joinL, joinR, joinT, joinB []int
}

// arrowDir is the way an arrow points.
type arrowDir uint8

const (
	arrowRight arrowDir = iota
	arrowLeft
	arrowDown
	arrowUp
	// arrowLink is a hand-off of a column (columnShapes): its label at the
	// end of the line leaving its box; the line is the lanes' (linkArea).
	arrowLink
	// arrowAcross is a hand-off between two groups' sections
	// (acrossShape): the departments' names with an arrow between them,
	// then what goes, indented.
	arrowAcross
)

// acrossArrow stands between the two departments' names of a hand-off
// between groups.
const acrossArrow = " ──▶ "

// acrossShape lays out a hand-off between two groups' sections, width
// cells wide from (x, y): "Engineering ──▶ Finance", then what goes and
// how many items, indented two cells, each wrapped to the width.
func acrossShape(cw cells, words *chartWords, lang model.Lang, x, y, width int, h diagram.HandOff) chartShape {
	label, count := handOffLabel(h, lang, words)
	lines := cw.wrap(oneLine(h.From.Title.In(lang))+acrossArrow+oneLine(h.To.Title.In(lang)), width)
	// The count stays whole: after the label's last line, or below it.
	what := cw.wrap(label, max(width-2, 1))
	if n := len(what); n > 0 && cw.width(what[n-1]+" · "+count) <= width-2 {
		what[n-1] += " · " + count
	} else {
		what = append(what, count)
	}
	for _, l := range what {
		lines = append(lines, "  "+l)
	}
	w := 1
	for _, l := range lines {
		w = max(w, cw.width(l))
	}
	return chartShape{node: h.Node, r: rect{x, y, w, len(lines)}, arrow: &arrowShape{dir: arrowAcross, label: lines, count: count}}
}

// arrowShape is a hand-off: what goes (the label) and how many items.
type arrowShape struct {
	dir   arrowDir
	label []string // wrapped lines; beside the arrow line when horizontal
	count string
}

// A box's width, borders included, is between chartMinBox (where there
// is room) and chartMaxBox.
const (
	chartMinBox  = 24
	chartMaxBox  = 32
	chartGap     = 2  // between boxes of a row
	chartMinSide = 16 // a pair's boxes below this are stacked
)

// newBox lays out a box w cells wide: the name in at most three lines,
// then the info lines.
func newBox(cw cells, name string, info []string, w int) *boxShape {
	inner := max(w-4, 1)
	lines := cw.clip(name, inner, 3)
	out := make([]string, len(info))
	for i, l := range info {
		out[i] = cw.truncate(l, inner, "…")
	}
	return &boxShape{name: lines, info: out}
}

func (b *boxShape) height() int { return 2 + len(b.name) + len(b.info) }

// handOffLabel is what an arrow says: the hand-off's name, and its count
// of items.
func handOffLabel(h diagram.HandOff, lang model.Lang, w *chartWords) (string, string) {
	count := fmt.Sprintf(w.items, h.Items)
	if h.Items == 1 {
		count = w.item
	}
	return oneLine(h.Label.In(lang)), count
}

// pairShapes lays out two boxes with the hand-offs between them, width
// cells wide from (x, y): side by side with the arrows between them, or,
// where the boxes would be too narrow, one above the other with the arrows
// going down and up between them. It returns the shapes (box a, the
// arrows from a to b, those from b to a, box b) and the height.
func pairShapes(cw cells, words *chartWords, lang model.Lang, x, y, width int,
	a, b *model.Node, aInfo, bInfo []string, ab, ba []diagram.HandOff) ([]chartShape, int) {
	// Each box as wide as its longest line needs, within bounds; the
	// arrows get the rest, at least 20 cells.
	need := 0
	for _, l := range append([]string{oneLine(a.Title.In(lang)), oneLine(b.Title.In(lang))}, append(aInfo, bInfo...)...) {
		need = max(need, cw.width(l)+4)
	}
	side := min(max(need, chartMinBox), chartMaxBox, (width-20)/2)
	if side < chartMinSide {
		return stackedPair(cw, words, lang, x, y, width, a, b, aInfo, bInfo, ab, ba)
	}
	mid := min(width-2*side, 48)
	x += (width - 2*side - mid) / 2
	boxA, boxB := newBox(cw, oneLine(a.Title.In(lang)), aInfo, side), newBox(cw, oneLine(b.Title.In(lang)), bInfo, side)
	var arrows []chartShape
	row := 1 // arrows start level with the boxes' first line
	labelW := max(mid-2, 1)
	add := func(h diagram.HandOff, dir arrowDir) {
		label, count := handOffLabel(h, lang, words)
		lines := cw.clip(label, labelW, 2)
		arrowAt := row + len(lines) // the label above a right arrow
		if dir == arrowLeft {
			arrowAt = row // and below a left one
		}
		// The side an arrow leaves from joins it; the arrowhead touches
		// the other box's plain side.
		if dir == arrowRight {
			boxA.joinR = append(boxA.joinR, arrowAt)
		} else {
			boxB.joinL = append(boxB.joinL, arrowAt)
		}
		arrows = append(arrows, chartShape{node: h.Node, r: rect{x + side, y + row, mid, len(lines) + 1},
			arrow: &arrowShape{dir: dir, label: lines, count: count}})
		row += len(lines) + 1
	}
	for _, h := range ab {
		add(h, arrowRight)
	}
	for _, h := range ba {
		add(h, arrowLeft)
	}
	h := max(boxA.height(), boxB.height(), row+1)
	out := []chartShape{{node: a, r: rect{x, y, side, h}, box: boxA}}
	out = append(out, arrows...)
	return append(out, chartShape{node: b, r: rect{x + side + mid, y, side, h}, box: boxB}), h
}

// stackedPair is a pair for a narrow chart: box a, the arrows down (from
// a to b) and up, then box b, each arrow on a connector two cells in.
func stackedPair(cw cells, words *chartWords, lang model.Lang, x, y, width int,
	a, b *model.Node, aInfo, bInfo []string, ab, ba []diagram.HandOff) ([]chartShape, int) {
	boxA := newBox(cw, oneLine(a.Title.In(lang)), aInfo, width)
	boxB := newBox(cw, oneLine(b.Title.In(lang)), bInfo, width)
	out := []chartShape{{node: a, r: rect{x, y, width, boxA.height()}, box: boxA}}
	row := y + boxA.height()
	add := func(h diagram.HandOff, dir arrowDir) {
		label, count := handOffLabel(h, lang, words)
		lines := cw.wrap(label+" · "+count, max(width-4, 1))
		out = append(out, chartShape{node: h.Node, r: rect{x, row, width, len(lines)}, arrow: &arrowShape{dir: dir, label: lines}})
		row += len(lines)
	}
	for _, h := range ab {
		add(h, arrowDown)
	}
	for _, h := range ba {
		add(h, arrowUp)
	}
	if row > y+boxA.height() {
		boxA.joinB, boxB.joinT = []int{2}, []int{2}
	}
	out = append(out, chartShape{node: b, r: rect{x, row, width, boxB.height()}, box: boxB})
	return out, row + boxB.height() - y
}

// canvas is a band of the chart being drawn: pieces of styled text placed
// at cells, joined with spaces into lines of exactly w cells.
type canvas struct {
	cw   cells
	w    int
	rows [][]piece
	pal  chartPalette
}

// chartPalette holds the escape sequences of the chart's styles, taken
// once per frame, so that a box's rows are wrapped by concatenation rather
// than a Lip Gloss render each.
type chartPalette struct {
	edge, edgeSel, name, nameSel, count, line, lineSel, label, labelSel span
}

func paletteOf(st *Styles) chartPalette {
	return chartPalette{
		edge: spanOf(st.Outline), edgeSel: spanOf(st.Marker.Bold(true)),
		name: spanOf(st.Row.Bold(true)), nameSel: spanOf(st.RowSelected), count: spanOf(st.Count),
		line: spanOf(st.Marker), lineSel: spanOf(st.Marker.Bold(true)),
		label: spanOf(st.Row), labelSel: spanOf(st.RowSelected),
	}
}

// wrap styles text with the span.
func (s span) wrap(text string) string { return s.open + text + s.close }

type piece struct {
	x, w int
	s    string
}

func newCanvas(cw cells, st *Styles, w, h int) *canvas {
	return &canvas{cw: cw, w: w, rows: make([][]piece, max(h, 0)), pal: paletteOf(st)}
}

// put places s, w cells of styled text, at (x, y); rows outside the
// canvas are dropped.
func (c *canvas) put(x, y int, s string, w int) {
	if y >= 0 && y < len(c.rows) && w > 0 {
		c.rows[y] = append(c.rows[y], piece{x, w, s})
	}
}

// lines joins each row's pieces, left to right, into exactly w cells.
func (c *canvas) lines() []string {
	out := make([]string, len(c.rows))
	for i, row := range c.rows {
		slices.SortFunc(row, func(a, b piece) int { return a.x - b.x })
		var b strings.Builder
		at := 0
		for _, p := range row {
			if p.x < at || p.x+p.w > c.w {
				continue // overlapping or past the edge: never on a laid-out chart
			}
			b.WriteString(strings.Repeat(" ", p.x-at))
			b.WriteString(p.s)
			at = p.x + p.w
		}
		out[i] = c.cw.pad(b.String(), c.w)
	}
	return out
}

// draw puts a shape on the canvas, whose first row is the chart's row y0.
func (c *canvas) draw(s *chartShape, y0 int, selected bool) {
	switch {
	case s.box != nil:
		c.drawBox(s, y0, selected)
	case s.arrow != nil:
		c.drawArrow(s, y0, selected)
	}
}

// drawBox draws a box: rounded in the outline colour, or, selected, thick
// in the accent colour with its name in the selection's style (reverse
// video without colour), so the selection shows in every theme.
func (c *canvas) drawBox(s *chartShape, y0 int, selected bool) {
	b, r := s.box, s.r
	border, edge, name := lipgloss.RoundedBorder(), c.pal.edge, c.pal.name
	joinL, joinR, joinT, joinB := "┤", "├", "┴", "┬"
	if selected {
		border, edge, name = lipgloss.ThickBorder(), c.pal.edgeSel, c.pal.nameSel
		joinL, joinR, joinT, joinB = "┫", "┣", "┻", "┳"
	}
	y, inner := r.y-y0, r.w-4
	hline := func(left, fill, right string, joins []int, join string) string {
		cellsOf := make([]string, r.w-2)
		for i := range cellsOf {
			cellsOf[i] = fill
		}
		for _, j := range joins {
			if j-1 >= 0 && j-1 < len(cellsOf) {
				cellsOf[j-1] = join
			}
		}
		return edge.wrap(left + strings.Join(cellsOf, "") + right)
	}
	c.put(r.x, y, hline(border.TopLeft, border.Top, border.TopRight, b.joinT, joinT), r.w)
	for row := 1; row < r.h-1; row++ {
		left, right := border.Left, border.Right
		if slices.Contains(b.joinL, row) {
			left = joinL
		}
		if slices.Contains(b.joinR, row) {
			right = joinR
		}
		text := ""
		switch i := row - 1; {
		case i < len(b.name):
			text = c.cw.pad(b.name[i], inner)
			if selected {
				text = " " + text + " " // the selection's colour fills the row
			}
			text = name.wrap(text)
		case i-len(b.name) < len(b.info):
			text = c.pal.count.wrap(c.cw.pad(b.info[i-len(b.name)], inner))
		default:
			text = strings.Repeat(" ", inner)
		}
		if !selected || row-1 >= len(b.name) {
			text = " " + text + " "
		}
		c.put(r.x, y+row, edge.wrap(left)+text+edge.wrap(right), r.w)
	}
	c.put(r.x, y+r.h-1, hline(border.BottomLeft, border.Bottom, border.BottomRight, b.joinB, joinB), r.w)
}

// drawArrow draws a hand-off: a horizontal arrow across its width with
// the count on it and the label centred above (pointing right) or below
// (pointing left); or, stacked, ▼ or ▲ on the connector and the label
// beside it. Selected, the label takes the selection's style.
func (c *canvas) drawArrow(s *chartShape, y0 int, selected bool) {
	a, r := s.arrow, s.r
	line, label := c.pal.line, c.pal.label
	if selected {
		line, label = c.pal.lineSel, c.pal.labelSel
	}
	y := r.y - y0
	if a.dir == arrowLink {
		if len(a.label) > 0 && a.label[0] != "" {
			c.put(r.x, y, label.wrap(a.label[0]), c.cw.width(a.label[0]))
		}
		return
	}
	if a.dir == arrowAcross {
		for i, l := range a.label {
			text := label.wrap(l)
			if from, to, ok := strings.Cut(l, acrossArrow); ok {
				text = label.wrap(from) + line.wrap(acrossArrow) + label.wrap(to)
			}
			c.put(r.x, y+i, text, c.cw.width(l))
		}
		return
	}
	if a.dir == arrowDown || a.dir == arrowUp {
		head := "▼"
		if a.dir == arrowUp {
			head = "▲"
		}
		for i, l := range a.label {
			mark := line.wrap("│")
			if i == 0 {
				mark = line.wrap(head)
			}
			w := c.cw.width(l)
			c.put(r.x+2, y+i, mark, 1)
			c.put(r.x+4, y+i, label.wrap(l), w)
		}
		return
	}
	centred := func(row int, text string) {
		w := c.cw.width(text)
		c.put(r.x+(r.w-w)/2, row, label.wrap(text), w)
	}
	arrowRow := y + len(a.label)
	labelRow := y
	if a.dir == arrowLeft {
		arrowRow, labelRow = y, y+1
	}
	for i, l := range a.label {
		centred(labelRow+i, l)
	}
	count := " " + a.count + " "
	cwid := c.cw.width(count)
	if cwid > r.w-4 {
		count, cwid = "", 0
	}
	left := (r.w - cwid) / 2
	body := "◀" + strings.Repeat("─", left-1) + count + strings.Repeat("─", r.w-left-cwid)
	if a.dir == arrowRight {
		body = strings.Repeat("─", left) + count + strings.Repeat("─", r.w-left-cwid-1) + "▶"
	}
	c.put(r.x, arrowRow, line.wrap(body), r.w)
}
