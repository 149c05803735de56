package ui

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/dutymap/dutymap/model"
)

// monkeyKeys are the keys a monkey presses: every binding plus noise.
var monkeyKeys = []string{
	"j", "k", "up", "down", "left", "right", "h", "l", "enter", "g", "G", "pgup", "pgdown", "home", "end",
	"tab", "esc", "L", "?", "/", "c", "s", "f", "n", "N", "1", "2", "3", "x", "市", "space", "backspace",
	"ctrl+j", "ctrl+k", "ctrl+u", "ctrl+g", "'", "d", ":", "]", "alt+right", "alt+left", "o", "p", "shift+tab",
}

// monkeySteps is how many messages the monkey sends in each language: a
// fixed number, never a time budget, so that a slow machine or the race
// detector runs exactly the same test.
const monkeySteps = 4000

// TestMonkey drives the model with random keys, mouse events and window
// sizes (0×0 up to 300×100) in both languages, with a fixed seed. After
// every message the screen must fit the window and the tree cursor must
// sit on a visible row. It fails if the monkey did not use every screen.
func TestMonkey(t *testing.T) {
	t.Parallel() // see "Parallel tests" in driver_test.go
	for _, lang := range model.Langs {
		t.Run(lang.Code(), func(t *testing.T) {
			t.Parallel() // one language per core
			rng := rand.New(rand.NewPCG(42, uint64(lang)))
			d := newDriver(t, 120, 40, lang)
			visits := map[string]int{}
			for i := range monkeySteps {
				msg := monkeyMsg(rng, d.m.width, d.m.height)
				if i%300 == 150 {
					// Now and then open a comparison on purpose: random keys
					// rarely pick a department in the picker before leaving it.
					d.keys("esc", "esc", "c")
					msg = keyMsg("enter")
				}
				func() {
					defer func() {
						if r := recover(); r != nil {
							t.Fatalf("step %d: panic on %#v: %v", i, msg, r)
						}
					}()
					d.send(msg)
				}()
				if d.quit { // q quits; start again as a user would
					d = newDriver(t, d.m.width, d.m.height, lang)
				}
				checkScreen(t, i, msg, d.m)
				visits[fmt.Sprintf("%T", d.top())]++
			}
			t.Logf("steps on top of each screen: %v", visits)
			// The monkey must have used every screen, or it proves little.
			for _, s := range []string{"*ui.explorer", "*ui.searchScreen", "*ui.picker", "*ui.compareScreen", "*ui.helpScreen", "*ui.chartScreen"} {
				if visits[s] < 20 {
					t.Errorf("screen %s on top on %d steps only: %v", s, visits[s], visits)
				}
			}
		})
	}
}

func monkeyMsg(rng *rand.Rand, w, h int) tea.Msg {
	switch r := rng.IntN(100); {
	case r < 4:
		sizes := [][2]int{{0, 0}, {1, 1}, {300, 100}, {24, 6}, {23, 5}, {99, 30}, {100, 30}}
		if rng.IntN(2) == 0 {
			s := sizes[rng.IntN(len(sizes))]
			return tea.WindowSizeMsg{Width: s[0], Height: s[1]}
		}
		return tea.WindowSizeMsg{Width: rng.IntN(301), Height: rng.IntN(101)}
	case r < 10:
		m := tea.Mouse{X: rng.IntN(max(w, 1)), Y: rng.IntN(max(h, 1)), Button: tea.MouseLeft}
		return tea.MouseClickMsg(m)
	case r < 15:
		b := tea.MouseWheelUp
		if rng.IntN(2) == 0 {
			b = tea.MouseWheelDown
		}
		return tea.MouseWheelMsg(tea.Mouse{X: rng.IntN(max(w, 1)), Y: rng.IntN(max(h, 1)), Button: b})
	case r < 16:
		return tea.PasteMsg{Content: "set prices 定价"}
	default:
		return keyMsg(monkeyKeys[rng.IntN(len(monkeyKeys))])
	}
}

func checkScreen(t *testing.T, step int, msg tea.Msg, m *Model) {
	t.Helper()
	out := m.Render()
	if m.width == 0 || m.height == 0 {
		if out != "" {
			t.Fatalf("step %d (%#v): output on a 0-sized window", step, msg)
		}
		return
	}
	lines := strings.Split(out, "\n")
	if len(lines) != m.height {
		t.Fatalf("step %d (%#v): %d lines on a %d-line window", step, msg, len(lines), m.height)
	}
	for i, l := range lines {
		if w := ansi.StringWidth(l); w != m.width {
			t.Fatalf("step %d (%#v): line %d is %d cells on a %d-cell window: %q", step, msg, i, w, m.width, ansi.Strip(l))
		}
	}
	if e, ok := m.top().(*explorer); ok && !m.tooSmall() && e.treeVisible() {
		tr := e.tree
		if len(tr.rows) > 0 && tr.height > 0 && (tr.cursor < tr.offset || tr.cursor >= tr.offset+tr.height || tr.cursor >= len(tr.rows)) {
			t.Fatalf("step %d (%#v): cursor %d outside visible rows %d..%d", step, msg, tr.cursor, tr.offset, tr.offset+tr.height-1)
		}
	}
}
