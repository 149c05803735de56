package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/dutymap/dutymap/model"
)

// searchKey handles keys while the search view is open: movement and
// actions have keys of their own, everything else is typed into the query.
func (m Model) searchKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	s, k := &m.search, m.keys
	switch {
	case msg.String() == "ctrl+c":
		return m, tea.Quit
	case key.Matches(msg, k.Back):
		// Back to where you were: the tree never moved.
		m.mode = modeExplore
		s.input.Blur()
		return m, m.resize(m.width, m.height)
	case key.Matches(msg, k.FieldUp):
		s.move(-1)
	case key.Matches(msg, k.FieldDown):
		s.move(1)
	case msg.String() == "pgup":
		s.move(-s.visibleRows())
	case msg.String() == "pgdown":
		s.move(s.visibleRows())
	case key.Matches(msg, k.Expand):
		s.toggleGroup()
	case key.Matches(msg, k.Select):
		return m.searchEnter()
	default:
		return m, m.searchInput(msg)
	}
	return m, m.refreshDetail()
}

// searchInput feeds the query field and searches again when it changed.
func (m *Model) searchInput(msg tea.Msg) tea.Cmd {
	var cmd tea.Cmd
	m.search.input, cmd = m.search.input.Update(msg)
	if m.search.input.Value() == m.search.query {
		return cmd
	}
	return tea.Batch(cmd, m.search.run(m.lang), m.refreshDetail())
}

// searchEnter goes to the selected result in the tree, or reruns a recent
// search picked from the start screen.
func (m Model) searchEnter() (tea.Model, tea.Cmd) {
	s := &m.search
	if s.query == "" {
		if s.cursor < len(s.recent) {
			s.input.SetValue(s.recent[s.cursor])
			s.input.CursorEnd()
			return m, tea.Batch(s.run(m.lang), m.refreshDetail())
		}
		return m, nil
	}
	n := s.selected()
	if n == nil {
		return m, nil
	}
	s.remember(s.query)
	s.input.Blur()
	return m, m.goTo(n)
}

// goTo leaves the search or compare view for the explorer with n selected
// in the tree and its page shown: beside the tree when there is room,
// instead of it when not.
func (m *Model) goTo(n *model.Node) tea.Cmd {
	m.mode = modeExplore
	m.resize(m.width, m.height)
	m.tree.reveal(n)
	if m.lay.split {
		m.focus, m.detailOpen = paneTree, false
	} else {
		m.focus, m.detailOpen = paneDetail, true
	}
	return m.refreshDetail()
}
