package ui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/dutymap/dutymap/model"
)

// boxWidth is the width of the help box's top border on screen.
func boxWidth(t *testing.T, scr string) int {
	t.Helper()
	for _, l := range strings.Split(scr, "\n") {
		if i := strings.Index(l, "╭"); i >= 0 {
			if j := strings.LastIndex(l, "╮"); j > i {
				return ansi.StringWidth(l[i : j+len("╮")])
			}
		}
	}
	t.Fatalf("no box on screen:\n%s", scr)
	return 0
}

// The help box took the width of the lines in view, so it grew and shrank
// as it scrolled (34 columns, then 47 once the mouse's lines came in, at
// 50×16): it is sized once, by its widest line, capped by the screen
// (tryoutb26 B7).
func TestHelpBoxKeepsItsWidthAsItScrolls(t *testing.T) {
	for _, lang := range model.Langs {
		d := newDriver(t, 50, 16, lang).keys("?")
		first := boxWidth(t, d.screen())
		widths := map[int]bool{first: true}
		for i := 0; i < 60; i++ {
			widths[boxWidth(t, d.keys("down").screen())] = true
		}
		if len(widths) != 1 {
			t.Errorf("%s: the box's widths as it scrolls: %v, want one", lang.Code(), widths)
		}
		if first > 50 {
			t.Errorf("%s: the box is %d columns on a 50-column screen", lang.Code(), first)
		}
	}
}
