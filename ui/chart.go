package ui

import (
	"fmt"
	"math"
	"sort"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/dutymap/dutymap/diagram"
	"github.com/dutymap/dutymap/model"
)

// chartScreen is the organisation at a glance: each department a box with
// its duty count, the hand-offs between departments as labelled arrows.
// When the content groups its departments (groups.yaml), each group is a
// section under its name, in the order declared, and the departments of no
// group a last section: in each, the departments that hand each other work
// first, each drawn once: two side by side with what goes each way between
// them (marketing ⇄ sales), three or more as a column with the hand-offs
// in lanes beside it (columnShapes). Then the others in a grid, in content
// order. A hand-off from one section to another is drawn after the
// sections, under a heading of its own, as "Engineering ──▶ Finance" and
// what goes: every department stays in its own group's section (tryout23
// G1). Without groups, the linked departments come first, then the
// others, those the content names without duties last. Every box and
// arrow can be selected (arrows, tab, the mouse) and opened: a box opens
// its department's page, an arrow the page of the hand-off, which lists
// what goes.
type chartScreen struct {
	sh       *shared
	handOffs []diagram.HandOff
	shapes   []chartShape
	bands    []chartBand
	total    int // the chart's height in lines
	built    chartKey
	cursor   int // index into shapes
	want     *model.Node
	fallback int // the shape selected when want is not drawn: where the selection was before new content
	offset   int // the chart's first line on screen
	width    int
	height   int // below the pinned line
}

// chartBand is a horizontal slice of the chart: a group's heading, a pair
// of departments with their hand-offs, one box of a column with the labels
// of the hand-offs leaving it (and the column's lanes beside it), or a row
// of the grid.
type chartBand struct {
	y, h     int
	heading  string
	from, to int       // its shapes
	links    *linkArea // the lanes beside a column's box, drawn with it
}

// chartKey is what the chart's layout depends on.
type chartKey struct {
	width int
	lang  model.Lang
	cells cells
}

type chartKeys struct {
	listKeys                            // up, down, pages, first and last, as on every list; move is the chart's own
	left, right, next, prev, open, back key.Binding
}

var chartKeyMaps = perLang(func(w *words) chartKeys {
	k, c := w.keys, w.chart
	keys := chartKeys{
		listKeys: newListKeys(w),
		left:     bind("←/h", k.left, "left", "h"),
		right:    bind("→/l", k.right, "right", "l"),
		next:     bind("tab", c.next, "tab"),
		prev:     bind("shift+tab", c.prev, "shift+tab"),
		open:     bind("enter", c.open, "enter"),
		back:     bind("esc/⌫", k.back, "esc", "backspace"),
	}
	keys.move = bind("↑↓←→", c.move, "up", "down", "left", "right") // the chart moves four ways
	return keys
})

// openChart opens the chart with the department of the node the user is
// on selected.
func openChart(sh *shared, from screen) (screen, string) {
	c := &chartScreen{sh: sh, handOffs: diagram.HandOffs(sh.org)}
	if at := subjectOf(from); at != nil {
		c.want = at.Root()
	}
	return c, ""
}

func (c *chartScreen) keys() *chartKeys { return &chartKeyMaps()[c.sh.lang] }
func (c *chartScreen) typing() bool     { return false }

// subject is the selected department, or the selected hand-off.
func (c *chartScreen) subject() *model.Node {
	if c.cursor < len(c.shapes) {
		return c.shapes[c.cursor].node
	}
	return nil
}

// wholeName: a hand-off's name is cut on its lane or under its box where
// the chart is narrow, so the key bar gives it what room it can.
func (c *chartScreen) wholeName() bool {
	return c.cursor < len(c.shapes) && c.shapes[c.cursor].arrow != nil
}

func (c *chartScreen) layout(w, h int) tea.Cmd {
	c.width, c.height = max(w, 0), max(h-1, 0)
	if k := (chartKey{c.width, c.sh.lang, c.sh.cells}); k != c.built {
		if c.want == nil {
			c.want = c.subject()
		}
		c.built = k
		c.build()
	}
	c.reveal()
	return nil
}

