//go:build unix

package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"testing"

	uv "github.com/charmbracelet/ultraviolet"
	"github.com/charmbracelet/x/ansi"
)

// The terminal is always given back (the terminal/ cases): each test runs
// the real binary on a pseudo-terminal and reads what it leaves behind
// through the emulator.

// Each quit signal ends the explorer as "q" does, with the terminal
// restored, and exits 128+n as a shell reports a process killed by signal
// n (13-sighup-terminal-state: SIGHUP and SIGQUIT left the alternate
// screen and mouse reporting on; sigterm-exit-0: SIGTERM exited 0).
func TestSignalsGiveTheTerminalBack(t *testing.T) {
	for _, sig := range []syscall.Signal{syscall.SIGHUP, syscall.SIGINT, syscall.SIGQUIT, syscall.SIGTERM} {
		t.Run(sig.String(), func(t *testing.T) {
			s := startSession(t, 100, 30, "--lang", "en")
			s.waitText("Marketing department")
			if err := s.cmd.Process.Signal(sig); err != nil {
				t.Fatal(err)
			}
			if code := s.exit(); code != 128+int(sig) {
				t.Errorf("exit status %d, want %d", code, 128+int(sig))
			}
			s.assertRestored()
			s.mu.Lock()
			defer s.mu.Unlock()
			if bytes.Contains(s.raw, []byte("goroutine ")) {
				t.Errorf("a goroutine dump reached the terminal:\n%s", s.raw)
			}
		})
	}
}

// ctrl+z suspends the explorer the way a shell expects: the terminal is
// given back, the shell reports the job stopped, and fg brings the
// explorer back with its screen redrawn. A SIGTSTP sent from elsewhere
// does the same. SIGTTIN and SIGTTOU sent to the explorer in the
// foreground do nothing (hostile12 #11: they stopped it in the alternate
// screen, the mouse on and the terminal raw): it stays up and takes keys,
// and the shell reports no stop. Each stop leaves the terminal's settings
// (stty -a) the shell's again. The explorer runs under an interactive
// bash, which gives it the job control a user's shell does.
func TestSuspendAndResume(t *testing.T) {
	sh, stty := jobShell(t, false)
	before := stty.save("before")
	sh.send(binary + " --lang en\r")
	sh.waitText("Marketing department")

	stopped := func(how string) {
		t.Helper()
		sh.waitFor("the job stopped ("+how+")", func(scr string) bool { return strings.Contains(scr, "Stopped") })
		sh.assertGivenBack(how)
		stty.same(before, "suspended ("+how+")", t.Fatalf)
	}
	resumed := func(how string) {
		t.Helper()
		sh.send("clear; fg\r")
		sh.waitFor("the explorer redrawn after fg ("+how+")", func(scr string) bool {
			sh.mu.Lock()
			alt := sh.term.IsAltScreen()
			sh.mu.Unlock()
			return alt && strings.Contains(scr, "Marketing department")
		})
	}

	sh.send("\x1a") // ctrl+z
	stopped("ctrl+z")
	resumed("ctrl+z")

	pid := childOf(t, sh.cmd.Process.Pid)
	if err := syscall.Kill(pid, syscall.SIGTSTP); err != nil {
		t.Fatal(err)
	}
	stopped("SIGTSTP")
	resumed("SIGTSTP")

	// Each signal is followed by a key that moves the selection: the
	// explorer took it, in its raw mode, after the signal was sent.
	for i, sig := range []syscall.Signal{syscall.SIGTTIN, syscall.SIGTTOU} {
		if err := syscall.Kill(pid, sig); err != nil {
			t.Fatal(err)
		}
		next := []string{"Sales department", "Planning department"}[i]
		sh.send("\x1b[B") // down
		sh.waitFor("the selection to move after "+sig.String(), func(scr string) bool {
			sh.mu.Lock()
			alt := sh.term.IsAltScreen()
			sh.mu.Unlock()
			return alt && strings.HasSuffix(lastLine(scr), next)
		})
	}

	sh.send("q")
	sh.waitFor("the explorer to quit", func(scr string) bool {
		sh.mu.Lock()
		alt := sh.term.IsAltScreen()
		sh.mu.Unlock()
		return !alt && strings.Contains(scr, "ready>")
	})
	// A stop after SIGTTIN or SIGTTOU would show here; the explorer's
	// status would not be 0 (stopped, it never quit).
	sh.send("echo status=$?\r")
	scr := sh.waitFor("the explorer's status", regexp.MustCompile(`status=\d`).MatchString)
	if !strings.Contains(scr, "status=0") || strings.Contains(scr, "Stopped") {
		t.Fatalf("the explorer stopped or failed after SIGTTIN and SIGTTOU in the foreground:\n%s", scr)
	}
	sh.exitShell()
	sh.assertRestored()
}

