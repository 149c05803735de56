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
