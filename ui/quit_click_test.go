package ui

import (
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/dutymap/dutymap/model"
)

// tryout19 §7: a click on "q quit" quit on the press, giving the terminal
// back with the button's release still to come, which the shell then read
// as typed text ("0;74;24m"). The program quits on the release, once the
// release has been read; a release elsewhere (the pointer dragged off)
// does not quit.
func TestQuitClickWaitsForRelease(t *testing.T) {
	for _, tc := range []struct {
		name, label string
		keys        []string
	}{
		{"tree", "q " + catalog[model.En].keys.quit, nil},
		{"search field", "ctrl+c " + catalog[model.En].keys.quit, []string{"/"}},
	} {
		d := newDriver(t, 80, 24, model.En).keys(tc.keys...)
		x, y := d.find(tc.label)
		if y != 23 {
			t.Fatalf("%s: %q is not on the key bar:\n%s", tc.name, tc.label, d.screen())
		}
		d.click(x+1, y)
		if d.quit {
			t.Fatalf("%s: quit on the press of the button, before its release", tc.name)
		}
		d.send(tea.MouseReleaseMsg(tea.Mouse{X: x + 1, Y: y, Button: tea.MouseLeft}))
		if !d.quit {
			t.Fatalf("%s: the release on %q did not quit:\n%s", tc.name, tc.label, d.screen())
		}

		d = newDriver(t, 80, 24, model.En).keys(tc.keys...)
		d.click(x+1, y)
		d.send(tea.MouseReleaseMsg(tea.Mouse{X: 0, Y: 5, Button: tea.MouseLeft}))
		if d.quit {
			t.Fatalf("%s: a press on quit released elsewhere quit", tc.name)
		}
	}
}

// TestLastFrameIsBlank: the frame Bubble Tea draws as the program quits,
// the last one on the alternate screen, is blank, whether q, ctrl+c or a
// click on "q quit" ends it. tmux, after the window had grown, carried
// rows of that frame onto the user's own screen when the alternate screen
// ended (tryoutb26 B6: "▸ Party-mass work department" left above the
// shell's prompt).
func TestLastFrameIsBlank(t *testing.T) {
	for _, keys := range [][]string{{"q"}, {"/", "ctrl+c"}, {"m", "q"}} {
		d := newDriver(t, 50, 16, model.En).keys(keys[:len(keys)-1]...)
		d.send(tea.WindowSizeMsg{Width: 80, Height: 24})
		if v := d.m.View(); v.Content == "" || !v.AltScreen {
			t.Fatalf("%v: a blank frame before quitting", keys)
		}
		d.keys(keys[len(keys)-1])
		if v := d.m.View(); !d.quit || v.Content != "" || !v.AltScreen {
			t.Errorf("%v: quit %v, last frame %q (alternate screen %v); want a blank frame on the alternate screen", keys, d.quit, v.Content, v.AltScreen)
		}
	}
}
