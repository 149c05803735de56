package ui

import (
	"strings"
	"testing"

	"github.com/dutymap/dutymap/model"
)

// Coming back to a search (esc from a duty opened from it) focuses its
// field, where ] is text and alt+→ moves by a word: ctrl+] goes forward
// again there, and the key bar says so while there is somewhere to go
// (tryout17 §9).
func TestForwardFromSearchField(t *testing.T) {
	d := newDriver(t, 120, 40, model.En).keys("/").typeText("set prices").keys("enter")
	opened := d.m.subject()
	if opened == nil || !model.IsWork(opened) {
		t.Fatalf("enter on a result opened no duty:\n%s", d.screen())
	}
	if strings.Contains(barLine(d.screen()), "ctrl+]") {
		t.Fatalf("the key bar offers ctrl+] on the duty, where ] goes forward:\n%s", barLine(d.screen()))
	}
	d.keys("esc")
	if _, ok := d.top().(*searchScreen); !ok {
		t.Fatalf("esc did not come back to the search:\n%s", d.screen())
	}
	if bar := barLine(d.screen()); !strings.Contains(bar, "ctrl+] forward") {
		t.Fatalf("back in the search field, the key bar does not offer forward:\n%s", bar)
	}
	d.keys("ctrl+]")
	if d.m.subject() != opened {
		t.Fatalf("ctrl+] in the search field did not go forward to %s:\n%s", opened.Path, d.screen())
	}
	// ] stays text in the field.
	d = newDriver(t, 120, 40, model.En).keys("/").typeText("set prices").keys("enter", "esc", "]")
	if s, ok := d.top().(*searchScreen); !ok || s.query != "set prices]" {
		t.Fatalf("] in the search field is not text:\n%s", d.screen())
	}
	// Nothing to go forward to: not offered.
	d = newDriver(t, 120, 40, model.En).keys("/").typeText("set prices")
	if bar := barLine(d.screen()); strings.Contains(bar, "ctrl+]") {
		t.Fatalf("a fresh search offers forward:\n%s", bar)
	}
}

// barLine is the screen's last line: the key bar.
func barLine(scr string) string {
	lines := strings.Split(strings.TrimRight(scr, "\n"), "\n")
	return lines[len(lines)-1]
}
