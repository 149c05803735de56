package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/dutymap/dutymap/model"
)

// explorer is the main screen: the department tree and the page of the
// selected node, side by side from splitWidth columns, else one at a time.
// Every jump (a search result, a duty of a comparison, a similar duty)
// opens a copy of the explorer as a new place in the history, so going
// back finds the tree and page exactly as they were.
type explorer struct {
	sh   *shared
	tree treeModel
	page pageView
	lay  panes
	// onPage: the page has the keyboard (and, when not split, the screen).
	onPage bool
	// arrived: a jump opened this place with its page showing, so esc goes
	// back to where the jump came from rather than to the tree.
	arrived bool
}

// explorerKeys are the keys of the tree, of the page and of find.
type explorerKeys struct {
	// tree
	listKeys                  // up, down, move, pages, first and last, as on every list
	open, close, toPage, back key.Binding
	// page
	scroll, top, bottom, toTree, find, next, prev, jump, pageBack key.Binding
	// find field
	keep, clear key.Binding
}

var explorerKeyMaps = perLang(func(w *words) explorerKeys {
	k, t, p := w.keys, w.tree, w.page
	return explorerKeys{
		listKeys: newListKeys(w),
		open:     bind("→/l/enter", t.open, "right", "l", "enter"),
		close:    bind("←/h", t.close, "left", "h"),
		toPage:   bind("tab", t.page, "tab"),
		back:     bind("esc/⌫", k.back, "esc", "backspace"),

		scroll:   bind("↑↓", p.scroll, "up", "down"),
		top:      bind("g/home", p.top, "g", "home"),
		bottom:   bind("G/end", p.bottom, "G", "end"),
		toTree:   bind("tab/←/h", p.tree, "tab", "left", "h"),
		find:     bind("f", p.find, "f"),
		next:     bind("n", p.next, "n"),
		prev:     bind("N", p.prev, "N"),
		jump:     bind("1–9", p.jump, "1", "2", "3", "4", "5", "6", "7", "8", "9"),
		pageBack: bind("esc/⌫", k.back, "esc", "backspace"),

		keep:  bind("enter", p.keep, "enter"),
		clear: bind("esc", p.clear, "esc"),
	}
})

func newExplorer(sh *shared) *explorer {
	return &explorer{sh: sh, tree: newTree(sh.org), page: newPageView(sh)}
}

func (e *explorer) keys() *explorerKeys { return &explorerKeyMaps()[e.sh.lang] }

// clone copies the explorer for a new place in the history.
func (e *explorer) clone() *explorer {
	c := *e
	c.tree = e.tree.clone()
	c.page.stopFind(false)
	c.page.input = newField(200)
	return &c
}

// arrive shows n as a jump's destination. keepFocus keeps the page's
// keyboard focus (a jump from one page to another); otherwise the tree
// has it where the page sits beside the tree, and the page where it
// does not.
func (e *explorer) arrive(n *model.Node, keepFocus bool) {
	e.tree.reveal(n)
	if !keepFocus {
		e.onPage = !e.lay.split
	}
	e.arrived = e.onPage
	e.page.stopFind(false)
}

func (e *explorer) layout(w, h int) tea.Cmd {
	e.resize(w, h)
	return e.refresh()
}

// resize sizes the panes without pointing the page anywhere: a jump sizes
// its new explorer first (arrive needs to know whether the panes split),
// and the page it arrives at is rendered when the explorer comes on top.
func (e *explorer) resize(w, h int) {
	e.lay = splitPanes(w, h, 2)
	e.tree.setSize(e.lay.list.w, e.lay.list.h)
	e.page.setSize(e.lay.page.w, e.lay.page.h)
}

// refresh points the page at the tree's selection.
func (e *explorer) refresh() tea.Cmd {
	n := e.tree.Selected()
	if n == nil {
		e.page.showText(topicsGroup, e.sh.w().tree.groupIntro)
		return nil
	}
	return e.page.show(n)
}

func (e *explorer) subject() *model.Node { return e.tree.Selected() }

func (e *explorer) typing() bool { return e.page.finding }

func (e *explorer) update(msg tea.Msg) (intent, tea.Cmd) {
	switch msg := msg.(type) {
	case pageRenderedMsg:
		e.page.rendered(msg)
	case relatedMsg:
		return nil, e.page.relatedFound(msg)
	case similarityReadyMsg:
		return nil, e.page.similarityReady()
	case tea.PasteMsg:
		if e.page.finding {
			return nil, e.page.updateFind(msg)
		}
	case tea.KeyPressMsg:
		switch {
		case e.page.finding:
			return nil, e.findKey(msg)
		case e.onPage:
			return e.pageKey(msg)
		default:
			return e.treeKey(msg)
		}
	case tea.MouseClickMsg:
		return e.click(msg.Mouse())
	case tea.MouseWheelMsg:
		return nil, e.wheel(msg.Mouse())
	}
	return nil, nil
}

func (e *explorer) findKey(msg tea.KeyPressMsg) tea.Cmd {
	k := e.keys()
	switch {
	case key.Matches(msg, k.keep):
		e.page.stopFind(true)
	case key.Matches(msg, k.clear):
		e.page.stopFind(false)
	default:
		return e.page.updateFind(msg)
	}
	return nil
}

