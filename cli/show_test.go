package cli

import (
	"errors"
	"image/color"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/dutymap/dutymap/content"
	"github.com/dutymap/dutymap/model"
	"github.com/dutymap/dutymap/page"
)

// fakeTerminal is a terminal of a given size and background; a nil
// background is a terminal that never answers the question.
type fakeTerminal struct {
	w, h int
	bg   color.Color
}

func (f fakeTerminal) Size() (int, int, error) {
	if f.w == 0 {
		return 0, 0, errors.New("not a terminal")
	}
	return f.w, f.h, nil
}

func (f fakeTerminal) Background() (color.Color, error) {
	if f.bg == nil {
		return nil, errors.New("no answer")
	}
	return f.bg, nil
}

var (
	white = color.RGBA{0xff, 0xff, 0xff, 0xff}
	black = color.RGBA{0, 0, 0, 0xff}
)

// widest is the widest line of out, as a terminal counts it.
func widest(out string) int {
	w := 0
	for _, l := range strings.Split(out, "\n") {
		w = max(w, page.Width(l))
	}
	return w
}

// TestShowUsesTheTerminalsWidth is ../shared/cases/terminal/11: the width
// comes from the terminal (TIOCGWINSZ), not $COLUMNS, which bash sets
// without exporting; $COLUMNS only when the terminal does not say.
func TestShowUsesTheTerminalsWidth(t *testing.T) {
	for _, tc := range []struct {
		name    string
		term    fakeTerminal
		env     map[string]string
		args    []string
		atMost  int
		atLeast int
	}{
		{"terminal of 60", fakeTerminal{w: 60, h: 1000}, map[string]string{"COLUMNS": "200"}, nil, 60, 55},
		{"terminal says nothing", fakeTerminal{}, map[string]string{"COLUMNS": "50", "LINES": "1000"}, nil, 50, 45},
		{"wide terminal: reading width", fakeTerminal{w: 200, h: 1000}, nil, nil, readingWidth, readingWidth - 5},
		{"--width", fakeTerminal{w: 200, h: 1000}, nil, []string{"--width", "40"}, 40, 35},
		{"--width past the reading width", fakeTerminal{w: 60, h: 1000}, nil, []string{"--width", "140"}, 140, 120},
	} {
		t.Run(tc.name, func(t *testing.T) {
			args := append([]string{"show", "marketing"}, tc.args...)
			out := invocation{args: args, env: tc.env, terminal: true, term: tc.term}.run(t).ok(t).out
			if w := widest(out); w > tc.atMost || w < tc.atLeast {
				t.Fatalf("widest line %d cells, want %d to %d:\n%s", w, tc.atLeast, tc.atMost, ansi.Strip(out))
			}
		})
	}
	for _, bad := range []string{"5", "0x", "-3", "5000"} {
		mustContain(t, run(t, "show", "marketing", "--width", bad).fails(t, 2).err, "--width")
	}
}

