package ui

import (
	"strings"
	"testing"

	"github.com/dutymap/dutymap/model"
)

// tryout19 §9: after a jump to the tree (a search's result), the tree's
// key bar never offered esc back or ] forward, though both work there (the
// page's bar did offer esc). It offers each while there is somewhere to go.
func TestTreeBarOffersHistory(t *testing.T) {
	for _, lang := range model.Langs {
		w := catalog[lang]
		back, forward := "esc "+w.keys.back, "] "+w.keys.forward
		d := newDriver(t, 160, 35, lang)
		if bar := barLine(d.screen()); strings.Contains(bar, back) || strings.Contains(bar, forward) {
			t.Fatalf("%s: the first tree offers history it has not got:\n%s", lang.Code(), bar)
		}
		d.keys("/").typeText(map[model.Lang]string{model.En: "staff training", model.Zh: "员工培训"}[lang]).keys("enter")
		e, ok := d.top().(*explorer)
		if !ok {
			t.Fatalf("%s: enter on a result did not jump to the tree:\n%s", lang.Code(), d.screen())
		}
		if e.onPage {
			d.keys("tab") // to the tree
		}
		if bar := barLine(d.screen()); e.onPage || !strings.Contains(bar, back) {
			t.Fatalf("%s: the tree after a jump does not offer %q:\n%s", lang.Code(), back, d.screen())
		}
		d.keys("esc")
		if _, ok := d.top().(*searchScreen); !ok {
			t.Fatalf("%s: esc did not go back to the search:\n%s", lang.Code(), d.screen())
		}
		d.keys("esc")
		if bar := barLine(d.screen()); !strings.Contains(bar, forward) || strings.Contains(bar, back) {
			t.Fatalf("%s: the first tree, gone back to, should offer %q and not %q:\n%s", lang.Code(), forward, back, bar)
		}
		d.keys("]")
		if _, ok := d.top().(*searchScreen); !ok {
			t.Fatalf("%s: ] did not go forward to the search:\n%s", lang.Code(), d.screen())
		}
	}
}
