package ui

import (
	"context"
	"slices"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/dutymap/dutymap/model"
	"github.com/dutymap/dutymap/model/search"
)

// flatten runs cmd and returns the messages it produced, batches opened.
func flatten(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	switch msg := cmd().(type) {
	case nil:
		return nil
	case tea.BatchMsg:
		var out []tea.Msg
		for _, c := range msg {
			out = append(out, flatten(c)...)
		}
		return out
	default:
		return []tea.Msg{msg}
	}
}

// However the keys arrive (one burst whose searches finish in any order, or
// a paste), the list ends showing exactly the final query's results: the
// ones `dutymap search` prints.
func TestSearchBurstAndPasteShowTheFinalQuery(t *testing.T) {
	ix := search.New(testOrg(t))
	for _, q := range []string{"budgeting", "who sets product prices?", "谁负责定价", "set prices"} {
		want, err := ix.Search(context.Background(), search.Parse(q), model.En, searchLimit)
		if err != nil {
			t.Fatal(err)
		}
		// A burst: every key handled before any search runs; then the
		// searches finish newest first, as late goroutines would.
		d := newDriver(t, 120, 40, model.En).keys("/")
		var cmds []tea.Cmd
		for _, r := range q {
			next, cmd := d.m.Update(tea.KeyPressMsg{Code: r, Text: string(r)})
			d.m = next.(*Model)
			cmds = append(cmds, cmd)
		}
		slices.Reverse(cmds)
		var msgs []tea.Msg
		for _, c := range cmds {
			msgs = append(msgs, flatten(c)...)
		}
		d.send(msgs...)
		assertShows(t, "burst "+q, d, want)

		p := newDriver(t, 120, 40, model.En).keys("/").send(tea.PasteMsg{Content: q})
		assertShows(t, "paste "+q, p, want)
	}
}

func assertShows(t *testing.T, what string, d *driver, want *search.Results) {
	t.Helper()
	s := d.search()
	got := s.results
	if len(got) != len(want.List) || s.matches != want.Matches {
		t.Fatalf("%s: %d results, %d matches; want %d, %d", what, len(got), s.matches, len(want.List), want.Matches)
	}
	for i := range got {
		if got[i].node != want.List[i].Node {
			t.Fatalf("%s: result %d is %s, want %s", what, i, got[i].node.Path, want.List[i].Node.Path)
		}
	}
}
