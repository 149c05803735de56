package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/dutymap/dutymap/model"
)

// Update routes messages: window and background changes go everywhere,
// keys go to whatever has focus, mouse events to the pane under the pointer.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		return m, m.resize(msg.Width, msg.Height)
	case tea.BackgroundColorMsg:
		if m.cfg.Theme == ThemeAuto && msg.IsDark() != m.dark {
			m.setStyles(msg.IsDark())
			return m, m.refreshDetail()
		}
		return m, nil
	case mdRenderedMsg:
		m.cache.put(msg.key, msg.lines)
		// A rendering for another node, width or language is stale: it
		// stays cached but does not replace what is on screen.
		if msg.key == m.detail.want {
			m.detail.setLines(msg.lines, true)
		}
		return m, nil
	case searchResultsMsg:
		if msg.gen == m.search.gen { // an older query's results are stale
			m.search.setResults(msg.results)
			m.search.matches = msg.matches
			return m, m.refreshDetail()
		}
		return m, nil
	case tea.KeyPressMsg:
		return m.handleKey(msg)
	case tea.MouseClickMsg:
		return m.handleClick(msg.Mouse())
	case tea.MouseWheelMsg:
		return m.handleWheel(msg.Mouse())
	case tea.PasteMsg:
		if m.detail.finding {
			return m, m.detail.updateFind(msg)
		}
		if m.mode == modeSearch {
			return m, m.searchInput(msg)
		}
	}
	return m, nil
}

func (m *Model) resize(w, h int) tea.Cmd {
	m.width, m.height = max(w, 0), max(h, 0)
	m.lay = computeLayout(m.width, m.height, m.mode == modeSearch)
	m.tree.setSize(m.lay.tree.w, m.lay.tree.h)
	m.search.setSize(m.lay.tree.w, m.lay.tree.h)
	m.cmp.setSize(m.lay.body.w, m.lay.body.h)
	m.cmp.build(m.st, m.lang)
	m.detail.setSize(m.lay.detail.w, m.lay.detail.h)
	m.help.SetWidth(max(m.width-4, 0))
	return m.refreshDetail()
}

func (m Model) handleKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	m.notice = ""
	// A focused text field gets every key, so typing "q" never quits.
	if m.detail.finding {
		switch {
		case msg.String() == "esc":
			m.detail.stopFind(false)
		case msg.String() == "enter":
			m.detail.stopFind(true)
		case msg.String() == "ctrl+c":
			return m, tea.Quit
		default:
			return m, m.detail.updateFind(msg)
		}
		return m, nil
	}
	if !m.showHelp {
		switch m.mode {
		case modeSearch:
			return m.searchKey(msg)
		case modePicker:
			return m.pickerKey(msg)
		}
	}
	k := m.keys
	if m.showHelp {
		if key.Matches(msg, k.Quit) && msg.String() == "ctrl+c" {
			return m, tea.Quit
		}
		m.showHelp = false
		return m, nil
	}
	if m.mode == modeCompare && key.Matches(msg, k.Focus) {
		m.cmp.toggleSide()
		return m, nil
	}
	switch {
	case key.Matches(msg, k.Quit):
		return m, tea.Quit
	case key.Matches(msg, k.Help):
		m.showHelp = true
		return m, nil
	case key.Matches(msg, k.Lang):
		return m, m.toggleLang()
	case key.Matches(msg, k.Focus):
		m.toggleFocus()
		return m, m.refreshDetail()
	case key.Matches(msg, k.Search) && !m.lay.tooSmall:
		m.mode = modeSearch
		m.detail.stopFind(false)
		return m, tea.Batch(m.search.open(), m.resize(m.width, m.height))
	}
	if m.lay.tooSmall {
		return m, nil
	}
	if m.mode == modeCompare {
		return m.compareKey(msg)
	}
	if key.Matches(msg, k.Compare) {
		return m, m.openPicker()
	}
	if m.focus == paneDetail {
		return m.detailKey(msg)
	}
	return m.treeKey(msg)
}

func (m *Model) toggleLang() tea.Cmd {
	next := m.lang.Other()
	if !m.org.HasLang(next) {
		m.notice = noLangNotice[m.lang]
		return nil
	}
	m.lang = next
	m.keys = DefaultKeyMap(next)
	m.detail.stopFind(false)
	m.cmp.build(m.st, m.lang)
	return m.refreshDetail()
}

var noLangNotice = [model.NumLangs]string{
	"This organisation has no Chinese content.",
	"该组织没有英文内容。",
}

