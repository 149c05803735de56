package ui

import (
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/dutymap/dutymap/model"
)

// monkeyKeys are the keys a monkey presses: every binding plus noise.
var monkeyKeys = []string{
	"j", "k", "up", "down", "left", "right", "h", "l", "enter", "g", "G", "pgup", "pgdown", "home", "end",
	"tab", "esc", "L", "?", "/", "c", "s", "f", "n", "N", "1", "2", "3", "x", "市", "space", "backspace",
	"ctrl+j", "ctrl+k", "'", "d", ":",
}

// TestMonkey drives the model with tens of thousands of random keys, mouse
// events and window sizes (0×0 up to 300×100) in both languages, with a
// fixed seed and a time bound. After every message the screen must fit the
// window and the tree cursor must sit on a visible row.
func TestMonkey(t *testing.T) {
	steps := 20000
	if testing.Short() {
		steps = 3000
	}
	for _, lang := range model.Langs {
		t.Run(lang.Code(), func(t *testing.T) {
			rng := rand.New(rand.NewPCG(42, uint64(lang)))
			d := newDriver(t, 120, 40, lang)
			visits := map[mode]int{}
			helps := 0
			deadline := time.Now().Add(25 * time.Second)
			for i := 0; i < steps && time.Now().Before(deadline); i++ {
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
				visits[d.m.mode]++
				if d.m.showHelp {
					helps++
				}
			}
			// The monkey must have used every view, or it proves little.
			for _, v := range []mode{modeExplore, modeSearch, modePicker, modeCompare} {
				if visits[v] < 20 {
					t.Errorf("view %d visited on %d steps only", v, visits[v])
				}
			}
			if helps < 20 {
				t.Errorf("help overlay shown on %d steps only", helps)
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

func checkScreen(t *testing.T, step int, msg tea.Msg, m Model) {
	t.Helper()
	out := m.Render()
	if m.width == 0 || m.height == 0 {
		if out != "" {
			t.Fatalf("step %d (%#v): output on a 0-sized window", step, msg)
		}
		return
	}
	lines := strings.Split(out, "\n")
	if len(lines) > m.height {
		t.Fatalf("step %d (%#v): %d lines on a %d-line window", step, msg, len(lines), m.height)
	}
	for i, l := range lines {
		if w := ansi.StringWidth(l); w > m.width {
			t.Fatalf("step %d (%#v): line %d is %d cells on a %d-cell window: %q", step, msg, i, w, m.width, ansi.Strip(l))
		}
	}
	tr := m.tree
	if !m.lay.tooSmall && m.treeVisible() && len(tr.rows) > 0 && tr.height > 0 {
		if tr.cursor < tr.offset || tr.cursor >= tr.offset+tr.height || tr.cursor >= len(tr.rows) {
			t.Fatalf("step %d (%#v): cursor %d outside visible rows %d..%d", step, msg, tr.cursor, tr.offset, tr.offset+tr.height-1)
		}
	}
}
