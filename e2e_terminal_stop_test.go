//go:build unix

package main

import (
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/charmbracelet/x/xpty"
	"github.com/dutymap/dutymap/internal/sshtest"
	"golang.org/x/sys/unix"
)

// SIGSTOP cannot be caught: kill -STOP (or a debugger, a process freezer)
// stops the explorer with the terminal in its modes, and the shell sets
// its own (line editing, echo) when it reports the job stopped. fg used to
// continue an explorer reading a terminal in line mode, on a screen the
// shell had written on: keys were echoed (^[[B) and acted on only after
// Enter, nothing was redrawn (hostile15 #3). Now the explorer takes the
// terminal again as after ctrl+z: raw mode, its screen drawn whole, a key
// acts at once. Continued in the background (bg), it stops as it takes
// the terminal, as after ctrl+z and bg, and fg brings it up. The shell's
// settings (stty -a) are the same at each stop and at the end.
func TestContinuedAfterStopFromElsewhere(t *testing.T) {
	sh, stty := jobShell(t, true)
	before := stty.save("before")
	sh.send(binary + " --lang en\r")
	sh.waitText("Marketing department")
	pid := childOf(t, sh.cmd.Process.Pid)
	alt := func() bool {
		sh.mu.Lock()
		defer sh.mu.Unlock()
		return sh.term.IsAltScreen()
	}
	// fg, then the explorer must be drawn whole on the cleared screen, in
	// raw mode, and move its selection on a key without Enter.
	fg := func(how, selected, next string) {
		t.Helper()
		sh.send("clear; fg\r")
		sh.waitFor("the explorer redrawn after fg ("+how+")", func(scr string) bool {
			return alt() && strings.Contains(scr, "Marketing department") && strings.HasSuffix(lastLine(scr), selected)
		})
		sh.waitRawMode(how)
		sh.send("\x1b[B") // down
		scr := sh.waitFor("the selection to move ("+how+")", func(scr string) bool { return strings.HasSuffix(lastLine(scr), next) })
		if strings.Contains(scr, "^[") {
			t.Fatalf("%s: the terminal echoed a key:\n%s", how, scr)
		}
	}

	// The shell reports each stop once ("Stopped", bash -b): the n-th
	// report in all that was written is the n-th stop.
	if err := syscall.Kill(pid, syscall.SIGSTOP); err != nil {
		t.Fatal(err)
	}
	sh.waitRaw("the shell to report the stop (kill -STOP)", "Stopped", 1)
	stty.same(before, "kill -STOP", t.Fatalf)
	fg("kill -STOP", "Marketing department", "Sales department")

	if err := syscall.Kill(pid, syscall.SIGSTOP); err != nil {
		t.Fatal(err)
	}
	sh.waitRaw("the shell to report the stop (kill -STOP again)", "Stopped", 2)
	sh.send("clear; bg\r")
	// Continued in the background, the explorer stops again as it
	// touches the terminal: as it gives it back (main screen), or, when
	// its key reader gets there first, as it reads (the screen as kill
	// -STOP left it). Either way the terminal is in the shell's modes.
	sh.waitRaw("the job to stop in the background", "Stopped", 3)
	stty.same(before, "kill -STOP, bg", t.Fatalf)
	fg("kill -STOP, bg", "Sales department", "Planning department")

	sh.send("q")
	sh.waitFor("the explorer to quit", func(scr string) bool { return !alt() && strings.Contains(scr, "ready>") })
	stty.same(before, "after", t.Fatalf)
	sh.exitShell()
	sh.assertRestored()
}

// assertRawMode checks that the terminal reads each key as it comes,
// without echoing it: no line editing (ICANON), no echo (ECHO).
func (s *session) assertRawMode(how string) {
	s.t.Helper()
	if icanon, echo := s.lineMode(); icanon || echo {
		s.t.Fatalf("%s: the terminal is in line mode (ICANON %v) with echo (ECHO %v), not the explorer's raw mode", how, icanon, echo)
	}
}

// waitRawMode waits until the terminal is in raw mode (see assertRawMode),
// looking again each time the program writes and every few milliseconds
// (a change of modes writes nothing). Continued after a stop, the
// explorer gives the terminal back and takes it again (tea.Exec), so a
// frame of its screen can be seen a moment before the terminal is raw
// again: the end state is what counts (tryout21 F1: flaky under load).
// It gives up when the test's deadline nears, as waitFor does.
func (s *session) waitRawMode(how string) {
	s.t.Helper()
	deadline := time.NewTimer(untilDeadline(s.t))
	defer deadline.Stop()
	poll := time.NewTicker(5 * time.Millisecond)
	defer poll.Stop()
	for {
		icanon, echo := s.lineMode()
		if !icanon && !echo {
			return
		}
		select {
		case <-s.changed:
		case <-poll.C:
		case <-deadline.C:
			s.t.Fatalf("%s: the terminal stayed in line mode (ICANON %v) with echo (ECHO %v), not the explorer's raw mode", how, icanon, echo)
		}
	}
}