// build lays the chart out for the width and language: the pairs, then
// the grid of the other departments.
func (c *chartScreen) build() {
	sh, cw, lang := c.sh, c.sh.cells, c.sh.lang
	w := &sh.w().chart
	c.shapes, c.bands = c.shapes[:0], c.bands[:0]
	width := max(c.width-2, 1)
	y := 0
	heading := func(text string) {
		if y > 0 {
			y++
		}
		c.bands = append(c.bands, chartBand{y: y, h: 1, heading: text, from: len(c.shapes), to: len(c.shapes)})
		y++
	}
	info := func(d *model.Node) []string {
		if d.Duties == 1 {
			return []string{w.duty}
		}
		return []string{fmt.Sprintf(w.duties, d.Duties)}
	}

	// The groups of departments that hand each other work, in the order
	// of their first hand-off: a pair side by side with what goes each way
	// between them, three or more as a column with lanes (columnShapes),
	// each department drawn once.
	linked := map[*model.Node]bool{}
	for _, h := range c.handOffs {
		linked[h.From], linked[h.To] = true, true
	}
	linkedGroups := componentsOf(c.handOffs)
	drawGroups := func(gs [][]*model.Node) {
		for _, g := range gs {
			in := map[*model.Node]bool{}
			for _, d := range g {
				in[d] = true
			}
			var hs []diagram.HandOff
			for _, h := range c.handOffs {
				if in[h.From] && in[h.To] {
					hs = append(hs, h)
				}
			}
			loop := false
			for _, h := range hs {
				loop = loop || h.From == h.To
			}
			if len(g) == 2 && !loop {
				a, b := hs[0].From, hs[0].To
				ab, ba := diagram.Between(c.handOffs, a, b)
				from := len(c.shapes)
				shapes, h := pairShapes(cw, w, lang, 1, y, width, a, b, info(a), info(b), ab, ba)
				c.shapes = append(c.shapes, shapes...)
				c.bands = append(c.bands, chartBand{y: y, h: h, from: from, to: len(c.shapes)})
				y += h + 1
				continue
			}
			base := len(c.shapes)
			shapes, bands, area, h := columnShapes(cw, w, lang, 1, y, width, g, info, hs)
			area.base = base
			c.shapes = append(c.shapes, shapes...)
			for _, b := range bands {
				b.from, b.to, b.links = b.from+base, b.to+base, area
				c.bands = append(c.bands, b)
			}
			y += h + 1
		}
		if len(gs) > 0 {
			y--
		}
	}
	// grid draws departments in rows, under a heading when there is one,
	// else a blank line below what stands above when gap is set.
	grid := func(title string, gap bool, depts []*model.Node) {
		if len(depts) == 0 {
			return
		}
		switch {
		case title != "":
			heading(title)
		case gap:
			y++
		}
		cols := max(1, (width+chartGap)/(chartMinBox+chartGap))
		bw := min((width-(cols-1)*chartGap)/cols, chartMaxBox)
		if cols == 1 {
			bw = width
		}
		for i := 0; i < len(depts); i += cols {
			row := depts[i:min(i+cols, len(depts))]
			from, h := len(c.shapes), 0
			for j, d := range row {
				b := newBox(cw, oneLine(d.Title.In(lang)), info(d), bw)
				h = max(h, b.height())
				c.shapes = append(c.shapes, chartShape{node: d, r: rect{1 + j*(bw+chartGap), y, bw, 0}, box: b})
			}
			for j := from; j < len(c.shapes); j++ {
				c.shapes[j].r.h = h
			}
			c.bands = append(c.bands, chartBand{y: y, h: h, from: from, to: len(c.shapes)})
			y += h
		}
	}
	notLinked := func(depts []*model.Node) []*model.Node {
		var out []*model.Node
		for _, d := range depts {
			if !linked[d] {
				out = append(out, d)
			}
		}
		return out
	}

	groups, members, alone := sh.org.Grouped()
	if len(groups) == 0 {
		// No groups: the pairs, then the others, then those without duties.
		if len(linkedGroups) > 0 {
			heading(w.linked)
		}
		drawGroups(linkedGroups)
		var others, empty []*model.Node
		for _, d := range notLinked(sh.org.Departments) {
			if d.Duties == 0 {
				empty = append(empty, d)
			} else {
				others = append(others, d)
			}
		}
		title := w.others
		if len(linkedGroups) == 0 {
			title = w.departments
		}
		grid(title, false, others)
		grid(w.empty, false, empty)
	} else {
		// A section per group, then one for the departments of none, each
		// department in its own: first the departments that hand each
		// other work within the section, then the others. A hand-off
		// between two sections is drawn in a last section of its own, so
		// no box leaves its group to stand beside its partner.
		sections := append(members, alone)
		titles := make([]string, 0, len(sections))
		for _, g := range groups {
			titles = append(titles, oneLine(g.Name.In(lang)))
		}
		titles = append(titles, w.ungrouped)
		sectionOf := map[*model.Node]int{}
		for i, ds := range sections {
			for _, d := range ds {
				sectionOf[d] = i
			}
		}
		section := func(d *model.Node) int {
			if i, ok := sectionOf[d]; ok {
				return i
			}
			return len(sections) - 1
		}
		within := make([][]diagram.HandOff, len(sections))
		var across []diagram.HandOff
		for _, h := range c.handOffs {
			if i := section(h.From); i == section(h.To) {
				within[i] = append(within[i], h)
			} else {
				across = append(across, h)
			}
		}
		for i, ds := range sections {
			gs := componentsOf(within[i])
			drawn := map[*model.Node]bool{}
			for _, g := range gs {
				for _, d := range g {
					drawn[d] = true
				}
			}
			var rest []*model.Node
			for _, d := range ds {
				if !drawn[d] {
					rest = append(rest, d)
				}
			}
			if len(rest) == 0 && len(gs) == 0 {
				continue // a heading with nothing under it
			}
			heading(titles[i])
			drawGroups(gs)
			grid("", len(gs) > 0, rest)
		}
		if len(across) > 0 {
			heading(w.across)
			for _, h := range across {
				s := acrossShape(cw, w, lang, 1, y, width, h)
				c.shapes = append(c.shapes, s)
				c.bands = append(c.bands, chartBand{y: y, h: s.r.h, from: len(c.shapes) - 1, to: len(c.shapes)})
				y += s.r.h
			}
		}
	}
	if len(sh.org.Departments) == 0 {
		heading(w.none)
	}
	c.total = y

	c.cursor = min(c.fallback, max(len(c.shapes)-1, 0))
	for i, s := range c.shapes {
		if s.node == c.want {
			c.cursor = i
			break
		}
	}
	c.want, c.fallback = nil, 0
}

