package ui

import (
	"fmt"
	"image/color"
	"strings"
	"testing"
	"testing/fstest"

	tea "charm.land/bubbletea/v2"
	uv "github.com/charmbracelet/ultraviolet"
	"github.com/charmbracelet/x/ansi"
	"github.com/dutymap/dutymap/content"

	"charm.land/lipgloss/v2"
	"github.com/dutymap/dutymap/model"
)

// TestSearchEnterJumpsToTree checks enter reveals the duty in the tree with
// its page beside it, and that typing "q" in the query does not quit.
func TestSearchEnterJumpsToTree(t *testing.T) {
	d := newDriver(t, 120, 40, model.En).keys("/").typeText("quit q prices")
	if d.quit {
		t.Fatal("typing q in the search field quit the program")
	}
	d = newDriver(t, 120, 40, model.En).keys("/").typeText("'decide the prices")
	s := d.search()
	if len(s.results) == 0 {
		t.Fatal("no results")
	}
	want := s.selected()
	d.keys("enter")
	if got := d.explorer().tree.Selected(); got != want {
		t.Fatalf("enter did not jump: selected %v, want %s", got, want.Path)
	}
	scr := d.screen()
	if !strings.Contains(scr, "• Decide the prices") || !strings.Contains(scr, "Marketing department › Responsibilities") {
		t.Fatalf("tree or page does not show the duty:\n%s", scr)
	}
}

// TestSearchEscReturns checks esc leaves the tree where it was.
func TestSearchEscReturns(t *testing.T) {
	d := newDriver(t, 120, 40, model.En).keys("j", "j")
	before := d.explorer().tree.Selected()
	d.keys("/").typeText("budget").keys("down", "down", "esc")
	if got := d.explorer().tree.Selected(); got != before {
		t.Fatalf("esc moved the tree: %v, want %v", got, before.Path)
	}
}

// TestSearchDropsStaleResults sends the results of an older query after a
// newer one: they must not replace the newer results.
func TestSearchDropsStaleResults(t *testing.T) {
	d := newDriver(t, 120, 40, model.En).keys("/").typeText("sales")
	s := d.search()
	fresh := s.results
	d.send(searchResultsMsg{to: s, gen: s.gen - 1})
	if len(s.results) != len(fresh) || len(fresh) == 0 {
		t.Fatalf("stale results replaced fresh ones: %d -> %d", len(fresh), len(s.results))
	}
}

// TestSearchGroupsExpand checks a duty written in several places is one
// result whose places tab lists, each selectable.
func TestSearchGroupsExpand(t *testing.T) {
	d := newDriver(t, 120, 40, model.En).keys("/").typeText("'collect 'market 'intelligence 'competing")
	s := d.search()
	if len(s.results) != 1 || len(s.results[0].places) != 2 {
		t.Fatalf("want one result in 2 places, got %d results", len(s.results))
	}
	if !strings.Contains(d.screen(), "2 places") {
		t.Fatalf("no places badge:\n%s", d.screen())
	}
	d.keys("tab", "down", "down")
	second := s.results[0].places[1]
	if s.selected() != second {
		t.Fatalf("selected %v, want the second place %s", s.selected(), second.Path)
	}
	d.keys("enter")
	if d.explorer().tree.Selected() != second {
		t.Fatalf("enter went to %v, want %s", d.explorer().tree.Selected(), second.Path)
	}
}

