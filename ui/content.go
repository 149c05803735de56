package ui

import (
	"fmt"
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/dutymap/dutymap/diagram"
	"github.com/dutymap/dutymap/model"
	"github.com/dutymap/dutymap/model/search"
)

// ContentMsg gives a running program new content: the organisation it
// shows has changed (dutymap serve reloads its content folders while
// sessions are open). The explorer comes back on the node that was on
// screen, or the nearest one above it that is still there, with the same
// folds, and its page is rendered from the new content; a notice says so.
// The places in the history point into the old content and are dropped.
// The change is taken at once, whatever has the keyboard: an open search
// stays open with its field's text and cursor as they were, its query
// run again on the new content (the selected result kept when it is
// still found); find in page keeps its field and finds again in the new
// page; the comparison picker keeps its text and lists the new content's
// departments; the help stays over the screen it was opened on; the org
// chart and the RACI matrix are drawn again with the same selection (the
// matrix closes when its department is gone). An open
// comparison stays open when both its departments are still there;
// otherwise it closes, and the notice names the department gone. Under
// a screen that stays (or tried to), the explorer keeps its own node.
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
	// Server says the content is a server's (an explorer over SSH): its
	// user can neither run Check nor fix the files, so the banner says the
	// change was refused and whom to ask, and names no file of the server.
	Server bool
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
	if msg.Org != nil && msg.Org != m.sh.org {
		cmds = append(cmds, m.takeContent(&msg))
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
	first := oneLine(p.First)
	if p.Server {
		lead, first = fmt.Sprintf(w.serverProblems, p.Total), w.serverAsk
		if p.Total == 1 {
			lead = w.serverProblem
		}
	}
	lines := []string{cw.fitPlain(lead, m.width, st.Notice)}
	if rows > 1 {
		lines = append(lines, cw.fitPlain(first, m.width, st.Status))
	}
	return lines
}

// carrier is a screen that stays open on new content (ContentMsg): carry
// returns its copy on sh, the new content's shared things, and the
// command that starts it; or nil when what it shows is gone (it may set
// sh.notice to say so). A dialog carries over only with the screen below
// it, whose keys its help may list.
type carrier interface {
	carry(sh *shared) (screen, tea.Cmd)
}

// takeContent moves the program onto new content: new shared things, and
// the stack rebuilt on them (see ContentMsg).
func (m *Model) takeContent(c *ContentMsg) tea.Cmd {
	var from *explorer
	fromAt := 0
	for i := len(m.stack) - 1; i >= 0 && from == nil; i-- {
		from, _ = m.stack[i].(*explorer)
		fromAt = i
	}
	cfg := m.sh.cfg
	cfg.Org, cfg.Similarity, cfg.Search, cfg.Lang = c.Org, c.Similarity, c.Search, m.sh.lang
	if !cfg.Org.HasLang(cfg.Lang) {
		cfg.Lang = cfg.Lang.Other()
	}
	sh := newShared(cfg, m.sh.st)
	sh.cells = m.sh.cells
	sh.search.recent, sh.search.last = m.sh.search.recent, m.sh.search.last
	sh.say(sh.w().app.newContent)
	m.sh = sh
	// The screens over the explorer carry over when they can, in order:
	// one that cannot (a comparison whose department is gone) closes, and
	// the screens opened from it with it (its matrix, a dialog), its
	// notice saying why. Under a screen that carries over (or tried to)
	// the explorer stays where it was itself; under any other, which
	// closes, it comes back where that screen was.
	base := m.base()
	at := subjectOf(base)
	if _, carries := base.(carrier); carries || at == nil {
		at = from.subject()
	}
	var kept []screen
	cmds := []tea.Cmd{sh.search.engine.warm(sh.lang), sh.waitSimilarity()}
	carry := func(s screen) bool {
		cr, ok := s.(carrier)
		if !ok {
			return false
		}
		n, cmd := cr.carry(sh)
		if n == nil {
			return false
		}
		kept = append(kept, n)
		cmds = append(cmds, cmd)
		return true
	}
	for _, s := range m.stack[fromAt+1:] {
		if !carry(s) {
			break
		}
	}
	m.stack, m.forward = append([]screen{from.recontent(sh, at)}, kept...), nil
	return tea.Batch(append(cmds, m.relayout())...)
}

