package ui

import (
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/dutymap/dutymap/model"
	"github.com/dutymap/dutymap/model/search"
)

// ContentMsg gives a running program new content: the organisation it
// shows has changed (dutymap serve reloads its content folders while
// sessions are open). The explorer comes back on the node that was on
// screen, or the nearest one above it that is still there, with the same
// folds, and its page is rendered from the new content; a notice says so.
// The places in the history point into the old content and are dropped.
// While a text field has the keyboard (a search being typed) the change
// waits until it is closed.
type ContentMsg struct {
	Org *model.Org
	// Similarity and Search may be shared with other programs, as in
	// Config; when nil, the program builds its own.
	Similarity *model.SimilarityBuild
	Search     *search.Index
}

// takeContent moves the program onto the content that came, unless a text
// field has the keyboard.
func (m *Model) takeContent() tea.Cmd {
	c := m.newContent
	if c == nil || m.top().typing() {
		return nil
	}
	m.newContent = nil
	var from *explorer
	for i := len(m.stack) - 1; i >= 0 && from == nil; i-- {
		from, _ = m.stack[i].(*explorer)
	}
	cfg := m.sh.cfg
	cfg.Org, cfg.Similarity, cfg.Search, cfg.Lang = c.Org, c.Similarity, c.Search, m.sh.lang
	if !cfg.Org.HasLang(cfg.Lang) {
		cfg.Lang = cfg.Lang.Other()
	}
	sh := newShared(cfg, m.sh.st)
	sh.cells = m.sh.cells
	sh.search.recent, sh.search.last = m.sh.search.recent, m.sh.search.last
	sh.notice = sh.w().app.newContent
	m.sh = sh
	at := m.subject()
	if at == nil {
		at = from.subject()
	}
	e := from.recontent(sh, at)
	m.stack, m.forward = []screen{e}, nil
	return tea.Batch(m.relayout(), sh.search.engine.warm(sh.lang), sh.waitSimilarity())
}

// recontent is a copy of the explorer on new content, with the same
// folds, on the node at was (or the nearest node above it still there),
// the focus where it was.
func (e *explorer) recontent(sh *shared, at *model.Node) *explorer {
	c := newExplorer(sh)
	c.tree.expanded = e.tree.clone().expanded
	c.tree.rebuild()
	c.tree.setSize(e.tree.width, e.tree.height)
	c.lay, c.onPage, c.arrived = e.lay, e.onPage, e.arrived
	if at == nil {
		return c
	}
	for path := at.Path; path != ""; {
		if n := sh.org.Node(path); n != nil {
			c.tree.reveal(n)
			break
		}
		i := strings.LastIndexByte(path, '/')
		if i < 0 {
			break
		}
		path = path[:i]
	}
	return c
}