func (e *explorer) treeKey(msg tea.KeyPressMsg) (intent, tea.Cmd) {
	k, t := e.keys(), &e.tree
	switch {
	case key.Matches(msg, k.up):
		t.move(-1)
	case key.Matches(msg, k.down):
		t.move(1)
	case key.Matches(msg, k.first):
		t.first()
	case key.Matches(msg, k.last):
		t.last()
	case key.Matches(msg, k.pageUp):
		t.page(-1)
	case key.Matches(msg, k.pageDown):
		t.page(1)
	case key.Matches(msg, k.open):
		if !t.open() {
			e.showPage() // nothing to expand: read the page itself
		}
	case key.Matches(msg, k.close):
		t.close()
	case key.Matches(msg, k.toPage):
		e.showPage()
	case key.Matches(msg, k.back):
		return back{}, nil
	default:
		return nil, nil
	}
	return nil, e.refresh()
}

func (e *explorer) showPage() { e.onPage, e.arrived = true, false }

func (e *explorer) showTree() { e.onPage, e.arrived = false, false }

func (e *explorer) pageKey(msg tea.KeyPressMsg) (intent, tea.Cmd) {
	k, p := e.keys(), &e.page
	switch {
	case key.Matches(msg, k.pageBack):
		switch {
		case p.query != "":
			p.stopFind(false)
		case e.arrived:
			return back{}, nil
		default:
			e.showTree()
		}
	case key.Matches(msg, k.toTree):
		e.showTree()
	case key.Matches(msg, k.up):
		p.pg.scroll(-1)
	case key.Matches(msg, k.down):
		p.pg.scroll(1)
	case key.Matches(msg, k.pageUp):
		p.pg.pageUp()
	case key.Matches(msg, k.pageDown):
		p.pg.pageDown()
	case key.Matches(msg, k.top):
		p.pg.top()
	case key.Matches(msg, k.bottom):
		p.pg.bottom()
	case key.Matches(msg, k.find):
		return nil, p.startFind()
	case key.Matches(msg, k.next):
		p.nextMatch(1)
	case key.Matches(msg, k.prev):
		p.nextMatch(-1)
	case key.Matches(msg, k.jump):
		if n := p.jumpTarget(int(msg.Code - '1')); n != nil {
			return goTo{n}, nil
		}
	}
	return nil, nil
}

func (e *explorer) treeVisible() bool { return e.lay.split || !e.onPage }
func (e *explorer) pageVisible() bool { return e.lay.split || e.onPage }

func (e *explorer) click(m tea.Mouse) (intent, tea.Cmd) {
	if m.Button != tea.MouseLeft {
		return nil, nil
	}
	switch {
	case e.treeVisible() && e.lay.list.contains(m.X, m.Y):
		e.showTree()
		if e.tree.clickRow(m.Y-e.lay.list.y) == clickLeaf {
			e.showPage()
		}
		return nil, e.refresh()
	case e.pageVisible() && e.lay.page.contains(m.X, m.Y):
		e.onPage = true
		if n := e.page.relatedAt(m.Y - e.lay.page.y); n != nil {
			return goTo{n}, nil
		}
	}
	return nil, nil
}

// wheelStep is how many lines one notch of the wheel scrolls.
const wheelStep = 3

func wheelDelta(m tea.Mouse) int {
	switch m.Button {
	case tea.MouseWheelUp:
		return -wheelStep
	case tea.MouseWheelDown:
		return wheelStep
	}
	return 0
}

func (e *explorer) wheel(m tea.Mouse) tea.Cmd {
	d := wheelDelta(m)
	switch {
	case d == 0:
	case e.treeVisible() && e.lay.list.contains(m.X, m.Y):
		e.tree.scroll(d)
		return e.refresh()
	case e.pageVisible() && e.lay.page.contains(m.X, m.Y):
		e.page.pg.scroll(d)
	}
	return nil
}

func (e *explorer) view() []string {
	tree := func() []string { return e.tree.viewLines(e.sh.cells, e.sh.st, e.sh.lang, !e.onPage) }
	switch {
	case e.lay.split:
		return e.lay.join(e.sh.st, tree(), e.page.view())
	case e.onPage:
		return e.page.view()
	default:
		return tree()
	}
}

func (e *explorer) shortHelp() []key.Binding {
	k := e.keys()
	switch {
	case e.page.finding:
		return []key.Binding{k.keep, k.clear}
	case e.onPage:
		b := []key.Binding{k.scroll, k.find}
		if e.page.query != "" && len(e.page.matches) > 0 { // "no matches": n finds none
			b = append(b, k.next)
		}
		if len(e.page.related) > 0 {
			b = append(b, k.jump)
		}
		return append(b, k.toTree, k.pageBack)
	}
	return []key.Binding{k.move, k.open, k.toPage, k.close}
}

func (e *explorer) fullHelp() []helpGroup {
	k, w := e.keys(), e.sh.w()
	tree := helpGroup{w.help.tree, []key.Binding{k.up, k.down, k.open, k.close, k.first, k.last, k.pageUp, k.pageDown, k.toPage, k.back}}
	page := helpGroup{w.help.page, []key.Binding{k.up, k.down, k.pageUp, k.pageDown, k.top, k.bottom, k.toTree, k.find, k.next, k.prev, k.jump, k.pageBack}}
	find := helpGroup{w.help.find, append([]key.Binding{k.keep, k.clear}, fieldKeys(w)...)}
	if e.onPage {
		return []helpGroup{page, find, tree}
	}
	return []helpGroup{tree, page, find}
}
