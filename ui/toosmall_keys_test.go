package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/dutymap/dutymap/model"
)

// Keys typed while the window is below the least size, or just after it
// grows back but before its new size reaches the program, are kept and
// given to the screens in order once it is large enough: a search typed
// through a narrow moment keeps its letters (tryout16 B-6).
func TestKeysTypedWhileTooSmallAreKept(t *testing.T) {
	for _, tc := range []struct {
		lang          model.Lang
		first, during string
	}{
		{model.En, "who", " pays"},
		{model.Zh, "谁负责", "客户投诉"},
	} {
		d := newDriver(t, 120, 35, tc.lang).keys("/").typeText(tc.first)
		d.send(tea.WindowSizeMsg{Width: 23, Height: 5}).typeText(tc.during)
		if s := d.screen(); !strings.Contains(s, "24×6") || strings.Contains(s, tc.during) {
			t.Fatalf("%s: at 23×5 the screen reads:\n%s", tc.lang.Code(), s)
		}
		d.send(tea.WindowSizeMsg{Width: 200, Height: 50})
		if s := d.screen(); !strings.Contains(s, "/ "+tc.first+tc.during) {
			t.Errorf("%s: typed %q then %q while too small; at 200×50 the screen reads:\n%s", tc.lang.Code(), tc.first, tc.during, s)
		}
	}
}

// A key that opens a screen, held, is followed by the letters typed into
// it (q is then a letter, not quit); a paste is held too. With nothing
// held, q on the too-small screen still quits.
func TestHeldKeysOpenWhatTheyOpen(t *testing.T) {
	d := newDriver(t, 20, 5, model.En).keys("/").typeText("quota").send(tea.PasteMsg{Content: " owners"})
	if d.quit {
		t.Fatal("q typed after / quit while the window was too small")
	}
	d.send(tea.WindowSizeMsg{Width: 100, Height: 30})
	if s := d.screen(); !strings.Contains(s, "/ quota owners") {
		t.Errorf("held / quota and a paste; at 100×30 the screen reads:\n%s", s)
	}
	if q := newDriver(t, 20, 5, model.En).keys("q"); !q.quit {
		t.Error("q on the too-small screen, nothing held, did not quit")
	}
}