func (c *chartScreen) maxOffset() int { return max(c.total-c.height, 0) }

func (c *chartScreen) scroll(d int) { c.offset = min(max(c.offset+d, 0), c.maxOffset()) }

// reveal scrolls so the selection is on screen, with its group's heading
// when that is right above it.
func (c *chartScreen) reveal() {
	c.scroll(0)
	if c.cursor >= len(c.shapes) {
		return
	}
	r := c.shapes[c.cursor].r
	top := r.y
	if i := c.bandAt(top - 1); i >= 0 && c.bands[i].heading != "" {
		top--
	}
	switch {
	case top < c.offset || r.h > c.height:
		c.offset = top
	case r.y+r.h > c.offset+c.height:
		c.offset = r.y + r.h - c.height
	}
	c.scroll(0)
}

// bandAt is the band holding the chart's line y, or -1.
func (c *chartScreen) bandAt(y int) int {
	i := sort.Search(len(c.bands), func(i int) bool { return c.bands[i].y+c.bands[i].h > y })
	if i < len(c.bands) && c.bands[i].y <= y {
		return i
	}
	return -1
}

// shapeAt is the shape under the chart's cell (x, y), or -1.
func (c *chartScreen) shapeAt(x, y int) int {
	if b := c.bandAt(y); b >= 0 {
		for i := c.bands[b].from; i < c.bands[b].to; i++ {
			if c.shapes[i].r.contains(x, y) {
				return i
			}
		}
	}
	return -1
}

