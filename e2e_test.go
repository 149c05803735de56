package main

import (
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/vt"
	"github.com/charmbracelet/x/xpty"
)

// binary is the dutymap executable built once for the end-to-end tests;
// testCache is the cache folder its runs use.
var binary, testCache string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "dutymap-e2e")
	if err != nil {
		panic(err)
	}
	binary = filepath.Join(dir, "dutymap")
	if out, err := exec.Command("go", "build", "-o", binary, ".").CombinedOutput(); err != nil {
		os.Stderr.Write(out)
		panic(err)
	}
	// The binary's runs get a cache folder of their own, removed with the
	// binary: never the user's (os.UserCacheDir reads $XDG_CACHE_HOME on
	// Linux and the BSDs; the CI runs Linux).
	testCache = filepath.Join(dir, "cache")
	os.Setenv("XDG_CACHE_HOME", testCache)
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// session is the binary running in a pseudo-terminal whose output is read
// through a terminal emulator, so tests see the screen a user would.
type session struct {
	t      *testing.T
	pty    xpty.Pty
	mu     sync.Mutex // guards term, raw, modes and titles: term's String is not safe beside Write
	term   *vt.SafeEmulator
	raw    []byte             // every byte the program wrote
	mode   map[ansi.Mode]bool // terminal modes the program set (true) or reset (false)
	titles []string           // window titles set, in order
	cmd    *exec.Cmd
	done   chan error
	eof    chan struct{} // closed when the pty has no more output
	// changed gets a token after each write to the emulator, so waits
	// look again when the screen may have changed, never on a timer.
	changed chan struct{}
}

func startSession(t *testing.T, w, h int, args ...string) *session {
	t.Helper()
	return startCommand(t, w, h, nil, binary, args...)
}

// startCommand runs path on a new pty of w×h cells, with env added to the
// test's environment. cmd.Stdin may be set by setup, before the start.
func startCommand(t *testing.T, w, h int, setup func(*exec.Cmd), path string, args ...string) *session {
	t.Helper()
	return startOn(t, w, h, true, setup, path, args...)
}

// startOn is startCommand on a terminal that answers the program's
// queries (its background colour and so on) or, without answers, one
// that never does.
func startOn(t *testing.T, w, h int, answers bool, setup func(*exec.Cmd), path string, args ...string) *session {
	t.Helper()
	if runtime.GOOS == "windows" {
		t.Skip("needs a Unix pty")
	}
	p, err := xpty.NewPty(w, h)
	if err != nil {
		t.Skipf("no pty available: %v", err)
	}
	s := &session{t: t, pty: p, term: vt.NewSafeEmulator(w, h), done: make(chan error, 1), eof: make(chan struct{}),
		mode: map[ansi.Mode]bool{}, changed: make(chan struct{}, 1)}
	s.term.SetCallbacks(vt.Callbacks{
		EnableMode:  func(m ansi.Mode) { s.mode[m] = true },
		DisableMode: func(m ansi.Mode) { s.mode[m] = false },
		Title:       func(title string) { s.titles = append(s.titles, title) },
	})
	s.cmd = exec.Command(path, args...)
	s.cmd.Env = append(os.Environ(), "TERM=xterm-256color", "LANG=en_US.UTF-8", "LC_ALL=", "NO_COLOR=")
	// Make the pty the program's controlling terminal so that resizing it
	// delivers SIGWINCH, as a real terminal does.
	s.cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true, Setctty: true, Ctty: 0}
	if setup != nil {
		setup(s.cmd)
	}
	if err := p.Start(s.cmd); err != nil {
		t.Fatal(err)
	}
	go func() {
		defer close(s.eof)
		buf := make([]byte, 32<<10)
		for {
			n, err := p.Read(buf)
			if n > 0 {
				s.mu.Lock()
				s.raw = append(s.raw, buf[:n]...)
				_, _ = s.term.Write(buf[:n])
				s.mu.Unlock()
				select {
				case s.changed <- struct{}{}:
				default:
				}
			}
			if err != nil {
				return
			}
		}
	}()
	// Answer the program's terminal queries (background colour and so on),
	// or drop the answers.
	answer := io.Writer(p)
	if !answers {
		answer = io.Discard
	}
	go func() { _, _ = io.Copy(answer, s.term) }()
	go func() { s.done <- s.cmd.Wait() }()
	t.Cleanup(func() {
		_ = s.cmd.Process.Kill()
		_ = p.Close()
	})
	return s
}

