package page

import (
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
	"github.com/dutymap/dutymap/internal/linebreak"
	east "github.com/yuin/goldmark/extension/ast"
)

// styledTable is a table whose cells Glamour has styled: header first.
type styledTable struct {
	header []string
	rows   [][]string
	align  []east.Alignment
}

// columnGap separates columns, as Glamour draws tables.
const (
	columnGap    = " │ "
	columnGapW   = 3
	headerRule   = "─"
	headerCross  = "─┼─"
	maxTableCols = 12
	// minTextColumn is the narrowest a column of running text is wrapped
	// to; a table that cannot give it that much becomes a list.
	minTextColumn = 16
)

// renderCells styles every cell of the tables with one Glamour pass: each
// cell becomes a paragraph starting with cellMark. Header cells are bold.
func renderCells(tables []Table, style string) []styledTable {
	if len(tables) == 0 {
		return nil
	}
	var md strings.Builder
	for _, t := range tables {
		cell := func(s string, head bool) {
			s = Prepare(s).Markdown
			if head && strings.TrimSpace(s) != "" {
				s = "**" + s + "**"
			}
			md.WriteString(cellMarkS + s + "\n\n")
		}
		for _, h := range t.Header {
			cell(h, true)
		}
		for _, r := range t.Rows {
			for _, c := range r {
				cell(c, false)
			}
		}
	}
	var cells []string
	if out, ok := render(md.String(), style); ok {
		for _, l := range strings.Split(out, "\n") {
			if i := strings.Index(l, cellMarkS); i >= 0 {
				c := l[i+len(cellMarkS):]
				// The cell's style opened before the mark continues.
				cells = append(cells, linebreak.SGRAfter("", l[:i])+c)
			}
		}
	}
	next := func(raw string) string {
		if len(cells) == 0 {
			return raw // Glamour failed: the cell's own text
		}
		c := cells[0]
		cells = cells[1:]
		return c
	}
	out := make([]styledTable, len(tables))
	for k, t := range tables {
		st := styledTable{align: t.Align}
		for _, h := range t.Header {
			st.header = append(st.header, next(h))
		}
		for _, r := range t.Rows {
			var row []string
			for _, c := range r {
				row = append(row, next(c))
			}
			st.rows = append(st.rows, row)
		}
		out[k] = st
	}
	return out
}

// table lays out a table in room cells. Columns take their natural width
// when all fit; otherwise cells wrap, each column at least as wide as its
// widest word (so no header, word or link is ever cut) and as
// minTextColumn; when even that is too wide, the table becomes a list: one item per row, each cell under
// its header's name.
func (ts *typesetter) table(t styledTable, room int) []string {
	cols := len(t.header)
	for _, r := range t.rows {
		cols = max(cols, len(r))
	}
	if cols == 0 {
		return nil
	}
	natural, least := make([]int, cols), make([]int, cols)
	measure := func(row []string) {
		for j, c := range row {
			for _, seg := range strings.Split(c, breakMarkS) {
				natural[j] = max(natural[j], Width(seg))
			}
			least[j] = max(least[j], longestWord(c))
		}
	}
	measure(t.header)
	for _, r := range t.rows {
		measure(r)
	}
	// A column of long text is not squeezed below a readable width.
	for j := range least {
		least[j] = max(least[j], min(natural[j], minTextColumn))
	}
	gaps := columnGapW * (cols - 1)
	widths := natural
	if sum(natural)+gaps > room {
		if cols > maxTableCols || sum(least)+gaps > room {
			return ts.tableAsList(t, room)
		}
		widths = shareWidths(natural, least, room-gaps)
	}
	var out []string
	rule := make([]string, cols)
	for j, w := range widths {
		rule[j] = strings.Repeat(headerRule, w)
	}
	if len(t.header) > 0 {
		out = append(out, ts.tableRow(t.header, widths, t.align)...)
		out = append(out, strings.Join(rule, headerCross))
	}
	prev := 0 // the lines of the row above
	for _, r := range t.rows {
		lines := ts.tableRow(r, widths, t.align)
		if prev > 1 || prev > 0 && len(lines) > 1 {
			// A row of wrapped cells is ruled off from its neighbours:
			// a blank line between them read as an empty row (tryout23).
			out = append(out, strings.Join(rule, headerCross))
		}
		out = append(out, lines...)
		prev = len(lines)
	}
	return out
}

