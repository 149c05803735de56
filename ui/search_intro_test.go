package ui

import (
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/dutymap/dutymap/model"
)

// The start page's explanation is wrapped once, not on every frame (a
// frame with recent searches asked for it twice), and wrapped again when
// the list's width or the language changes (a click on the header's
// language tab): the page is then the one a
// fresh explorer draws at that size and in that language.
func TestSearchIntroWrappedOnce(t *testing.T) {
	startPage := func(d *driver) *driver {
		d.keys("/").typeText("budget").keys("esc")
		d.keys("/").typeText("brand").keys("esc")
		return d.keys("/", "ctrl+u")
	}
	d := startPage(newDriver(t, 120, 40, model.En))
	d.screen()
	wrapped := &d.search().wrappedStart.lines[0]
	d.screen()
	d.keys("down")
	if &d.search().wrappedStart.lines[0] != wrapped {
		t.Error("the explanation was wrapped again for a frame of the same width")
	}
	d.send(tea.WindowSizeMsg{Width: 40, Height: 30})
	if got, want := d.screen(), startPage(newDriver(t, 40, 30, model.En)).keys("down").screen(); got != want {
		t.Errorf("after a resize the start page reads\n%s\nwant\n%s", got, want)
	}
	d.click(d.find("中文")) // the header's language tab: the search stays open
	if d.m.sh.lang != model.Zh {
		t.Fatalf("the click did not switch to Chinese:\n%s", d.screen())
	}
	if got, want := d.screen(), startPage(newDriver(t, 40, 30, model.Zh)).keys("down").screen(); got != want {
		t.Errorf("in Chinese the start page reads\n%s\nwant\n%s", got, want)
	}
}
