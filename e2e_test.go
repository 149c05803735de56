package main

import (
	"bytes"
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
	t    *testing.T
	pty  xpty.Pty
	mu   sync.Mutex // guards term and raw: term's String is not safe beside Write
	term *vt.SafeEmulator
	raw  bytes.Buffer // every byte the program wrote
	cmd  *exec.Cmd
	done chan error
}

func startSession(t *testing.T, w, h int, args ...string) *session {
	t.Helper()
	s := newSession(t, w, h)
	s.start(nil, args...)
	return s
}

// newSession makes the pty and the emulator; start runs the binary in it.
func newSession(t *testing.T, w, h int) *session {
	t.Helper()
	if runtime.GOOS == "windows" {
		t.Skip("needs a Unix pty")
	}
	p, err := xpty.NewPty(w, h)
	if err != nil {
		t.Skipf("no pty available: %v", err)
	}
	return &session{t: t, pty: p, term: vt.NewSafeEmulator(w, h), done: make(chan error, 1)}
}

// start runs the binary with args, env added to the test's environment.
func (s *session) start(env []string, args ...string) {
	t, p := s.t, s.pty
	t.Helper()
	s.cmd = exec.Command(binary, args...)
	s.cmd.Env = append(os.Environ(), "TERM=xterm-256color", "LANG=en_US.UTF-8", "LC_ALL=", "NO_COLOR=")
	s.cmd.Env = append(s.cmd.Env, env...)
	// Make the pty the program's controlling terminal so that resizing it
	// delivers SIGWINCH, as a real terminal does.
	s.cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true, Setctty: true, Ctty: 0}
	if err := p.Start(s.cmd); err != nil {
		t.Fatal(err)
	}
	go func() {
		buf := make([]byte, 32<<10)
		for {
			n, err := p.Read(buf)
			if n > 0 {
				s.mu.Lock()
				_, _ = s.term.Write(buf[:n])
				s.raw.Write(buf[:n])
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
	select {
	case err := <-s.done:
		if err != nil {
			t.Fatalf("dutymap exited with %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("dutymap did not quit on q")
	}
	// Give the emulator the last bytes the program wrote on the way out.
	time.Sleep(100 * time.Millisecond)
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.term.IsAltScreen() {
		t.Error("terminal left in the alternate screen")
	}
	if s.term.CursorHidden() {
		t.Error("cursor left hidden")
	}
}
