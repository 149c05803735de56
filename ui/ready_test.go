package ui

import (
	"context"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/dutymap/dutymap/model"
)

// These tests start the program with a similarity index that is not built
// until the test says so, as dutymap starts on large content (the build
// begins after the first frame and takes seconds), and check that every
// screen waiting for it fills in when it is done, wherever it is on the
// stack, without a key being pressed.

// offLoop runs commands as the Bubble Tea loop does, each on its own
// goroutine, and hands their messages to a driver only when asked: a
// command that blocks (waiting for the similarity index) blocks no test.
type offLoop struct {
	msgs    chan tea.Msg
	pending int
}

func (o *offLoop) start(cmd tea.Cmd) {
	if cmd == nil {
		return
	}
	o.pending++
	go func() { o.msgs <- cmd() }()
}

// deliver waits for every command started (and those their batches hold)
// and sends their messages to d, which runs what those return at once.
func (o *offLoop) deliver(d *driver) {
	for o.pending > 0 {
		msg := <-o.msgs
		o.pending--
		switch msg := msg.(type) {
		case nil:
		case tea.BatchMsg:
			for _, c := range msg {
				o.start(c)
			}
		default:
			d.send(msg)
		}
	}
}

// driveBeforeSimilarity starts a driver on the built-in content whose
// similarity index is built only when release is called: release lets
// the build run, waits for the commands Init started (the one waiting for
// the index among them) and delivers their messages.
func driveBeforeSimilarity(t *testing.T, w, h int) (d *driver, release func()) {
	t.Helper()
	org := testOrg(t)
	begin := make(chan struct{})
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	m := New(Config{Org: org, Lang: model.En, Theme: ThemeDark, Title: "built-in",
		Similarity: model.BuildSimilarityAfter(ctx, org, begin)})
	d = &driver{t: t, m: m}
	init := &offLoop{msgs: make(chan tea.Msg, 16)}
	init.start(m.Init())
	d.send(tea.WindowSizeMsg{Width: w, Height: h})
	return d, func() {
		t.Helper()
		close(begin)
		init.deliver(d)
		if d.m.sh.similarity() == nil {
			t.Fatal("the similarity index was not built")
		}
	}
}

const (
	preparingPage = "similar duties: preparing…"
	similarTitle  = "Similar duties elsewhere"
)

// expectPreparing fails unless the screen shows the duty page waiting for
// the similarity index.
func expectPreparing(t *testing.T, d *driver, where string) {
	t.Helper()
	scr := d.screen()
	if !strings.Contains(scr, preparingPage) || strings.Contains(scr, similarTitle) {
		t.Fatalf("%s, before the similarity index is built: want %q and no %q:\n%s", where, preparingPage, similarTitle, scr)
	}
}

// expectSimilar fails unless the screen lists dutyPath's first similar
// duty under its heading and no longer says "preparing".
func expectSimilar(t *testing.T, d *driver, dutyPath, where string) {
	t.Helper()
	first := testRelated(t)(testOrg(t).Node(dutyPath))[0]
	scr := d.screen()
	if strings.Contains(scr, preparingPage) || !strings.Contains(scr, similarTitle) ||
		!strings.Contains(scr, "1. "+oneLine(first.Title.In(model.En))[:16]) {
		t.Fatalf("%s, once the similarity index is built: want %q with %q first and no %q:\n%s",
			where, similarTitle, first.Path, preparingPage, scr)
	}
}

// TestDutyPageFillsInWhenSimilarityIsReady: a duty page opened while the
// similarity index is being built says "preparing"; when the build is done
// the page lists the similar duties by itself, in the pane beside the tree
// and as a full page.
func TestDutyPageFillsInWhenSimilarityIsReady(t *testing.T) {
	path := dutyWithSimilar(t, 2, 0)
	for _, c := range []struct {
		name string
		w    int
		keys []string
	}{
		{"detail pane", 120, nil},
		{"full page", 80, []string{"tab"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			d, release := driveBeforeSimilarity(t, c.w, 60)
			d.reveal(path).keys(c.keys...)
			if e := d.explorer(); e.lay.split != (c.name == "detail pane") || (c.name == "full page") != (e.onPage && !e.lay.split) {
				t.Fatalf("not the layout under test: split %v, on page %v", e.lay.split, e.onPage)
			}
			expectPreparing(t, d, c.name)
			release()
			expectSimilar(t, d, path, c.name)
		})
	}
}

// TestDutyPageKeepsItsPlaceWhenSimilarityIsReady: a page scrolled while
// "preparing" stays where it was when its similar duties arrive (the
// rendering without them stays on screen until the one with them
// replaces it, and no placeholder resets the scroll meanwhile).
func TestDutyPageKeepsItsPlaceWhenSimilarityIsReady(t *testing.T) {
	path := dutyWithSimilar(t, 2, 0)
	d, release := driveBeforeSimilarity(t, 80, 12)
	d.reveal(path).keys("tab", "j", "j")
	e := d.explorer()
	if e.page.pg.offset != 2 {
		t.Fatalf("the page did not scroll: at line %d of %d", e.page.pg.offset, len(e.page.lines))
	}
	before := strings.Split(d.screen(), "\n")[1]
	release()
	if e.page.pg.offset != 2 || strings.Split(d.screen(), "\n")[1] != before {
		t.Fatalf("the similar duties moved the page: at line %d, first row %q, want 2, %q",
			e.page.pg.offset, strings.Split(d.screen(), "\n")[1], before)
	}
	d.send(tea.WindowSizeMsg{Width: 80, Height: 60})
	expectSimilar(t, d, path, "the whole page")
}

