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
		"no TERM":       {args: []string{"show", "marketing"}, env: map[string]string{"PAGER": pager, "TERM": ""}, terminal: true, term: short},
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
		paras := strings.Split(org.Node("marketing").Body().In(lang), "\n\n")
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

// TestShowAnswersInTheReferencesLanguage: without --lang, a reference
// written with names in one language gets that language's page, as search
// answers in the query's language; ids say nothing, and --lang decides.
func TestShowAnswersInTheReferencesLanguage(t *testing.T) {
	zh := map[string]string{"LANG": "zh_CN.UTF-8"}
	for _, c := range []struct {
		inv  invocation
		want string
	}{
		{invocation{args: []string{"show", "市场部"}}, "# 市场部\n"},
		{invocation{args: []string{"show", "市场部 › 岗位 › 市场部经理"}}, "*市场部 › 岗位*\n\n# 市场部经理\n"},
		{invocation{args: []string{"show", "市场部/positions"}}, "*市场部*\n"},
		{invocation{args: []string{"show", "Sales department"}, env: zh}, "# Sales department\n"},
		{invocation{args: []string{"show", "sales"}, env: zh}, "# 销售部\n"},
		{invocation{args: []string{"show", "sales"}}, "# Sales department\n"},
		{invocation{args: []string{"--lang", "en", "show", "市场部"}}, "# Marketing department\n"},
	} {
		if r := c.inv.run(t).ok(t); !strings.HasPrefix(r.out, c.want) {
			t.Errorf("%q (env %v) begins:\n%s\nwant %q", c.inv.args, c.inv.env, firstLines(r.out, 3), c.want)
		}
	}
	if out := run(t, "compare", "市场部", "销售部").ok(t).out; !strings.Contains(out, "市场部") || strings.Contains(out, "Marketing department") {
		t.Errorf("compare 市场部 销售部 is not in Chinese:\n%.300s", out)
	}
}

// TestShowSuggestsWhatABreadcrumbNearlyNames: a breadcrumb one character
// off (市场经理 for 市场部经理, a misspelt section on the way) suggests the
// node it nearly names first, in the breadcrumb's language.
func TestShowSuggestsWhatABreadcrumbNearlyNames(t *testing.T) {
	for _, ref := range []string{"市场部 › 岗位 › 市场经理", "市场部 › 岗味 › 市场部经理", "marketing/positons/manager"} {
		r := run(t, "show", ref).fails(t, 1)
		lines := strings.Split(r.err, "\n")
		if len(lines) < 3 || lines[1] != "Did you mean one of these?" || !strings.HasPrefix(strings.TrimSpace(lines[2]), "marketing/positions/manager  ") {
			t.Errorf("show %q:\n%s", ref, r.err)
		}
		if strings.HasPrefix(ref, "市场部") && !strings.Contains(lines[2], "市场部经理") {
			t.Errorf("show %q suggests in another language: %s", ref, lines[2])
		}
	}
}

func firstLines(s string, n int) string {
	lines := strings.SplitN(s, "\n", n+1)
	return strings.Join(lines[:min(n, len(lines))], "\n")
}

// TestShowWidthPiped: an explicit --width is honoured when the output is
// piped: the page laid out to that width as plain text, not the Markdown
// with a paragraph a line (which ignored the flag without a word).
func TestShowWidthPiped(t *testing.T) {
	out := run(t, "show", "marketing", "--width", "40").ok(t).out
	lines := strings.Split(strings.TrimRight(out, "\n"), "\n")
	if len(lines) < 20 || !strings.Contains(out, "Marketing department") {
		t.Fatalf("not the page laid out:\n%s", out)
	}
	for _, l := range lines {
		if w := ansi.StringWidth(l); w > 40 {
			t.Errorf("a line of %d cells: %q", w, l)
		}
	}
	if strings.Contains(out, "\x1b") || strings.HasPrefix(out, "# ") || strings.Contains(out, "**") {
		t.Errorf("escape sequences or Markdown source in:\n%s", out)
	}
	// Without --width, still the Markdown for the reading tool.
	mustContain(t, run(t, "show", "marketing").ok(t).out, "# Marketing department\n")
}

// tryout14 #7: the start of a department's name that also begins other
// nodes' names (销售: 销售部 and the relation 销售部向市场部反馈什么; "sale")
// names the department, as compare and matrix read it, and the others are
// listed beside it; two departments so named stay ambiguous.
func TestShowDepartmentByItsStart(t *testing.T) {
	for _, c := range []struct {
		ref, dept, page string
		also            []string
	}{
		{"销售", "sales (销售部)", "# 销售部\n", []string{"  sales-to-marketing ", " 销售部向市场部反馈什么\n"}},
		{"市场", "marketing (市场部)", "# 市场部\n", []string{"  market-vs-sales ", "  marketing-to-sales "}},
		{"sale", "sales (Sales department)", "# Sales department\n", []string{"  sales-to-marketing ", " What sales reports to marketing\n"}},
	} {
		r := run(t, "show", c.ref).ok(t)
		if !strings.HasPrefix(r.out, c.page) {
			t.Errorf("show %s: page begins %q, want %q", c.ref, r.out[:min(len(r.out), 40)], c.page)
		}
		mustContain(t, r.err, append([]string{"dutymap show: \"" + c.ref + "\" is read as " + c.dept + "\n",
			"dutymap show: \"" + c.ref + "\" also names:\n"}, c.also...)...)
		// compare reads it the same.
		mustContain(t, run(t, "compare", c.ref, "finance").ok(t).err, "dutymap compare: \""+c.ref+"\" is read as "+c.dept+"\n")
	}
	dir := writeFiles(t, map[string]string{
		"en/sales-east.md": "---\nid: sales-east\nname: Sales east\n---\n\n## Duties {#duties}\n\n- Visit customers.\n",
		"en/sales-west.md": "---\nid: sales-west\nname: Sales west\n---\n\n## Duties {#duties}\n\n- Visit customers.\n",
	})
	r := run(t, "--content", dir, "--builtin=false", "show", "sales").fails(t, 1)
	mustContain(t, r.err, `"sales" names 2 nodes; use one of these paths:`)
}

// tryout21: a word of a department's name ("manager": General manager's
// office) is how show reads a reference that names no node whole; the
// positions named with that word (Marketing manager) are listed beside
// it, so the reader who meant one finds its path.
func TestShowListsPositionsNamedByTheWord(t *testing.T) {
	for _, c := range []struct{ ref, dept, pos string }{
		{"manager", "general-office (General manager's office)", "Marketing manager\n"},
		{"经理", "general-office (总经理办公室)", "市场部经理\n"},
	} {
		r := run(t, "show", c.ref).ok(t)
		mustContain(t, r.err, "dutymap show: \""+c.ref+"\" is read as "+c.dept+"\n", "dutymap show: \""+c.ref+"\" also names:\n",
			"  marketing/positions/manager ", c.pos)
	}
	// A name given whole lists nothing beside it.
	if r := run(t, "show", "marketing manager").ok(t); strings.Contains(r.err, "also names") {
		t.Errorf("show \"marketing manager\": %s", r.err)
	}
}
