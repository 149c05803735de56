package ui

import (
	"fmt"
	"strings"

	"github.com/dutymap/dutymap/model"
)

// topicsGroup is the path of the virtual node that holds topics and
// relations under the departments.
const topicsGroup = "\x00topics"

// row is one visible line of the tree.
type row struct {
	node  *model.Node // nil for the topics group
	depth int
}

func (r row) path() string {
	if r.node == nil {
		return topicsGroup
	}
	return r.node.Path
}

// treeModel is the department tree: expandable rows, a cursor that always
// stays on screen, and the scroll offset that keeps it there.
type treeModel struct {
	org      *model.Org
	expanded map[string]bool
	rows     []row
	cursor   int
	offset   int
	height   int
	width    int
}

func newTree(org *model.Org) treeModel {
	t := treeModel{org: org, expanded: map[string]bool{}}
	t.rebuild()
	return t
}

// rebuild recomputes the visible rows from the expanded set, keeping the
// cursor on the same node where possible.
func (t *treeModel) rebuild() {
	keep := ""
	if t.cursor < len(t.rows) {
		keep = t.rows[t.cursor].path()
	}
	t.rows = t.rows[:0]
	for _, d := range t.org.Departments {
		t.add(d, 0)
	}
	if len(t.org.Topics)+len(t.org.Relations) > 0 {
		t.rows = append(t.rows, row{depth: 0})
		if t.expanded[topicsGroup] {
			for _, d := range append(append([]*model.Node{}, t.org.Topics...), t.org.Relations...) {
				t.add(d, 1)
			}
		}
	}
	t.cursor = 0
	for i, r := range t.rows {
		if r.path() == keep {
			t.cursor = i
			break
		}
	}
	t.clamp()
}

func (t *treeModel) add(n *model.Node, depth int) {
	t.rows = append(t.rows, row{node: n, depth: depth})
	if !t.expanded[n.Path] {
		return
	}
	for _, c := range n.Children {
		t.add(c, depth+1)
	}
}

// Selected is the node under the cursor (nil on the topics group).
func (t *treeModel) Selected() *model.Node {
	if t.cursor < len(t.rows) {
		return t.rows[t.cursor].node
	}
	return nil
}

func (t *treeModel) expandable(r row) bool {
	return r.node == nil || len(r.node.Children) > 0
}

func (t *treeModel) setSize(w, h int) {
	t.width, t.height = max(w, 0), max(h, 0)
	t.clamp()
}

// clamp keeps the cursor in range and on screen.
func (t *treeModel) clamp() {
	t.cursor = min(max(t.cursor, 0), max(len(t.rows)-1, 0))
	if t.height <= 0 {
		t.offset = 0
		return
	}
	if t.cursor < t.offset {
		t.offset = t.cursor
	}
	if t.cursor >= t.offset+t.height {
		t.offset = t.cursor - t.height + 1
	}
	t.offset = min(max(t.offset, 0), max(len(t.rows)-t.height, 0))
	if t.cursor < t.offset || t.cursor >= t.offset+t.height {
		t.offset = max(t.cursor-t.height+1, 0)
	}
}

func (t *treeModel) move(d int) { t.cursor += d; t.clamp() }
func (t *treeModel) first()     { t.cursor = 0; t.clamp() }
func (t *treeModel) last()      { t.cursor = len(t.rows) - 1; t.clamp() }
func (t *treeModel) page(d int) { t.move(d * max(t.height-1, 1)) }

// open expands the selected row. It reports false when there was nothing
// to expand (a leaf or an already open row), so callers can show detail.
func (t *treeModel) open() bool {
	if t.cursor >= len(t.rows) {
		return false
	}
	r := t.rows[t.cursor]
	if !t.expandable(r) || t.expanded[r.path()] {
		return false
	}
	t.expanded[r.path()] = true
	t.rebuild()
	return true
}

// close collapses the selected row, or moves to its parent.
func (t *treeModel) close() {
	if t.cursor >= len(t.rows) {
		return
	}
	r := t.rows[t.cursor]
	if t.expandable(r) && t.expanded[r.path()] {
		delete(t.expanded, r.path())
		t.rebuild()
		return
	}
	for i := t.cursor - 1; i >= 0; i-- {
		if t.rows[i].depth < r.depth {
			t.cursor = i
			break
		}
	}
	t.clamp()
}

