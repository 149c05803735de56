package ui

import (
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/dutymap/dutymap/model"
)

// pending runs cmd the way Bubble Tea would, but keeps the renderings it
// produces instead of delivering them: they are "in flight" until the test
// delivers them. Other messages are delivered at once.
func (d *driver) pending(cmd tea.Cmd, out *[]pageRenderedMsg) {
	if cmd == nil {
		return
	}
	switch msg := cmd().(type) {
	case nil:
	case tea.BatchMsg:
		for _, c := range msg {
			d.pending(c, out)
		}
	case pageRenderedMsg:
		*out = append(*out, msg)
	default:
		d.sendPending(msg, out)
	}
}

// sendPending is send, with renderings kept in flight.
func (d *driver) sendPending(msg tea.Msg, out *[]pageRenderedMsg) {
	next, cmd := d.m.Update(msg)
	d.m = next.(*Model)
	d.pending(cmd, out)
}

// TestResizeCoalescesRenders is contract 4 and the render-pileup case: a
// window dragged through eleven widths while a page renders starts two
// renderings (the first width and the last), not eleven, and the page on
// screen ends at the last width.
func TestResizeCoalescesRenders(t *testing.T) {
	d := newDriver(t, 60, 30, model.En).reveal("marketing").keys("tab")
	r := d.m.sh.pages
	clear(r.cache)
	var inFlight []pageRenderedMsg
	base := r.started
	for w := 60; w <= 100; w += 4 { // 60, 64, … 100: eleven widths
		d.sendPending(tea.WindowSizeMsg{Width: w, Height: 30}, &inFlight)
	}
	if got := r.started - base; got != 1 || len(inFlight) != 1 {
		t.Fatalf("eleven resizes started %d renderings (%d in flight), want 1 until it ends", got, len(inFlight))
	}
	// The first rendering ends: the one for the last width starts, and no
	// other.
	last := d.explorer().page.renderWidth()
	first := inFlight[0]
	inFlight = nil
	d.sendPending(first, &inFlight)
	if got := r.started - base; got != 2 || len(inFlight) != 1 || inFlight[0].key.width != last {
		widths := []int{}
		for _, m := range inFlight {
			widths = append(widths, m.key.width)
		}
		t.Fatalf("after the first rendering: %d started, in flight for widths %v, want one for width %d", got, widths, last)
	}
	d.send(inFlight[0])
	if e := d.explorer(); !e.page.ready || e.page.want.width != last {
		t.Fatalf("the page on screen is for width %d (ready %v), want %d", e.page.want.width, e.page.ready, last)
	}
}

// TestHeldKeysCoalesceRenders: the cursor run down the tree while pages
// render starts at most maxRendering renderings, and the page the cursor
// stops on is the one shown in the end.
func TestHeldKeysCoalesceRenders(t *testing.T) {
	d := newDriver(t, 120, 40, model.En).reveal("marketing").keys("enter", "j", "enter")
	r := d.m.sh.pages
	clear(r.cache)
	base := r.started
	var inFlight []pageRenderedMsg
	for range 12 {
		d.sendPending(keyMsg("j"), &inFlight)
	}
	if got := r.started - base; got > maxRendering {
		t.Fatalf("12 keys started %d renderings, want at most %d", got, maxRendering)
	}
	for len(inFlight) > 0 {
		msg := inFlight[0]
		inFlight = inFlight[1:]
		d.sendPending(msg, &inFlight)
	}
	e := d.explorer()
	if !e.page.ready || e.page.node != e.tree.Selected() {
		t.Fatalf("the page shown is %v (ready %v), want the selection %s", e.page.node, e.page.ready, e.tree.Selected().Path)
	}
	if got := r.started - base; got > 3 {
		t.Fatalf("%d renderings for 12 keys, want the first pages and the last", got)
	}
}

// TestRenderCacheBounded: renderings are cached up to maxCachedLines lines
// in all, however few pages they are (a page past the formatting limits is
// shown as 200,000 lines of plain text, at every width it was shown at).
func TestRenderCacheBounded(t *testing.T) {
	r := newPageRenderer()
	huge := make([]string, maxCachedLines/3+1)
	for w := range 10 {
		k := mdKey{path: "huge", width: 40 + w}
		r.running[k.path] = k
		r.done(pageRenderedMsg{key: k, lines: huge})
		if r.lines > maxCachedLines {
			t.Fatalf("after %d renderings the cache holds %d lines", w+1, r.lines)
		}
	}
	if len(r.cache) == 0 || len(r.cache) > 3 {
		t.Fatalf("%d pages cached", len(r.cache))
	}
}
