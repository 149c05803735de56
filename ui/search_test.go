package ui

import (
	"strings"
	"testing"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/dutymap/dutymap/model"
)

func TestGoldenSearch(t *testing.T) {
	for _, tc := range []struct {
		lang  model.Lang
		query string
	}{{model.En, "set prices"}, {model.Zh, "价格"}} {
		t.Run(tc.lang.Code(), func(t *testing.T) {
			d := newDriver(t, 120, 40, tc.lang).keys("/").typeText(tc.query)
			golden.RequireEqual(t, d.screen())
		})
	}
}

func TestGoldenSearchStartState(t *testing.T) {
	d := newDriver(t, 100, 30, model.En).keys("/").typeText("brand").keys("enter", "/")
	for range len("brand") {
		d.keys("backspace")
	}
	scr := d.screen()
	if !strings.Contains(scr, "Recent searches") || !strings.Contains(scr, "brand") {
		t.Fatalf("start state lacks the recent search:\n%s", scr)
	}
	golden.RequireEqual(t, scr)
}

// TestSearchEnterJumpsToTree checks Enter reveals the duty in the tree with
// its page open beside it, and that typing "q" in the query does not quit.
func TestSearchEnterJumpsToTree(t *testing.T) {
	d := newDriver(t, 120, 40, model.En).keys("/").typeText("quit q prices")
	if d.quit {
		t.Fatal("typing q in the search field quit the program")
	}
	d = newDriver(t, 120, 40, model.En).keys("/").typeText("'decide the prices")
	if len(d.m.search.results) == 0 {
		t.Fatal("no results")
	}
	want := d.m.search.selected()
	d.keys("enter")
	if d.m.mode != modeExplore || d.m.tree.Selected() != want {
		t.Fatalf("enter did not jump: mode %v, selected %v, want %s", d.m.mode, d.m.tree.Selected(), want.Path)
	}
	scr := d.screen()
	if !strings.Contains(scr, "• Decide the prices") || !strings.Contains(scr, "Marketing department › Responsibilities") {
		t.Fatalf("tree or page does not show the duty:\n%s", scr)
	}
}

// TestSearchEscReturns checks Esc leaves the tree where it was.
func TestSearchEscReturns(t *testing.T) {
	d := newDriver(t, 120, 40, model.En).keys("j", "j")
	before := d.m.tree.Selected()
	d.keys("/").typeText("budget").keys("down", "down", "esc")
	if d.m.mode != modeExplore || d.m.tree.Selected() != before {
		t.Fatalf("esc moved the tree: %v, want %v", d.m.tree.Selected(), before.Path)
	}
}

// TestSearchDropsStaleResults sends the results of an older query after a
// newer one: they must not replace the newer results.
func TestSearchDropsStaleResults(t *testing.T) {
	d := newDriver(t, 120, 40, model.En).keys("/").typeText("sales")
	fresh := d.m.search.results
	d.send(searchResultsMsg{gen: d.m.search.gen - 1, results: nil})
	if len(d.m.search.results) != len(fresh) || len(fresh) == 0 {
		t.Fatalf("stale results replaced fresh ones: %d -> %d", len(fresh), len(d.m.search.results))
	}
}

// TestSearchGroupsExpand checks a duty written in several places is one
// result whose places Tab lists, each selectable.
func TestSearchGroupsExpand(t *testing.T) {
	d := newDriver(t, 120, 40, model.En).keys("/").typeText("'collect 'market 'intelligence 'competing")
	if len(d.m.search.results) != 1 || len(d.m.search.results[0].Places) != 2 {
		t.Fatalf("want one result in 2 places, got %d results", len(d.m.search.results))
	}
	if !strings.Contains(d.screen(), "2 places") {
		t.Fatalf("no places badge:\n%s", d.screen())
	}
	d.keys("tab", "down", "down")
	second := d.m.search.results[0].Places[1]
	if d.m.search.selected() != second {
		t.Fatalf("selected %v, want the second place %s", d.m.search.selected(), second.Path)
	}
	d.keys("enter")
	if d.m.tree.Selected() != second {
		t.Fatalf("enter went to %v, want %s", d.m.tree.Selected(), second.Path)
	}
}

// TestHighlightCJK checks the highlighted characters are exactly the
// matched runes, also in Chinese, where a byte offset would be wrong.
func TestHighlightCJK(t *testing.T) {
	st := NewStyles(true, false)
	st.Match = lipgloss.NewStyle().Reverse(true)
	st.Row = lipgloss.NewStyle()
	st.matchSpan, st.rowSpan = spanOf(st.Match), spanOf(st.Row)
	for _, tc := range []struct {
		text string
		pos  []int
		want string
	}{
		{"制定产品价格策略", []int{4, 5}, "价格"},
		{"Décide les prix", []int{1, 2, 12, 13}, "écri"},
		{"a市b场c", []int{1, 3}, "市场"},
	} {
		out, _ := highlight(tc.text, tc.pos, st, 80)
		if got := reversed(out); got != tc.want {
			t.Errorf("%q %v: highlighted %q, want %q", tc.text, tc.pos, got, tc.want)
		}
	}
}

// reversed returns the characters drawn in reverse video.
func reversed(s string) string {
	var b strings.Builder
	on := false
	for i := 0; i < len(s); {
		if strings.HasPrefix(s[i:], "\x1b[") {
			end := strings.IndexByte(s[i:], 'm')
			code := s[i+2 : i+end]
			on = code == "7"
			i += end + 1
			continue
		}
		r := []rune(s[i:])[0]
		if on {
			b.WriteRune(r)
		}
		i += len(string(r))
	}
	return b.String()
}

// TestSearchCrossLanguage finds an English duty with a Chinese query and
// says which language matched.
func TestSearchCrossLanguage(t *testing.T) {
	d := newDriver(t, 120, 40, model.En).keys("/").typeText("理货")
	if len(d.m.search.results) == 0 {
		t.Fatal("a Chinese query found nothing on English content")
	}
	if !strings.Contains(d.screen(), "matched in 中文") {
		t.Fatalf("the result does not say it matched in Chinese:\n%s", d.screen())
	}
}
