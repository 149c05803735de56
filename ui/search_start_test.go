package ui

import (
	"image/color"
	"strings"
	"testing"
	"testing/fstest"

	uv "github.com/charmbracelet/ultraviolet"
	"github.com/charmbracelet/x/ansi"
	"github.com/dutymap/dutymap/content"
	"github.com/dutymap/dutymap/model"
)

// selectedRows are the screen's rows drawn in the selected row's colours,
// as text, trimmed: what the user sees picked.
func selectedRows(d *driver) []string {
	bg := d.m.sh.st.RowSelected.GetBackground()
	var out []string
	for _, row := range uv.NewStyledString(d.m.Render()).Lines(ansi.GraphemeWidth) {
		var text strings.Builder
		for _, c := range row {
			if c.Style.Bg != nil && color.RGBAModel.Convert(c.Style.Bg) == color.RGBAModel.Convert(bg) {
				text.WriteString(c.Content)
			}
		}
		if s := strings.TrimSpace(text.String()); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// tryout15 #16: the search start page's examples are picked as recent
// searches are: the first is selected when the page opens, ↑/↓ move over
// them, enter searches for the one picked, and a click picks one (on any
// of its lines when it wraps), a second click on it searches. The key bar
// offers what these keys do on this page: enter searches, it goes nowhere.
func TestSearchStartExamplesArePicked(t *testing.T) {
	for _, lang := range model.Langs {
		examples := catalog[lang].search.examples
		for _, size := range [][2]int{{120, 35}, {40, 12}} {
			d := newDriver(t, size[0], size[1], lang).keys("/")
			if got := selectedRows(d); len(got) == 0 || !strings.HasPrefix(got[0], examples[0].query) {
				t.Fatalf("%s %v: the start page opens with %q selected, want the first example %q:\n%s", lang.Code(), size, got, examples[0].query, d.screen())
			}
			bar := lastRow(d)
			w := catalog[lang]
			if strings.Contains(bar, w.search.open) {
				t.Errorf("%s %v: the key bar offers %q on the start page: %q", lang.Code(), size, w.search.open, bar)
			}
			if size[0] >= 80 && !strings.Contains(bar, "enter "+w.search.pick) {
				t.Errorf("%s %v: the key bar does not offer enter %q: %q", lang.Code(), size, w.search.pick, bar)
			}
			d.keys("down", "down")
			if got := selectedRows(d); len(got) == 0 || !strings.HasPrefix(got[0], examples[2].query) {
				t.Fatalf("%s %v: after ↓↓ %q is selected, want %q:\n%s", lang.Code(), size, got, examples[2].query, d.screen())
			}
			d.keys("enter")
			if s := d.search(); s.query != examples[2].query || len(s.results) == 0 {
				t.Fatalf("%s %v: enter on the third example searched %q (%d results), want %q:\n%s", lang.Code(), size, s.query, len(s.results), examples[2].query, d.screen())
			}
			if got := strings.Split(d.screen(), "\n")[1]; !strings.Contains(got, examples[2].query) {
				t.Errorf("%s %v: the field reads %q, want the example %q", lang.Code(), size, got, examples[2].query)
			}

			// The mouse, on a fresh start page: the last line of the
			// first example (its explanation wraps at 40 columns).
			d = newDriver(t, size[0], size[1], lang).keys("/", "down")
			says := []rune(examples[0].says) // its last word: "too", "提问"
			x, y := d.find(string(says[len(says)-3:]))
			d.click(x, y)
			if s := d.search(); s.query != "" || !picked(s, examples[0].query) {
				t.Fatalf("%s %v: a click on the first example's explanation picked %d, query %q:\n%s", lang.Code(), size, s.cursor, s.query, d.screen())
			}
			d.click(x, y)
			if s := d.search(); s.query != examples[0].query || len(s.results) == 0 {
				t.Fatalf("%s %v: a second click searched %q (%d results), want %q", lang.Code(), size, s.query, len(s.results), examples[0].query)
			}
		}
	}
}

// Below the examples, the recent searches: the page opens on the latest,
// which enter searches again, and ↑ goes up into the examples.
func TestSearchStartRecentThenExamples(t *testing.T) {
	d := newDriver(t, 80, 24, model.En).keys("/").typeText("budget").keys("esc", "/", "ctrl+u")
	if got := selectedRows(d); len(got) != 1 || got[0] != "budget" {
		t.Fatalf("the start page opens with %q selected, want the latest search budget:\n%s", got, d.screen())
	}
	last := catalog[model.En].search.examples[3].query
	d.keys("up")
	if got := selectedRows(d); len(got) != 1 || !strings.HasPrefix(got[0], last) {
		t.Fatalf("↑ from the first recent search selected %q, want the last example %q", got, last)
	}
	d.keys("enter")
	if s := d.search(); s.query != last {
		t.Fatalf("enter searched %q, want %q", s.query, last)
	}
}

// A start page with nothing to pick (content with no duty to draw an
// example from, no search made yet) offers neither ↑↓ nor enter; one
// recent search makes enter act, and still nothing to move to.
func TestSearchStartKeyBarNothingToPick(t *testing.T) {
	fs := fstest.MapFS{"en/a.md": &fstest.MapFile{Data: []byte("---\nid: a\nname: Alpha\n---\n")}}
	org, err := content.Load(content.Layer{Name: "named", Root: "named", FS: fs})
	if err != nil {
		t.Fatal(err)
	}
	d := driveConfig(t, 120, 35, Config{Org: org, Lang: model.En, Theme: ThemeDark}).keys("/")
	bar := lastRow(d)
	for _, k := range []string{"↑↓", "enter"} {
		if strings.Contains(bar, k) {
			t.Errorf("the start page with nothing to pick offers %q: %q\n%s", k, bar, d.screen())
		}
	}
	if !strings.Contains(bar, "esc back") {
		t.Errorf("the key bar does not offer esc: %q", bar)
	}
	d.typeText("alpha").keys("esc", "/", "ctrl+u")
	bar = lastRow(d)
	if !strings.Contains(bar, "enter search") || strings.Contains(bar, "↑↓") {
		t.Errorf("with one recent search the bar reads %q, want enter search and no ↑↓", bar)
	}
	d.keys("enter")
	if s := d.search(); s.query != "alpha" {
		t.Errorf("enter on the recent search searched %q", s.query)
	}
}

// New content keeps the start page's pick: the search carries over with
// its query, and the cursor set before it ran again is not lost.
func TestSearchStartPickKeptOnNewContent(t *testing.T) {
	d := driveConfig(t, 100, 30, Config{Org: bakery(t, "bread", true), Lang: model.En, Theme: ThemeDark}).keys("/", "down")
	before := selectedRows(d)
	if s := d.search(); s.picks() < 2 || s.cursor != 1 || len(before) == 0 {
		t.Fatalf("want the second of two picks or more selected:\n%s", d.screen())
	}
	d.send(ContentMsg{Org: bakery(t, "bread", true)})
	if got := selectedRows(d); d.search().cursor != 1 || strings.Join(got, "|") != strings.Join(before, "|") {
		t.Errorf("after new content %q is selected, want %q:\n%s", got, before, d.screen())
	}
}

// The recent searches' heading fits the list: at 40×12 it was cut
// mid-sentence, "Recent searches (↑/↓ to pick, enter to" (tryout16 nit
// 7); narrow, it drops its note in brackets, and narrower still it ends
// with an ellipsis. Wide, it is whole.
func TestSearchRecentHeadingFits(t *testing.T) {
	for _, tc := range []struct {
		lang model.Lang
		w, h int
		want string
	}{
		{model.En, 120, 35, "Recent searches (↑/↓ to pick, enter to search again)"},
		{model.En, 40, 12, "Recent searches"},
		{model.Zh, 120, 35, "最近的搜索（↑/↓ 选择，enter 再次搜索）"},
		{model.Zh, 40, 12, "最近的搜索（↑/↓ 选择，enter 再次搜索）"}, // 38 cells: it fits
		{model.Zh, 30, 12, "最近的搜索"},
	} {
		d := newDriver(t, tc.w, tc.h, tc.lang).keys("/").typeText("prices").keys("esc", "/", "ctrl+u")
		if d.search().query != "" {
			t.Fatalf("%s %d×%d: the search opened on %q, want the start page", tc.lang.Code(), tc.w, tc.h, d.search().query)
		}
		var heading string
		for _, l := range strings.Split(d.screen(), "\n") {
			if t := strings.TrimSpace(strings.TrimRight(l, "│ ")); strings.HasPrefix(t, "Recent") || strings.HasPrefix(t, "最近") {
				heading = t
			}
		}
		if heading != tc.want {
			t.Errorf("%s %d×%d: the heading reads %q, want %q:\n%s", tc.lang.Code(), tc.w, tc.h, heading, tc.want, d.screen())
		}
	}
	if got := fitHeading(cells{ansi.WcWidth}, "Recent searches (↑/↓ to pick)", 10); got != "Recent se…" {
		t.Errorf("at 10 cells the heading reads %q, want %q", got, "Recent se…")
	}
}
