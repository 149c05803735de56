package cli

import (
	"bytes"
	"fmt"
	"regexp"
	"runtime"
	"runtime/debug"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/dutymap/dutymap/content"
	"github.com/dutymap/dutymap/model"
)

// myorg is the hand-written English-only bakery used as a user's own
// organisation; search and compare tests may use it too.
const myorg = "testdata/myorg"

// result is what a user sees after running a command.
type result struct {
	code     int
	out, err string
}

// invocation describes how the command is run: arguments, environment and
// whether standard output is a terminal, and which one (without term, its
// size comes from $COLUMNS and $LINES, and it is tall enough that show
// never starts a pager unless the test sets LINES).
type invocation struct {
	args     []string
	env      map[string]string
	terminal bool
	term     Terminal
}

func (inv invocation) run(t *testing.T) result {
	t.Helper()
	var out, errb bytes.Buffer
	env := map[string]string{}
	if inv.terminal {
		env["TERM"] = "xterm-256color" // a terminal has a TERM
		if inv.term == nil {
			env["LINES"] = "100000"
		}
	}
	for k, v := range inv.env {
		env[k] = v
	}
	code := Run(inv.args, IO{
		In: strings.NewReader(""), Out: &out, Err: &errb,
		// terminal: a user at a terminal, all three streams on it.
		IsTerminal: inv.terminal, ErrIsTerminal: inv.terminal, InIsTerminal: inv.terminal,
		Terminal: inv.term,
		Getenv:   func(k string) string { return env[k] },
	})
	return result{code, out.String(), errb.String()}
}

// run runs dutymap with piped output and an empty environment, so the
// language is English unless --lang says otherwise.
func run(t *testing.T, args ...string) result {
	t.Helper()
	return invocation{args: args}.run(t)
}

// ok fails the test unless the command exited 0.
func (r result) ok(t *testing.T) result {
	t.Helper()
	if r.code != 0 {
		t.Fatalf("exit %d, want 0\nstdout:\n%s\nstderr:\n%s", r.code, r.out, r.err)
	}
	return r
}

// fails fails the test unless the command exited with code and printed
// nothing to standard output.
func (r result) fails(t *testing.T, code int) result {
	t.Helper()
	if r.code != code {
		t.Fatalf("exit %d, want %d\nstdout:\n%s\nstderr:\n%s", r.code, code, r.out, r.err)
	}
	if r.out != "" {
		t.Errorf("a failing command printed to stdout:\n%s", r.out)
	}
	if r.err == "" {
		t.Errorf("a failing command gave no message on stderr")
	}
	return r
}

func mustContain(t *testing.T, s string, want ...string) {
	t.Helper()
	for _, w := range want {
		if !strings.Contains(s, w) {
			t.Errorf("output lacks %q:\n%s", w, s)
		}
	}
}

// assertPlain fails on any control byte but newline and tab: piped output
// must be safe to feed to other programs and to paste.
func assertPlain(t *testing.T, what, s string) {
	t.Helper()
	for i, r := range s {
		if r == '\n' || r == '\t' {
			continue
		}
		if r < 0x20 || r == 0x7f || (r >= 0x80 && r <= 0x9f) {
			t.Fatalf("%s: control character %U at byte %d: %q", what, r, i, s[max(0, i-40):min(len(s), i+40)])
		}
	}
}

// loadOrg loads content the way the tests' commands do, to compute
// expectations from the data rather than hard-coding them.
func loadOrg(t *testing.T, layers ...content.Layer) *model.Org {
	t.Helper()
	org, err := content.Load(layers...)
	if err != nil {
		t.Fatal(err)
	}
	return org
}

func TestEveryCommandHasHelpWithExample(t *testing.T) {
	cmds := (&app{}).rootCmd().Commands()
	if len(cmds) < 4 {
		t.Fatalf("only %d subcommands registered", len(cmds))
	}
	for _, c := range cmds {
		t.Run(c.Name(), func(t *testing.T) {
			if c.Long == "" || c.Example == "" || c.Short == "" {
				t.Fatalf("%s needs Short, Long and Example help text", c.Name())
			}
			r := run(t, c.Name(), "--help").ok(t)
			firstLine, _, _ := strings.Cut(c.Long, "\n")
			mustContain(t, r.out, firstLine, "Examples:", "dutymap "+c.Name())
			assertPlain(t, c.Name()+" --help", r.out)
		})
	}
}

