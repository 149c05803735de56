package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// helpScreen is the ? overlay: every key of the screen it was opened on,
// in headed groups (that screen's own first), then the keys that work
// everywhere and the mouse. It scrolls when the groups do not fit.
type helpScreen struct {
	sh     *shared
	groups []helpGroup
	lines  []string // the laid-out groups, one or two columns
	offset int
	w, h   int
}

type helpKeys struct{ scroll, up, down, pageUp, pageDown, close, quit key.Binding }

var helpKeyMaps = perLang(func(w *words) helpKeys {
	k := w.keys
	return helpKeys{
		scroll:   bind("↑↓", w.help.scroll, "up", "down"),
		up:       bind("↑/k", k.up, "up", "k"),
		down:     bind("↓/j", k.down, "down", "j"),
		pageUp:   bind("pgup", k.pageUp, "pgup", "ctrl+u"),
		pageDown: bind("pgdn", k.pageDown, "pgdown", "ctrl+d", "space"),
		close:    bind("esc/?", w.help.close, "esc", "?", "enter", "backspace", "ctrl+g", "f1"),
		quit:     bind("q", k.quit, "q"),
	}
})

func newHelp(sh *shared, groups []helpGroup) *helpScreen {
	return &helpScreen{sh: sh, groups: groups}
}

func (h *helpScreen) isDialog()       {}
func (h *helpScreen) typing() bool    { return false }
func (h *helpScreen) keys() *helpKeys { return &helpKeyMaps()[h.sh.lang] }
func (h *helpScreen) inner() int      { return max(h.w-4, 10) }
func (h *helpScreen) rows() int       { return max(h.h-4, 1) } // border, title, blank line
func (h *helpScreen) maxOffset() int  { return max(len(h.lines)-h.rows(), 0) }
func (h *helpScreen) scroll(d int)    { h.offset = min(max(h.offset+d, 0), h.maxOffset()) }
func (h *helpScreen) fullHelp() []helpGroup {
	k := h.keys()
	return []helpGroup{{h.sh.w().help.title, []key.Binding{k.up, k.down, k.pageUp, k.pageDown, k.close, k.quit}}}
}

func (h *helpScreen) shortHelp() []key.Binding {
	k := h.keys()
	return []key.Binding{k.scroll, k.close}
}

func (h *helpScreen) layout(w, ht int) tea.Cmd {
	h.w, h.h = w, ht
	h.lines = h.arrange()
	h.scroll(0)
	return nil
}

// groupLines draws one group: its heading, then one key a line, its
// description wrapped under itself where the box is too narrow for it
// (under the key, when beside it would leave too little room).
func (h *helpScreen) groupLines(g helpGroup) []string {
	st, cw, inner := h.sh.st, h.sh.cells, h.inner()
	kw := 0
	for _, b := range g.keys {
		kw = max(kw, cw.width(b.Help().Key))
	}
	out := cw.wrap(st.Heading.Render(g.title), inner)
	for _, b := range g.keys {
		hb := b.Help()
		keyCol := "  " + st.StatusKey.Render(cw.pad(hb.Key, kw)) + "  "
		if inner-cw.width(keyCol) < minColumn {
			out = append(out, "  "+st.StatusKey.Render(hb.Key))
			keyCol = "    "
		}
		out = append(out, cw.hang(keyCol, st.Status.Render(hb.Desc), inner)...)
	}
	return out
}

// arrange lays the groups out in two columns, balanced by height, when
// they fit side by side; else in one.
func (h *helpScreen) arrange() []string {
	var blocks [][]string
	total := 0
	for _, g := range h.groups {
		b := h.groupLines(g)
		blocks = append(blocks, b)
		total += len(b) + 1
	}
	var cols [2][]string
	c := 0
	for _, b := range blocks {
		if c == 0 && len(cols[0]) > 0 && len(cols[0])+len(b)/2 > total/2 {
			c = 1
		}
		if len(cols[c]) > 0 {
			cols[c] = append(cols[c], "")
		}
		cols[c] = append(cols[c], b...)
	}
	const gap = 4
	cw := h.sh.cells
	w0 := 0
	for _, l := range cols[0] {
		w0 = max(w0, cw.width(l))
	}
	w1 := 0
	for _, l := range cols[1] {
		w1 = max(w1, cw.width(l))
	}
	if w0+gap+w1 > h.inner() {
		if len(cols[1]) == 0 {
			return cols[0]
		}
		return append(append(cols[0], ""), cols[1]...)
	}
	out := make([]string, max(len(cols[0]), len(cols[1])))
	for i := range out {
		out[i] = cw.pad(at(cols[0], i), w0+gap) + at(cols[1], i)
	}
	return out
}

func (h *helpScreen) update(msg tea.Msg) (intent, tea.Cmd) {
	k := h.keys()
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		switch {
		case key.Matches(msg, k.quit):
			return quit{}, nil
		case key.Matches(msg, k.close):
			return back{}, nil
		case key.Matches(msg, k.up):
			h.scroll(-1)
		case key.Matches(msg, k.down):
			h.scroll(1)
		case key.Matches(msg, k.pageUp):
			h.scroll(-h.rows())
		case key.Matches(msg, k.pageDown):
			h.scroll(h.rows())
		}
	case tea.MouseWheelMsg:
		h.scroll(wheelDelta(msg.Mouse()))
	case tea.MouseClickMsg:
		// A click outside the box closes it.
		lines := h.view()
		m := msg.Mouse()
		if m.Y < 0 || m.Y >= len(lines) || m.X < 0 || m.X >= h.sh.cells.width(lines[0]) {
			return back{}, nil
		}
	}
	return nil, nil
}

// view draws the box: the title with how to close, then the groups.
func (h *helpScreen) view() []string {
	st, w, inner, cw := h.sh.st, h.sh.w(), h.inner(), h.sh.cells
	k := h.keys()
	// The title, then how to close and scroll, each only where it fits
	// whole (the key bar says them too): a part cut short left a
	// dangling "·" on a narrow screen.
	title := st.Title.Render(cw.truncate(w.help.title, inner, "…"))
	parts := []string{" · " + k.close.Help().Key + " " + w.help.close}
	if h.maxOffset() > 0 {
		parts = append(parts, " · "+k.scroll.Help().Key+" "+w.help.scroll)
	}
	for _, p := range parts {
		if cw.width(title)+cw.width(p) > inner {
			break
		}
		title += st.StatusDim.Render(p)
	}
	// The box is as wide as its widest line, scrolled into view or not,
	// capped by the screen: sized by the lines on view, it grew and shrank
	// as they scrolled (tryoutb26 B7).
	width := cw.width(title)
	for _, l := range h.lines {
		width = max(width, cw.width(l))
	}
	width = min(width, inner)
	body := h.lines[h.offset:min(h.offset+h.rows(), len(h.lines))]
	lines := append([]string{title, ""}, body...)
	return cw.box(st, lines, width)
}
