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

// tryout19 §6: the key bar offers ctrl+] on a typing screen only where
// ctrl+] goes forward. The picker (a dialog) offered it with nothing
// happening. Each typing screen reached with somewhere to go forward:
// offered, and it goes; or not offered, and nothing moves.
func TestForwardOfferedOnlyWhereItGoes(t *testing.T) {
	for _, tc := range []struct {
		name  string
		keys  []string
		offer bool
	}{
		{"search field", []string{"esc"}, true},
		{"picker", []string{"esc", "esc", "c"}, false},
	} {
		d := newDriver(t, 120, 35, model.En).keys("/").typeText("staff training").keys("enter").keys(tc.keys...)
		if !d.top().typing() {
			t.Fatalf("%s: not a typing screen:\n%s", tc.name, d.screen())
		}
		bar, top := barLine(d.screen()), d.top()
		if offered := strings.Contains(bar, "ctrl+] forward"); offered != tc.offer {
			t.Errorf("%s: the key bar offers ctrl+] forward: %v, want %v:\n%s", tc.name, offered, tc.offer, bar)
		}
		d.keys("ctrl+]")
		if moved := d.top() != top; moved != tc.offer {
			t.Errorf("%s: ctrl+] went forward: %v, the bar offered it: %v", tc.name, moved, tc.offer)
		}
	}
}