// lineMode reads the terminal's line editing (ICANON) and echo (ECHO).
func (s *session) lineMode() (icanon, echo bool) {
	s.t.Helper()
	up, ok := s.pty.(*xpty.UnixPty)
	if !ok {
		s.t.Skip("needs a Unix pty")
	}
	tio, err := unix.IoctlGetTermios(int(up.Slave().Fd()), ioctlGetTermios)
	if err != nil {
		s.t.Fatal(err)
	}
	return tio.Lflag&unix.ICANON != 0, tio.Lflag&unix.ECHO != 0
}

// kill -STOP while show waits for the terminal's answer (a terminal that
// never answers): the shell sets its own modes on reporting the stop, in
// which an answer would be echoed and left for the shell to read. fg
// continues show, which asks again in its own mode (no line editing, no
// echo); ctrl+c still ends it (130), and the terminal is the shell's again.
func TestStopFromElsewhereWhileShowAsksTheTerminal(t *testing.T) {
	sh, stty := jobShellOn(t, false, false)
	before := stty.save("before")
	sh.send(binary + " --lang en show finance\r")
	sh.waitRaw("show's question", backgroundQuery, 1)
	if err := syscall.Kill(childOf(t, sh.cmd.Process.Pid), syscall.SIGSTOP); err != nil {
		t.Fatal(err)
	}
	sh.waitText("Stopped")
	stty.same(before, "stopped", t.Fatalf)
	sh.send("fg\r")
	sh.waitRaw("show's question again", backgroundQuery, 2)
	sh.assertRawMode("show, continued")
	sh.send("\x03") // ctrl+c
	sh.waitFor("the shell's prompt", func(scr string) bool { return strings.TrimSpace(lastLine(scr)) == "ready>" })
	sh.send("echo status=$?\r")
	sh.waitText("status=130")
	stty.same(before, "ended", t.Fatalf)
	sh.exitShell()
}

// kill -STOP while show waits for the terminal's answer, then bg: show
// gives up asking and ends, leaving the terminal's modes to the shell
// that has it (giving back its own would raise SIGTTOU again and again,
// and show would spin in the background).
func TestStopFromElsewhereWhileShowAsksThenBg(t *testing.T) {
	sh, stty := jobShellOn(t, true, false)
	before := stty.save("before")
	sh.send(binary + " --lang en show finance\r")
	sh.waitRaw("show's question", backgroundQuery, 1)
	if err := syscall.Kill(childOf(t, sh.cmd.Process.Pid), syscall.SIGSTOP); err != nil {
		t.Fatal(err)
	}
	sh.waitText("Stopped")
	sh.send("clear; bg\r")
	sh.waitText("Done")
	if !strings.Contains(sh.screen(), "Finance department") {
		t.Errorf("show ended in the background without its page:\n%s", sh.screen())
	}
	stty.same(before, "ended", t.Fatalf)
	sh.exitShell()
}

// serve has no terminal of its own: stopped by kill -STOP and continued,
// it serves on. An open explorer session answers its keys and a new
// client is served; the session ends as it should, its terminal given
// back.
func TestServeStopAndContinue(t *testing.T) {
	s := startServer(t)
	c := s.client(t)
	rt := sshtest.MustOpen(t, c, sshtest.Options{W: 100, H: 30})
	rt.WaitText("Marketing department")
	for _, sig := range []syscall.Signal{syscall.SIGSTOP, syscall.SIGCONT} {
		if err := s.cmd.Process.Signal(sig); err != nil {
			t.Fatal(err)
		}
	}
	rt.Keys("\x1b[B") // down
	rt.WaitFor("the selection to move", func(scr string) bool { return strings.HasSuffix(lastLine(scr), "Sales department") })
	if r := sshtest.Exec(t, s.client(t), "show sales"); r.Code != 0 || !strings.HasPrefix(r.Out, "# Sales department") {
		t.Fatalf("show over SSH after kill -STOP and -CONT: exit %d, %q", r.Code, r.Err)
	}
	rt.Keys("q")
	if code := rt.Exit(); code != 0 {
		t.Errorf("the explorer's exit status %d, want 0", code)
	}
	if err := rt.Restored(); err != nil {
		t.Error(err)
	}
}