// exit waits for the program to end and for the emulator to have read
// everything it wrote (the pty reports end of output once no process holds
// its terminal end), and returns the exit status.
func (s *session) exit() int {
	s.t.Helper()
	var err error
	select {
	case err = <-s.done:
	case <-time.After(untilDeadline(s.t)):
		s.t.Fatalf("dutymap did not exit; screen:\n%s", s.screen())
	}
	if up, ok := s.pty.(*xpty.UnixPty); ok {
		_ = up.Slave().Close()
		<-s.eof
	}
	var ee *exec.ExitError
	switch {
	case err == nil:
		return 0
	case errors.As(err, &ee):
		return ee.ExitCode()
	}
	s.t.Fatal(err)
	return -1
}

// assertRestored checks that the terminal is as the user had it: main
// screen, cursor shown, no mouse reporting, no bracketed paste or focus
// reports left on, and no window title set (a title can only be blanked
// on exit, not restored).
func (s *session) assertRestored() {
	s.t.Helper()
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.term.IsAltScreen() {
		s.t.Error("terminal left in the alternate screen")
	}
	if s.term.CursorHidden() {
		s.t.Error("cursor left hidden")
	}
	for _, m := range []ansi.Mode{ansi.ModeMouseNormal, ansi.ModeMouseButtonEvent, ansi.ModeMouseAnyEvent, ansi.ModeMouseExtSgr,
		ansi.ModeBracketedPaste, ansi.ModeFocusEvent, ansi.ModeAltScreenSaveCursor} {
		if s.mode[m] {
			s.t.Errorf("terminal mode %d left on", m)
		}
	}
	if len(s.titles) > 0 {
		s.t.Errorf("the window title was changed to %q", s.titles)
	}
}

func (s *session) screen() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.term.String()
}

// waitFor waits until the emulated screen satisfies cond, looking again
// each time the program writes. It gives up only when the program's output
// ends or the test's own deadline (go test -timeout) nears: a slow machine
// is not a failure.
func (s *session) waitFor(what string, cond func(string) bool) string {
	s.t.Helper()
	deadline := time.NewTimer(untilDeadline(s.t))
	defer deadline.Stop()
	for {
		scr := s.screen()
		if cond(scr) {
			return scr
		}
		select {
		case <-s.changed:
		case <-s.eof:
			if scr := s.screen(); cond(scr) {
				return scr
			}
			s.t.Fatalf("the program's output ended before %s; screen:\n%s", what, s.screen())
		case <-deadline.C:
			s.t.Fatalf("gave up waiting for %s; screen:\n%s", what, s.screen())
		}
	}
}

// untilDeadline is the time left before go test's -timeout, less a minute
// for the report; without a deadline, ten minutes.
func untilDeadline(t *testing.T) time.Duration {
	if d, ok := t.Deadline(); ok {
		return max(time.Until(d)-time.Minute, time.Second)
	}
	return 10 * time.Minute
}

func (s *session) waitText(text string) string {
	s.t.Helper()
	return s.waitFor(strings.TrimSpace(text), func(scr string) bool { return strings.Contains(scr, text) })
}

func (s *session) send(keys string) {
	s.t.Helper()
	if _, err := s.pty.Write([]byte(keys)); err != nil {
		s.t.Fatal(err)
	}
}

// resize gives the program a window of w × h cells. The emulator keeps
// emuW ≥ w columns and is cleared first: whatever the program draws
// beyond column w stays visible there, where an emulator as narrow as the
// window would wrap it out of sight.
func (s *session) resize(w, h, emuW int) {
	s.t.Helper()
	s.mu.Lock()
	s.term.Resize(emuW, h)
	_, _ = s.term.Write([]byte("\x1b[H\x1b[2J"))
	s.mu.Unlock()
	if err := s.pty.Resize(w, h); err != nil {
		s.t.Fatal(err)
	}
}

