package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/dutymap/dutymap/compare"
	"github.com/dutymap/dutymap/model"
)

// stackWidth is the width below which the two sides of a comparison are
// stacked (left above right) instead of set side by side.
const stackWidth = 90

// pinned is how many lines stay at the top while the comparison scrolls:
// the departments' names, then a rule that names the section scrolled
// into when its heading has gone by.
const pinned = 2

// cmpLine is one line of a comparison. Side-by-side lines have a left and
// a right cell, each already fitted to its column; full lines (headings,
// relations, the stacked layout) only use left.
type cmpLine struct {
	left, right string
	full        bool
	item        int  // the selectable item the line belongs to, or -1
	side        int  // full lines of a stacked pair: 0 left, 1 right; else -1
	heading     bool // a section heading, for the pinned rule
}

// cmpItem is something enter can open: a duty on either side, or a topic.
type cmpItem struct {
	first       int // first line
	left, right *model.Node
}

// compareScreen sets two departments side by side: traits row by row, the
// similar duties aligned on one row, then what each does alone, relations
// and topics. The columns scroll together because they are one list of
// lines; the names stay on top.
type compareScreen struct {
	sh     *shared
	res    *compare.Result
	lines  []cmpLine
	items  []cmpItem
	cursor int
	side   int // 0 left, 1 right: which duty enter opens
	offset int
	width  int
	height int // of the scrolling part, below the pinned lines
	colW   int
	labelW int
	built  buildKey
}

// buildKey is what the laid-out lines depend on.
type buildKey struct {
	width int
	lang  model.Lang
	st    *Styles
}

type compareKeys struct {
	up, down, move, pageUp, pageDown, first, last, side, swap, open, back key.Binding
}

var compareKeyMaps = perLang(func(w *words) compareKeys {
	k, c := w.keys, w.compare
	return compareKeys{
		up:       bind("↑/k", k.up, "up", "k"),
		down:     bind("↓/j", k.down, "down", "j"),
		move:     bind("↑↓", k.move, "up", "down"),
		pageUp:   bind("pgup/ctrl+u", k.pageUp, "pgup", "ctrl+u"),
		pageDown: bind("pgdn/ctrl+d", k.pageDown, "pgdown", "ctrl+d"),
		first:    bind("g/home", k.first, "g", "home"),
		last:     bind("G/end", k.last, "G", "end"),
		side:     bind("tab", c.side, "tab"),
		swap:     bind("s", c.swap, "s"),
		open:     bind("enter/→", c.open, "enter", "right", "l"),
		back:     bind("esc/⌫/←", k.back, "esc", "backspace", "left", "h"),
	}
})

func newCompare(sh *shared, a, b *model.Node) *compareScreen {
	return &compareScreen{sh: sh, res: compare.Departments(sh.org, sh.sim(), a, b)}
}

func (c *compareScreen) keys() *compareKeys { return &compareKeyMaps[c.sh.lang] }

func (c *compareScreen) typing() bool { return false }

// subject is the duty under the cursor, else the left department: c opens
// the picker from there.
func (c *compareScreen) subject() *model.Node {
	if n := c.target(); n != nil {
		return n
	}
	return c.res.A
}

func (c *compareScreen) stacked() bool { return c.width < stackWidth }

func (c *compareScreen) layout(w, h int) tea.Cmd {
	c.width, c.height = max(w, 0), max(h-pinned, 0)
	if k := (buildKey{c.width, c.sh.lang, c.sh.st}); k != c.built {
		c.built = k
		c.build()
	}
	c.clamp()
	return nil
}

