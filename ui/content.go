package ui

import (
	"fmt"
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
// waits until it is closed. An open comparison stays open when both its
// departments are still there, the explorer below it where it was (its
// own node, not the comparison's); otherwise it closes, and the notice
// names the department gone.
type ContentMsg struct {
	Org *model.Org
	// Similarity and Search may be shared with other programs, as in
	// Config; when nil, the program builds its own.
	Similarity *model.SimilarityBuild
	Search     *search.Index
	// Version numbers the versions of the content, one more for each valid
	// change (serve.Snapshot's): a message older than one already taken
	// was read before it and is dropped. 0 is not numbered.
	Version int
	// Problems, when set, says the content's files have problems: Org is
	// the last valid version, which stays on screen, and a banner says
	// what is wrong until a message without problems comes.
	Problems *ContentProblems
}

// ContentProblems sums up the validation report of content that was not
// taken, for the banner.
type ContentProblems struct {
	First string // the first problem: "myorg/en/hr.md:12: what is wrong"
	Total int    // how many problems the report has
	Check string // the command that lists them all: "dutymap --content myorg validate"
}

// content takes a ContentMsg: its problems at once, its organisation when
// it is new (see takeContent).
func (m *Model) content(msg ContentMsg) tea.Cmd {
	if msg.Version > 0 && msg.Version < m.version {
		return nil // read before the version already here
	}
	m.version = max(m.version, msg.Version)
	var cmds []tea.Cmd
	banner := (msg.Problems == nil) != (m.problems == nil) // the banner takes rows from the body, or gives them back
	m.problems = msg.Problems
	if m.problems != nil && m.sh.notice == m.sh.w().app.newContent {
		m.sh.notice = "" // the files changed since that update, and not for the better
	}
	if msg.Org == nil || msg.Org == m.sh.org {
		m.newContent = nil // the version on screen is the newest
	} else {
		m.newContent = &msg
		cmds = append(cmds, m.takeContent())
	}
	if banner {
		cmds = append(cmds, m.relayout())
	}
	return tea.Batch(cmds...)
}

// problemRows is how many rows the problems banner takes: two (what and
// how to see all, then the first problem), one where the terminal has
// only a row to spare, none without problems.
func (m *Model) problemRows() int {
	if m.problems == nil {
		return 0
	}
	return min(max(m.height-minHeight, 0), 2)
}

// problemLines is the problems banner, one line a row.
func (m *Model) problemLines() []string {
	rows := m.problemRows()
	if rows == 0 {
		return nil
	}
	p, w, cw, st := m.problems, m.sh.w().app, m.sh.cells, m.sh.st
	lead := fmt.Sprintf(w.problems, p.Total, oneLine(p.Check))
	if p.Total == 1 {
		lead = fmt.Sprintf(w.problem, oneLine(p.Check))
	}
	lines := []string{cw.fitPlain(lead, m.width, st.Notice)}
	if rows > 1 {
		lines = append(lines, cw.fitPlain(oneLine(p.First), m.width, st.Status))
	}
	return lines
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
	was := m.base()
	cs, comparing := was.(*compareScreen)
	// The explorer comes back where the screen on top was, which closes;
	// under a comparison, which stays, where the explorer itself was.
	at := m.subject()
	if at == nil || comparing {
		at = from.subject()
	}
	e := from.recontent(sh, at)
	m.stack, m.forward = []screen{e}, nil
	cmds := []tea.Cmd{sh.search.engine.warm(sh.lang), sh.waitSimilarity()}
	if comparing {
		a, b := sh.org.Node(cs.a.Path), sh.org.Node(cs.b.Path)
		if a != nil && b != nil {
			nc := newCompare(sh, a, b)
			nc.picture = cs.picture
			m.stack = append(m.stack, nc)
			cmds = append(cmds, nc.start())
		} else {
			sh.notice = comparisonClosed(sh, cs, a == nil, b == nil)
		}
	}
	return tea.Batch(append(cmds, m.relayout())...)
}

// comparisonClosed is the notice of a comparison closed because the new
// content lacks one of its departments, or both: "Shop (shop) is no
// longer in the content; the comparison was closed." The id says what is
// gone when the name is back under another id.
func comparisonClosed(sh *shared, c *compareScreen, aGone, bGone bool) string {
	w := sh.w().app
	var args []any
	if aGone {
		args = append(args, oneLine(c.a.Title.In(sh.lang)), oneLine(c.a.Path))
	}
	if bGone && c.b != c.a { // a department compared with itself is named once
		args = append(args, oneLine(c.b.Title.In(sh.lang)), oneLine(c.b.Path))
	}
	return fmt.Sprintf(w.comparedGone[len(args)/2-1], args...)
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