func TestShowPath(t *testing.T) {
	r := run(t, "show", "marketing/positions/manager").ok(t)
	mustContain(t, r.out, "# Marketing manager\n", "*Marketing department › Positions*", "## Sources\n")
	if strings.Contains(r.out, "Content layer") {
		t.Error("a single layer is named on the page")
	}
	if r.err != "" {
		t.Errorf("unexpected stderr: %s", r.err)
	}
}

func TestShowDuty(t *testing.T) {
	org := loadOrg(t, content.Builtin())
	duty := org.Node("marketing/positions/manager/3")
	if duty == nil || !duty.Kind.IsLeaf() {
		t.Fatal("built-in content lost marketing/positions/manager/3")
	}
	r := run(t, "show", "marketing/positions/manager/3").ok(t)
	mustContain(t, r.out, "# "+mdEsc(duty.Title[model.En])+"\n", "*Marketing department › Positions › Marketing manager*")
}

func TestShowByIDNameOrAlias(t *testing.T) {
	org := loadOrg(t, content.Builtin())
	topic := org.Topics[0]
	for _, ref := range []string{"marketing", "MARKETING DEPARTMENT", "mkt", "Mkt", "  marketing/  "} {
		r := run(t, "show", ref).ok(t)
		if !strings.HasPrefix(r.out, "# Marketing department\n") {
			t.Errorf("show %q printed:\n%.200s", ref, r.out)
		}
	}
	// A path may start with an alias; a topic is found by its name.
	mustContain(t, run(t, "show", "mkt/positions/manager").ok(t).out, "# Marketing manager\n")
	mustContain(t, run(t, "show", strings.ToUpper(topic.Title[model.En])).ok(t).out, "# "+mdEsc(topic.Title[model.En])+"\n")
	// A name in Chinese answers in Chinese (TestShowAnswersInTheReferencesLanguage).
	mustContain(t, run(t, "show", topic.Title[model.Zh]).ok(t).out, "# "+mdEsc(topic.Title[model.Zh])+"\n")
	mustContain(t, run(t, "show", "市场部").ok(t).out, "# 市场部\n")
}

func TestShowChinese(t *testing.T) {
	org := loadOrg(t, content.Builtin())
	r := run(t, "--lang", "zh", "show", "marketing").ok(t)
	mustContain(t, r.out, "# "+org.Node("marketing").Title[model.Zh]+"\n", "## 特征")
	r = invocation{args: []string{"show", "sales"}, env: map[string]string{"LANG": "zh_CN.UTF-8"}}.run(t).ok(t)
	mustContain(t, r.out, "# "+org.Node("sales").Title[model.Zh]+"\n")
}

func TestShowNotFoundSuggests(t *testing.T) {
	r := run(t, "show", "marketing/positions/managr").fails(t, 1)
	mustContain(t, r.err, `"marketing/positions/managr"`, "Did you mean", "marketing/positions/manager ", "Marketing manager")

	r = run(t, "show", "MKT/positions/managr").fails(t, 1)
	mustContain(t, r.err, "marketing/positions/manager ")

	// The start or an abbreviation of a department's name is read as the
	// department, as compare reads it, with a word on stderr.
	r = run(t, "show", "plann").ok(t)
	mustContain(t, r.out, "# Planning department\n")
	mustContain(t, r.err, `"plann" is read as planning (Planning department)`)

	// A section's id is suggested, not shown: section ids repeat.
	r = run(t, "show", "customer service").fails(t, 1)
	mustContain(t, r.err, "Did you mean", "sales/customer-service ")

	r = run(t, "show", "qqqq").fails(t, 1)
	mustContain(t, r.err, "Departments: marketing, sales")
}

func TestShowAmbiguousName(t *testing.T) {
	r := run(t, "show", "Responsibilities").fails(t, 1)
	mustContain(t, r.err, "marketing/responsibilities", "hr/responsibilities", "use one of these paths")
}

func TestShowUsageErrors(t *testing.T) {
	mustContain(t, run(t, "show").fails(t, 2).err, "expected REF", "example: dutymap show")
	run(t, "show", "a", "b").fails(t, 2)
	run(t, "show", "").fails(t, 2)
	mustContain(t, run(t, "--lang", "fr", "show", "sales").fails(t, 2).err, "use en or zh")
	mustContain(t, run(t, "show", "--builtin=false", "sales").fails(t, 2).err, "--content")
}