// build lays the comparison out for the current width and language.
func (c *compareScreen) build() {
	c.lines, c.items = c.lines[:0], c.items[:0]
	if c.width < 4 {
		return
	}
	st, w, lang, r := c.sh.st, c.sh.w().compare, c.sh.lang, c.res
	c.labelW = 0
	c.colW = max((c.width-3)/2, 1) // gutter, two columns, rule
	if r.Self() {
		c.wrapped(-1, "", st.Notice.Render(fmt.Sprintf(w.self, r.A.Title.In(lang))))
		return
	}
	c.traits()

	c.heading(fmt.Sprintf(w.similar, len(r.Shared)))
	for _, p := range r.Shared {
		c.dutyRow(p.A, p.B, p.Score)
	}
	if len(r.Shared) == 0 {
		c.full(-1, st.StatusDim.Render(w.none))
	}
	c.heading(fmt.Sprintf(w.only, r.A.Title.In(lang), len(r.OnlyA)))
	for _, d := range r.OnlyA {
		c.dutyRow(d, nil, 0)
	}
	c.heading(fmt.Sprintf(w.only, r.B.Title.In(lang), len(r.OnlyB)))
	for _, d := range r.OnlyB {
		c.dutyRow(nil, d, 0)
	}

	c.heading(w.relations)
	if len(r.Relations) == 0 {
		c.full(-1, st.StatusDim.Render(w.noRelations))
	}
	for _, rel := range r.Relations {
		item := c.addItem(rel, nil)
		c.wrapped(item, "", st.Label.Render(rel.Title.In(lang)))
		for _, pt := range model.Leaves(rel) {
			c.wrapped(item, "  • ", pt.Title.In(lang))
		}
	}
	c.heading(w.topics)
	if len(r.Topics) == 0 {
		c.full(-1, st.StatusDim.Render(w.noTopics))
	}
	for _, t := range r.Topics {
		item := c.addItem(t, nil)
		c.wrapped(item, "• ", t.Title.In(lang)+"  "+st.StatusDim.Render(t.Summary.In(lang)))
	}
	c.cursor = min(c.cursor, max(len(c.items)-1, 0))
	c.fixSide()
}

// traits lays out the traits the sources give for either side, one row a
// dimension; dimensions neither side describes share one line at the end,
// and when there are none at all the table is one line.
func (c *compareScreen) traits() {
	st, w, lang, r := c.sh.st, c.sh.w().compare, c.sh.lang, c.res
	c.heading(w.traits)
	var unknown []string
	an, bn := r.A.Title.In(lang), r.B.Title.In(lang)
	if !c.stacked() {
		// The label column comes out of the left side only, so the rule
		// between the sides stays in one place for the whole view.
		c.labelW = min(16, c.colW/3)
	}
	for _, t := range r.Traits {
		label := t.Dimension.Label(lang)
		if t.A.In(lang) == "" && t.B.In(lang) == "" {
			unknown = append(unknown, label)
			continue
		}
		a, b := traitText(t.A, lang), traitText(t.B, lang)
		if c.stacked() {
			c.full(-1, st.Label.Render(label))
			c.wrapped(-1, "  "+an+": ", a)
			c.wrapped(-1, "  "+bn+": ", b)
			continue
		}
		c.pair(-1, wrapCell(label, c.labelW), wrapStyled(a, c.colW-c.labelW-2, st), wrapStyled(b, c.colW-1, st))
	}
	c.labelW = 0
	switch {
	case len(unknown) == len(r.Traits):
		c.full(-1, st.StatusDim.Render(w.traitsNone))
	case len(unknown) > 0:
		c.wrapped(-1, "", st.StatusDim.Render(fmt.Sprintf(w.traitsUnknown, strings.Join(unknown, ", "))))
	}
}

func traitText(t model.Text, l model.Lang) string {
	if s := t.In(l); s != "" {
		return s
	}
	return "—"
}

func (c *compareScreen) addItem(left, right *model.Node) int {
	c.items = append(c.items, cmpItem{first: len(c.lines), left: left, right: right})
	return len(c.items) - 1
}

func (c *compareScreen) heading(text string) {
	c.full(-1, "")
	c.full(-1, c.sh.st.Heading.Render(text))
	c.lines[len(c.lines)-1].heading = true
}

func (c *compareScreen) full(item int, text string) {
	c.lines = append(c.lines, cmpLine{left: padRight(ansi.Truncate(text, c.width-1, "…"), c.width-1), full: true, item: item, side: -1})
}

// wrapped adds text wrapped to the full width, prefix on the first line
// and the continuation indented under it.
func (c *compareScreen) wrapped(item int, prefix, text string) {
	pw := ansi.StringWidth(prefix)
	for i, l := range wrapCell(text, max(c.width-1-pw, 1)) {
		p := strings.Repeat(" ", pw)
		if i == 0 {
			p = prefix
		}
		c.full(item, p+l)
	}
}

