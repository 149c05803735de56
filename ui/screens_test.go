package ui

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	uv "github.com/charmbracelet/ultraviolet"
	"github.com/charmbracelet/x/ansi"
	"github.com/dutymap/dutymap/content"
	"github.com/dutymap/dutymap/model"
)

// TestPasteInEveryField pastes into the search box, the picker and find
// in page: each takes the text and acts on it.
func TestPasteInEveryField(t *testing.T) {
	d := newDriver(t, 120, 40, model.En).keys("/").send(tea.PasteMsg{Content: "set prices"})
	if s := d.search(); s.query != "set prices" || len(s.results) == 0 {
		t.Fatalf("paste in search: query %q, %d results", s.query, len(s.results))
	}
	d.keys("esc").reveal("marketing").keys("c").send(tea.PasteMsg{Content: "sales"})
	p := d.top().(*picker)
	if p.input.value() != "sales" || p.selected() == nil || p.selected().ID != "sales" {
		t.Fatalf("paste in the picker: %q selects %v", p.input.value(), p.selected())
	}
	d.keys("esc").reveal("marketing/responsibilities/1").keys("tab", "f").send(tea.PasteMsg{Content: "marketing"})
	if pg := d.explorer().page; pg.query != "marketing" || len(pg.matches) == 0 {
		t.Fatalf("paste in find: query %q, %d matches", pg.query, len(pg.matches))
	}
}

// TestSearchKeepsTheComparison: / then esc on a comparison comes back to
// the comparison, where it was; so does going to a result and back twice.
func TestSearchKeepsTheComparison(t *testing.T) {
	d := openCompare(t, 120, 40, model.En, "marketing", "sales")
	c := d.compare()
	d.keys("j", "j", "tab")
	cursor, side := c.cursor, c.side
	d.keys("/").typeText("budget").keys("esc")
	if d.compare() != c || c.cursor != cursor || c.side != side {
		t.Fatalf("esc from search lost the comparison's place: cursor %d side %d, want %d %d", c.cursor, c.side, cursor, side)
	}
	d.keys("/").typeText("budget").keys("enter")
	d.explorer()
	d.keys("esc")
	if s := d.search(); s.query != "budget" {
		t.Fatalf("back from a result should show its search, got %q", s.query)
	}
	d.keys("esc")
	if d.compare() != c {
		t.Fatal("back from search should show the comparison")
	}
}

// TestJumpChainsGoBackAndForward follows similar duties from page to page
// (1, then 1 again), from a comparison and from search, then goes back
// step by step to where it started, and forward again.
func TestJumpChainsGoBackAndForward(t *testing.T) {
	for _, w := range []int{120, 80} {
		d := newDriver(t, w, 40, model.En).reveal(dutyWithSimilar(t, 1, 2)).keys("tab")
		start := d.explorer()
		var seen []*model.Node
		for range 2 {
			e := d.explorer()
			seen = append(seen, e.tree.Selected())
			next := e.page.jumpTarget(0)
			if next == nil {
				t.Fatalf("%d columns: %s has no similar duty to jump to", w, e.tree.Selected().Path)
			}
			d.keys("1")
			if got := d.explorer().tree.Selected(); got != next {
				t.Fatalf("%d columns: 1 went to %v, want %s", w, got, next.Path)
			}
		}
		last := d.explorer().tree.Selected()
		for i := len(seen) - 1; i >= 0; i-- {
			d.keys("esc")
			if got := d.explorer().tree.Selected(); got != seen[i] {
				t.Fatalf("%d columns: back %d: at %v, want %s", w, len(seen)-i, got, seen[i].Path)
			}
		}
		if d.explorer() != start || !start.onPage {
			t.Fatalf("%d columns: back did not return to the first page as it was", w)
		}
		d.keys("]", "]")
		if got := d.explorer().tree.Selected(); got != last {
			t.Fatalf("%d columns: forward twice is at %v, want %s", w, got, last.Path)
		}
		d.keys("]")
		if !strings.Contains(d.screen(), "Nothing to go forward to.") {
			t.Fatalf("%d columns: forward at the end should say so:\n%s", w, d.screen())
		}
	}
	// Back at the very start says there is nothing to go back to.
	d := newDriver(t, 120, 40, model.En).keys("esc")
	if !strings.Contains(d.screen(), "Nothing to go back to.") {
		t.Fatalf("back at the start:\n%s", d.screen())
	}
}

