package ui

import (
	"regexp"
	"strings"
	"testing"

	"github.com/dutymap/dutymap/model"
)

// tryout19 §9: L, listed in the ? overlay among the keys that work
// everywhere, did nothing there (a click on the language tab did switch).
// It switches the language, and the overlay lists the keys in it.
func TestHelpOverlayTakesL(t *testing.T) {
	d := newDriver(t, 120, 40, model.En).keys("?")
	if _, ok := d.top().(*helpScreen); !ok {
		t.Fatalf("? opened no overlay:\n%s", d.screen())
	}
	for _, want := range []model.Lang{model.Zh, model.En} {
		d.keys("L")
		if d.m.sh.lang != want {
			t.Fatalf("L in the ? overlay did not switch to %s:\n%s", want.Code(), d.screen())
		}
		if _, ok := d.top().(*helpScreen); !ok {
			t.Fatalf("L closed the overlay:\n%s", d.screen())
		}
		w, other := catalog[want], catalog[want.Other()]
		for _, text := range []string{w.help.title, w.help.tree, w.help.everywhere, w.help.mouse} {
			if !strings.Contains(d.screen(), text) {
				t.Errorf("%s: the overlay does not read %q:\n%s", want.Code(), text, d.screen())
			}
		}
		if strings.Contains(d.screen(), other.help.everywhere) {
			t.Errorf("%s: the overlay still lists its keys in %s:\n%s", want.Code(), want.Other().Code(), d.screen())
		}
	}
}

// TestHelpListsEachKeyOnce: on every screen's ? overlay, in both
// languages, a key is listed once (esc/⌫ back stood under the tree, the
// page and everywhere), one action's two keys share a line, the keys
// that open the overlay are not in it, and the chart's ← and → say which
// way they move (tryout24 H21).
func TestHelpListsEachKeyOnce(t *testing.T) {
	for _, lang := range []model.Lang{model.En, model.Zh} {
		for _, open := range [][]string{nil, {"o"}, {"m"}, {"/"}, {"c", "s", "a", "l", "e", "s", "enter"}} {
			d := newDriver(t, 120, 40, lang).keys(open...)
			groups := d.m.helpGroups(d.top())
			seen := map[string]bool{}
			backs := 0
			for _, g := range groups {
				for _, b := range g.keys {
					h := b.Help()
					if h.Desc == catalog[lang].keys.back {
						backs++
					}
					// In a search field a letter types itself: m is no
					// matrix there, so no letter is listed as a key.
					if d.top().typing() && g.title == catalog[lang].help.everywhere && !strings.ContainsAny(h.Key, "+,") && len([]rune(h.Key)) == 1 {
						t.Errorf("%s %v: the search field's help offers %q, which types itself", lang.Code(), open, h.Key+" "+h.Desc)
					}
					line := h.Key + " " + h.Desc
					if seen[line] {
						t.Errorf("%s %v: %q listed twice", lang.Code(), open, line)
					}
					seen[line] = true
					if h.Key == "?" || h.Key == "ctrl+g" {
						t.Errorf("%s %v: the overlay lists the key that opens it: %q", lang.Code(), open, line)
					}
				}
			}
			if backs > 1 {
				t.Errorf("%s %v: back listed %d times", lang.Code(), open, backs)
			}
			help := "?"
			if d.top().typing() {
				help = "ctrl+g" // ? is a letter in a search field
			}
			scr := d.keys(help).screen()
			if strings.Count(scr, catalog[lang].keys.forward) != 1 {
				t.Errorf("%s %v: forward is not one line:\n%s", lang.Code(), open, scr)
			}
			if len(open) == 1 && open[0] == "o" {
				w := catalog[lang].keys
				for _, want := range []string{`←/h\s+` + w.left + " ", `→/l\s+` + w.right + " "} {
					if !regexp.MustCompile(want).MatchString(scr) {
						t.Errorf("%s chart: %q missing:\n%s", lang.Code(), want, scr)
					}
				}
			}
		}
	}
}