// dutyRow adds a pair of similar duties (or one side's duty), each cell
// showing the duty and, dimmed under it, the section it belongs to; the
// right duty of a pair says how similar it is.
func (c *compareScreen) dutyRow(a, b *model.Node, score float64) {
	st, lang := c.sh.st, c.sh.lang
	item := c.addItem(a, b)
	tier := "" // how similar a pair is: "≈ similar" beside the right duty
	if a != nil && b != nil {
		tier = c.sh.w().compare.tiers[compare.Tier(score)]
	}
	if c.stacked() {
		for side, n := range []*model.Node{a, b} {
			if n == nil {
				continue
			}
			from := len(c.lines)
			prefix := "• "
			if tier != "" && side == 1 {
				prefix = "≈ "
			}
			c.wrapped(item, prefix, n.Title.In(lang))
			c.wrapped(item, "  ", st.StatusDim.Render(joinNonEmpty(" · ", sideTier(tier, side), compare.Section(n, lang))))
			// (The "≈ " before the right duty already says it is the
			// similar one; its tier follows in words.)
			for i := from; i < len(c.lines); i++ {
				c.lines[i].side = side
			}
		}
		return
	}
	if tier != "" {
		tier = fmt.Sprintf(c.sh.w().compare.tierFmt, tier)
	}
	c.pair(item, nil, dutyCell(a, lang, c.colW-1, "", st), dutyCell(b, lang, c.colW-1, tier, st))
}

// sideTier is the tier label for a stacked pair's right duty only.
func sideTier(tier string, side int) string {
	if side == 1 {
		return tier
	}
	return ""
}

func joinNonEmpty(sep string, parts ...string) string {
	var out []string
	for _, p := range parts {
		if p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, sep)
}

func dutyCell(n *model.Node, lang model.Lang, w int, tier string, st *Styles) []string {
	if n == nil {
		return nil
	}
	lines := wrapCell(n.Title.In(lang), w)
	if under := joinNonEmpty(" · ", tier, compare.Section(n, lang)); under != "" {
		lines = append(lines, st.StatusDim.Render(crumb(strings.Split(under, crumbSep), w)))
	}
	return lines
}