// step moves the selection to the nearest shape in a direction. Left and
// right go to the nearest shape level with the selection (overlapping its
// rows), of equally near ones an arrow pointing the same way, then the
// first in reading order: from a box to the first arrow leaving it. Up and down go to the nearest shape level
// with it (overlapping its columns), the least off-centre of equally near
// ones; with none level, to the nearest by the distance along the move
// plus twice the distance across it.
func (c *chartScreen) step(dx, dy int) {
	if c.cursor >= len(c.shapes) {
		return
	}
	cur := c.shapes[c.cursor].r
	cx, cy := 2*cur.x+cur.w, 2*cur.y+cur.h // centres, doubled
	best, bestScore, bestLevel := -1, math.MaxInt, false
	for i, s := range c.shapes {
		r := s.r
		x, y := 2*r.x+r.w, 2*r.y+r.h
		along, across, level := (x-cx)*dx+(y-cy)*dy, 0, false
		if dx != 0 {
			across, level = abs(y-cy), r.y < cur.y+cur.h && cur.y < r.y+r.h
		} else {
			across, level = abs(x-cx), r.x < cur.x+cur.w && cur.x < r.x+r.w
		}
		if i == c.cursor || along <= 0 || (dx != 0 && !level) {
			continue
		}
		var score int
		switch {
		case dx != 0:
			// Of equally near ones, an arrow pointing the way of the move
			// (the one leaving the box), then the first in reading order.
			score = 2 * along
			if s.arrow != nil && (s.arrow.dir == arrowRight) != (dx > 0) {
				score++
			}
		case level:
			score = along*(1<<20) + across
		default:
			score = along + 2*across
		}
		if best < 0 || (level && !bestLevel) || (level == bestLevel && score < bestScore) {
			best, bestScore, bestLevel = i, score, level
		}
	}
	if best >= 0 {
		c.cursor = best
		c.reveal()
	}
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// selectAt selects shape i and shows it.
func (c *chartScreen) selectAt(i int) {
	c.cursor = min(max(i, 0), max(len(c.shapes)-1, 0))
	c.reveal()
}

// page scrolls a screenful (see scrollBy).
func (c *chartScreen) page(d int) { c.scrollBy(d * max(c.height-1, 1)) }

// scrollBy scrolls d lines (the wheel, a page), as glow and less do: the
// selection stays while any of its box or arrow is on screen, so that c
// and enter act on the box the user chose (tryout23 G16). Once it is out
// of sight, the first shape wholly on screen (going down) or the last (up)
// is selected, or, with none wholly on screen, one partly on it: enter
// never opens a box the user cannot see.
func (c *chartScreen) scrollBy(d int) {
	c.scroll(d)
	if d == 0 || c.cursor >= len(c.shapes) || c.partlyOnScreen(c.cursor) {
		return
	}
	order := func(yield func(int) bool) {
		for i := range c.shapes {
			j := i
			if d < 0 {
				j = len(c.shapes) - 1 - i
			}
			if !yield(j) {
				return
			}
		}
	}
	for _, shown := range []func(int) bool{c.onScreen, c.partlyOnScreen} {
		for i := range order {
			if shown(i) {
				c.cursor = i
				return
			}
		}
	}
}

// onScreen reports whether shape i is wholly on screen.
func (c *chartScreen) onScreen(i int) bool {
	r := c.shapes[i].r
	return r.y >= c.offset && r.y+r.h <= c.offset+c.height
}

// partlyOnScreen reports whether any line of shape i is on screen.
func (c *chartScreen) partlyOnScreen(i int) bool {
	r := c.shapes[i].r
	return r.y < c.offset+c.height && r.y+r.h > c.offset
}

func (c *chartScreen) update(msg tea.Msg) (intent, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		return c.key(msg), nil
	case tea.MouseClickMsg:
		return c.click(msg.Mouse()), nil
	case tea.MouseWheelMsg:
		c.scrollBy(wheelDelta(msg.Mouse()))
	}
	return nil, nil
}

func (c *chartScreen) key(msg tea.KeyPressMsg) intent {
	k := c.keys()
	switch {
	case key.Matches(msg, k.back):
		return back{}
	case key.Matches(msg, k.up):
		c.step(0, -1)
	case key.Matches(msg, k.down):
		c.step(0, 1)
	case key.Matches(msg, k.left):
		c.step(-1, 0)
	case key.Matches(msg, k.right):
		c.step(1, 0)
	case key.Matches(msg, k.next):
		c.selectAt(c.cursor + 1)
	case key.Matches(msg, k.prev):
		c.selectAt(c.cursor - 1)
	case key.Matches(msg, k.first):
		c.selectAt(0)
	case key.Matches(msg, k.last):
		c.selectAt(len(c.shapes) - 1)
	case key.Matches(msg, k.pageUp):
		c.page(-1)
	case key.Matches(msg, k.pageDown):
		c.page(1)
	case key.Matches(msg, k.open):
		if n := c.subject(); n != nil {
			return goTo{n}
		}
	}
	return nil
}

// click selects the box or arrow under the pointer; a second click on the
// selected one opens it.
func (c *chartScreen) click(m tea.Mouse) intent {
	if m.Button != tea.MouseLeft || m.Y < 1 {
		return nil
	}
	i := c.shapeAt(m.X, m.Y-1+c.offset)
	switch {
	case i < 0:
	case i == c.cursor:
		return goTo{c.shapes[i].node}
	default:
		c.cursor = i
		c.reveal()
	}
	return nil
}

