package ui

import (
	"fmt"
	"image/color"
	"regexp"
	"strconv"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	uv "github.com/charmbracelet/ultraviolet"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/dutymap/dutymap/model"
)

// Golden screens: every screen at 80×24 and 120×40, in both languages on a
// dark background, and in English on a light one and with NO_COLOR. Each
// golden file holds what the user reads (the text), then the same grid
// with a letter per cell naming its style, then what each letter is, so a
// lost selection, highlight or colour fails as surely as a wrong word.
// Run `go test ./ui -update` after an intended change, and read the diff.

// goldenScreens opens each screen from a fresh explorer.
var goldenScreens = []struct {
	name string
	open func(d *driver)
}{
	{"tree", func(d *driver) { d.keys("enter") }},
	{"department_page", func(d *driver) { d.reveal("marketing").keys("tab") }},
	{"department_duties", func(d *driver) { d.reveal("hr").keys("tab") }},
	{"duty_page", func(d *driver) { d.reveal(dutyWithSimilar(d.t, 2, 1)).keys("tab") }},
	{"find", func(d *driver) {
		d.reveal(dutyWithSimilar(d.t, 2, 1)).keys("tab", "f").typeText(findWord(d)).keys("enter", "n")
	}},
	{"search", func(d *driver) {
		d.keys("/").typeText(map[model.Lang]string{model.En: "set prices", model.Zh: "价格"}[d.m.sh.lang])
	}},
	{"search_owner", func(d *driver) { // the first owner selected: its page beside
		d.keys("/").typeText(map[model.Lang]string{model.En: "who sets product prices?", model.Zh: "谁负责定价"}[d.m.sh.lang]).
			keys("up", "up", "up", "up", "up")
	}},
	{"search_none", func(d *driver) { // no duty mentions the word: the closest, marked
		d.keys("/").typeText(map[model.Lang]string{model.En: "hiring", model.Zh: "招聘"}[d.m.sh.lang])
	}},
	{"search_start", func(d *driver) {
		d.keys("/").typeText("brand").keys("esc", "/").typeText("pr").keys("esc", "/", "backspace", "down")
	}},
	{"search_examples", func(d *driver) { d.keys("/", "down") }}, // a fresh start page, the second example picked
	{"search_back", func(d *driver) { // back from a duty opened from the search: forward is ctrl+] in the field
		d.keys("/").typeText(map[model.Lang]string{model.En: "set prices", model.Zh: "价格"}[d.m.sh.lang]).keys("enter", "esc")
	}},
	{"picker", func(d *driver) { d.reveal("marketing").keys("c") }},
	{"compare", func(d *driver) { d.reveal("marketing").keys("c").typeText("sales").keys("enter") }},
	{"compare_scrolled", func(d *driver) {
		d.reveal("marketing").keys("c").typeText("sales").keys("enter", "pgdown", "pgdown", "j", "tab")
	}},
	// A department that describes no traits beside one that does: "—"
	// under each dimension, stacked at 80 columns as in its column at 120.
	{"compare_silent", func(d *driver) { d.reveal("marketing").keys("c").typeText("finance").keys("enter") }},
	{"compare_picture", func(d *driver) { d.reveal("marketing").keys("c").typeText("sales").keys("enter", "p") }},
	{"chart", func(d *driver) { d.keys("o") }},
	{"chart_handoff", func(d *driver) { d.reveal("sales").keys("o", "left") }},
	{"chart_scrolled", func(d *driver) { d.reveal("logistics").keys("o") }},
	{"help", func(d *driver) { d.keys("?") }},
	{"matrix", func(d *driver) { d.reveal("sales").keys("m") }},
	{"matrix_pair", func(d *driver) {
		d.reveal("marketing").keys("c").typeText("sales").keys("enter", "m", "s", "down")
	}},
	{"findings", func(d *driver) { d.keys("!") }},
}

// allLangGoldens are the screens whose light and NO_COLOR goldens are in
// both languages, not only English: the pictures, where CJK widths shape
// boxes and arrows.
var allLangGoldens = map[string]bool{"chart": true, "chart_handoff": true, "chart_scrolled": true, "compare_picture": true}

// findWord is a word on the first responsibility's page in each language.
func findWord(d *driver) string {
	return map[model.Lang]string{model.En: "marketing", model.Zh: "市场"}[d.m.sh.lang]
}

var goldenThemes = []struct {
	name  string
	langs []model.Lang
	cfg   func(*Config)
}{
	{"dark", model.Langs[:], func(c *Config) { c.Theme = ThemeDark }},
	{"light", []model.Lang{model.En}, func(c *Config) { c.Theme = ThemeLight }},
	{"nocolor", []model.Lang{model.En}, func(c *Config) { c.Theme = ThemeDark; c.NoColor = true }},
}

