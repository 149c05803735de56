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

// binary is the dutymap executable built once for the end-to-end tests.
var binary string

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
}

func startSession(t *testing.T, w, h int, args ...string) *session {
	t.Helper()
	return startCommand(t, w, h, nil, binary, args...)
}

// startCommand runs path on a new pty of w×h cells, with env added to the
// test's environment. cmd.Stdin may be set by setup, before the start.
func startCommand(t *testing.T, w, h int, setup func(*exec.Cmd), path string, args ...string) *session {
	t.Helper()
	if runtime.GOOS == "windows" {
		t.Skip("needs a Unix pty")
	}
	p, err := xpty.NewPty(w, h)
	if err != nil {
		t.Skipf("no pty available: %v", err)
	}
	s := &session{t: t, pty: p, term: vt.NewSafeEmulator(w, h), done: make(chan error, 1), eof: make(chan struct{}),
		mode: map[ansi.Mode]bool{}}
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
			}
			if err != nil {
				return
			}
		}
	}()
	// Answer the program's terminal queries (background colour and so on).
	go func() { _, _ = io.Copy(p, s.term) }()
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
	case <-time.After(30 * time.Second):
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

// waitFor polls the emulated screen until cond holds.
func (s *session) waitFor(what string, cond func(string) bool) string {
	s.t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		scr := s.screen()
		if cond(scr) {
			return scr
		}
		if time.Now().After(deadline) {
			s.t.Fatalf("timed out waiting for %s; screen:\n%s", what, scr)
		}
		time.Sleep(20 * time.Millisecond)
	}
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

func (s *session) resize(w, h int) {
	s.t.Helper()
	s.mu.Lock()
	s.term.Resize(w, h)
	s.mu.Unlock()
	if err := s.pty.Resize(w, h); err != nil {
		s.t.Fatal(err)
	}
}

// TestExplorerEndToEnd drives the real binary: navigate to a duty by keys,
// switch language, shrink the terminal and grow it back, quit, and check
// the terminal was restored.
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
	s.waitText("• Draw up")
	s.send("\r")
	scr := s.waitText("find in pane")
	if !strings.Contains(scr, "│") {
		t.Fatalf("120 columns should show tree and detail side by side:\n%s", scr)
	}

	s.send("L")
	scr = s.waitText("市场部 › 职责")
	if !strings.Contains(scr, "▾ 市场部") {
		t.Fatalf("tree did not switch to Chinese with the selection kept:\n%s", scr)
	}

	s.resize(40, 12)
	scr = s.waitFor("the narrow layout", func(scr string) bool {
		lines := strings.Split(strings.TrimRight(scr, "\n"), "\n")
		return strings.Contains(scr, "市场部 › 职责") && !strings.Contains(scr, "│") && len(lines) <= 12
	})
	for i, l := range strings.Split(scr, "\n") {
		if w := len([]rune(strings.TrimRight(l, " "))); w > 40 {
			t.Fatalf("line %d wider than 40 columns: %q", i, l)
		}
	}

	s.resize(120, 40)
	s.waitFor("the split layout again", func(scr string) bool {
		return strings.Contains(scr, "│") && strings.Contains(scr, "▾ 市场部")
	})

	s.send("q")
	if code := s.exit(); code != 0 {
		t.Fatalf("dutymap exited with %d", code)
	}
	s.assertRestored()
}
