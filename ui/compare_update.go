package ui

import (
	"sync"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/dutymap/dutymap/compare"
	"github.com/dutymap/dutymap/model"
)

// openPicker starts a comparison from the selected node's department.
func (m *Model) openPicker() tea.Cmd {
	from := m.comparedFrom()
	if from == nil {
		m.notice = pickDeptNotice[m.lang]
		return nil
	}
	m.mode = modePicker
	return m.picker.open(m.org, from)
}

var pickDeptNotice = [model.NumLangs]string{
	"Select a department (or anything in one) to compare it.",
	"请先选中一个部门（或其中任一项）再对比。",
}

// comparedFrom is the department a comparison starts from: in the compare
// view its left side, else the department of the tree's selection.
func (m *Model) comparedFrom() *model.Node {
	if m.mode == modeCompare && m.cmp.res != nil {
		return m.cmp.res.A
	}
	if n := m.tree.Selected(); n != nil && n.Root().Kind == model.KindDepartment {
		return n.Root()
	}
	return nil
}

func (m Model) pickerKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	p, k := &m.picker, m.keys
	switch {
	case msg.String() == "ctrl+c":
		return m, tea.Quit
	case key.Matches(msg, k.Back):
		p.input.Blur()
		if m.cmp.res != nil && m.cmp.res.A == p.exclude {
			m.mode = modeCompare
		} else {
			m.mode = modeExplore
		}
	case key.Matches(msg, k.FieldUp):
		p.move(-1)
	case key.Matches(msg, k.FieldDown):
		p.move(1)
	case key.Matches(msg, k.Select):
		if b := p.selected(); b != nil {
			p.input.Blur()
			m.showComparison(p.exclude, b)
		}
	default:
		return m, p.update(msg)
	}
	return m, nil
}

// showComparison opens the compare view for a and b.
func (m *Model) showComparison(a, b *model.Node) {
	if m.cfg.Similarity == nil {
		org := m.org
		m.cfg.Similarity = sync.OnceValue(func() *model.Similarity { return model.NewSimilarity(org) })
	}
	m.mode = modeCompare
	m.cmp.set(compare.Departments(m.org, m.cfg.Similarity(), a, b))
	m.cmp.build(m.st, m.lang)
}

func (m Model) compareKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	c, k := &m.cmp, m.keys
	switch {
	case key.Matches(msg, k.Back), key.Matches(msg, k.Close):
		m.mode = modeExplore
		return m, m.refreshDetail()
	case key.Matches(msg, k.Up):
		c.move(-1)
	case key.Matches(msg, k.Down):
		c.move(1)
	case key.Matches(msg, k.PageUp):
		c.scroll(-max(c.height-1, 1))
	case key.Matches(msg, k.PageDown):
		c.scroll(max(c.height-1, 1))
	case key.Matches(msg, k.First):
		c.cursor = 0
		c.clamp()
	case key.Matches(msg, k.Last):
		c.move(len(c.items))
	case key.Matches(msg, k.Focus):
		c.toggleSide()
	case key.Matches(msg, k.Swap):
		m.showComparison(c.res.B, c.res.A)
	case key.Matches(msg, k.Compare):
		return m, m.openPicker()
	case key.Matches(msg, k.Select), msg.String() == "right", msg.String() == "l":
		if n := c.target(); n != nil {
			return m, m.goTo(n)
		}
	}
	return m, nil
}
