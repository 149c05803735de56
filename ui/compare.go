package ui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/dutymap/dutymap/compare"
	"github.com/dutymap/dutymap/model"
)

// stackWidth is the width below which the two sides of a comparison are
// stacked (left above right) instead of set side by side.
const stackWidth = 90

// cmpLine is one screen line of a comparison. Side-by-side lines have a
// left and a right cell, each already fitted to its column; full lines
// (headings, relations, stacked layout) only use left.
type cmpLine struct {
	left, right string
	full        bool
	item        int // index of the selectable item the line belongs to, or -1
}

// cmpItem is something Enter can go to: a duty on either side, or a topic.
type cmpItem struct {
	first       int // first line
	left, right *model.Node
}

// compareModel lays out two departments side by side: traits row by row,
// shared duties aligned on one row, then what each does alone, relations
// and topics. The columns scroll together because they are one list of
// lines.
type compareModel struct {
	res    *compare.Result
	lines  []cmpLine
	items  []cmpItem
	cursor int
	side   int // 0 left, 1 right: which duty Enter goes to
	offset int
	width  int
	height int
	colW   int
	labelW int
}

func (c *compareModel) set(res *compare.Result) {
	c.res, c.cursor, c.side, c.offset = res, 0, 0, 0
}

func (c *compareModel) setSize(w, h int) { c.width, c.height = max(w, 0), max(h, 0) }

func (c *compareModel) stacked() bool { return c.width < stackWidth }

// build lays the comparison out for the current width and language.
func (c *compareModel) build(st *Styles, lang model.Lang) {
	c.lines, c.items = c.lines[:0], c.items[:0]
	if c.res == nil || c.width < 4 {
		return
	}
	r, w := c.res, labelsCmp[lang]
	c.labelW = 0
	c.colW = max((c.width-3)/2, 1) // gutter, two columns, separator
	an, bn := r.A.Title.In(lang), r.B.Title.In(lang)
	if !c.stacked() {
		c.pair(-1, nil, []string{st.Title.Render(ansi.Truncate(an, c.colW, "…"))}, []string{st.Title.Render(ansi.Truncate(bn, c.colW, "…"))}, st)
	} else {
		c.full(-1, st.Title.Render(fmt.Sprintf(w.vs, an, bn)))
	}

	c.heading(st, w.traits)
	if !c.stacked() {
		// The label column comes out of the left side only, so the rule
		// between the sides stays in one place for the whole view.
		c.labelW = min(16, c.colW/3)
	}
	for _, t := range r.Traits {
		label := t.Dimension.Label(lang)
		a, b := traitText(t.A, lang), traitText(t.B, lang)
		if c.stacked() {
			c.full(-1, st.Label.Render(label))
			c.wrapped(-1, "  "+an+": ", a, st)
			c.wrapped(-1, "  "+bn+": ", b, st)
			continue
		}
		c.pair(-1, wrapCell(label, c.labelW), wrapStyled(a, c.colW-c.labelW-2, st), wrapStyled(b, c.colW-1, st), st)
	}
	c.labelW = 0

	c.heading(st, fmt.Sprintf(w.shared, len(r.Shared)))
	for _, p := range r.Shared {
		c.dutyRow(st, lang, p.A, p.B)
	}
	if len(r.Shared) == 0 {
		c.full(-1, st.StatusDim.Render(w.none))
	}
	c.heading(st, fmt.Sprintf(w.only, an, len(r.OnlyA)))
	for _, d := range r.OnlyA {
		c.dutyRow(st, lang, d, nil)
	}
	c.heading(st, fmt.Sprintf(w.only, bn, len(r.OnlyB)))
	for _, d := range r.OnlyB {
		c.dutyRow(st, lang, nil, d)
	}

	c.heading(st, w.relations)
	if len(r.Relations) == 0 {
		c.full(-1, st.StatusDim.Render(w.noRelations))
	}
	for _, rel := range r.Relations {
		item := c.addItem(rel, nil)
		c.wrapped(item, "", st.Label.Render(rel.Title.In(lang)), st)
		for _, pt := range model.Leaves(rel) {
			c.wrapped(item, "  • ", pt.Title.In(lang), st)
		}
	}
	c.heading(st, w.topics)
	if len(r.Topics) == 0 {
		c.full(-1, st.StatusDim.Render(w.noTopics))
	}
	for _, t := range r.Topics {
		item := c.addItem(t, nil)
		c.wrapped(item, "• ", t.Title.In(lang)+"  "+st.StatusDim.Render(t.Summary.In(lang)), st)
	}
	c.cursor = min(c.cursor, max(len(c.items)-1, 0))
	c.clamp()
}

func traitText(t model.Text, l model.Lang) string {
	if s := t.In(l); s != "" {
		return s
	}
	return "—"
}

func (c *compareModel) addItem(left, right *model.Node) int {
	c.items = append(c.items, cmpItem{first: len(c.lines), left: left, right: right})
	return len(c.items) - 1
}

func (c *compareModel) heading(st *Styles, text string) {
	c.full(-1, "")
	c.full(-1, st.Heading.Render(text))
}

func (c *compareModel) full(item int, text string) {
	c.lines = append(c.lines, cmpLine{left: padRight(ansi.Truncate(text, c.width-1, "…"), c.width-1), full: true, item: item})
}

// wrapped adds text wrapped to the full width, prefix on the first line
// and the continuation indented under it.
func (c *compareModel) wrapped(item int, prefix, text string, st *Styles) {
	pw := ansi.StringWidth(prefix)
	for i, l := range wrapCell(text, max(c.width-1-pw, 1)) {
		p := strings.Repeat(" ", pw)
		if i == 0 {
			p = prefix
		}
		c.full(item, p+l)
	}
}