func TestShowPipedIsPlainMarkdown(t *testing.T) {
	org := loadOrg(t, content.Builtin())
	for _, lang := range []string{"en", "zh"} {
		for i, n := range org.Nodes() {
			// Every document, and a sample of the rest: each run loads all content.
			if !n.Kind.IsDocument() && i%15 != 0 {
				continue
			}
			r := run(t, "--lang", lang, "show", n.Path).ok(t)
			assertPlain(t, "show "+n.Path, r.out)
		}
	}
}

func TestShowTerminalRendersWithGlamour(t *testing.T) {
	body := loadOrg(t, content.Builtin()).Node("marketing").Body()[model.En]
	firstParagraph, _, _ := strings.Cut(body, "\n\n")
	colour := regexp.MustCompile(`\x1b\[[0-9;]*(38|48);`)
	for _, tc := range []struct {
		name       string
		env        map[string]string
		width      int
		wantColour bool
	}{
		{"default", nil, 80, true},
		{"columns", map[string]string{"COLUMNS": "50"}, 50, true},
		{"bad columns", map[string]string{"COLUMNS": "wide"}, 80, true},
		{"no colour", map[string]string{"NO_COLOR": "1"}, 80, false},
		{"chinese", map[string]string{"LANG": "zh_CN.UTF-8", "COLUMNS": "60"}, 60, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := invocation{args: []string{"show", "marketing"}, env: tc.env, terminal: true}.run(t).ok(t)
			if got := colour.MatchString(r.out); got != tc.wantColour {
				t.Errorf("colours present = %v, want %v", got, tc.wantColour)
			}
			if !regexp.MustCompile(`\x1b\[([0-9;]*;)?1m`).MatchString(r.out) {
				t.Errorf("no bold text: styles lost")
			}
			if strings.HasPrefix(r.out, "# ") {
				t.Errorf("terminal output is raw Markdown, not rendered:\n%.200s", r.out)
			}
			for i, line := range strings.Split(r.out, "\n") {
				if w := ansi.StringWidth(line); w > tc.width {
					t.Fatalf("line %d is %d columns wide, more than %d: %q", i+1, w, tc.width, ansi.Strip(line))
				}
			}
			if tc.env["LANG"] == "" {
				assertWordsWhole(t, ansi.Strip(r.out), firstParagraph)
			}
		})
	}
}

// assertWordsWhole checks that wrapping broke lines between words, never
// inside one.
func assertWordsWhole(t *testing.T, rendered, text string) {
	t.Helper()
	tokens := map[string]bool{}
	for _, w := range strings.Fields(rendered) {
		tokens[strings.Trim(w, ".,;:*()")] = true
	}
	for _, w := range strings.Fields(text) {
		if w = strings.Trim(w, ".,;:*()"); !tokens[w] {
			t.Errorf("word %q was split by wrapping", w)
		}
	}
}

func TestShowThemes(t *testing.T) {
	dark := invocation{args: []string{"show", "sales", "--theme", "dark"}, terminal: true}.run(t).ok(t).out
	light := invocation{args: []string{"show", "sales", "--theme", "light"}, terminal: true}.run(t).ok(t).out
	if dark == light {
		t.Error("--theme dark and light render the same")
	}
	if ansi.Strip(dark) == dark {
		t.Error("dark theme has no colours")
	}
	auto := invocation{args: []string{"show", "sales"}, env: map[string]string{"COLORFGBG": "0;15"}, terminal: true}.run(t).ok(t).out
	if auto != light {
		t.Error("--theme auto ignores a light background in COLORFGBG")
	}
	r := invocation{args: []string{"show", "sales", "--theme", "pink"}, terminal: true}.run(t).fails(t, 2)
	mustContain(t, r.err, "dark, light or auto")
}