func (m *Model) toggleFocus() {
	if m.focus == paneTree {
		m.focus = paneDetail
		m.detailOpen = true
		return
	}
	m.focus = paneTree
	m.detailOpen = false
}

func (m Model) treeKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	k := m.keys
	t := &m.tree
	switch {
	case key.Matches(msg, k.Up):
		t.move(-1)
	case key.Matches(msg, k.Down):
		t.move(1)
	case key.Matches(msg, k.First):
		t.first()
	case key.Matches(msg, k.Last):
		t.last()
	case key.Matches(msg, k.PageUp):
		t.page(-1)
	case key.Matches(msg, k.PageDown):
		t.page(1)
	case key.Matches(msg, k.Open):
		if !t.open() {
			// Nothing to expand: show the page itself.
			m.focus, m.detailOpen = paneDetail, true
		}
	case key.Matches(msg, k.Close):
		t.close()
	default:
		return m, nil
	}
	return m, m.refreshDetail()
}

func (m Model) detailKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	k := m.keys
	d := &m.detail
	switch {
	case key.Matches(msg, k.Back), key.Matches(msg, k.Close):
		if d.query != "" && key.Matches(msg, k.Back) {
			d.stopFind(false)
			return m, nil
		}
		m.focus, m.detailOpen = paneTree, false
	case key.Matches(msg, k.Up):
		d.pg.scroll(-1)
	case key.Matches(msg, k.Down):
		d.pg.scroll(1)
	case key.Matches(msg, k.PageUp):
		d.pg.pageUp()
	case key.Matches(msg, k.PageDown):
		d.pg.pageDown()
	case key.Matches(msg, k.First):
		d.pg.top()
	case key.Matches(msg, k.Last):
		d.pg.bottom()
	case key.Matches(msg, k.Find):
		return m, d.startFind()
	case key.Matches(msg, k.NextMatch):
		d.nextMatch(1)
	case key.Matches(msg, k.PrevMatch):
		d.nextMatch(-1)
	case key.Matches(msg, k.Jump):
		i := int(msg.String()[0] - '1')
		if i < len(d.related) {
			m.tree.reveal(d.related[i])
			return m, m.refreshDetail()
		}
	}
	return m, nil
}

func (m Model) handleClick(mouse tea.Mouse) (tea.Model, tea.Cmd) {
	if m.lay.tooSmall || m.showHelp || mouse.Button != tea.MouseLeft {
		return m, nil
	}
	switch {
	case m.mode == modeSearch && m.lay.tree.contains(mouse.X, mouse.Y):
		if row := mouse.Y - m.lay.tree.y - 2; row >= 0 {
			m.search.cursor = m.search.offset + row/rowHeight
			m.search.clamp()
		}
		return m, m.refreshDetail()
	case m.treeVisible() && m.lay.tree.contains(mouse.X, mouse.Y):
		m.focus, m.detailOpen = paneTree, false
		m.tree.clickRow(mouse.Y - m.lay.tree.y)
		return m, m.refreshDetail()
	case m.detailVisible() && m.lay.detail.contains(mouse.X, mouse.Y):
		m.focus = paneDetail
	}
	return m, nil
}

func (m Model) handleWheel(mouse tea.Mouse) (tea.Model, tea.Cmd) {
	if m.lay.tooSmall || m.showHelp {
		return m, nil
	}
	d := 0
	switch mouse.Button {
	case tea.MouseWheelUp:
		d = -3
	case tea.MouseWheelDown:
		d = 3
	default:
		return m, nil
	}
	switch {
	case m.mode == modeCompare:
		m.cmp.scroll(d)
		return m, nil
	case m.mode == modeSearch && m.lay.tree.contains(mouse.X, mouse.Y):
		m.search.move(d / 3)
		return m, m.refreshDetail()
	case m.treeVisible() && m.lay.tree.contains(mouse.X, mouse.Y):
		m.tree.scroll(d)
		return m, m.refreshDetail()
	case m.detailVisible() && m.lay.detail.contains(mouse.X, mouse.Y):
		m.detail.pg.scroll(d)
	}
	return m, nil
}

// treeVisible and detailVisible say which panes are on screen: both when
// split, otherwise one of them.
func (m *Model) treeVisible() bool {
	return m.mode == modeExplore && (m.lay.split || !m.detailOpen)
}
func (m *Model) detailVisible() bool {
	switch m.mode {
	case modeExplore:
		return m.lay.split || m.detailOpen
	case modeSearch:
		return m.lay.split
	}
	return false
}