// dutyRow adds a duty pair (or one side of it), each cell showing the duty
// and, dimmed under it, the section it belongs to.
func (c *compareModel) dutyRow(st *Styles, lang model.Lang, a, b *model.Node) {
	item := c.addItem(a, b)
	if c.stacked() {
		for i, n := range []*model.Node{a, b} {
			if n == nil {
				continue
			}
			prefix := "• "
			if i == 1 && a != nil {
				prefix = "≈ "
			}
			c.wrapped(item, prefix, n.Title.In(lang), st)
			if sec := compare.Section(n, lang); sec != "" {
				c.wrapped(item, "  ", st.StatusDim.Render(sec), st)
			}
		}
		return
	}
	c.pair(item, nil, dutyCell(a, lang, c.colW-1, st), dutyCell(b, lang, c.colW-1, st), st)
}

func dutyCell(n *model.Node, lang model.Lang, w int, st *Styles) []string {
	if n == nil {
		return nil
	}
	lines := wrapCell(n.Title.In(lang), w)
	if sec := compare.Section(n, lang); sec != "" {
		lines = append(lines, st.StatusDim.Render(ansi.Truncate(sec, w, "…")))
	}
	return lines
}

// pair adds a row whose cells may wrap to different heights: the shorter
// is padded so the next row starts level on both sides.
func (c *compareModel) pair(item int, label, a, b []string, st *Styles) {
	h := max(len(label), len(a), len(b), 1)
	for i := range h {
		left := padRight(at(a, i), c.colW)
		if c.labelW > 0 {
			left = st.Label.Render(padRight(at(label, i), c.labelW)) + " " + padRight(at(a, i), c.colW-c.labelW-1)
		}
		// A space after the rule keeps the right column's text off it.
		c.lines = append(c.lines, cmpLine{left: left, right: " " + padRight(at(b, i), c.colW-1), item: item})
	}
}

func at(lines []string, i int) string {
	if i < len(lines) {
		return lines[i]
	}
	return ""
}

// wrapCell wraps text to w cells, breaking words only when one is wider
// than the column; CJK text breaks between characters.
func wrapCell(text string, w int) []string {
	if w <= 0 {
		return nil
	}
	return strings.Split(ansi.Wrap(oneLine(text), w, ""), "\n")
}

func wrapStyled(text string, w int, st *Styles) []string {
	if text == "—" {
		return []string{st.Dash.Render("—")}
	}
	return wrapCell(text, w)
}

// Movement goes item by item; the view follows the selected item.
func (c *compareModel) move(d int) {
	c.cursor = min(max(c.cursor+d, 0), max(len(c.items)-1, 0))
	c.fixSide()
	c.clamp()
}

// fixSide keeps the side on a cell that has a duty.
func (c *compareModel) fixSide() {
	if c.cursor >= len(c.items) {
		return
	}
	it := c.items[c.cursor]
	if c.side == 0 && it.left == nil && it.right != nil {
		c.side = 1
	}
	if c.side == 1 && it.right == nil {
		c.side = 0
	}
}

func (c *compareModel) toggleSide() {
	c.side = 1 - c.side
	c.fixSide()
}

// target is the node Enter goes to.
func (c *compareModel) target() *model.Node {
	if c.cursor >= len(c.items) {
		return nil
	}
	it := c.items[c.cursor]
	if c.side == 1 && it.right != nil {
		return it.right
	}
	if it.left != nil {
		return it.left
	}
	return it.right
}

// clamp scrolls so the selected item's first line is on screen.
func (c *compareModel) clamp() {
	maxOff := max(len(c.lines)-c.height, 0)
	if c.cursor < len(c.items) {
		first := c.items[c.cursor].first
		last := first
		for last+1 < len(c.lines) && c.lines[last+1].item == c.cursor {
			last++
		}
		if last >= c.offset+c.height {
			c.offset = last - c.height + 1
		}
		if first < c.offset {
			c.offset = first
		}
		if c.cursor == 0 {
			c.offset = 0
		}
	}
	c.offset = min(max(c.offset, 0), maxOff)
}

func (c *compareModel) scroll(d int) {
	c.offset = min(max(c.offset+d, 0), max(len(c.lines)-c.height, 0))
}

// viewLines draws height lines of exactly width cells.
func (c *compareModel) viewLines(st *Styles) []string {
	out := make([]string, 0, c.height)
	sep, sepOn := st.Border.Render("│"), st.Marker.Render("┃")
	for i := c.offset; i < len(c.lines) && len(out) < c.height; i++ {
		l := c.lines[i]
		sel := l.item >= 0 && l.item == c.cursor
		gutter := " "
		if sel && (c.side == 0 || l.full) {
			gutter = st.Marker.Render("┃")
		}
		if l.full {
			out = append(out, gutter+l.left)
			continue
		}
		s := sep
		if sel && c.side == 1 {
			s = sepOn
		}
		line := gutter + l.left + s + l.right
		out = append(out, padRight(line, c.width))
	}
	blank := strings.Repeat(" ", c.width)
	for len(out) < c.height {
		out = append(out, blank)
	}
	return out
}

type cmpWords struct{ vs, traits, shared, only, none, relations, noRelations, topics, noTopics string }

var labelsCmp = [model.NumLangs]cmpWords{
	model.En: {"%s vs %s", "Traits", "Duties both do (%d)", "Only %s (%d)", "None.", "What they hand each other",
		"No hand-over between them is recorded.", "Topics about both", "No topic is about both."},
	model.Zh: {"%s 对比 %s", "特征", "共同职责（%d）", "仅%s（%d）", "无。", "相互交接",
		"没有记录两者之间的交接。", "相关专题", "没有同时涉及两者的专题。"},
}