// show's colours are what the terminal shows, as in the explorer: a
// 16-colour terminal gets no 256-colour codes, one without a TERM no
// colours at all (it gets TERM=dumb's plain page: hostile13 #14), and the
// text is the same (hostile12 #8).
func TestShowColoursFitTheTerminal(t *testing.T) {
	page := func(term string) string {
		return invocation{args: []string{"show", "finance", "--theme", "dark"}, env: map[string]string{"TERM": term}, terminal: true}.run(t).ok(t).out
	}
	full, sixteen, none := page("xterm-256color"), page("xterm"), page("")
	if dumb := page("dumb"); none != dumb {
		t.Errorf("no TERM: want TERM=dumb's page, got\n%q", none)
	}
	trimmed := func(s string) string {
		ls := strings.Split(s, "\n")
		for i, l := range ls {
			ls[i] = strings.TrimRight(l, " ")
		}
		return strings.Join(ls, "\n")
	}
	if !strings.Contains(full, "38;5;") {
		t.Errorf("xterm-256color: no 256-colour codes in\n%q", full)
	}
	if strings.Contains(sixteen, "38;5;") || strings.Contains(sixteen, "48;5;") || ansi.Strip(sixteen) == sixteen {
		t.Errorf("xterm: want 16 colours only, got\n%q", sixteen)
	}
	if none != ansi.Strip(none) {
		t.Errorf("no TERM: want no escape sequences, got\n%q", none)
	}
	if ansi.Strip(full) != ansi.Strip(sixteen) || trimmed(ansi.Strip(full)) != trimmed(none) {
		t.Error("the text differs between terminals")
	}
}

func TestMyOrgOnItsOwn(t *testing.T) {
	flags := []string{"--content", myorg, "--builtin=false"}
	r := run(t, append(flags, "show", "kitchen")...).ok(t)
	mustContain(t, r.out, "# Kitchen\n", "| Analogy | The engine room of a ship. |", "## Positions — 5 duties",
		"### Head baker — 3 duties [2]\n\n1. Write the recipes and the bake list.\n", // the shared mark once, on the heading
		"Crumb & Co. staff handbook")
	assertPlain(t, "show kitchen", r.out)

	mustContain(t, run(t, append(flags, "show", "FOH")...).ok(t).out, "# Front of house\n")
	mustContain(t, run(t, append(flags, "show", "head baker")...).ok(t).out, "# Head baker\n", "1. Write the recipes and the bake list.")
	mustContain(t, run(t, append(flags, "show", "front-of-house/positions/shift-lead/2")...).ok(t).out,
		"# Decide when to mark down the day's leftover bread.\n")
	mustContain(t, run(t, append(flags, "show", "kitchen-to-front")...).ok(t).out, "From: **Kitchen** → To: **Front of house**")

	// A single-language organisation still shows its text in Chinese mode.
	mustContain(t, run(t, append(flags, "--lang", "zh", "show", "accounts")...).ok(t).out, "# Accounts\n", "## 特征")

	// The built-in departments are not there.
	r = run(t, append(flags, "show", "marketing")...).fails(t, 1)
	mustContain(t, r.err, "Departments: front-of-house, kitchen, accounts")
}

func TestMyOrgLayeredOverBuiltin(t *testing.T) {
	r := run(t, "--content", myorg, "show", "kitchen").ok(t)
	mustContain(t, r.out, "# Kitchen\n", "*Content layer: "+myorg+"*")
	r = run(t, "--content", myorg, "show", "marketing").ok(t)
	mustContain(t, r.out, "# Marketing department\n", "*Content layer: built-in*")
}

func TestContentFromEnvironment(t *testing.T) {
	env := map[string]string{ContentEnv: myorg}
	r := invocation{args: []string{"--builtin=false", "show", "bakehouse"}, env: env}.run(t).ok(t)
	mustContain(t, r.out, "# Kitchen\n")

	// Layered over the built-in content, the page names its layer.
	r = invocation{args: []string{"show", "bakehouse"}, env: env}.run(t).ok(t)
	mustContain(t, r.out, "*Content layer: "+myorg+"*")

	env[ContentEnv] = "testdata/does-not-exist"
	r = invocation{args: []string{"--builtin=false", "show", "kitchen"}, env: env}.run(t).fails(t, 1)
	mustContain(t, r.err, "testdata/does-not-exist")
}

func TestShowBrokenContentExits1(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir+"/en/x.md", "---\nid: x\nname: X\ntraits:\n  mood: grumpy\n---\n")
	r := run(t, "--content", dir, "--builtin=false", "show", "x").fails(t, 1)
	mustContain(t, r.err, dir+"/en/x.md:5:", `"mood"`, "fix:")
}