// A job in the background still stops when it touches the terminal, as
// it does by default: started with &, the explorer stops before it draws
// (SIGTTOU as it sets the terminal's modes) and fg brings it up; sent
// back with bg after ctrl+z, it stops again as it takes the terminal, and
// fg brings it back. A caught SIGTTIN or SIGTTOU that did not stop a
// background job would have it try the terminal again and again.
func TestBackgroundJobStops(t *testing.T) {
	sh, stty := jobShell(t, true)
	before := stty.save("before")
	stoppedAgain := func(how string) {
		t.Helper()
		sh.waitFor("the job stopped ("+how+")", func(scr string) bool { return strings.Contains(scr, "Stopped") })
		sh.assertGivenBack(how)
		stty.same(before, how, t.Fatalf)
	}
	fg := func(how string) {
		t.Helper()
		sh.send("clear; fg\r")
		sh.waitFor("the explorer after fg ("+how+")", func(scr string) bool {
			sh.mu.Lock()
			alt := sh.term.IsAltScreen()
			sh.mu.Unlock()
			return alt && strings.Contains(scr, "Marketing department")
		})
	}

	sh.send(binary + " --lang en &\r")
	stoppedAgain("started with &")
	fg("started with &")

	sh.send("\x1a") // ctrl+z
	stoppedAgain("ctrl+z")
	// The shell's report of that stop goes first, or it would be read as
	// the next one's.
	sh.send("clear\r")
	sh.waitFor("the screen cleared", func(scr string) bool { return !strings.Contains(scr, "Stopped") })
	sh.send("bg\r")
	stoppedAgain("bg")
	fg("bg")

	sh.send("q")
	sh.waitFor("the explorer to quit", func(scr string) bool {
		sh.mu.Lock()
		alt := sh.term.IsAltScreen()
		sh.mu.Unlock()
		return !alt && strings.Contains(scr, "ready>")
	})
	sh.exitShell()
	sh.assertRestored()
}

// jobShell starts an interactive bash on a pty, ready for a command, and
// the terminal's settings as that bash saves them (stty -a). With notify
// the shell reports a job's stop as it happens (-b, set -o notify), not
// at its next prompt: a job in the background stops while the shell waits
// for a command.
func jobShell(t *testing.T, notify bool) (*session, *sttySaver) {
	t.Helper()
	return jobShellOn(t, notify, true)
}

// jobShellOn is jobShell on a terminal that answers queries or, without
// answers, never does (startOn).
func jobShellOn(t *testing.T, notify, answers bool) (*session, *sttySaver) {
	t.Helper()
	bash, err := exec.LookPath("bash")
	if err != nil {
		t.Skip("needs bash for job control")
	}
	sh := startOn(t, 100, 30, answers, func(c *exec.Cmd) {
		c.Env = append(c.Env, "PS1=ready> ", "HISTFILE=/dev/null")
	}, bash, append([]string{"--norc", "--noprofile", "-i"}, map[bool][]string{true: {"-b"}}[notify]...)...)
	sh.waitText("ready>")
	return sh, &sttySaver{sh: sh, dir: t.TempDir()}
}

// sttySaver has a job shell save the terminal's settings (stty -a) and
// reads them once they are written.
type sttySaver struct {
	sh  *session
	dir string
	n   int // files written so far
}