// reveal expands every ancestor of path and puts the cursor on it.
func (t *treeModel) reveal(n *model.Node) {
	if n == nil {
		return
	}
	if root := n.Root(); root.Kind != model.KindDepartment {
		t.expanded[topicsGroup] = true
	}
	for p := n.Parent; p != nil; p = p.Parent {
		t.expanded[p.Path] = true
	}
	t.rebuild()
	for i, r := range t.rows {
		if r.node == n {
			t.cursor = i
			break
		}
	}
	// Show the node's context: centre it when it would sit at the edge.
	if t.height > 2 {
		t.offset = t.cursor - t.height/3
	}
	t.clamp()
}

// click is what a click on a tree row did.
type click int

const (
	clickNone     click = iota // no row there
	clickSelected              // a first click: the row is now selected
	clickToggled               // a second click opened or closed the row
	clickLeaf                  // a second click on a row with nothing to open
)

// clickRow handles a click on row y (0 = first visible row): the first
// click selects, a second one opens or closes what can be, else tells the
// caller to open the page.
func (t *treeModel) clickRow(y int) click {
	i := t.offset + y
	if y < 0 || i >= len(t.rows) {
		return clickNone
	}
	if i != t.cursor {
		t.cursor = i
		t.clamp()
		return clickSelected
	}
	r := t.rows[i]
	if !t.expandable(r) {
		return clickLeaf
	}
	if !t.open() {
		t.close()
	}
	return clickToggled
}

// clone copies the tree for a new place in the history, so that going
// back finds the rows open and selected as they were.
func (t *treeModel) clone() treeModel {
	c := *t
	c.expanded = make(map[string]bool, len(t.expanded))
	for k, v := range t.expanded {
		c.expanded[k] = v
	}
	c.rows = append([]row(nil), t.rows...)
	return c
}

func (t *treeModel) scroll(d int) {
	t.offset = min(max(t.offset+d, 0), max(len(t.rows)-t.height, 0))
	// The cursor follows the scroll so it never leaves the screen.
	t.cursor = min(max(t.cursor, t.offset), t.offset+max(t.height, 1)-1)
	t.clamp()
}

// viewLines draws the visible rows: height lines of exactly width cells.
func (t *treeModel) viewLines(cw cells, st *Styles, lang model.Lang, focused bool) []string {
	lines := make([]string, 0, t.height)
	for i := t.offset; i < len(t.rows) && len(lines) < t.height; i++ {
		lines = append(lines, t.renderRow(cw, st, lang, t.rows[i], i == t.cursor, focused))
	}
	for len(lines) < t.height {
		lines = append(lines, strings.Repeat(" ", t.width))
	}
	return lines
}

func (t *treeModel) renderRow(cw cells, st *Styles, lang model.Lang, r row, selected, focused bool) string {
	indent := strings.Repeat("  ", r.depth)
	var marker, label, count string
	switch {
	case r.node == nil:
		marker = "▸ "
		if t.expanded[topicsGroup] {
			marker = "▾ "
		}
		label = catalog[lang].tree.group
		count = fmt.Sprint(len(t.org.Topics) + len(t.org.Relations))
	case r.node.Kind.IsLeaf():
		marker = "• "
		label = r.node.Title.In(lang)
	default:
		marker = "▸ "
		if t.expanded[r.node.Path] {
			marker = "▾ "
		}
		if len(r.node.Children) == 0 {
			// Nothing to open: a hollow mark, so a childless department
			// does not read as a child of the row above.
			marker = "◦ "
		}
		label = r.node.Title.In(lang)
		if r.node.Duties > 0 {
			count = fmt.Sprint(r.node.Duties)
		}
	}
	label = oneLine(label)
	// Lay out: indent marker label … count, padded to the full width.
	room := t.width - cw.width(indent+marker)
	if count != "" {
		room -= cw.width(count) + 1
	}
	if room < 1 {
		count, room = "", t.width-cw.width(indent+marker)
	}
	label = cw.truncate(label, max(room, 0), "…")
	gap := max(room-cw.width(label), 0)
	if count != "" {
		gap++
	}
	plain := indent + marker + label + strings.Repeat(" ", gap) + count
	plain = cw.truncate(plain, t.width, "")
	if w := cw.width(plain); w < t.width {
		plain += strings.Repeat(" ", t.width-w)
	}
	if selected {
		if !focused {
			return st.RowSelectedBlur.Render(plain)
		}
		return st.RowSelected.Render(plain)
	}
	if r.node != nil && r.node.Kind.IsLeaf() {
		return st.Row.Render(plain)
	}
	// Counts are dimmed; the label keeps the normal colour.
	if count == "" || !strings.HasSuffix(plain, count) {
		return st.Row.Render(plain)
	}
	return st.Row.Render(strings.TrimSuffix(plain, count)) + st.Count.Render(count)
}