func TestVersion(t *testing.T) {
	r := run(t, "version").ok(t)
	if !strings.HasPrefix(r.out, "dutymap ") {
		t.Errorf("version output starts %q", r.out)
	}
	mustContain(t, r.out, runtime.Version(), runtime.GOOS+"/"+runtime.GOARCH)
	run(t, "version", "extra").fails(t, 2)
}

func TestVersionText(t *testing.T) {
	bi := &debug.BuildInfo{GoVersion: "go1.99", Main: debug.Module{Path: "github.com/dutymap/dutymap", Version: "v1.2.3"},
		Settings: []debug.BuildSetting{{Key: "vcs.revision", Value: "abc123"}, {Key: "vcs.modified", Value: "true"}, {Key: "vcs.time", Value: "2025-01-02T03:04:05Z"}}}
	got := versionText(bi)
	want := fmt.Sprintf("dutymap v1.2.3\ngo: go1.99 %s/%s\nrevision: abc123 (with uncommitted changes)\ncommit time: 2025-01-02T03:04:05Z\n", runtime.GOOS, runtime.GOARCH)
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	bi = &debug.BuildInfo{Main: debug.Module{Version: "(devel)"}}
	// Built without VCS stamps (-buildvcs=false): the line says so (tryout23).
	if got := versionText(bi); !strings.HasPrefix(got, "dutymap devel\n") || !strings.HasSuffix(got, "\nrevision: unknown (built without version-control information)\n") {
		t.Errorf("devel build: %q", got)
	}
	if got := versionText(nil); !strings.HasPrefix(got, "dutymap devel\ngo: "+runtime.Version()) {
		t.Errorf("no build info: %q", got)
	}
}

// TestShowDutyListsSimilarDuties: like the explorer, show lists the
// similar duties elsewhere, each with its tier; a duty worded the same
// in another place is listed by that place, not as "very similar" to
// itself (tryout11 nit): the research duty is worded the same in both
// positions in English, differently in Chinese.
func TestShowDutyListsSimilarDuties(t *testing.T) {
	r := run(t, "show", "marketing/responsibilities/1").ok(t)
	mustContain(t, r.out, "## Similar duties elsewhere", "Focus at each stage of the product life cycle › Growth* (very similar)")
	r = run(t, "show", "marketing/positions/furniture-scheme/research-planning-specialist/3").ok(t)
	mustContain(t, r.out, "## The same duty is also listed under\n\n- *Marketing department › Positions › The compilation's scheme › Market research supervisor*\n")
	if strings.Contains(r.out, "(very similar)") {
		t.Errorf("the duty is listed as very similar to itself:\n%s", r.out)
	}
	r = run(t, "show", "--lang", "zh", "marketing/positions/furniture-scheme/research-planning-specialist/3").ok(t)
	mustContain(t, r.out, "## 别处的相似职责", "（非常相似）")
}

// TestOneVocabulary: help says what the output says. The brief's term is
// "hand-off"; a comparison pairs "similar" duties (not "shared" ones) and
// marks each with a tier the output prints: very similar, similar or
// related. Every command's help, and the words the explorer and compare
// print, are checked.
func TestOneVocabulary(t *testing.T) {
	texts := map[string]string{"dutymap --help": run(t, "--help").ok(t).out}
	for _, c := range (&app{}).rootCmd().Commands() {
		texts["dutymap "+c.Name()+" --help"] = run(t, c.Name(), "--help").ok(t).out
	}
	texts["compare marketing planning"] = run(t, "compare", "marketing", "planning").ok(t).out
	for where, text := range texts {
		for _, word := range []string{"hand-over", "handover", "hand over", "loosely similar", "shared duties"} {
			if strings.Contains(strings.ToLower(text), word) {
				t.Errorf("%s says %q", where, word)
			}
		}
	}
	mustContain(t, texts["dutymap compare --help"], "very similar, similar or related")
	mustContain(t, texts["dutymap --help"], "similar duties, hand-offs")
	mustContain(t, texts["compare marketing planning"], "No hand-off between them is recorded.")
}