// save returns the terminal's settings now, on one line; label names the
// moment in a failure.
func (st *sttySaver) save(label string) string {
	st.sh.t.Helper()
	for try := 0; ; try++ {
		st.n++
		file := filepath.Join(st.dir, fmt.Sprint(st.n))
		// The shell echoes the command, $((…)) and all: only its output
		// holds the sum. ctrl+u first drops from the shell's line what the
		// terminal answered to a query the explorer made just before it
		// stopped (its background colour, read by the shell as keys, as
		// on a real terminal).
		// An answer that arrives late lands in the middle of the typed line
		// and stty refuses it (an empty file): the line is typed again, a
		// few times at most, as a user would.
		st.sh.send(fmt.Sprintf("\x15stty -a > %s; echo saved-$((%d+1000))\r", file, st.n))
		st.sh.waitText(fmt.Sprintf("saved-%d", st.n+1000))
		data, err := os.ReadFile(file)
		if err != nil {
			st.sh.t.Fatalf("stty -a (%s): %v", label, err)
		}
		if len(data) > 0 || try == 2 {
			return strings.Join(strings.Fields(string(data)), " ")
		}
	}
}

// same saves the terminal's settings now and reports, through report
// (t.Errorf, or t.Fatalf where the test cannot go on), when they are not
// before; how names the moment.
func (st *sttySaver) same(before, how string, report func(format string, args ...any)) {
	st.sh.t.Helper()
	if after := st.save(how); after != before {
		report("%s: the terminal's settings changed:\nbefore: %s\nafter:  %s", how, before, after)
	}
}

// exitShell has the shell the session runs exit, and checks that it
// exited 0.
func (s *session) exitShell() {
	s.t.Helper()
	s.send("exit\r")
	if code := s.exit(); code != 0 {
		s.t.Errorf("bash exited %d", code)
	}
}

// assertGivenBack checks that a stopped explorer left the terminal out of
// its modes: main screen, cursor shown, no mouse reporting.
func (s *session) assertGivenBack(how string) {
	s.t.Helper()
	s.mu.Lock()
	alt, hidden := s.term.IsAltScreen(), s.term.CursorHidden()
	mouse := s.mode[ansi.ModeMouseNormal] || s.mode[ansi.ModeMouseButtonEvent] || s.mode[ansi.ModeMouseAnyEvent]
	s.mu.Unlock()
	if alt || hidden || mouse {
		s.t.Fatalf("stopped (%s) with the terminal still in the explorer's modes: alternate screen %v, cursor hidden %v, mouse %v", how, alt, hidden, mouse)
	}
}

// childOf returns the one child process of pid (Linux /proc).
func childOf(t *testing.T, pid int) int {
	t.Helper()
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/task/%d/children", pid, pid))
	if err != nil {
		t.Skipf("cannot find the explorer's process: %v", err)
	}
	fields := strings.Fields(string(data))
	if len(fields) != 1 {
		t.Fatalf("bash has children %q", fields)
	}
	child, err := strconv.Atoi(fields[0])
	if err != nil {
		t.Fatal(err)
	}
	return child
}

// TERM=dumb gets no escape sequence at all: show prints plain text, and
// the explorer explains which subcommands to use instead of drawing
// (terminal/term-dumb).
func TestDumbTerminal(t *testing.T) {
	for _, args := range [][]string{{"show", "finance"}, {}} {
		s := startCommand(t, 80, 24, func(c *exec.Cmd) { c.Env = append(c.Env, "TERM=dumb") }, binary, args...)
		code := s.exit()
		s.mu.Lock()
		raw := string(s.raw)
		s.mu.Unlock()
		if strings.Contains(raw, "\x1b") {
			t.Errorf("dutymap %q wrote escape sequences to a dumb terminal:\n%q", args, raw)
		}
		if len(args) == 0 && (code != 2 || !strings.Contains(raw, "TERM=dumb") || !strings.Contains(raw, "dutymap search, show")) {
			t.Errorf("explorer on a dumb terminal: exit %d, output %q", code, raw)
		}
		if len(args) > 0 && (code != 0 || !strings.Contains(raw, "Finance")) {
			t.Errorf("show on a dumb terminal: exit %d, output %q", code, raw)
		}
	}
}

// Standard input that is not a terminal gets a plain message and leaves
// the terminal on standard output untouched (terminal/stdin-not-terminal
// printed Bubble Tea's epoll error).
func TestStdinNotATerminal(t *testing.T) {
	null, err := os.Open(os.DevNull)
	if err != nil {
		t.Fatal(err)
	}
	defer null.Close()
	s := startCommand(t, 80, 24, func(c *exec.Cmd) {
		c.Stdin = null
		c.SysProcAttr.Ctty = 1 // the pty is on standard output
	}, binary)
	code := s.exit()
	s.mu.Lock()
	raw := string(s.raw)
	s.mu.Unlock()
	if code != 2 || !strings.Contains(raw, "standard input is not one") || strings.Contains(raw, "epoll") || strings.Contains(raw, "bubbletea") {
		t.Errorf("exit %d, output %q", code, raw)
	}
	if strings.Contains(raw, "\x1b") {
		t.Errorf("the terminal was touched: %q", raw)
	}
	s.assertRestored()
}