// pair adds a row whose cells may wrap to different heights: the shorter
// is padded so the next row starts level on both sides.
func (c *compareScreen) pair(item int, label, a, b []string) {
	st := c.sh.st
	h := max(len(label), len(a), len(b), 1)
	for i := range h {
		left := padRight(at(a, i), c.colW)
		if c.labelW > 0 {
			left = st.Label.Render(padRight(at(label, i), c.labelW)) + " " + padRight(at(a, i), c.colW-c.labelW-1)
		}
		// A space after the rule keeps the right column's text off it.
		c.lines = append(c.lines, cmpLine{left: left, right: " " + padRight(at(b, i), c.colW-1), item: item, side: -1})
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
func (c *compareScreen) move(d int) {
	c.cursor = min(max(c.cursor+d, 0), max(len(c.items)-1, 0))
	c.fixSide()
	c.clamp()
}

// fixSide keeps the side on a cell that has a duty.
func (c *compareScreen) fixSide() {
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

func (c *compareScreen) toggleSide() {
	c.side = 1 - c.side
	c.fixSide()
}

// target is the node enter opens.
func (c *compareScreen) target() *model.Node {
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

// clamp scrolls so the selected item is on screen.
func (c *compareScreen) clamp() {
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

func (c *compareScreen) scroll(d int) {
	c.offset = min(max(c.offset+d, 0), max(len(c.lines)-c.height, 0))
}

func (c *compareScreen) update(msg tea.Msg) (intent, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		return c.key(msg)
	case tea.MouseClickMsg:
		return c.click(msg.Mouse())
	case tea.MouseWheelMsg:
		c.scroll(wheelDelta(msg.Mouse()))
	}
	return nil, nil
}

func (c *compareScreen) key(msg tea.KeyPressMsg) (intent, tea.Cmd) {
	k := c.keys()
	switch {
	case key.Matches(msg, k.back):
		return back{}, nil
	case key.Matches(msg, k.up):
		c.move(-1)
	case key.Matches(msg, k.down):
		c.move(1)
	case key.Matches(msg, k.pageUp):
		c.scroll(-max(c.height-1, 1))
	case key.Matches(msg, k.pageDown):
		c.scroll(max(c.height-1, 1))
	case key.Matches(msg, k.first):
		c.cursor = 0
		c.clamp()
	case key.Matches(msg, k.last):
		c.move(len(c.items))
	case key.Matches(msg, k.side):
		c.toggleSide()
	case key.Matches(msg, k.swap):
		return replace{newCompare(c.sh, c.res.B, c.res.A)}, nil
	case key.Matches(msg, k.open):
		if n := c.target(); n != nil {
			return goTo{n}, nil
		}
	}
	return nil, nil
}

// click selects the item and side under the pointer; a second click on
// the selected one opens it.
func (c *compareScreen) click(m tea.Mouse) (intent, tea.Cmd) {
	i := c.offset + m.Y - pinned
	if m.Button != tea.MouseLeft || m.Y < pinned || i >= len(c.lines) || c.lines[i].item < 0 {
		return nil, nil
	}
	l := c.lines[i]
	side := l.side
	if side < 0 {
		side = 0
		if !l.full && m.X > c.colW {
			side = 1
		}
	}
	it := c.items[l.item]
	if (side == 0 && it.left == nil) || (side == 1 && it.right == nil) {
		side = 1 - side
	}
	if l.item == c.cursor && side == c.side {
		if n := c.target(); n != nil {
			return goTo{n}, nil
		}
		return nil, nil
	}
	c.cursor, c.side = l.item, side
	c.fixSide()
	return nil, nil
}

// view draws the pinned names and rule, then the lines scrolled to.
func (c *compareScreen) view() []string {
	st := c.sh.st
	out := make([]string, 0, c.height+pinned)
	out = append(out, c.header(), c.rule())
	sep, sepOn := st.Border.Render("│"), st.Marker.Render("┃")
	for i := c.offset; i < len(c.lines) && len(out) < c.height+pinned; i++ {
		l := c.lines[i]
		sel := l.item >= 0 && l.item == c.cursor
		mark := false
		switch {
		case !sel:
		case l.full && l.side >= 0: // one duty of a stacked pair
			mark = l.side == c.side
		case l.full:
			mark = true
		default:
			mark = c.side == 0
		}
		gutter := " "
		if mark {
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
		out = append(out, padRight(gutter+l.left+s+l.right, c.width))
	}
	return fitLines(out, c.width, c.height+pinned)
}

// header names the two departments, above their columns.
func (c *compareScreen) header() string {
	st, lang, r := c.sh.st, c.sh.lang, c.res
	an, bn := oneLine(r.A.Title.In(lang)), oneLine(r.B.Title.In(lang))
	if c.stacked() || r.Self() {
		return padRight(" "+st.Title.Render(ansi.Truncate(fmt.Sprintf(c.sh.w().compare.vs, an, bn), c.width-1, "…")), c.width)
	}
	left := st.Title.Render(padRight(ansi.Truncate(an, c.colW, "…"), c.colW))
	right := st.Title.Render(ansi.Truncate(bn, c.colW-1, "…"))
	return padRight(" "+left+st.Border.Render("│")+" "+right, c.width)
}

// rule underlines the header; once the current section's heading has
// scrolled away, it names that section.
func (c *compareScreen) rule() string {
	st := c.sh.st
	name := ""
	for i := min(c.offset, len(c.lines)-1); i >= 0; i-- {
		if c.lines[i].heading {
			if i < c.offset {
				name = strings.TrimRight(ansi.Strip(c.lines[i].left), " ")
			}
			break
		}
	}
	if name == "" {
		return st.Border.Render(strings.Repeat("─", c.width))
	}
	name = ansi.Truncate(name, max(c.width-6, 1), "…")
	rest := max(c.width-3-ansi.StringWidth(name)-1, 0)
	return st.Border.Render("── ") + st.Heading.Render(name) + st.Border.Render(" "+strings.Repeat("─", rest))
}

func (c *compareScreen) shortHelp() []key.Binding {
	k := c.keys()
	return []key.Binding{k.move, k.open, k.side, k.back, k.swap}
}

func (c *compareScreen) fullHelp() []helpGroup {
	k, w := c.keys(), c.sh.w()
	return []helpGroup{{w.help.compare, []key.Binding{k.up, k.down, k.pageUp, k.pageDown, k.first, k.last, k.side, k.swap, k.open, k.back}}}
}