// TestExplorerEndToEnd drives the real binary: navigate to a duty by keys,
// search and go back, switch language, shrink the terminal and grow it
// back, quit, and check the terminal was restored.
func TestExplorerEndToEnd(t *testing.T) {
	s := startSession(t, 120, 40, "--lang", "en", "--theme", "dark")
	s.waitText("Marketing department")
	s.waitText("English | 中文")

	// Open marketing, move to its responsibilities, open them, select the
	// first duty and open its page.
	s.send("l")
	s.waitText("Responsibilities")
	s.send("j")
	s.send("\r")
	s.send("j")
	s.waitFor("the first duty", func(scr string) bool {
		return strings.Contains(scr, "tab page") && strings.Contains(scr, "› Responsibilities")
	})
	first := s.screen()
	s.send("\r")
	scr := s.waitText("f find")
	if !strings.Contains(scr, "│") {
		t.Fatalf("120 columns should show tree and detail side by side:\n%s", scr)
	}

	// Search, go to a result, and come back to the search with esc (a
	// lone ESC byte, which the terminal cannot tell from the start of a
	// sequence until it waits), then to the page.
	s.send("/")
	s.waitText("Type to search")
	s.send("'decide the prices")
	s.waitText("found")
	s.send("\r")
	s.waitFor("the duty in the tree", func(scr string) bool {
		return strings.Contains(scr, "tab page") && strings.Contains(scr, "• Decide the prices")
	})
	s.send("\x1b")
	s.waitFor("the search again", func(scr string) bool {
		return strings.Contains(scr, "/ 'decide the prices") && strings.Contains(scr, "enter go to")
	})
	s.send("\x1b")
	s.waitFor("the first page again", func(scr string) bool {
		return strings.Contains(scr, "f find") && strings.Contains(scr, pageHeading(first))
	})

	s.send("L")
	scr = s.waitText("市场部 › 职责")
	if !strings.Contains(scr, "▾ 市场部") {
		t.Fatalf("tree did not switch to Chinese with the selection kept:\n%s", scr)
	}

	// At 40 columns, on an emulator 120 wide: nothing may be drawn past
	// column 40, measured in cells (a CJK character is two).
	s.resize(40, 12, 120)
	scr = s.waitFor("the narrow layout", func(scr string) bool {
		return strings.Contains(scr, "? 更多") && strings.Contains(scr, "q 退出") && !strings.Contains(scr, "│")
	})
	for i, l := range strings.Split(scr, "\n") {
		if w := ansi.StringWidth(strings.TrimRight(l, " ")); w > 40 {
			t.Fatalf("line %d is %d cells on a 40-column terminal: %q", i, w, l)
		}
	}

	s.resize(120, 40, 120)
	s.waitFor("the split layout again", func(scr string) bool {
		return strings.Contains(scr, "│") && strings.Contains(scr, "▾ 市场部")
	})

	s.send("q")
	if code := s.exit(); code != 0 {
		t.Fatalf("dutymap exited with %d", code)
	}
	s.assertRestored()
}

// pageHeading is the start of the page pane's title line on a split
// screen (its second line of text, after the breadcrumb): what identifies
// the page shown.
func pageHeading(scr string) string {
	var texts []string
	for _, l := range strings.Split(scr, "\n")[1:] {
		if _, page, ok := strings.Cut(l, "│"); ok && strings.TrimSpace(page) != "" {
			texts = append(texts, strings.TrimSpace(page))
		}
	}
	if len(texts) < 2 {
		return "\x00"
	}
	f := strings.Fields(texts[1])
	return strings.Join(f[:min(len(f), 4)], " ")
}

// TestBinaryRunsUseAPrivateCache: a search of a content folder by the
// tests' binary writes its cache in the tests' own cache folder, not in
// the user's.
func TestBinaryRunsUseAPrivateCache(t *testing.T) {
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "en"), 0o755); err != nil {
		t.Fatal(err)
	}
	org := "---\nid: kitchen\nname: Kitchen\n---\n\n## Duties {#duties}\n\n- Bake the bread. {#bake}\n"
	if err := os.WriteFile(filepath.Join(dir, "en", "kitchen.md"), []byte(org), 0o644); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command(binary, "--builtin=false", "--content", dir, "search", "bread").CombinedOutput(); err != nil {
		t.Fatalf("search: %v\n%s", err, out)
	}
	if !strings.HasPrefix(os.Getenv("XDG_CACHE_HOME"), filepath.Dir(binary)) {
		t.Fatalf("the tests' cache folder is %q, not under %s", os.Getenv("XDG_CACHE_HOME"), filepath.Dir(binary))
	}
	out, err := exec.Command(binary, "cache").CombinedOutput()
	if err != nil || !strings.Contains(string(out), filepath.Join(testCache, "dutymap")) || !strings.Contains(string(out), dir) {
		t.Fatalf("dutymap cache (%v):\n%s", err, out)
	}
}