// view draws the pinned line, then the bands on screen.
func (c *chartScreen) view() []string {
	st, cw := c.sh.st, c.sh.cells
	out := make([]string, 0, c.height+1)
	out = append(out, c.header())
	cv := newCanvas(cw, st, c.width, c.height)
	first := sort.Search(len(c.bands), func(i int) bool { return c.bands[i].y+c.bands[i].h > c.offset })
	for b := first; b < len(c.bands) && c.bands[b].y < c.offset+c.height; b++ {
		band := &c.bands[b]
		if band.heading != "" {
			text := cw.truncate(band.heading, max(c.width-2, 0), "…")
			cv.put(1, band.y-c.offset, st.Heading.Render(text), cw.width(text))
			continue
		}
		if band.links != nil {
			cv.drawLinks(band.links, c.offset, band.y, band.y+band.h, c.cursor)
		}
		for i := band.from; i < band.to; i++ {
			cv.draw(&c.shapes[i], c.offset, i == c.cursor)
		}
	}
	return cw.fitLines(append(out, cv.lines()...), c.width, c.height+1)
}

// header names the chart and counts what it shows; the right end says
// how far down it is scrolled.
func (c *chartScreen) header() string {
	st, cw, w := c.sh.st, c.sh.cells, &c.sh.w().chart
	count := func(forms [2]string, n int) string {
		if n == 1 {
			return fmt.Sprintf(forms[0], n)
		}
		return fmt.Sprintf(forms[1], n)
	}
	// The hand-offs are counted as drawn, an arrow each (what goes one way
	// between two departments), in the arrows' unit; the items they carry
	// follow in brackets where they are more ("2 hand-offs (14 items)").
	items := 0
	for _, h := range c.handOffs {
		items += h.Items
	}
	depts := count(w.summaryDepts, len(c.sh.org.Departments))
	handOffs := count(w.summaryHandOffs, len(c.handOffs))
	withItems := handOffs
	if items != len(c.handOffs) {
		n := w.item
		if items != 1 {
			n = fmt.Sprintf(w.items, items)
		}
		withItems += fmt.Sprintf(w.summaryItems, n)
	}
	right := ""
	if c.maxOffset() > 0 {
		right = st.StatusDim.Render(fmt.Sprintf("%3d%% ", c.offset*100/c.maxOffset()))
	}
	// The counts go whole, the items' first, then the hand-offs', where
	// the line is too narrow: "2 departmen…" said less than nothing.
	room := c.width - 1 - cw.width(w.title)
	if right != "" {
		room -= cw.width(right) + 1
	}
	summary := ""
	for _, s := range []string{depts + " · " + withItems, depts + " · " + handOffs, depts} {
		if cw.width(" · "+s) <= room {
			summary = " · " + s
			break
		}
	}
	left := " " + st.Title.Render(w.title) + st.StatusDim.Render(summary)
	if name, count, cut := c.cutName(); cut {
		// The selected hand-off's name is cut on its lane, and the key bar
		// has no room for it either on a screen this narrow: the line
		// names it instead, its count whole.
		room := c.width - 1 - cw.width(" · "+count)
		if right != "" {
			room -= cw.width(right) + 1
		}
		left = " " + st.Title.Render(cw.truncate(name, max(room, 1), "…")) + st.StatusDim.Render(" · "+count)
	}
	return cw.spread(left, right, c.width)
}

// cutName is the selected hand-off's name and count when the chart
// draws them cut (a lane's label on a narrow screen, "→ Finan… · 1").
func (c *chartScreen) cutName() (name, count string, cut bool) {
	if c.cursor >= len(c.shapes) {
		return "", "", false
	}
	s := c.shapes[c.cursor]
	if s.arrow == nil || s.arrow.dir != arrowLink {
		return "", "", false
	}
	for _, h := range c.handOffs {
		if h.Node != s.node {
			continue
		}
		name, count = handOffLabel(h, c.sh.lang, &c.sh.w().chart)
		if len(s.arrow.label) == 1 && s.arrow.label[0] != name+" · "+count {
			return name, count, true
		}
	}
	return "", "", false
}

func (c *chartScreen) shortHelp() []key.Binding {
	k := c.keys()
	return []key.Binding{k.move, k.open, k.next, k.back}
}

func (c *chartScreen) fullHelp() []helpGroup {
	k, w := c.keys(), c.sh.w()
	return []helpGroup{{w.chart.help, []key.Binding{k.up, k.down, k.left, k.right, k.next, k.prev, k.open, k.pageUp, k.pageDown, k.first, k.last, k.back}}}
}