// TestCoveredPageFillsInWhenSimilarityIsReady: the index is built while
// another screen is on top of the duty page: help (the page shows, dimmed,
// beneath it) or search (its preview is a duty page too). Each page that
// shows fills in at once, and the explorer's page shows its similar duties
// when the screen on top is closed.
func TestCoveredPageFillsInWhenSimilarityIsReady(t *testing.T) {
	path := dutyWithSimilar(t, 2, 0)
	n := testOrg(t).Node(path)
	t.Run("help", func(t *testing.T) {
		d, release := driveBeforeSimilarity(t, 120, 60)
		d.reveal(path).keys("?")
		if _, ok := d.top().(*helpScreen); !ok {
			t.Fatalf("help is not on top: %T", d.top())
		}
		expectPreparing(t, d, "the page under help")
		release()
		if strings.Contains(d.screen(), preparingPage) {
			t.Fatalf("the page under help still says %q:\n%s", preparingPage, d.screen())
		}
		if e := d.m.stack[0].(*explorer); !e.page.ready || !e.page.want.similar {
			t.Fatalf("the page under help was not rendered with its similar duties: ready %v, similar %v", e.page.ready, e.page.want.similar)
		}
		d.keys("esc")
		expectSimilar(t, d, path, "the page, help closed")
	})
	t.Run("search", func(t *testing.T) {
		d, release := driveBeforeSimilarity(t, 120, 60)
		d.reveal(path).keys("/").typeText(oneLine(n.Title.In(model.En)))
		if s := d.search(); s.selected() != n {
			t.Fatalf("search does not preview the duty: %v", s.selected())
		}
		expectPreparing(t, d, "search's preview")
		release()
		expectSimilar(t, d, path, "search's preview")
		d.keys("esc")
		d.explorer()
		expectSimilar(t, d, path, "the page, search closed")
	})
}

// TestAwayScreensCatchUp: screens gone back from (kept for going forward)
// get no messages; each one that waited for the similarity index, or for
// an answer computed off the loop, carries on when it is back.
func TestAwayScreensCatchUp(t *testing.T) {
	path := dutyWithSimilar(t, 2, 0)
	t.Run("comparison", func(t *testing.T) {
		d, release := driveBeforeSimilarity(t, 140, 45)
		d.reveal("marketing").keys("c").typeText("sales").keys("enter")
		c := d.compare()
		if !strings.Contains(d.screen(), "preparing the index") {
			t.Fatalf("the comparison does not wait for the index:\n%s", d.screen())
		}
		d.keys("esc")
		release()
		d.keys("]")
		if d.compare() != c || c.res == nil || !strings.Contains(d.screen(), "Objective") {
			t.Fatalf("back at the comparison, it is not done:\n%s", d.screen())
		}
	})
	t.Run("findings", func(t *testing.T) {
		d, release := driveBeforeSimilarity(t, 120, 40)
		d.keys("!")
		f, ok := d.top().(*findingsScreen)
		if !ok || !strings.Contains(d.screen(), "Preparing the similarity index") {
			t.Fatalf("the findings do not wait for the index (%T):\n%s", d.top(), d.screen())
		}
		d.keys("esc")
		release()
		d.keys("]")
		if d.top() != screen(f) || f.rep == nil || f.busy {
			t.Fatalf("back at the findings, the check is not done (busy %v):\n%s", f.busy, d.screen())
		}
	})
	t.Run("similar duties", func(t *testing.T) {
		// A duty page whose similar duties are being looked up is left
		// (back to the chart it was opened from); the answer comes
		// meanwhile.
		d := newDriver(t, 120, 60, model.En)
		d.keys("o", "enter")
		e := d.explorer()
		e.tree.reveal(d.m.sh.org.Node(path))
		lookUp := e.refresh()
		if !e.page.awaiting {
			t.Fatal("the page does not wait for its similar duties")
		}
		if e.refresh() != nil {
			t.Fatal("the page, shown again, looked its similar duties up a second time")
		}
		d.keys("esc")
		d.run(lookUp)
		d.keys("]")
		if d.explorer() != e {
			t.Fatal("forward did not come back to the page")
		}
		expectSimilar(t, d, path, "the page, back from the chart")
	})
	t.Run("search", func(t *testing.T) {
		// A search left before its results came.
		d := newDriver(t, 120, 40, model.En)
		d.keys("/")
		s := d.search()
		var results tea.Cmd
		for _, r := range "budget" {
			results = s.edit(tea.KeyPressMsg{Code: r, Text: string(r)})
		}
		if !s.running {
			t.Fatal("the search is not running")
		}
		d.keys("esc")
		d.run(results)
		d.keys("]")
		if d.search() != s || s.running || len(s.results) == 0 || s.query != "budget" {
			t.Fatalf("back at the search, it has no results for %q (running %v):\n%s", s.query, s.running, d.screen())
		}
	})
}