// TestFindAcrossWraps finds a phrase the page wraps across a line end:
// the counter counts it, and every cell of it, on both lines, is styled.
func TestFindAcrossWraps(t *testing.T) {
	d := newDriver(t, 120, 40, model.En).reveal("marketing/responsibilities/1").keys("tab")
	// Find a phrase that the rendering splits over two lines: the last word
	// of a line and the first of the next.
	var phrase string
	lines := d.explorer().page.lines
	for i := 0; i+1 < len(lines) && phrase == ""; i++ {
		a, b := strings.Fields(ansi.Strip(lines[i])), strings.Fields(ansi.Strip(lines[i+1]))
		if len(a) > 2 && len(b) > 2 && isWord(a[len(a)-1]) && isWord(b[0]) {
			phrase = a[len(a)-1] + " " + b[0]
		}
	}
	if phrase == "" {
		t.Fatal("no wrapped phrase on the page")
	}
	d.keys("f").typeText(phrase).keys("enter")
	pg := d.explorer().page
	if len(pg.matches) == 0 {
		t.Fatalf("find %q found nothing; the page shows it across a wrap", phrase)
	}
	var wrapped pageMatch
	for _, m := range pg.matches {
		if len(m) == 2 {
			wrapped = m
		}
	}
	if wrapped == nil {
		t.Fatalf("no match of %q spans two lines: %v", phrase, pg.matches)
	}
	// Every cell of the match is styled (reverse for the current match,
	// underline for the others) and the cells beside it are not.
	d.explorer().page.current = slicesIndex(pg.matches, wrapped)
	d.explorer().page.applyHighlights()
	body := uv.NewStyledString(d.m.Render()).Lines(ansi.GraphemeWidth)
	x0 := d.explorer().lay.page.x
	for _, s := range wrapped {
		row := body[1+s.line-pg.pg.offset]
		col := 0
		for _, c := range row {
			at := col - x0
			if at >= s.start && at < s.end && c.Style.Attrs&uv.AttrReverse == 0 {
				t.Fatalf("cell %d of line %d in the match is not highlighted", at, s.line)
			}
			if (at == s.start-2 || at == s.end+1) && c.Style.Attrs&uv.AttrReverse != 0 {
				t.Fatalf("cell %d of line %d outside the match is highlighted", at, s.line)
			}
			col += c.Width
		}
	}
	if !strings.Contains(d.screen(), "/"+itoa(len(pg.matches))) {
		t.Fatalf("the counter does not show %d matches:\n%s", len(pg.matches), d.screen())
	}
}

func isWord(s string) bool { return regexp.MustCompile(`^[a-z]{3,}$`).MatchString(s) }

func slicesIndex(ms []pageMatch, m pageMatch) int {
	for i := range ms {
		if &ms[i][0] == &m[0] {
			return i
		}
	}
	return 0
}

func itoa(i int) string {
	if i < 10 {
		return string(rune('0' + i))
	}
	return itoa(i/10) + string(rune('0'+i%10))
}

// TestFindCJKWrap: Chinese wraps without a space, and a phrase broken
// across the line end is still found.
func TestFindCJKWrap(t *testing.T) {
	text := newPageText(wcCells, []string{"  市场部负责研究市", "  场和制定价格。", "", "  另一段"})
	if got := text.find("研究市场和"); len(got) != 1 || len(got[0]) != 2 {
		t.Fatalf("a Chinese phrase across a wrap: %v", got)
	}
	if got := text.find("价格。 另一"); len(got) != 0 {
		t.Fatalf("a phrase across paragraphs should not match: %v", got)
	}
	if got := text.find("Market"); len(got) != 0 {
		t.Fatalf("a capital makes the search case-sensitive: %v", got)
	}
}

