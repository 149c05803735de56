package ui

import (
	"strings"
	"testing"

	"github.com/dutymap/dutymap/model"
)

// lastRow is the screen's bottom row: the key bar.
func lastRow(d *driver) string {
	rows := strings.Split(strings.TrimRight(d.screen(), "\n"), "\n")
	return rows[len(rows)-1]
}

// TestKeyBarOffersOnlyKeysThatDoSomething: after a find in the page with
// no matches the bar does not offer "n next match"; after a search with
// no results it offers neither going to one, nor all places, nor the
// matrix (tryout14 nit 5). With matches they are offered.
func TestKeyBarOffersOnlyKeysThatDoSomething(t *testing.T) {
	page := func(q string) string {
		return lastRow(newDriver(t, 160, 30, model.En).reveal("marketing/responsibilities/1").keys("tab", "f").typeText(q).keys("enter"))
	}
	if bar := page("zzqxv"); strings.Contains(bar, "next match") {
		t.Errorf("find with no matches offers n: %q", bar)
	}
	if bar := page("market"); !strings.Contains(bar, "n next match") {
		t.Errorf("find with matches does not offer n: %q", bar)
	}
	none := lastRow(newDriver(t, 160, 30, model.En).keys("/").typeText("'zzqxv"))
	for _, k := range []string{"enter go to", "tab all places", "ctrl+r matrix", "↑↓ move"} {
		if strings.Contains(none, k) {
			t.Errorf("a search with no results offers %q: %q", k, none)
		}
	}
	some := lastRow(newDriver(t, 160, 30, model.En).keys("/").typeText("prices"))
	for _, k := range []string{"enter go to", "ctrl+r matrix", "↑↓ move"} {
		if !strings.Contains(some, k) {
			t.Errorf("a search with results does not offer %q: %q", k, some)
		}
	}
}