// tableRow lays out one row: each cell wrapped to its column, padded to
// it, the columns joined by the gap.
func (ts *typesetter) tableRow(row []string, widths []int, align []east.Alignment) []string {
	cells := make([][]string, len(widths))
	height := 1
	for j := range widths {
		c := ""
		if j < len(row) {
			c = row[j]
		}
		cells[j] = wrapStyled(c, widths[j], "")
		height = max(height, len(cells[j]))
	}
	out := make([]string, height)
	for i := range height {
		var b strings.Builder
		for j, w := range widths {
			if j > 0 {
				b.WriteString(columnGap)
			}
			c := ""
			if i < len(cells[j]) {
				c = cells[j][i]
			}
			a := east.AlignNone
			if j < len(align) {
				a = align[j]
			}
			b.WriteString(pad(c, w, a, j == len(widths)-1))
		}
		out[i] = strings.TrimRight(b.String(), " ")
	}
	return out
}

// pad fits a cell line to w cells by its alignment. The last column is
// not padded on the right.
func pad(s string, w int, a east.Alignment, last bool) string {
	gap := max(w-Width(s), 0)
	switch a {
	case east.AlignRight:
		return strings.Repeat(" ", gap) + s
	case east.AlignCenter:
		left := gap / 2
		if last {
			return strings.Repeat(" ", left) + s
		}
		return strings.Repeat(" ", left) + s + strings.Repeat(" ", gap-left)
	}
	if last {
		return s
	}
	return s + strings.Repeat(" ", gap)
}

// shareWidths fits columns in total cells, as CSS's automatic table
// layout does: a column whose natural width is within an even share of
// what is left gets it; the others get their least width plus the rest
// shared in proportion to how much more each would take.
func shareWidths(natural, least []int, total int) []int {
	widths := make([]int, len(natural))
	open := make([]bool, len(natural))
	for j := range open {
		open[j] = true
	}
	left, count := total, len(natural)
	for changed := true; changed && count > 0; {
		changed = false
		for j := range natural {
			if open[j] && natural[j]*count <= left {
				widths[j], open[j] = natural[j], false
				left -= natural[j]
				count--
				changed = true
			}
		}
	}
	want, floor := 0, 0
	for j := range natural {
		if open[j] {
			want += natural[j] - least[j]
			floor += least[j]
		}
	}
	extra := left - floor
	given := 0
	for j := range natural {
		if open[j] {
			add := 0
			if want > 0 {
				add = (natural[j] - least[j]) * extra / want
			}
			widths[j] = least[j] + add
			given += add
		}
	}
	// Rounding leftovers go to the columns still short, left to right.
	for j := 0; given < extra && j < len(widths); j++ {
		if open[j] && widths[j] < natural[j] {
			widths[j]++
			given++
		}
	}
	return widths
}

// tableAsList shows a table too wide for the room as a list: per row, an
// item starting with the first cell, then a line "Header: cell" for each
// other cell.
func (ts *typesetter) tableAsList(t styledTable, room int) []string {
	saved := ts.out
	ts.out = nil
	savedWidth := ts.width
	ts.width = room
	bullet := "• "
	for _, r := range t.rows {
		var parts []string
		for j, c := range r {
			if ansi.Strip(c) == "" {
				continue
			}
			if j > 0 && j < len(t.header) {
				if h := strings.TrimSpace(ansi.Strip(t.header[j])); h != "" {
					sep := ": "
					if r, _ := utf8.DecodeLastRuneInString(h); linebreak.IsWide(r) {
						sep = "："
					}
					c = t.header[j] + sep + c
				}
			}
			parts = append(parts, c)
		}
		ts.block(bullet, strings.Join(parts, breakMarkS))
	}
	if len(t.rows) == 0 {
		for _, h := range t.header {
			ts.block(bullet, h)
		}
	}
	lines := ts.out
	ts.out, ts.width = saved, savedWidth
	return lines
}

func sum(xs []int) int {
	s := 0
	for _, x := range xs {
		s += x
	}
	return s
}