// TestKeyBarFits checks, on every screen and at every width from 40, that
// the key bar fits, keeps the most important key first, and ends with
// help and quit as they work on that screen.
func TestKeyBarFits(t *testing.T) {
	t.Parallel() // see "Parallel tests" in driver_test.go
	for _, sc := range goldenScreens {
		for _, lang := range model.Langs {
			d := newDriver(t, 120, 40, lang)
			sc.open(d)
			for w := 40; w <= 200; w += 8 {
				d.send(tea.WindowSizeMsg{Width: w, Height: 30})
				bar, _ := d.m.bar()
				plain := ansi.Strip(bar)
				g := d.m.keys()
				want := []string{g.help.Help().Key + " " + g.help.Help().Desc, g.quit.Help().Key + " " + g.quit.Help().Desc}
				switch {
				case d.top().typing():
					want = []string{"ctrl+g " + g.help.Help().Desc, "ctrl+c " + g.quit.Help().Desc}
				case sc.name == "help":
					want = want[1:]
				}
				if !strings.HasSuffix(plain, strings.Join(want, " • ")) {
					t.Fatalf("%s %s at %d: the bar does not end with %q: %q", sc.name, lang.Code(), w, want, plain)
				}
				// What is drawn, with the breadcrumb beside it, keeps the
				// whole bar.
				if drawn := ansi.Strip(d.m.statusView()); !strings.Contains(drawn, strings.Join(want, " • ")) {
					t.Fatalf("%s %s at %d: the status line cuts the bar: %q", sc.name, lang.Code(), w, drawn)
				}
				if ansi.StringWidth(bar) > w {
					t.Fatalf("%s %s at %d: the bar is %d cells: %q", sc.name, lang.Code(), w, ansi.StringWidth(bar), plain)
				}
				if first := firstKey(d.top().shortHelp()[0].Help().Key); w >= 60 && !strings.HasPrefix(plain, first) {
					t.Fatalf("%s %s at %d: the bar should start with %q: %q", sc.name, lang.Code(), w, first, plain)
				}
			}
		}
	}
	// At 80 columns the tree's bar shows how to read a page.
	d := newDriver(t, 80, 24, model.En)
	if bar, _ := d.m.bar(); !strings.Contains(ansi.Strip(bar), "tab page") {
		t.Fatalf("at 80 columns the bar should offer tab page: %q", ansi.Strip(bar))
	}
}

