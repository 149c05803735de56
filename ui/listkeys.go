package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// listKeys are the keys that move the selection of a list screen (the
// findings, the matrix's rows), with the same bindings and help words on
// every such screen.
type listKeys struct {
	up, down, move, pageUp, pageDown, first, last key.Binding
}

func newListKeys(w *words) listKeys {
	k := w.keys
	return listKeys{
		up:       bind("↑/k", k.up, "up", "k"),
		down:     bind("↓/j", k.down, "down", "j"),
		move:     bind("↑↓", k.move, "up", "down"),
		pageUp:   bind("pgup/ctrl+u", k.pageUp, "pgup", "ctrl+u"),
		pageDown: bind("pgdn/ctrl+d", k.pageDown, "pgdown", "ctrl+d"),
		first:    bind("g/home", k.first, "g", "home"),
		last:     bind("G/end", k.last, "G", "end"),
	}
}

// navigate moves a list of total rows, page of them on screen, by the key
// msg if it is one of l's, and reports whether it was.
func (l listKeys) navigate(msg tea.KeyPressMsg, move func(int), page, total int) bool {
	switch {
	case key.Matches(msg, l.up):
		move(-1)
	case key.Matches(msg, l.down):
		move(1)
	case key.Matches(msg, l.pageUp):
		move(-page)
	case key.Matches(msg, l.pageDown):
		move(page)
	case key.Matches(msg, l.first):
		move(-total)
	case key.Matches(msg, l.last):
		move(total)
	default:
		return false
	}
	return true
}