// TestHighlightCJK checks the highlighted characters are exactly the
// matched runes, also in Chinese, where a byte offset would be wrong.
func TestHighlightCJK(t *testing.T) {
	st := NewStyles(true, false)
	st.matchSpan, st.rowSpan = spanOf(lipgloss.NewStyle().Reverse(true)), spanOf(lipgloss.NewStyle())
	for _, tc := range []struct {
		text string
		pos  []int
		want string
	}{
		{"制定产品价格策略", []int{4, 5}, "价格"},
		{"Décide les prix", []int{1, 2, 12, 13}, "écri"},
		{"a市b场c", []int{1, 3}, "市场"},
	} {
		out, _ := highlight(wcCells, tc.text, tc.pos, st, 80, false)
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
// says which language matched, in the UI's language.
func TestSearchCrossLanguage(t *testing.T) {
	d := newDriver(t, 120, 40, model.En).keys("/").typeText("理货")
	if len(d.search().results) == 0 {
		t.Fatal("a Chinese query found nothing on English content")
	}
	if !strings.Contains(d.screen(), "matched in 中文") {
		t.Fatalf("the result does not say it matched in Chinese:\n%s", d.screen())
	}
	d = newDriver(t, 120, 40, model.Zh).keys("/").typeText("set prices")
	if !strings.Contains(d.screen(), "匹配自英文") || strings.Contains(d.screen(), "English") && strings.Contains(d.screen(), "匹配自English") {
		t.Fatalf("the Chinese UI should say 匹配自英文:\n%s", d.screen())
	}
}

// TestReopenSearchSelectsQuery reopens search: the old query is there,
// selected, so typing replaces it instead of appending ("set prices定价"
// found nothing); an arrow key keeps it and edits from its end.
func TestReopenSearchSelectsQuery(t *testing.T) {
	d := newDriver(t, 120, 40, model.En).keys("/").typeText("set prices").keys("esc", "/")
	s := d.search()
	if s.input.value() != "set prices" || !s.input.selected || len(s.results) == 0 {
		t.Fatalf("reopened search: query %q selected %v, %d results", s.input.value(), s.input.selected, len(s.results))
	}
	d.typeText("定价")
	if s.query != "定价" || len(s.results) == 0 {
		t.Fatalf("typing after reopening gave the query %q and %d results, want 定价 alone", s.query, len(s.results))
	}
	d.keys("esc", "/", "right").typeText("s")
	if got := d.search().query; got != "定价s" {
		t.Fatalf("after an arrow key typing should append: %q", got)
	}
	d.keys("esc", "/", "backspace")
	if got := d.search().query; got != "" {
		t.Fatalf("backspace on the selected query should clear it: %q", got)
	}
}

// TestRecentSearches checks searches left with enter or esc are recent,
// most recent first, and that ↑/↓ and enter (or a click, then another)
// search again for one.
func TestRecentSearches(t *testing.T) {
	d := newDriver(t, 120, 40, model.En)
	d.keys("/").typeText("brand").keys("enter") // went to a result
	d.keys("/").typeText("budget").keys("esc")  // abandoned
	d.keys("/", "backspace")                    // the start page
	if got := d.m.sh.search.recent; len(got) != 2 || got[0] != "budget" || got[1] != "brand" {
		t.Fatalf("recent searches %q, want [budget brand]", got)
	}
	scr := d.screen()
	if !strings.Contains(scr, "Recent searches") {
		t.Fatalf("no recent searches on the start page:\n%s", scr)
	}
	d.keys("down", "enter")
	if s := d.search(); s.query != "brand" || len(s.results) == 0 {
		t.Fatalf("enter on the second recent search ran %q (%d results)", s.query, len(s.results))
	}
	// The mouse: one click selects a recent search, a second runs it.
	d.keys("ctrl+u")
	x, y := d.find("   brand") // the recent row, not the example "'brand"
	d.click(x, y)
	if s := d.search(); s.query != "" || !picked(s, "brand") {
		t.Fatalf("a first click should select, not run: cursor %d query %q", s.cursor, s.query)
	}
	d.click(x, y)
	if s := d.search(); s.query != "brand" {
		t.Fatalf("a second click should run the search: %q", s.query)
	}
}

// TestSecondClickOpensSearchResult: one click selects a result, a second
// click on it goes there.
func TestSecondClickOpensSearchResult(t *testing.T) {
	d := newDriver(t, 120, 40, model.En).keys("/").typeText("set prices")
	s := d.search()
	want := s.results[2].node
	x, y := d.find("• " + oneLine(want.Title.In(model.En))[:20]) // the result, not an owner's proof
	d.click(x, y)
	if s.selected() != want {
		t.Fatalf("a click selected %v, want %s", s.selected(), want.Path)
	}
	d.click(x, y)
	if got := d.explorer().tree.Selected(); got != want {
		t.Fatalf("a second click went to %v, want %s", got, want.Path)
	}
}

// TestEnterBeforeResults presses enter right after the last key, before
// that query's results arrive: enter goes to the first of them, not to a
// stale result of a shorter query, and is not lost.
func TestEnterBeforeResults(t *testing.T) {
	d := newDriver(t, 120, 40, model.En).keys("/").typeText("'decide the price")
	s := d.search()
	var pending []tea.Msg
	next, cmd := d.m.Update(keyMsg("s")) // the last key: its search in flight
	d.m = next.(*Model)
	pending = append(pending, flatten(cmd)...)
	d.keys("enter")
	if _, ok := d.top().(*searchScreen); !ok {
		t.Fatal("enter acted on the results of an older query")
	}
	d.send(pending...)
	want := s.results[0].node
	if got := d.explorer().tree.Selected(); got != want {
		t.Fatalf("enter went to %v, want the first result %s", got, want.Path)
	}
}

// tryout6 #4: exact terms and the typo fallback find text in any Unicode
// form, as words do, and light up exactly the characters that hold the
// match on the screen: the accent of NFD text with its letter, the whole
// ligature ﬁ and the ß of one folded letter, the soft hyphen inside a match.
func TestHighlightFoldedForms(t *testing.T) {
	fs := fstest.MapFS{"en/a.md": &fstest.MapFile{Data: []byte("---\nid: a\nname: A\n---\n\n## W {#w}\n\n" +
		"- Write the caf\u00e9 menu.\n- Plan the cafe\u0301 hours.\n- Print the re\u0301sume\u0301 forms.\n" +
		"- Order ＰＡＰＥＲ stock.\n- Pay the Straße tolls.\n- Set pri\u00adces daily.\n- Read the \ufb01nancial report.\n")}}
	org, err := content.Load(content.Layer{Name: "forms", Root: "forms", FS: fs})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ query, row, want string }{
		{"'café", "hours", "cafe\u0301"}, // typed NFC, written NFD
		{"'cafe\u0301", "menu", "caf\u00e9"},
		{"'resume", "forms", "re\u0301sume\u0301"},
		{"'PAPER", "stock", "ＰＡＰＥＲ"},
		{"'strasse", "tolls", "Straße"},
		{"'prices", "daily", "pri\u00adces"},
		{"'financial", "report", "\ufb01nancial"},
		{"fiancal", "report", "\ufb01ancal"},     // the typo fallback (two slips): ﬁ holds f and i
		{"trase", "tolls", "traße"},              // ß holds an s
		{"finacial", "report", "\ufb01nancial"},  // a letter left out: suggested; the closest result holding the suggested word lights it whole
		{"fianncial", "report", "\ufb01nancial"}, // two letters swapped: searched as the word, lit whole
		{"starsse", "tolls", "Straße"},
	} {
		d := driveConfig(t, 100, 30, Config{Org: org, Lang: model.En, Theme: ThemeDark}).keys("/").typeText(tc.query)
		if got := litIn(d, tc.row); got != tc.want {
			t.Errorf("%q: lit %q on the row with %q, want %q\n%s", tc.query, got, tc.row, tc.want, d.screen())
		}
	}
}

// litIn returns the characters drawn in the match colour on the screen's
// row holding word.
func litIn(d *driver, word string) string {
	matchFG := color.RGBA{0xFF, 0xB8, 0x6B, 0xFF}
	for _, row := range uv.NewStyledString(d.m.Render()).Lines(ansi.GraphemeWidth) {
		var text, lit strings.Builder
		for _, c := range row {
			text.WriteString(c.Content)
			if c.Style.Fg != nil && color.RGBAModel.Convert(c.Style.Fg) == matchFG {
				lit.WriteString(c.Content)
			}
		}
		if strings.Contains(text.String(), word) && strings.Contains(text.String(), "•") {
			return lit.String()
		}
	}
	return ""
}

// TestSearchFieldShowsTheWholeQuery (tryout11 nit): the query scrolls in
// the search field only when the row has no room for it beside the count:
// at 24×6, "prices" showed as "/ rices" with 9 cells free.
func TestSearchFieldShowsTheWholeQuery(t *testing.T) {
	for _, tc := range []struct {
		lang  model.Lang
		query string
	}{{model.En, "prices"}, {model.Zh, "产品价格"}} {
		for w := minWidth; w <= 60; w++ {
			d := newDriver(t, w, minHeight, tc.lang).keys("/").typeText(tc.query)
			row := strings.Split(d.screen(), "\n")[1]
			shown := strings.TrimRight(row, " ")
			prompt := d.m.sh.w().search.prompt
			count := fmt.Sprintf(d.m.sh.w().search.count, d.search().matches)
			need := ansi.StringWidth(prompt+tc.query) + 1 + 1 + ansi.StringWidth(count) // the cursor, a space
			if !strings.HasPrefix(shown, prompt+tc.query) && need <= w {
				t.Errorf("%s at %d×%d: the field shows %q, not the whole query %q", tc.lang.Code(), w, minHeight, row, tc.query)
			}
			if !strings.HasSuffix(shown, count) {
				t.Errorf("%s at %d×%d: the count %q is not at the row's end: %q", tc.lang.Code(), w, minHeight, count, row)
			}
		}
	}
}

// TestSearchFieldKeepsTheQuerysEnd: a query longer than the room kept for
// the largest count takes the room the count shown leaves, and the row
// shows the whole query whenever it fits beside that count; when it does
// not, its end stays in view beside the cursor (tryout27 P8: at 28 columns
// "/ 责新产品开发    找到 21 条", the query's start gone and 4 cells blank).
func TestSearchFieldKeepsTheQuerysEnd(t *testing.T) {
	for _, tc := range []struct {
		lang  model.Lang
		query string
		end   string // the end that must show, however narrow
	}{{model.Zh, "谁负责新产品开发", "开发"}, {model.En, "who approves the budget", "budget"}} {
		for w := minWidth; w <= 48; w++ {
			d := newDriver(t, w, 24, tc.lang).keys("/").typeText(tc.query)
			row := strings.Split(d.screen(), "\n")[1]
			prompt := d.m.sh.w().search.prompt
			count := d.search().countText()
			if count == "" || !strings.HasSuffix(strings.TrimRight(row, " "), count) {
				t.Fatalf("%s at %d: want the count %q at the row's end: %q", tc.lang.Code(), w, count, row)
			}
			need := ansi.StringWidth(prompt+tc.query) + 1 + 1 + ansi.StringWidth(count) // the cursor, a space
			switch {
			case need <= w && !strings.HasPrefix(row, prompt+tc.query):
				t.Errorf("%s at %d: the row has room for the whole query beside the count, and shows %q", tc.lang.Code(), w, row)
			case !strings.Contains(row, tc.end):
				t.Errorf("%s at %d: the query's end %q is not in view: %q", tc.lang.Code(), w, tc.end, row)
			}
		}
	}
	// The tryout's rows, as a user sees them.
	for _, tc := range []struct {
		w    int
		want string
	}{{28, "/ 负责新产品开发 找到 21 条"}, {30, "/ 谁负责新产品开发 找到 21 条"}, {32, "/ 谁负责新产品开发   找到 21 条"}} {
		d := newDriver(t, tc.w, 24, model.Zh).keys("/").typeText("谁负责新产品开发")
		if row := strings.Split(d.screen(), "\n")[1]; strings.Join(strings.Fields(row), " ") != strings.Join(strings.Fields(tc.want), " ") {
			t.Errorf("at %d columns: the row is %q, want %q", tc.w, row, tc.want)
		}
	}
}

// TestRecentSearchOnAShortWindow: on a window too short for the start
// page's explanation and the recent searches, the explanation gives way:
// the recent search enter would run is on screen, selected, and a click
// on it still selects, a second runs it.
func TestRecentSearchOnAShortWindow(t *testing.T) {
	for _, size := range [][2]int{{40, 12}, {60, 14}, {80, 24}} {
		d := newDriver(t, size[0], size[1], model.En)
		d.keys("/").typeText("budget").keys("esc")
		d.keys("/").typeText("brand").keys("esc")
		d.keys("/", "ctrl+u", "down") // the start page, the second recent search
		row := d.m.sh.st.RowSelected.Render(d.m.sh.cells.pad("   budget", d.search().lay.list.w))
		if !strings.Contains(d.m.Render(), row) {
			t.Fatalf("%v: the selected recent search (budget) is not on screen, selected:\n%s", size, d.screen())
		}
		x, y := d.find("   brand")
		d.click(x, y)
		if s := d.search(); s.query != "" || !picked(s, "brand") {
			t.Fatalf("%v: a click on brand should select it: cursor %d, query %q", size, s.cursor, s.query)
		}
		d.click(d.find("   brand"))
		if s := d.search(); s.query != "brand" {
			t.Fatalf("%v: a second click should run brand: %q\n%s", size, s.query, d.screen())
		}
	}
}

// TestSearchResultOnTheSmallestWindow: at 24×6 the note of a word no duty
// mentions leaves the list one line: the result enter goes to shows there,
// selected, its place left out.
func TestSearchResultOnTheSmallestWindow(t *testing.T) {
	d := newDriver(t, minWidth, minHeight, model.En)
	d.keys("/").typeText("budjet planning")
	s := d.search()
	if !s.noMention && len(s.corrected) == 0 && len(s.missing) == 0 {
		t.Fatalf("the query has no note; the case is not tested:\n%s", d.screen())
	}
	sel := s.selected()
	if sel == nil {
		t.Fatalf("nothing selected:\n%s", d.screen())
	}
	rows := strings.Split(d.screen(), "\n")
	last := rows[len(rows)-2] // above the key bar
	want := oneLine(sel.Title.In(model.En))
	if !strings.HasPrefix(last, "┃• ") || !strings.HasPrefix(want, strings.TrimSuffix(strings.TrimRight(strings.TrimPrefix(last, "┃• "), " "), "…")) {
		t.Errorf("the list's last line is %q, want the selected result %q, marked:\n%s", last, want, d.screen())
	}
}

// picked reports whether the start page's pick is q.
func picked(s *searchScreen, q string) bool {
	got, ok := s.pick(s.cursor)
	return ok && got == q
}
