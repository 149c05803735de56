package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/dutymap/dutymap/model"
)

// selectionState is what the screen says about the comparison's
// selection: the text of the rows marked ┃ in the marker's style (empty
// when none is), and whether the key bar offers enter.
func selectionState(d *driver) (marked string, enterOffered bool) {
	d.t.Helper()
	rendered := strings.Split(d.m.Render(), "\n")
	if !strings.Contains(d.m.Render(), d.m.sh.st.Marker.Render("┃")) && strings.Contains(d.screen(), "┃") {
		d.t.Fatalf("the selection mark is not drawn in the marker's style:\n%q", d.m.Render())
	}
	bar := ansi.Strip(rendered[len(rendered)-1])
	marked, _ = selectedOnScreen(d)
	return marked, strings.Contains(bar, "enter")
}

// startsWithDuty reports whether the marked text begins with n's text (a
// stacked duty's mark, • or ≈, left out).
func startsWithDuty(marked string, n *model.Node, l model.Lang) bool {
	marked = strings.TrimLeft(marked, "•≈")
	want := normal(n.Title.In(l))
	return strings.HasPrefix(marked, want[:min(len(want), 24)])
}

// TestCompareSelectionIsOnScreen (tryout12 #5): enter opens only the duty
// the screen shows selected. Opened at 80×24 the traits fill the screen:
// nothing is marked, the key bar does not offer enter, and enter does
// nothing; the first step down selects the first item (not the second),
// on screen. The same after a resize that stacks a comparison whose
// first item was selected below the traits, and after pgdn: what enter
// opens is always the duty marked on screen.
func TestCompareSelectionIsOnScreen(t *testing.T) {
	for _, lang := range model.Langs {
		d := openCompare(t, 80, 24, lang, "marketing", "sales")
		c := d.compare()
		first := c.blocks[c.items[0]].a
		if marked, enter := selectionState(d); marked != "" || enter {
			t.Fatalf("%s: opened at 80×24, %q is marked (enter offered: %v) though the traits fill the screen:\n%s",
				lang.Code(), marked, enter, d.screen())
		}
		if n := c.subject(); n != c.a {
			t.Errorf("%s: the breadcrumb names %s, not on screen", lang.Code(), n.Path)
		}
		d.keys("enter")
		c = d.compare() // enter opened nothing
		d.keys("j")
		marked, enter := selectionState(d)
		if !enter || !startsWithDuty(marked, first, lang) || c.target() != first {
			t.Fatalf("%s: j should select the first similar duty %q on screen; marked %q, enter offered %v:\n%s",
				lang.Code(), first.Title.In(lang), marked, enter, d.screen())
		}
		d.keys("enter")
		if got := d.explorer().tree.Selected(); got != first {
			t.Fatalf("%s: enter opened %v, want the duty on screen %s", lang.Code(), got, first.Path)
		}

		// Selected and seen at 120×35, then stacked at 80×24.
		d = openCompare(t, 120, 35, lang, "marketing", "sales")
		if marked, enter := selectionState(d); !enter || !startsWithDuty(marked, first, lang) {
			t.Fatalf("%s: at 120×35 the first similar duty should be selected below the traits; marked %q:\n%s",
				lang.Code(), marked, d.screen())
		}
		d.send(tea.WindowSizeMsg{Width: 80, Height: 24})
		marked, enter = selectionState(d)
		if target := d.compare().target(); target != nil && !startsWithDuty(marked, target, lang) || marked == "" && enter {
			t.Fatalf("%s: after the resize enter would open %v, marked on screen %q (enter offered %v):\n%s",
				lang.Code(), target, marked, enter, d.screen())
		}
		d.keys("j")
		if marked, _ := selectionState(d); !startsWithDuty(marked, first, lang) {
			t.Fatalf("%s: after the resize j should select the first similar duty, which was never seen; marked %q:\n%s",
				lang.Code(), marked, d.screen())
		}

		// Paging: the selection stays among what is on screen.
		d = openCompare(t, 80, 24, lang, "marketing", "sales")
		for i := range 6 {
			d.keys("pgdown")
			marked, enter := selectionState(d)
			target := d.compare().target()
			if target == nil && enter || target != nil && !startsWithDuty(marked, target, lang) {
				t.Fatalf("%s: after %d pgdn enter would open %v; marked on screen %q (enter offered %v):\n%s",
					lang.Code(), i+1, target, marked, enter, d.screen())
			}
			if i > 0 && target == nil {
				t.Fatalf("%s: after %d pgdn duties are on screen and none is selected:\n%s", lang.Code(), i+1, d.screen())
			}
		}
		for i := range 6 {
			d.keys("pgup")
			marked, enter := selectionState(d)
			if target := d.compare().target(); target == nil && enter || target != nil && !startsWithDuty(marked, target, lang) {
				t.Fatalf("%s: after %d pgup enter would open %v; marked on screen %q:\n%s",
					lang.Code(), i+1, target, marked, d.screen())
			}
		}
		// g goes back to the start: the traits, nothing selected under them.
		d.keys("G", "g")
		if marked, enter := selectionState(d); marked != "" || enter {
			t.Fatalf("%s: g should show the traits with nothing selected off screen; marked %q:\n%s", lang.Code(), marked, d.screen())
		}
	}
}

// TestEnterOpensWhatIsOnScreen sweeps the screens of the goldens whose
// enter goes to a node (search, comparison, chart, matrix), opened at a
// size and opened large then resized to it: the node enter goes to had
// its text on the screen enter was pressed on. A cursor a layout left off
// screen (tryout12 #5) fails here.
func TestEnterOpensWhatIsOnScreen(t *testing.T) {
	t.Parallel() // see "Parallel tests" in driver_test.go
	goesTo := map[string]bool{"search": true, "search_owner": true, "search_none": true, "compare": true,
		"compare_scrolled": true, "chart": true, "chart_handoff": true, "chart_scrolled": true, "matrix": true, "matrix_pair": true}
	sizes := map[model.Lang][][2]int{
		model.En: {{minWidth, minHeight}, {40, 12}, {80, 24}},
		model.Zh: {{minWidth, minHeight}, {80, 24}},
	}
	for _, lang := range model.Langs {
		for _, sc := range goldenScreens {
			if !goesTo[sc.name] {
				continue
			}
			for _, size := range sizes[lang] {
				for _, resized := range []bool{false, true} {
					d := newDriver(t, size[0], size[1], lang)
					if resized {
						d.send(tea.WindowSizeMsg{Width: 140, Height: 45})
					}
					sc.open(d)
					if resized {
						d.send(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
					}
					depth, seen := len(d.m.stack), d.screen()
					d.keys("enter")
					e, ok := d.top().(*explorer)
					if !ok || len(d.m.stack) <= depth {
						continue // enter did not go to a node here (nothing selected on screen)
					}
					n := e.subject()
					title := []rune(normal(oneLine(n.Title.In(lang))))
					if want := string(title[:min(len(title), 5)]); !strings.Contains(normal(seen), want) {
						t.Errorf("%s %s %dx%d (resized %v): enter opened %s, whose text %q was not on screen:\n%s",
							lang.Code(), sc.name, size[0], size[1], resized, n.Path, want, seen)
					}
				}
			}
		}
	}
}
