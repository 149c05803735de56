package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	uv "github.com/charmbracelet/ultraviolet"
	"github.com/charmbracelet/x/ansi"
	"github.com/dutymap/dutymap/content"
	"github.com/dutymap/dutymap/model"
	"github.com/dutymap/dutymap/model/analysis"
)

// TestFindAfterEmoji is find in page on a line with emoji sequences before
// the match (case rendering/09: 👨‍👩‍👧, 🎙️, 💅🏻, ❤️). Terminals count those
// cells differently: tmux and any terminal that has not reported mode
// 2027 per code point (💅🏻 is 4 cells), the others per cluster (2). The
// highlight must light exactly the matched text as the terminal draws it,
// before and after the terminal reports its counting: read through a
// screen parsed with that terminal's counting, the cells in the current
// match's style spell the query, each match in turn.
func TestFindAfterEmoji(t *testing.T) {
	org, err := content.Load(content.Dir("../page/testdata/cases/09-emoji-width"))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		lang  model.Lang
		query string
	}{
		{model.En, "every week"},
		{model.En, "episodes"},
		{model.Zh, "节目"},
		{model.Zh, "这一行要足够长"},
	} {
		d := driveConfig(t, 120, 30, Config{Org: org, Lang: tc.lang, Theme: ThemeDark})
		d.reveal("wellbeing/responsibilities/3").keys("tab", "f").typeText(tc.query).keys("enter")
		for _, counting := range []struct {
			name string
			m    ansi.Method
			msg  tea.Msg
		}{
			{"per code point", ansi.WcWidth, nil},
			{"per grapheme cluster", ansi.GraphemeWidth, tea.ModeReportMsg{Mode: ansi.ModeUnicodeCore, Value: ansi.ModeSet}},
		} {
			if counting.msg != nil {
				d.send(counting.msg)
			}
			pg := d.explorer().page
			if len(pg.matches) == 0 {
				t.Fatalf("%s, %s: %q not found on the page:\n%s", tc.lang.Code(), counting.name, tc.query, d.screen())
			}
			afterEmoji := false
			for i := range pg.matches {
				pg.current = i
				pg.applyHighlights()
				lit, emojiBefore := litCells(d.m.Render(), counting.m)
				afterEmoji = afterEmoji || emojiBefore
				if want := strings.Join(strings.Fields(tc.query), ""); lit != want {
					t.Fatalf("%s, %s: match %d lights %q, not %q:\n%s", tc.lang.Code(), counting.name, i+1, lit, want, d.screen())
				}
			}
			if !afterEmoji {
				t.Fatalf("%s: no match of %q follows an emoji on its line; the test lost its point:\n%s", tc.lang.Code(), tc.query, d.screen())
			}
		}
	}
}

// litCells reads a frame as a terminal counting cells by m draws it and
// returns the text of the cells drawn in reverse video (the current find
// match), spaces left out, and whether an emoji stands before them on
// their line.
func litCells(frame string, m ansi.Method) (lit string, emojiBefore bool) {
	var b strings.Builder
	for _, line := range uv.NewStyledString(frame).Lines(m) {
		var before strings.Builder
		for _, c := range line {
			if c.Style.Attrs&uv.AttrReverse != 0 {
				if b.Len() == 0 && strings.ContainsAny(before.String(), "💅🎙❤👨") {
					emojiBefore = true
				}
				b.WriteString(c.Content)
				continue
			}
			before.WriteString(c.Content)
		}
	}
	return strings.ReplaceAll(b.String(), " ", ""), emojiBefore
}

// TestFindFoldsAsSearch: find in page folds the page and the query as
// search does (analysis.Fold): an invisible format character inside a
// word (a soft hyphen, a zero-width space, a word joiner) leaves the word
// whole, ß is ss and the final sigma a sigma, ı is i, Ⅱ is ii, traditional
// Chinese is simplified, in English and Chinese. The
// cells lit spell the word as the page shows it.
func TestFindFoldsAsSearch(t *testing.T) {
	dir := t.TempDir()
	for lang, text := range map[string]string{
		"en": "---\nid: fin\nname: Finance\n---\n\n## Work {#work}\n\n- Approve pri\u00adces for exports, check the bud\u200bget and sign con\u2060tracts at the Straße office, ΟΔΟΣ 5, and the ＡＢＣ desk in Zu\u0308rich, Diyarbakır's Ⅱ contract.\n",
		"zh": "---\nid: fin\nname: 财务部\n---\n\n## 工作 {#work}\n\n- 负责产品定\u200b价，审核預算。\n",
	} {
		if err := os.MkdirAll(filepath.Join(dir, lang), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, lang, "fin.md"), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	org, err := content.Load(content.Dir(dir))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		lang         model.Lang
		query, shown string
	}{
		{model.En, "prices", "prices"},
		{model.En, "budget", "budget"},
		{model.En, "contracts", "contracts"},
		{model.En, "strasse", "Straße"},
		{model.En, "οδος", "ΟΔΟΣ"},
		// A capital keeps case (smart case) in search's case-keeping
		// form: width and accents still fold, as search's 'ABC does.
		{model.En, "ABC", "ＡＢＣ"},
		{model.En, "Zurich", "Zürich"}, // the page is NFC
		{model.En, "Strasse", "Straße"},
		{model.En, "ΟΔΟΣ", "ΟΔΟΣ"},
		{model.Zh, "定价", "定价"},
		// Other forms of the same text: the dotless ı, a Roman numeral,
		// traditional Chinese.
		{model.En, "diyarbakir", "Diyarbakır"},
		{model.En, "ii", "Ⅱ"},
		{model.Zh, "预算", "預算"},
		{model.Zh, "審核預算", "审核預算"},
	} {
		d := driveConfig(t, 100, 30, Config{Org: org, Lang: tc.lang, Theme: ThemeDark})
		d.reveal("fin/work/1").keys("tab", "f").typeText(tc.query).keys("enter")
		pg := d.explorer().page
		if len(pg.matches) != 1 {
			t.Fatalf("%s: %q: %d matches:\n%s", tc.lang.Code(), tc.query, len(pg.matches), d.screen())
		}
		if lit, _ := litCells(d.m.Render(), ansi.GraphemeWidth); visible(lit) != tc.shown {
			t.Errorf("%s: %q lights %q, not %q:\n%s", tc.lang.Code(), tc.query, lit, tc.shown, d.screen())
		}
	}
	// With a capital, case is kept: these differ from the page in case.
	for _, query := range []string{"Abc", "ZURICH", "Budget"} {
		d := driveConfig(t, 100, 30, Config{Org: org, Lang: model.En, Theme: ThemeDark})
		d.reveal("fin/work/1").keys("tab", "f").typeText(query).keys("enter")
		if n := len(d.explorer().page.matches); n != 0 {
			t.Errorf("%q: %d matches, want none (smart case):\n%s", query, n, d.screen())
		}
	}
}

// visible is s without its invisible format characters, which share the
// cell of the character before them.
func visible(s string) string {
	return strings.Map(func(r rune) rune {
		if analysis.IsFormat(r) {
			return -1
		}
		return r
	}, s)
}