// carry reopens the comparison on the new content when both departments
// are still there; otherwise it closes and the notice says why.
func (c *compareScreen) carry(sh *shared) (screen, tea.Cmd) {
	a, b := sh.org.Node(c.a.Path), sh.org.Node(c.b.Path)
	if a == nil || b == nil {
		sh.say(comparisonClosed(sh, c, a == nil, b == nil))
		return nil, nil
	}
	n := newCompare(sh, a, b)
	n.picture = c.picture
	return n, n.start()
}

// carry keeps the search open on the new content: the field as it is (its
// text, its cursor, its selection), the query run again, and the result
// or owner that was selected selected again when it is still found.
func (s *searchScreen) carry(sh *shared) (screen, tea.Cmd) {
	if s.cancel != nil {
		s.cancel() // its results would be of the old content
	}
	n := newSearch(sh)
	n.input, n.enterLate = s.input, s.enterLate && s.running
	if sel := s.selected(); sel != nil {
		n.reselect = &reselect{path: sel.Path, owner: s.owner >= 0}
	}
	cmd := n.run()
	if s.onStartPage() { // the same pick, as far as the new content's examples allow
		n.cursor = s.cursor
		n.clamp()
	}
	return n, cmd
}

// carry keeps the picker open on the new content, its text as typed, the
// department selected still selected; it closes when the department being
// compared is gone.
func (p *picker) carry(sh *shared) (screen, tea.Cmd) {
	from := sh.org.Node(p.from.Path)
	if from == nil || from.Kind != model.KindDepartment {
		return nil, nil
	}
	n := newPicker(sh, from, p.input)
	if sel := p.selected(); sel != nil {
		for i, d := range n.shown {
			if d.Path == sel.Path {
				n.cursor = i
				break
			}
		}
	}
	return n, nil
}

// carry keeps the chart open on the new content, drawn from it, the
// department or hand-off that was selected selected again; when it is
// gone, the nearest thing above it that the chart draws, or else what
// now stands in its place.
func (c *chartScreen) carry(sh *shared) (screen, tea.Cmd) {
	n := &chartScreen{sh: sh, handOffs: diagram.HandOffs(sh.org), offset: c.offset, fallback: c.cursor}
	if sel := c.subject(); sel != nil {
		n.want = nearestDrawn(sh.org, n.handOffs, sel.Path)
	}
	return n, nil
}

// nearestDrawn is the node at path, or the nearest one above it, that the
// chart draws: a department, or the relation a hand-off stands for.
func nearestDrawn(org *model.Org, hs []diagram.HandOff, path string) *model.Node {
	drawn := map[*model.Node]bool{}
	for _, d := range org.Departments {
		drawn[d] = true
	}
	for _, h := range hs {
		drawn[h.Node] = true
	}
	for ; path != ""; path = parentPath(path) {
		if n := org.Node(path); n != nil && drawn[n] {
			return n
		}
	}
	return nil
}

// carry keeps the matrix open on the new content: the same units (a
// position gone gives way to the unit above it) or the same duties, the
// same filters, the duty that was selected selected again, or else the
// row now in its place. It closes when a unit's department is gone, and
// the notice says so.
func (s *matrixScreen) carry(sh *shared) (screen, tea.Cmd) {
	sc, gone := s.scope.on(sh.org)
	if gone != nil {
		sh.say(fmt.Sprintf(sh.w().app.matrixGone, oneLine(gone.Title.In(sh.lang)), oneLine(gone.Path)))
		return nil, nil
	}
	n := &matrixScreen{sh: sh, scope: sc, role: s.role, split: s.split, col0: s.col0, w: s.w, h: s.h}
	n.build()
	n.cursor, n.offset = s.cursor, s.offset
	if sel := s.selected(); sel != nil {
		for i, r := range n.m.Rows {
			if r.Duty.Path == sel.Path {
				n.cursor = i
				break
			}
		}
	}
	n.clamp()
	return n, nil
}

// carry keeps the help open over the screen it was opened on, which
// carried over: its keys are the same.
func (h *helpScreen) carry(sh *shared) (screen, tea.Cmd) {
	n := *h
	n.sh = sh
	return &n, nil
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
// the focus where it was, and find in page as it was: its field open
// with the text and cursor typed, or the query kept; the matches are
// found again in the new page.
func (e *explorer) recontent(sh *shared, at *model.Node) *explorer {
	c := newExplorer(sh)
	c.tree.expanded = e.tree.clone().expanded
	c.tree.rebuild()
	c.tree.setSize(e.tree.width, e.tree.height)
	c.lay, c.onPage, c.arrived = e.lay, e.onPage, e.arrived
	c.page.finding, c.page.input, c.page.query, c.page.current = e.page.finding, e.page.input, e.page.query, e.page.current
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
