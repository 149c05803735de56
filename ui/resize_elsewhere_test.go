package ui

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/dutymap/dutymap/model"
)

// TestPageAfterResizeElsewhere is the blank-page defect (tryout D1): the
// window resized while a screen other than the explorer is on top (the
// chart, the matrix, the findings, a comparison, a search, the help, the
// picker), then a page opened from that screen or by going back, must show
// its body at the new width, not only its title, and so must the page the
// explorer showed before the resize, when the user goes back to it.
func TestPageAfterResizeElsewhere(t *testing.T) {
	t.Parallel() // see "Parallel tests" in driver_test.go
	for _, sc := range goldenScreens {
		for _, leave := range []string{"enter", "esc"} {
			t.Run(sc.name+"/"+leave, func(t *testing.T) {
				d := newDriver(t, 120, 35, model.En)
				sc.open(d)
				if _, ok := d.top().(*explorer); ok {
					t.Skip("the explorer itself: resized while on top")
				}
				before := d.m.stack[0].(*explorer).tree.Selected() // its page rendered at 120
				d.send(tea.WindowSizeMsg{Width: 80, Height: 24})
				// Leave the screen its own way: enter opens what it
				// shows (the picker's enter opens a comparison first); esc
				// goes back.
				for i := 0; i < 3 && !d.explorerOnTop(); i++ {
					d.keys(leave)
				}
				for i := 0; i < 3 && !d.explorerOnTop(); i++ {
					d.keys("esc")
				}
				d.assertPageBody("the page opened after the resize")
				if before != nil {
					d.reveal(before.Path)
					d.assertPageBody("the page shown before the resize, shown again")
				}
			})
		}
	}
}

func (d *driver) explorerOnTop() bool {
	_, ok := d.top().(*explorer)
	return ok
}

// assertPageBody checks that the explorer on top shows its selected node's
// page as rendered at the pane's width: the first lines of the body, not
// the title alone that stands in while a page renders.
func (d *driver) assertPageBody(what string) {
	d.t.Helper()
	e := d.explorer()
	if !e.lay.split && !e.onPage {
		d.keys("tab")
	}
	n := e.tree.Selected()
	if n == nil {
		d.t.Fatalf("%s: nothing selected", what)
	}
	lines, ok := d.m.sh.pages.cache[e.page.want]
	if !e.page.ready || !ok || e.page.want.width != e.page.renderWidth() {
		d.t.Fatalf("%s: %s at width %d is not shown (ready %v, rendered %v, want width %d):\n%s",
			what, n.Path, e.page.renderWidth(), e.page.ready, ok, e.page.want.width, d.screen())
	}
	scr, shown := d.screen(), 0
	for _, l := range lines[:min(len(lines), e.page.pg.height)] {
		l = strings.TrimSpace(ansi.Strip(l))
		if l == "" {
			continue
		}
		if !strings.Contains(scr, l) {
			d.t.Fatalf("%s: %s: %q of the rendered page is not on screen:\n%s", what, n.Path, l, scr)
		}
		if shown++; shown == 5 {
			break
		}
	}
	if shown < 2 {
		d.t.Fatalf("%s: %s: the page has no body:\n%s", what, n.Path, scr)
	}
}

// TestGrowAtTheEnd (tryout9 #4): every screen scrolled to its end and then
// given a bigger window shows what it shows when opened at that size and
// scrolled to its end: the rows above come into view, no blank rows are
// left below the end.
func TestGrowAtTheEnd(t *testing.T) {
	t.Parallel() // see "Parallel tests" in driver_test.go
	for _, lang := range []model.Lang{model.En, model.Zh} {
		for _, from := range [][2]int{{80, 24}, {40, 12}} {
			if lang == model.Zh && from[0] == 40 {
				continue // the narrowest start once is enough
			}
			for _, sc := range goldenScreens {
				t.Run(fmt.Sprintf("%s/%s/%dx%d", lang.Code(), sc.name, from[0], from[1]), func(t *testing.T) {
					grown := newDriver(t, from[0], from[1], lang)
					sc.open(grown)
					grown.keys("end")
					grown.send(tea.WindowSizeMsg{Width: 120, Height: 35})
					fresh := newDriver(t, 120, 35, lang)
					sc.open(fresh)
					fresh.keys("end")
					if g, f := grown.screen(), fresh.screen(); g != f {
						t.Fatalf("grown from %dx%d to 120x35 at the end:\n%s\nopened at 120x35:\n%s", from[0], from[1], g, f)
					}
				})
			}
		}
	}
}

// TestShrinkAtTheEnd (tryout11 #7): every screen scrolled to its end and
// then given a shorter window, or a shorter and narrower one, stays at its
// end: it shows what it shows when opened at that size and scrolled to its
// end (a page read to its end showed 96% at 120×20, 95% at 40×12).
func TestShrinkAtTheEnd(t *testing.T) {
	t.Parallel() // see "Parallel tests" in driver_test.go
	for _, lang := range []model.Lang{model.En, model.Zh} {
		for _, to := range [][2]int{{120, 20}, {80, 24}, {40, 12}} {
			for _, sc := range goldenScreens {
				t.Run(fmt.Sprintf("%s/%s/%dx%d", lang.Code(), sc.name, to[0], to[1]), func(t *testing.T) {
					shrunk := newDriver(t, 120, 35, lang)
					sc.open(shrunk)
					shrunk.keys("end")
					shrunk.send(tea.WindowSizeMsg{Width: to[0], Height: to[1]})
					fresh := newDriver(t, to[0], to[1], lang)
					sc.open(fresh)
					fresh.keys("end")
					if s, f := shrunk.screen(), fresh.screen(); s != f {
						t.Fatalf("shrunk from 120x35 to %dx%d at the end:\n%s\nopened at %dx%d:\n%s", to[0], to[1], s, to[0], to[1], f)
					}
				})
			}
		}
	}
}