// writePager writes a pager that says how it was called, then shows its
// input, and returns its path.
func writePager(t *testing.T) string {
	t.Helper()
	if runtime.GOOS == "windows" {
		t.Skip("the test pager is a shell script")
	}
	path := filepath.Join(t.TempDir(), "pager")
	script := "#!/bin/sh\necho \"PAGER args=$* LESS=$LESS\"\ncat\n"
	if err := os.WriteFile(path, []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestShowPager checks a page taller than the terminal goes through
// $PAGER, one that fits does not, and --no-pager prints it.
func TestShowPager(t *testing.T) {
	pager := writePager(t)
	short := fakeTerminal{w: 80, h: 10}
	r := invocation{args: []string{"show", "marketing"}, env: map[string]string{"PAGER": pager + " -X"}, terminal: true, term: short}.run(t).ok(t)
	if !strings.HasPrefix(r.out, "PAGER args=-X LESS=R\n") {
		t.Fatalf("pager not run, or run without its arguments or LESS=R:\n%.300s", r.out)
	}
	mustContain(t, ansi.Strip(r.out), "Marketing department")
	if !strings.Contains(r.out, "\x1b[") {
		t.Errorf("the pager was given text without its styles")
	}

	r = invocation{args: []string{"show", "marketing"}, env: map[string]string{"PAGER": pager, "LESS": "-S"}, terminal: true, term: short}.run(t).ok(t)
	mustContain(t, r.out, "LESS=-S\n") // the user's LESS stands

	for name, inv := range map[string]invocation{
		"--no-pager":    {args: []string{"show", "marketing", "--no-pager"}, env: map[string]string{"PAGER": pager}, terminal: true, term: short},
		"fits":          {args: []string{"show", "marketing/positions/manager/3"}, env: map[string]string{"PAGER": pager}, terminal: true, term: fakeTerminal{w: 80, h: 100}},
		"piped":         {args: []string{"show", "marketing"}, env: map[string]string{"PAGER": pager, "LINES": "5"}},
		"dumb terminal": {args: []string{"show", "marketing"}, env: map[string]string{"PAGER": pager, "TERM": "dumb"}, terminal: true, term: short},
	} {
		if r := inv.run(t).ok(t); strings.Contains(r.out, "PAGER args") {
			t.Errorf("%s: the pager ran", name)
		}
	}

	r = invocation{args: []string{"show", "marketing"}, env: map[string]string{"PAGER": "no-such-pager-here"}, terminal: true, term: short}.run(t).ok(t)
	mustContain(t, r.err, `cannot start the pager "no-such-pager-here"`)
	mustContain(t, ansi.Strip(r.out), "Marketing department")
}

// TestShowThemeAuto is ../shared/cases/terminal/10: auto asks the terminal
// for its background, then reads $COLORFGBG, then assumes dark.
func TestShowThemeAuto(t *testing.T) {
	show := func(term fakeTerminal, env map[string]string, args ...string) string {
		term.w, term.h = 80, 1000
		return invocation{args: append([]string{"show", "sales"}, args...), env: env, terminal: true, term: term}.run(t).ok(t).out
	}
	dark, light := show(fakeTerminal{}, nil, "--theme", "dark"), show(fakeTerminal{}, nil, "--theme", "light")
	if dark == light {
		t.Fatal("dark and light render the same")
	}
	for _, tc := range []struct {
		name string
		term fakeTerminal
		env  map[string]string
		want string
	}{
		{"white terminal", fakeTerminal{bg: white}, nil, light},
		{"black terminal", fakeTerminal{bg: black}, map[string]string{"COLORFGBG": "0;15"}, dark},
		{"no answer, COLORFGBG light", fakeTerminal{}, map[string]string{"COLORFGBG": "0;15"}, light},
		{"no answer", fakeTerminal{}, nil, dark},
		{"--theme beats the terminal", fakeTerminal{bg: white}, nil, dark},
	} {
		args := []string{}
		if strings.HasPrefix(tc.name, "--theme") {
			args = []string{"--theme", "dark"}
		}
		if got := show(tc.term, tc.env, args...); got != tc.want {
			t.Errorf("%s: wrong theme", tc.name)
		}
	}
}

// TestShowWithoutColour checks NO_COLOR keeps attributes and TERM=dumb
// prints no escape sequence at all; neither shows Markdown syntax.
func TestShowWithoutColour(t *testing.T) {
	term := fakeTerminal{w: 80, h: 1000}
	mono := invocation{args: []string{"show", "marketing"}, env: map[string]string{"NO_COLOR": "1"}, terminal: true, term: term}.run(t).ok(t).out
	dumb := invocation{args: []string{"show", "marketing"}, env: map[string]string{"TERM": "dumb"}, terminal: true, term: term}.run(t).ok(t).out
	if !strings.Contains(mono, "\x1b[1m") || strings.Contains(mono, "\x1b[38;") {
		t.Errorf("NO_COLOR: want bold and no colour")
	}
	if strings.Contains(dumb, "\x1b") {
		t.Errorf("TERM=dumb: escape sequence in the output")
	}
	trimmed := func(s string) string {
		ls := strings.Split(s, "\n")
		for i, l := range ls {
			ls[i] = strings.TrimRight(l, " ")
		}
		return strings.Join(ls, "\n")
	}
	if trimmed(ansi.Strip(mono)) != trimmed(dumb) {
		t.Errorf("TERM=dumb lays the page out differently from NO_COLOR")
	}
	for _, s := range []string{mono, dumb} {
		plain := ansi.Strip(s)
		mustContain(t, plain, "staff department", "## Traits")
		if strings.Contains(plain, "**") || strings.Contains(plain, "# Marketing department") {
			t.Errorf("Markdown syntax on the page:\n%.400s", plain)
		}
	}
}

// TestShowPipedUnwrapped checks piped output is Markdown with each
// paragraph on one line, so the reading tool wraps it: every paragraph of
// the description (hard-wrapped in the content files) is one line.
func TestShowPipedUnwrapped(t *testing.T) {
	org := loadOrg(t, content.Builtin())
	squeeze := func(s string) string { return strings.Join(strings.Fields(s), "") }
	for _, lang := range model.Langs {
		out := run(t, "--lang", lang.Code(), "show", "marketing").ok(t).out
		lines := map[string]bool{}
		for _, l := range strings.Split(out, "\n") {
			lines[squeeze(l)] = true
		}
		paras := strings.Split(org.Node("marketing").Body.In(lang), "\n\n")
		for _, p := range paras {
			if !strings.Contains(p, "\n") {
				continue // written on one line: proves nothing
			}
			if !lines[squeeze(p)] {
				t.Errorf("%s: paragraph not on one line: %.80q", lang.Code(), p)
			}
		}
	}
	mustContain(t, run(t, "show", "marketing").ok(t).out, "the **staff department**, while sales is the **line department**")
}

// TestShowAnswersInTheReferencesLanguage: a reference written in Chinese
// shows the Chinese page (and compare and matrix answer in Chinese) unless
// --lang says otherwise, as a search in Chinese does (tryout N2: show 市场部
// printed the English page under an English locale).
func TestShowAnswersInTheReferencesLanguage(t *testing.T) {
	out := run(t, "show", "市场部").ok(t).out
	if !strings.HasPrefix(out, "# 市场部") {
		t.Errorf("show 市场部 is not the Chinese page:\n%.200s", out)
	}
	if out := run(t, "show", "市场部", "--lang", "en").ok(t).out; !strings.HasPrefix(out, "# Marketing department") {
		t.Errorf("--lang en is not obeyed:\n%.200s", out)
	}
	if out := run(t, "show", "marketing").ok(t).out; !strings.HasPrefix(out, "# Marketing department") {
		t.Errorf("an id shows the page in the locale's language:\n%.200s", out)
	}
	if out := run(t, "compare", "市场部", "销售部").ok(t).out; !strings.Contains(out, "市场部") || strings.Contains(out, "Marketing department") {
		t.Errorf("compare 市场部 销售部 is not in Chinese:\n%.300s", out)
	}
}

// TestShowPipedWidthSaysItDoesNothing: --width given with piped output,
// where the page is Markdown with a paragraph a line, says so rather than
// being silently ignored (tryout N18); the Markdown itself is unchanged.
func TestShowPipedWidthSaysItDoesNothing(t *testing.T) {
	plain := run(t, "show", "marketing").ok(t)
	r := run(t, "show", "marketing", "--width", "40").ok(t)
	if r.out != plain.out || !strings.Contains(r.err, "--width sets the width on a terminal") {
		t.Errorf("stderr %q; output changed: %v", r.err, r.out != plain.out)
	}
	if plain.err != "" {
		t.Errorf("without --width, nothing on stderr: %q", plain.err)
	}
}