func TestGoldenScreens(t *testing.T) {
	t.Parallel() // see "Parallel tests" in driver_test.go
	for _, sc := range goldenScreens {
		for _, th := range goldenThemes {
			langs := th.langs
			if allLangGoldens[sc.name] {
				langs = model.Langs[:]
			}
			for _, lang := range langs {
				for _, size := range [][2]int{{80, 24}, {120, 40}} {
					name := fmt.Sprintf("%s_%s_%s_%dx%d", sc.name, th.name, lang.Code(), size[0], size[1])
					t.Run(name, func(t *testing.T) {
						cfg := Config{Org: testOrg(t), Lang: lang, Title: "built-in", Similarity: testSimilarity(t)}
						th.cfg(&cfg)
						d := driveConfig(t, size[0], size[1], cfg)
						sc.open(d)
						golden.RequireEqual(t, styledGolden(t, d.m.Render(), size[0]))
					})
				}
			}
		}
	}
}

func TestGoldenTooSmall(t *testing.T) {
	for _, lang := range model.Langs {
		d := newDriver(t, 20, 5, lang)
		t.Run(lang.Code(), func(t *testing.T) { golden.RequireEqual(t, styledGolden(t, d.m.Render(), 20)) })
	}
}

// styledGolden is a screen as a golden file: the text, then a grid with a
// letter per cell for its style ("." unstyled), then the legend. It fails
// the test when a line is not exactly width cells.
func styledGolden(t *testing.T, screen string, width int) string {
	t.Helper()
	var text, grid strings.Builder
	letters := map[string]byte{}
	var legend []string
	const names = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
	for i, l := range uv.NewStyledString(screen).Lines(ansi.GraphemeWidth) {
		if w := ansi.StringWidth(strings.Split(screen, "\n")[i]); w != width {
			t.Errorf("line %d is %d cells, want %d", i, w, width)
		}
		for _, c := range l {
			if c.Width == 0 {
				continue
			}
			text.WriteString(c.Content)
			desc := describeStyle(c.Style)
			letter := byte('.')
			if desc != "" {
				var ok bool
				if letter, ok = letters[desc]; !ok {
					letter = '?'
					if len(legend) < len(names) {
						letter = names[len(legend)]
					}
					letters[desc] = letter
					legend = append(legend, string(letter)+" "+desc)
				}
			}
			grid.WriteString(strings.Repeat(string(letter), c.Width))
		}
		text.WriteString("\n")
		grid.WriteString("\n")
	}
	return text.String() + "-- styles --\n" + grid.String() + "-- legend --\n" + strings.Join(legend, "\n") + "\n"
}

// describeStyle names a cell's style: attributes, then colours in hex.
func describeStyle(s uv.Style) string {
	var parts []string
	for _, a := range []struct {
		bit  uint8
		name string
	}{{uv.AttrBold, "bold"}, {uv.AttrFaint, "faint"}, {uv.AttrItalic, "italic"}, {uv.AttrReverse, "reverse"}, {uv.AttrStrikethrough, "strike"}} {
		if s.Attrs&a.bit != 0 {
			parts = append(parts, a.name)
		}
	}
	if s.Underline != uv.UnderlineNone {
		parts = append(parts, "underline")
	}
	for _, c := range []struct {
		name string
		c    color.Color
	}{{"fg", s.Fg}, {"bg", s.Bg}} {
		if c.c != nil {
			r, g, b, _ := c.c.RGBA()
			parts = append(parts, fmt.Sprintf("%s=#%02X%02X%02X", c.name, r>>8, g>>8, b>>8))
		}
	}
	return strings.Join(parts, " ")
}

// TestScreenAlwaysFits sweeps sizes, including absurd ones, on every
// screen, and checks the screen is exactly the window's size.
func TestScreenAlwaysFits(t *testing.T) {
	t.Parallel() // see "Parallel tests" in driver_test.go
	for _, sc := range goldenScreens {
		t.Run(sc.name, func(t *testing.T) {
			d := newDriver(t, 120, 40, model.Zh)
			sc.open(d)
			for w := 0; w <= 130; w += 7 {
				for h := 0; h <= 45; h += 4 {
					d.send(tea.WindowSizeMsg{Width: w, Height: h})
					out := d.m.Render()
					if w == 0 || h == 0 {
						if out != "" {
							t.Fatalf("%dx%d: want empty screen", w, h)
						}
						continue
					}
					lines := strings.Split(out, "\n")
					if len(lines) != h {
						t.Fatalf("%dx%d: %d lines", w, h, len(lines))
					}
					for i, l := range lines {
						if got := ansi.StringWidth(l); got != w {
							t.Fatalf("%dx%d: line %d is %d cells: %q", w, h, i, got, ansi.Strip(l))
						}
					}
				}
			}
		})
	}
}