// TestOneLanguageContentShownInIt: content written in Chinese alone is
// shown with Chinese labels when no --lang asks otherwise (the locale
// being English or unset), as the explorer shows it; --lang en still
// gives English labels.
func TestOneLanguageContentShownInIt(t *testing.T) {
	dir := writeFiles(t, map[string]string{"zh/a.md": "---\nid: a\nname: 甲部\n---\n\n## 工作 {#work}\n\n- 检查工作。\n"})
	for _, env := range []map[string]string{nil, {"LANG": "en_GB.UTF-8"}} {
		r := invocation{args: []string{"--builtin=false", "--content", dir, "show", "a"}, env: env}.run(t).ok(t)
		mustContain(t, r.out, "工作 — 1 项职责")
	}
	r := run(t, "--builtin=false", "--content", dir, "--lang", "en", "show", "a").ok(t)
	mustContain(t, r.out, "工作 — 1 duty")
}

// tryout9: a whole-number flag that does not parse says what is wrong and
// the range the flag takes, not Go's strconv text.
func TestNumberFlagsSayTheirRange(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"search", "x", "--limit", "99999999999999999999"}, `dutymap search: --limit "99999999999999999999" is too large: give a whole number, 0 or more (at most 9223372036854775807)`},
		{[]string{"search", "x", "--limit", "ten"}, "dutymap search: --limit \"ten\" is not a whole number: give a whole number, 0 or more\n"},
		{[]string{"show", "x", "--width", "-99999999999999999999"}, `dutymap show: --width "-99999999999999999999" is too small: give a whole number from 20 to 1000, or 0 for the terminal's width`},
		{[]string{"show", "x", "--width", "abc"}, `dutymap show: --width "abc" is not a whole number: give a whole number from 20 to 1000, or 0 for the terminal's width`},
		// The message showed " 40" as "40 is not a whole number" (hunt21).
		{[]string{"show", "x", "--width", " 40"}, `dutymap show: --width has spaces around 40: give the number alone, as in  --width 40`},
		{[]string{"search", "x", "--limit", "5\t"}, `dutymap search: --limit has spaces around 5: give the number alone, as in  --limit 5`},
		{[]string{"show", "x", "--width", "5"}, `dutymap show: --width 5 is too small: give a whole number from 20 to 1000, or 0 for the terminal's width`},
		{[]string{"serve", "--max-sessions", "1e3"}, "dutymap serve: --max-sessions \"1e3\" is not a whole number: give a whole number, 1 or more\n"},
	} {
		r := run(t, tc.args...).fails(t, 2)
		if !strings.HasPrefix(r.err, tc.want) || strings.Contains(r.err, "strconv") {
			t.Errorf("%v:\n%s\nwant it to start %q", tc.args, r.err, tc.want)
		}
	}
}

// tryout9: --theme is a global flag, as the docs list it: accepted before
// or after any command ("dutymap --theme light search x" said "unknown
// flag"), used by show wherever it is written, refused the same way
// everywhere when its value is wrong.
func TestThemeIsGlobal(t *testing.T) {
	plain := run(t, "search", "prices", "--limit", "1").ok(t).out
	for _, args := range [][]string{
		{"--theme", "light", "search", "prices", "--limit", "1"},
		{"search", "prices", "--limit", "1", "--theme", "dark"},
	} {
		if got := run(t, args...).ok(t).out; got != plain {
			t.Errorf("%v printed %q, want %q", args, got, plain)
		}
	}
	show := func(args ...string) string {
		return invocation{args: args, terminal: true}.run(t).ok(t).out
	}
	light := show("show", "sales", "--theme", "light")
	if show("--theme", "light", "show", "sales") != light || show("--theme", "dark", "show", "sales") == light {
		t.Error("show does not take --theme written before it")
	}
	// The same words everywhere, after the command's own name, as every
	// other message of a command begins (tryout11: "dutymap:" here,
	// "dutymap search:" for --limit -1).
	for cmd, args := range map[string][]string{
		"search": {"--theme", "pink", "search", "x"},
		"show":   {"show", "sales", "--theme", "pink"},
		"check":  {"check", "--theme", "pink"},
	} {
		r := run(t, args...).fails(t, 2)
		want := "dutymap " + cmd + `: --theme "pink": use dark, light or auto` + "\nRun 'dutymap " + cmd + " --help' for usage.\n"
		if r.err != want {
			t.Errorf("%v: stderr %q, want %q", args, r.err, want)
		}
	}
	r := run(t, "--theme", "pink").fails(t, 2)
	mustContain(t, r.err, `dutymap: --theme "pink": use dark, light or auto`)
}
