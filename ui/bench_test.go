package ui

import (
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/dutymap/dutymap/content"
	"github.com/dutymap/dutymap/model"
	"github.com/dutymap/dutymap/model/search"
)

// BenchmarkNavigateKey is one j or k press in the open marketing
// department: Update plus a full screen render. Pages are cached, as they
// are after the first visit; rendering new pages happens off the loop.
func BenchmarkNavigateKey(b *testing.B) {
	d := newDriver(b, 120, 40, model.En).keys("enter")
	for range 8 { // visit the rows once so their pages are cached
		d.keys("j")
	}
	for range 8 {
		d.keys("k")
	}
	down, up := keyMsg("j"), keyMsg("k")
	m := d.m
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		msg := down
		if i%16 >= 8 {
			msg = up
		}
		next, _ := m.Update(msg)
		m = next.(*Model)
		_ = m.Render()
	}
}

// BenchmarkFirstFrame is the program's own work from start to the first
// full frame: load the embedded content, build the model, lay it out for
// the window and render it.
func BenchmarkFirstFrame(b *testing.B) {
	for b.Loop() {
		org, err := content.Load(content.Builtin())
		if err != nil {
			b.Fatal(err)
		}
		m := New(Config{Org: org, Lang: model.En, Theme: ThemeDark})
		next, _ := m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
		_ = next.(*Model).Render()
	}
}

// BenchmarkDetailSwitchCached switches the detail pane between two pages
// that have been rendered before.
func BenchmarkDetailSwitchCached(b *testing.B) {
	d := newDriver(b, 120, 40, model.En)
	d.reveal("marketing").reveal("sales")
	a, c := d.m.sh.org.Node("marketing"), d.m.sh.org.Node("sales")
	e := d.explorer()
	for i := 0; b.Loop(); i++ {
		n := a
		if i%2 == 1 {
			n = c
		}
		e.tree.reveal(n)
		if cmd := e.refresh(); cmd != nil {
			b.Fatal("page was not cached")
		}
		_ = d.m.Render()
	}
}

// BenchmarkOpenComparison is picking the second department and laying out
// the comparison view of marketing and sales, similarity index prebuilt.
func BenchmarkOpenComparison(b *testing.B) {
	d := newDriver(b, 140, 45, model.En)
	mkt, sales := d.m.sh.org.Node("marketing"), d.m.sh.org.Node("sales")
	for b.Loop() {
		d.run(d.m.push(newCompare(d.m.sh, mkt, sales))) // computes the comparison
		_ = d.m.Render()
		d.m.pop(false)
	}
}

// BenchmarkLoadAndIndexBuiltin loads the embedded content and creates its
// search index, as start-up does. The index's word and letter lists are
// built in the background after the first frame (model/search
// BenchmarkPrepareBuiltin measures that).
func BenchmarkLoadAndIndexBuiltin(b *testing.B) {
	for b.Loop() {
		org, err := content.Load(content.Builtin())
		if err != nil {
			b.Fatal(err)
		}
		_ = search.New(org)
	}
}

// BenchmarkSimilarityIndexBuiltin builds the duty-similarity index, which
// duty pages and comparisons need; dutymap builds it on first use.
func BenchmarkSimilarityIndexBuiltin(b *testing.B) {
	org := testOrg(b)
	for b.Loop() {
		_ = model.NewSimilarity(org)
	}
}

// BenchmarkSearchKeystroke is one key typed into the search view on the
// embedded content: the filter and the render of the result list (the
// detail pane's page renders off the loop and is not part of a keystroke).
func BenchmarkSearchKeystroke(b *testing.B) {
	d := newDriver(b, 120, 40, model.En).keys("/")
	s := d.search()
	queries := []string{"set pri", "set pric"}
	for i := 0; b.Loop(); i++ {
		s.input.in.SetValue(queries[i%2])
		msg := s.run()().(searchResultsMsg)
		s.setResults(msg.found)
		_ = s.listLines()
	}
}

// BenchmarkSearchNoteFrame is one frame of the search screen showing
// owners, results and the note naming the words no duty mentions
// ("No duty mentions “zebras”…"): the frame asks the layout of its
// blocks about a dozen times.
func BenchmarkSearchNoteFrame(b *testing.B) {
	d := newDriver(b, 120, 40, model.En).keys("/").typeText("set prices for zebras")
	if s := d.search(); len(s.blocks().note) == 0 || s.blocks().owners == 0 {
		b.Fatalf("want owners and a note:\n%s", d.screen())
	}
	for b.Loop() {
		_ = d.m.Render()
	}
}