// TestHelpOverlay checks the overlay has its headed groups, lists each
// key once per group, and, across the screens, every key the README's key
// table names.
func TestHelpOverlay(t *testing.T) {
	t.Parallel() // see "Parallel tests" in driver_test.go
	readme, err := os.ReadFile(filepath.Join("..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	// The key column of the README's "Keys" table: "| ↑/↓, k/j | ..." rows.
	var keys []string
	inKeys := false
	for _, l := range strings.Split(string(readme), "\n") {
		switch {
		case strings.HasPrefix(l, "## Keys"):
			inKeys = true
		case strings.HasPrefix(l, "## "):
			inKeys = false
		case inKeys && strings.HasPrefix(l, "| ") && !strings.HasPrefix(l, "| key") && !strings.HasPrefix(l, "|---"):
			keys = append(keys, strings.FieldsFunc(strings.Split(l, "|")[1], func(r rune) bool { return r == ',' || r == '/' || r == ' ' })...)
		}
	}
	if len(keys) < 20 {
		t.Fatalf("read only %d keys from the README's table: %q", len(keys), keys)
	}
	listed := map[string]bool{}
	for _, sc := range goldenScreens {
		d := newDriver(t, 120, 40, model.En)
		sc.open(d)
		if sc.name == "help" {
			continue
		}
		groups := append(d.top().fullHelp(), d.m.everywhere()...)
		for _, g := range groups {
			if g.title == "" {
				t.Errorf("%s: a group without a heading", sc.name)
			}
			once := map[string]bool{}
			for _, b := range g.keys {
				h := b.Help()
				if once[h.Key] {
					t.Errorf("%s: %q twice in group %q", sc.name, h.Key, g.title)
				}
				once[h.Key] = true
				for _, k := range strings.FieldsFunc(h.Key, func(r rune) bool { return r == '/' || r == ' ' }) {
					listed[k] = true
				}
				for _, k := range b.Keys() {
					listed[k] = true
				}
			}
		}
		// The overlay shows the groups' headings.
		if d.top().typing() {
			d.keys("ctrl+g")
		} else {
			d.keys("?")
		}
		scr := d.screen()
		for _, g := range groups[:2] {
			if !strings.Contains(scr, g.title) {
				t.Errorf("%s: the overlay lacks the heading %q:\n%s", sc.name, g.title, scr)
			}
		}
	}
	aliases := map[string]string{"↑": "up", "↓": "down", "→": "right", "←": "left", "pgdn": "pgdown", "1–9": "1"}
	for _, k := range keys {
		if !listed[k] && !listed[aliases[k]] {
			t.Errorf("the README lists %q; no help overlay does", k)
		}
	}
}

// TestBreadcrumbKeepsTheLast: a breadcrumb too long for its room gives
// way in the middle, so the position (the "who") stays whole while the
// department beside it keeps its start; when even that is too wide, the
// position is cut at its end, not the department, which keeps at least
// eight cells
// (tryout14 nit 13: "▸ … › 高级海外渠道经理（东南亚及…"), in either language.
func TestBreadcrumbKeepsTheLast(t *testing.T) {
	parts := []string{"Marketing department", "Positions", "Business (channel) planning supervisor"}
	for _, w := range []int{80, 65} {
		got := wcCells.crumb(append([]string(nil), parts...), w)
		if ansi.StringWidth(got) > w || !strings.HasSuffix(got, "Business (channel) planning supervisor") || !strings.HasPrefix(got, "Marketing") {
			t.Errorf("crumb at %d: %q", w, got)
		}
	}
	if got := wcCells.crumb(append([]string(nil), parts...), 62); !strings.Contains(got, "› … ›") {
		t.Errorf("crumb at 62 should drop the middle: %q", got)
	}
	for _, tc := range []struct {
		parts       []string
		w           int
		first, last string // what each keeps at least
	}{
		{parts, 45, "Marketi", "Business (channel)"},
		{parts, 30, "Market", "Business"},
		{[]string{"海外事业部", "高级海外渠道经理（东南亚及大洋洲）"}, 30, "海外事", "高级海外渠道"},
		{[]string{"国际市场营销与渠道拓展事业部", "职位", "高级海外渠道经理（东南亚及大洋洲）"}, 34, "国际市", "高级海外渠道"},
	} {
		got := wcCells.crumb(append([]string(nil), tc.parts...), tc.w)
		_, last, _ := strings.Cut(got, " › ")
		if ansi.StringWidth(got) > tc.w || !strings.HasPrefix(got, tc.first) || !strings.Contains(last, tc.last) {
			t.Errorf("crumb at %d: %q, want it to start %q and keep %q", tc.w, got, tc.first, tc.last)
		}
	}
	// On screen: the search result's owner line, at 80 columns.
	d := newDriver(t, 80, 24, model.En).keys("/").typeText("'channel partners")
	if scr := d.screen(); !strings.Contains(scr, "› Business (channel) planning supervisor") {
		t.Fatalf("the owner should keep its position:\n%s", scr)
	}
}

// TestReadingWidth: at 200 columns a page's text stays within about 100
// cells.
func TestReadingWidth(t *testing.T) {
	d := newDriver(t, 200, 40, model.En).reveal("marketing")
	e := d.explorer()
	for _, l := range e.page.pg.view() {
		if w := ansi.StringWidth(strings.TrimRight(ansi.Strip(l), " ")); w > readingWidth {
			t.Fatalf("a page line is %d cells wide at 200 columns: %q", w, ansi.Strip(l))
		}
	}
	if e.lay.page.w <= readingWidth {
		t.Fatalf("the test needs a page pane wider than the reading width, got %d", e.lay.page.w)
	}
}

// TestDepartmentPageListsDuties: a department's page shows its duties
// under its sections.
func TestDepartmentPageListsDuties(t *testing.T) {
	d := newDriver(t, 120, 300, model.En).reveal("sales")
	scr := d.screen()
	for _, s := range []string{"Sales department", "Selling to customers —", "1. Sell the company's products and services."} {
		if !strings.Contains(scr, s) {
			t.Fatalf("the sales page lacks %q:\n%s", s, scr)
		}
	}
}

// TestTreeMarkers: a childless top-level department has a mark of its
// own, not the blank of a child row.
func TestTreeMarkers(t *testing.T) {
	d := newDriver(t, 120, 40, model.En)
	x, y := d.find("Trade union office")
	line := strings.Split(d.screen(), "\n")[y]
	if x != 2 || !strings.HasPrefix(line, "◦ ") {
		t.Fatalf("a childless department's row: %q", line)
	}
}

// TestMouseInTheTree: a click selects, a second click opens or closes, and
// on a duty it shows the page; the wheel scrolls the pane under the
// pointer, not the other one.
func TestMouseInTheTree(t *testing.T) {
	d := newDriver(t, 80, 24, model.En)
	x, y := d.find("Sales department")
	d.click(x, y)
	e := d.explorer()
	if e.tree.Selected().ID != "sales" || e.tree.expanded["sales"] {
		t.Fatal("a first click should select sales, not open it")
	}
	d.click(x, y)
	if !e.tree.expanded["sales"] {
		t.Fatal("a second click should open sales")
	}
	x, y = d.find("▸ Selling to customers")
	d.click(x, y).click(x, y)
	x, y = d.find("• Sell the company")
	d.click(x, y).click(x, y)
	if !e.onPage || !strings.Contains(d.screen(), "Sales department › Selling to customers") {
		t.Fatalf("a second click on a duty should show its page:\n%s", d.screen())
	}

	// Marketing's positions open: more rows than the tree shows.
	d = newDriver(t, 120, 16, model.En).reveal("marketing/positions/manager").reveal("marketing")
	e = d.explorer()
	tree, page := e.tree.offset, e.page.pg.offset
	d.wheel(e.lay.page.x+5, 10, 2)
	if e.page.pg.offset != page+2*wheelStep || e.tree.offset != tree {
		t.Fatalf("the wheel over the page moved page %d→%d, tree %d→%d", page, e.page.pg.offset, tree, e.tree.offset)
	}
	d.wheel(5, 10, 1)
	if e.tree.offset != tree+wheelStep {
		t.Fatalf("the wheel over the tree scrolled it %d→%d", tree, e.tree.offset)
	}
}

// TestClickSimilarDuty: a click on a similar duty listed on a page goes
// there, as its number does.
func TestClickSimilarDuty(t *testing.T) {
	d := newDriver(t, 120, 40, model.En).reveal(dutyWithSimilar(t, 2, 1))
	want := d.explorer().page.jumpTarget(1)
	text := oneLine(want.Title.In(model.En))
	x, y := d.find("2. " + text[:16])
	d.click(x+4, y)
	if got := d.explorer().tree.Selected(); got != want {
		t.Fatalf("a click on the second similar duty went to %v, want %s", got, want.Path)
	}
}

// TestHeaderAndBarClicks: a click on a language in the header switches to
// it; a click on a key in the key bar presses it.
func TestHeaderAndBarClicks(t *testing.T) {
	d := newDriver(t, 120, 40, model.En)
	x, _ := d.find("中文")
	d.click(x, 0)
	if d.m.sh.lang != model.Zh {
		t.Fatal("a click on 中文 should switch to Chinese")
	}
	bar := strings.Split(d.screen(), "\n")[39]
	d.click(ansi.StringWidth(bar[:strings.Index(bar, "? ")]), 39)
	if _, ok := d.top().(*helpScreen); !ok {
		t.Fatalf("a click on ? should open the help:\n%s", d.screen())
	}
}

// TestChineseHasNoEnglish: the Chinese explorer shows no English words of
// its own (content may be English where the organisation has no Chinese).
func TestChineseHasNoEnglish(t *testing.T) {
	t.Parallel() // see "Parallel tests" in driver_test.go
	for _, sc := range goldenScreens {
		d := newDriver(t, 120, 40, model.Zh)
		sc.open(d)
		scr := d.screen()
		for _, leftover := range []string{"find:", "built-in", "matched in", "English)", "匹配自English", "places", "found"} {
			if strings.Contains(scr, leftover) {
				t.Errorf("%s: the Chinese screen shows %q:\n%s", sc.name, leftover, scr)
			}
		}
	}
	d := newDriver(t, 120, 40, model.Zh).reveal("marketing/responsibilities/1").keys("tab", "f")
	if !strings.Contains(d.screen(), "查找：") {
		t.Fatalf("the find prompt should be Chinese:\n%s", d.screen())
	}
}

// TestKeysComeFromKeyMaps checks no screen matches a key by its literal
// string: every key goes through a key map, so help cannot drift from
// what the keys do.
func TestKeysComeFromKeyMaps(t *testing.T) {
	files, _ := filepath.Glob("*.go")
	lit := regexp.MustCompile(`\.String\(\) ==|case "(ctrl\+|esc|enter|tab|up|down)`)
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if m := lit.Find(src); m != nil {
			t.Errorf("%s matches a key by its string: %q", f, m)
		}
	}
}

// TestEmojiWidthAsTheTerminalCounts is case rendering/09: department names
// with emoji (💅🏻, 🎙️, ❤️) on a terminal that counts cells per code point,
// as tmux does, then on one that reports grapheme clustering (mode 2027).
// Every row must be the window's width as that terminal counts it, so the
// rule between tree and page stays in one column.
func TestEmojiWidthAsTheTerminalCounts(t *testing.T) {
	org, err := content.Load(content.Dir("../page/testdata/cases/09-emoji-width"))
	if err != nil {
		t.Fatal(err)
	}
	d := driveConfig(t, 100, 8, Config{Org: org, Lang: model.En, Theme: ThemeDark})
	check := func(m ansi.Method, name string) {
		t.Helper()
		rule := -1
		for i, l := range strings.Split(d.m.Render(), "\n") {
			if w := m.StringWidth(l); w != 100 {
				t.Fatalf("%s: line %d is %d cells: %q", name, i, w, ansi.Strip(l))
			}
			if j := strings.Index(ansi.Strip(l), "│"); j >= 0 && i > 0 && i < 7 {
				col := m.StringWidth(ansi.Strip(l)[:j])
				if rule >= 0 && col != rule {
					t.Fatalf("%s: the rule moves from column %d to %d on line %d: %q", name, rule, col, i, ansi.Strip(l))
				}
				rule = col
			}
		}
	}
	check(ansi.WcWidth, "per code point")
	d.send(tea.ModeReportMsg{Mode: ansi.ModeUnicodeCore, Value: ansi.ModeReset})
	check(ansi.GraphemeWidth, "per grapheme cluster")
}

// TestSimilarDutiesLookedUpOffTheLoop: showing a duty's page does not
// look up its similar duties in Update (10 ms at a million duties): it
// returns a command that does; the page shows the duty's placeholder
// meanwhile, and lists them once the command's message comes back. The
// look-up is remembered: coming back to the duty needs no command.
func TestSimilarDutiesLookedUpOffTheLoop(t *testing.T) {
	d := newDriver(t, 120, 40, model.En)
	n := d.m.sh.org.Node(dutyWithSimilar(t, 2, 0))
	e := d.explorer()
	e.tree.reveal(n)
	cmd := e.refresh()
	if !e.page.awaiting || len(e.page.related) != 0 || e.page.ready {
		t.Fatalf("before the look-up: awaiting %v, %d related, ready %v", e.page.awaiting, len(e.page.related), e.page.ready)
	}
	if !strings.Contains(d.screen(), oneLine(n.Title.In(model.En))[:20]) {
		t.Fatalf("the placeholder does not show the duty:\n%s", d.screen())
	}
	d.run(cmd) // the look-up, then the rendering it asks for
	e = d.explorer()
	if e.page.awaiting || len(e.page.related) < 2 || !e.page.ready {
		t.Fatalf("after the look-up: awaiting %v, %d related, ready %v", e.page.awaiting, len(e.page.related), e.page.ready)
	}
	second := oneLine(e.page.related[1].Node.Title.In(model.En))
	if !strings.Contains(d.screen(), "2. "+second[:16]) {
		t.Fatalf("the page does not list the similar duties:\n%s", d.screen())
	}
	d.keys("j")
	e = d.explorer()
	e.tree.reveal(n)
	e.refresh()
	if e.page.awaiting {
		t.Fatal("a duty looked up before was looked up again")
	}
}

// TestDutyPageNamesItsTwinsByPlace (tryout11 nit): a duty the content
// lists in more than one place, worded the same, is not shown on its page
// as "very similar" to itself: the page says where else the same duty is
// listed, by place, before the duties that are only similar; 1 goes there.
func TestDutyPageNamesItsTwinsByPlace(t *testing.T) {
	rel := testRelated(t)
	for _, lang := range model.Langs {
		var n, twin *model.Node
		for _, c := range testOrg(t).Nodes() {
			if c.Kind != model.KindDuty {
				continue
			}
			for _, r := range rel(c) {
				if r.Title.In(lang) == c.Title.In(lang) {
					n, twin = c, r
					break
				}
			}
			if n != nil {
				break
			}
		}
		if n == nil {
			t.Logf("%s: no duty of the built-in content is worded the same in two places", lang.Code())
			continue
		}
		d := newDriver(t, 120, 40, lang).reveal(n.Path).keys("tab")
		e := d.explorer()
		var page []string
		for _, l := range e.page.lines {
			page = append(page, strings.TrimSpace(ansi.Strip(l)))
		}
		text := normal(strings.Join(page, " "))
		title := normal(n.Title.In(lang))
		if c := strings.Count(text, title); c != 1 {
			t.Errorf("%s: %s's page shows its own text %d times (once is its title):\n%s", lang.Code(), n.Path, c, strings.Join(page, "\n"))
		}
		heading := normal(map[model.Lang]string{model.En: "The same duty is also listed under", model.Zh: "同一职责也列在"}[lang])
		at := strings.Index(text, heading)
		if at < 0 || !strings.Contains(text[at:], "1."+normal(twin.Owner(lang))) {
			t.Errorf("%s: %s's page should say the same duty is also listed under %q:\n%s", lang.Code(), n.Path, twin.Owner(lang), strings.Join(page, "\n"))
		}
		if similar := strings.Index(text, normal(map[model.Lang]string{model.En: "Similar duties elsewhere", model.Zh: "别处的相似职责"}[lang])); similar >= 0 && similar < at {
			t.Errorf("%s: the twins should come before the similar duties:\n%s", lang.Code(), strings.Join(page, "\n"))
		}
		d.keys("1")
		if got := d.explorer().tree.Selected(); !isTwinOf(got, n, lang) {
			t.Errorf("%s: 1 went to %v, want a place of the same duty", lang.Code(), got.Path)
		}
		d.keys("esc")
		x, y := d.find("1. " + string([]rune(twin.Owner(lang))[:4]))
		d.click(x+4, y)
		if got := d.explorer().tree.Selected(); !isTwinOf(got, n, lang) {
			t.Errorf("%s: a click on the first place went to %v, want a place of the same duty", lang.Code(), got.Path)
		}
	}
}

func isTwinOf(a, b *model.Node, lang model.Lang) bool {
	return a != nil && a != b && a.Title.In(lang) == b.Title.In(lang)
}