// TestNoColor checks that with NO_COLOR no screen carries colour, only
// attributes, and that the selection and highlights still show by
// attributes: reverse for the selected row, bold and underline for
// matched characters, reverse for the current find match.
func TestNoColor(t *testing.T) {
	t.Parallel() // see "Parallel tests" in driver_test.go
	colour := regexp.MustCompile(`\x1b\[([0-9;:]*)m`)
	screens := map[string]string{} // each screen as drawn, for the attributes below
	for _, sc := range goldenScreens {
		t.Run(sc.name, func(t *testing.T) {
			d := driveConfig(t, 120, 40, Config{Org: testOrg(t), Lang: model.En, Theme: ThemeDark, NoColor: true, Similarity: testSimilarity(t)})
			sc.open(d)
			scr := d.m.Render()
			screens[sc.name] = scr
			for _, sgr := range colour.FindAllStringSubmatch(scr, -1) {
				for _, p := range strings.FieldsFunc(sgr[1], func(r rune) bool { return r == ';' || r == ':' }) {
					if n, _ := strconv.Atoi(p); n == 38 || n == 48 || n == 58 || (n >= 30 && n <= 37) || (n >= 40 && n <= 47) || (n >= 90 && n <= 107) {
						t.Fatalf("colour code %q on a NO_COLOR screen", sgr[1])
					}
				}
			}
		})
	}
	attrs := func(sc string, want uint8, underline bool) {
		t.Helper()
		scr, ok := screens[sc]
		if !ok {
			t.Errorf("%s: no such screen drawn", sc)
			return
		}
		for _, l := range uv.NewStyledString(scr).Lines(ansi.GraphemeWidth) {
			for _, c := range l {
				if c.Style.Attrs&want == want && (!underline || c.Style.Underline != uv.UnderlineNone) {
					return
				}
			}
		}
		t.Errorf("%s: no cell with attributes %b (underline %v) on a NO_COLOR screen", sc, want, underline)
	}
	attrs("tree", uv.AttrReverse, false)              // the selected row
	attrs("search", uv.AttrBold, true)                // matched characters
	attrs("find", uv.AttrReverse|uv.AttrBold, false)  // the current find match
	attrs("find", uv.AttrBold, true)                  // the other find matches
	attrs("search_start", uv.AttrReverse, false)      // the selected recent search
	attrs("search_owner", uv.AttrReverse, false)      // the selected owner
	attrs("picker", uv.AttrReverse, false)            // the selected department
	attrs("compare_scrolled", uv.AttrBold, false)     // headings
	attrs("matrix", uv.AttrReverse, false)            // the selected row
	attrs("matrix_pair", uv.AttrBold, false)          // letters a RACI line gives
	attrs("search_examples", uv.AttrReverse, false)   // the selected example
	attrs("chart", uv.AttrReverse|uv.AttrBold, false) // the selected box's name
	attrs("chart_handoff", uv.AttrReverse, false)     // the selected hand-off's label
}

// tryout15 nit 1: a window too small says the least size and its own, so
// the one is not read as the other: at 20×5 "too small: 24×6" read as the
// window's size. As fully as the window allows: the long sentence, the
// short one, or the short one on two lines.
func TestTooSmallSaysBothSizes(t *testing.T) {
	for _, tc := range []struct {
		lang model.Lang
		w, h int
		want []string
	}{
		{model.En, 60, 5, []string{"The window is 60×5; dutymap needs 24×6 or more"}},
		{model.En, 32, 4, []string{"needs at least 24×6 (now 32×4)"}},
		{model.En, 20, 5, []string{"needs at least 24×6", "(now 20×5)"}},
		{model.En, 23, 2, []string{"needs at least 24×6", "(now 23×2)"}},
		{model.Zh, 60, 5, []string{"窗口为 60×5，dutymap 至少需要 24×6"}},
		{model.Zh, 30, 5, []string{"至少需要 24×6（现在 30×5）"}},
		{model.Zh, 20, 5, []string{"至少需要 24×6", "（现在 20×5）"}},
	} {
		var got []string
		for _, l := range strings.Split(newDriver(t, tc.w, tc.h, tc.lang).screen(), "\n") {
			if l = strings.TrimSpace(l); l != "" {
				got = append(got, l)
			}
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("%s at %d×%d the screen reads %q, want %q", tc.lang.Code(), tc.w, tc.h, got, tc.want)
		}
	}
}
