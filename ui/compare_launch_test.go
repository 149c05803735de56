package ui

import (
	"strings"
	"testing"

	"github.com/dutymap/dutymap/model"
)

// tryout19 §8: c on a hand-off arrow of the chart said "Select a
// department", where comparing the arrow's two departments is meant; it
// opens their comparison now. And the checks screen with no finding
// selected offered c and m, which only said to select a department: the
// key bar offers them only where they open something.
func TestCompareFromHandOffAndChecks(t *testing.T) {
	for _, lang := range model.Langs {
		d := newDriver(t, 120, 35, lang).keys("o")
		c := d.chart()
		arrow := -1
		for i, s := range c.shapes {
			if s.node != nil && s.node.Root().Kind == model.KindRelation {
				arrow = i
				break
			}
		}
		if arrow < 0 {
			t.Fatalf("%s: the chart has no hand-off arrow", lang.Code())
		}
		c.selectAt(arrow)
		rel := c.shapes[arrow].node.Root()
		if bar := barLine(d.screen()); !strings.Contains(bar, "c "+d.m.sh.w().keys.compare) {
			t.Errorf("%s: the bar on a hand-off does not offer c:\n%s", lang.Code(), bar)
		}
		d.keys("c")
		cmp, ok := d.top().(*compareScreen)
		if !ok || cmp.a.Path != rel.From() || cmp.b.Path != rel.To() {
			t.Fatalf("%s: c on the hand-off %s did not compare %s with %s:\n%s", lang.Code(), rel.Path, rel.From(), rel.To(), d.screen())
		}
		if !strings.Contains(d.screen(), cmp.a.Title.In(lang)) || !strings.Contains(d.screen(), cmp.b.Title.In(lang)) {
			t.Errorf("%s: the comparison does not name both departments:\n%s", lang.Code(), d.screen())
		}

		d = newDriver(t, 120, 35, lang).keys("!")
		if f, ok := d.top().(*findingsScreen); !ok || f.selected() != nil {
			t.Fatalf("%s: want the checks screen with no finding:\n%s", lang.Code(), d.screen())
		}
		bar := barLine(d.screen())
		for _, k := range []string{"c " + d.m.sh.w().keys.compare, "m " + d.m.sh.w().keys.matrix} {
			if strings.Contains(bar, k) {
				t.Errorf("%s: the checks screen with no finding offers %q, which does nothing there:\n%s", lang.Code(), k, bar)
			}
		}
	}
}
