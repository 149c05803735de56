package main

import (
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
	t       *testing.T
	pty     xpty.Pty
	mu      sync.Mutex // guards term: its String is not safe beside Write
	term    *vt.SafeEmulator
	cmd     *exec.Cmd
	done    chan error
	changed chan struct{} // a token after each write to the emulator
	eof     chan struct{} // closed when the program's output ends
}

func startSession(t *testing.T, w, h int, args ...string) *session {
	t.Helper()
	if runtime.GOOS == "windows" {
		t.Skip("needs a Unix pty")
	}
	p, err := xpty.NewPty(w, h)
	if err != nil {
		t.Skipf("no pty available: %v", err)
	}
	s := &session{t: t, pty: p, term: vt.NewSafeEmulator(w, h), done: make(chan error, 1),
		changed: make(chan struct{}, 1), eof: make(chan struct{})}
	s.cmd = exec.Command(binary, args...)
	s.cmd.Env = append(os.Environ(), "TERM=xterm-256color", "LANG=en_US.UTF-8", "LC_ALL=", "NO_COLOR=")
	// Make the pty the program's controlling terminal so that resizing it
	// delivers SIGWINCH, as a real terminal does.
	s.cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true, Setctty: true, Ctty: 0}
	if err := p.Start(s.cmd); err != nil {
		t.Fatal(err)
	}
	// The program holds the slave end now; closing ours lets reading the
	// master end (EOF or EIO) when the program exits.
	if u, ok := p.(*xpty.UnixPty); ok {
		_ = u.Slave().Close()
	}
	go func() {
		defer close(s.eof)
		buf := make([]byte, 32<<10)
		for {
			n, err := p.Read(buf)
			if n > 0 {
				s.mu.Lock()
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
	// Answer the program's terminal queries (background colour and so on).
	go func() { _, _ = io.Copy(p, s.term) }()
	go func() { s.done <- s.cmd.Wait() }()
	t.Cleanup(func() {
		_ = s.cmd.Process.Kill()
		_ = p.Close()
	})
	return s
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
			s.t.Fatalf("the program ended before %s; screen:\n%s", what, s.screen())
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
	s.waitText("• Set the company")
	s.send("\r")
	scr := s.waitText("f find")
	if !strings.Contains(scr, "│") {
		t.Fatalf("120 columns should show tree and detail side by side:\n%s", scr)
	}

	// Search, go to a result, and come back to the search with esc (a
	// lone ESC byte, which the terminal cannot tell from the start of a
	// sequence until it waits).
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
		return strings.Contains(scr, "f find") && strings.Contains(scr, "Set the company's marketing targets for the year")
	})

	s.send("L")
	scr = s.waitText("市场部 › 职责")
	if !strings.Contains(scr, "▾ 市场部") {
		t.Fatalf("tree did not switch to Chinese with the selection kept:\n%s", scr)
	}

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
	select {
	case err := <-s.done:
		if err != nil {
			t.Fatalf("dutymap exited with %v", err)
		}
	case <-time.After(untilDeadline(t)):
		t.Fatal("dutymap did not quit on q")
	}
	// The last bytes the program wrote on the way out are read once its
	// output ends.
	select {
	case <-s.eof:
	case <-time.After(untilDeadline(t)):
		t.Fatal("the program's output did not end")
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.term.IsAltScreen() {
		t.Error("terminal left in the alternate screen")
	}
	if s.term.CursorHidden() {
		t.Error("cursor left hidden")
	}
}
