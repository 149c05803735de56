package ui

import (
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