// A full disk fails every command with a message and exit 1
// (terminal/write-error-ignored: compare and validate exited 0, the others
// 2, "wrong usage").
func TestWriteToFullDisk(t *testing.T) {
	full, err := os.OpenFile("/dev/full", os.O_WRONLY, 0)
	if err != nil {
		t.Skip("no /dev/full here")
	}
	defer full.Close()
	for _, args := range [][]string{
		{"compare", "mkt", "sales"}, {"compare", "mkt", "sales", "--json"}, {"validate"}, {"show", "finance"},
		{"export", "--format", "md"}, {"export", "--format", "json"}, {"export", "--format", "csv"},
		{"search", "price"}, {"version"}, {"--help"},
	} {
		cmd := exec.Command(binary, args...)
		var stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = full, &stderr
		code := exitCode(t, cmd.Run())
		if code != 1 || !strings.Contains(stderr.String(), "could not write the output: no space left on device") {
			t.Errorf("dutymap %q > /dev/full: exit %d, stderr %q", args, code, stderr.String())
		}
	}
}

// A pipe closed early (dutymap export | head -1) ends every command
// quietly with its own exit status (0 here), however much it had left to
// write: the reader wanted no more, and there is nobody left to read a
// message. tryout9: export and compare --json, whose output outgrows a
// pipe's buffer, died by SIGPIPE (141) where smaller outputs ended 0. (A
// full disk is still an error: TestWriteErrors.)
func TestWriteToClosedPipe(t *testing.T) {
	for _, args := range [][]string{
		{"export", "--format", "md"},
		{"export", "--format", "json"},
		{"export", "--format", "csv"},
		{"export", "--format", "xlsx"},
		{"compare", "marketing", "sales", "--json"},
		{"compare", "marketing", "sales"},
		{"search", "plan", "--limit", "0"},
	} {
		r, w, err := os.Pipe()
		if err != nil {
			t.Fatal(err)
		}
		r.Close() // nobody will read
		cmd := exec.Command(binary, args...)
		var stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = w, &stderr
		err = cmd.Run()
		w.Close()
		if err != nil || stderr.Len() > 0 {
			t.Errorf("dutymap %q into a closed pipe: %v, stderr %q; want exit 0, silent", args, err, stderr.String())
		}
	}
}

func exitCode(t *testing.T, err error) int {
	t.Helper()
	var ee *exec.ExitError
	switch {
	case err == nil:
		return 0
	case errors.As(err, &ee):
		return ee.ExitCode()
	}
	t.Fatal(err)
	return -1
}

// A terminal without colours (TERM=xterm-mono: terminfo has no colors
// capability) gets an explorer without colours whose selection still
// shows, in reverse video (colorprofile alone gave it 16 colours, and the
// selection was a background colour).
func TestExplorerMonochrome(t *testing.T) {
	s := startCommand(t, 100, 30, func(c *exec.Cmd) {
		c.Env = append(c.Env, "TERM=xterm-mono", "COLORTERM=", "TMUX=", "CLICOLOR_FORCE=")
	}, binary, "--lang", "en")
	s.waitText("Marketing department")
	coloured, reverse := 0, 0
	s.mu.Lock()
	for y := range s.term.Height() {
		for x := range s.term.Width() {
			cell := s.term.CellAt(x, y)
			if cell == nil {
				continue
			}
			if cell.Style.Fg != nil || cell.Style.Bg != nil {
				coloured++
			}
			if cell.Style.Attrs&uv.AttrReverse != 0 {
				reverse++
			}
		}
	}
	s.mu.Unlock()
	if coloured > 0 || reverse == 0 {
		t.Errorf("TERM=xterm-mono: %d coloured cells, %d in reverse video (want none coloured, the selection reversed):\n%s", coloured, reverse, s.screen())
	}
	s.send("q")
	if code := s.exit(); code != 0 {
		t.Errorf("exit %d", code)
	}
	s.assertRestored()
}
