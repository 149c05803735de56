//go:build unix

package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// backgroundQuery is what show writes to ask the terminal its background
// colour (OSC 11).
const backgroundQuery = "\x1b]11;?"

// waitRaw waits until the program has written want n times, looking again
// each time it writes.
func (s *session) waitRaw(what, want string, n int) {
	s.t.Helper()
	deadline := time.NewTimer(untilDeadline(s.t))
	defer deadline.Stop()
	for {
		s.mu.Lock()
		got := bytes.Count(s.raw, []byte(want))
		s.mu.Unlock()
		if got >= n {
			return
		}
		select {
		case <-s.changed:
		case <-s.eof:
			s.t.Fatalf("the program's output ended before %s; screen:\n%s", what, s.screen())
		case <-deadline.C:
			s.t.Fatalf("gave up waiting for %s; screen:\n%s", what, s.screen())
		}
	}
}

// A quit signal that comes while show waits for the terminal to tell its
// background colour (a terminal that never answers) gives the terminal
// back as it was (stty -a the same after as before: it was left raw, no
// echo, no ctrl+c) and ends show with 128+n. show runs under a shell that
// saves the settings around it; the signal is sent once show's question
// is on the terminal, which it writes once the terminal reads its answer.
func TestSignalWhileShowAsksTheTerminal(t *testing.T) {
	for _, sig := range []syscall.Signal{syscall.SIGHUP, syscall.SIGINT, syscall.SIGQUIT, syscall.SIGTERM} {
		t.Run(sig.String(), func(t *testing.T) {
			dir := t.TempDir()
			file := func(name string) string { return filepath.Join(dir, name) }
			script := fmt.Sprintf(`stty -a > %s; "$0" "$@"; echo $? > %s; stty -a > %s`, file("before"), file("status"), file("after"))
			s := startOn(t, 100, 30, false, nil, "/bin/sh", "-c", script, binary, "--lang", "en", "show", "finance")
			s.waitRaw("show's question", backgroundQuery, 1)
			if err := syscall.Kill(childOf(t, s.cmd.Process.Pid), sig); err != nil {
				t.Fatal(err)
			}
			if code := s.exit(); code != 0 {
				t.Fatalf("the shell exited %d", code)
			}
			read := func(name string) string {
				data, err := os.ReadFile(file(name))
				if err != nil {
					t.Fatal(err)
				}
				return strings.Join(strings.Fields(string(data)), " ")
			}
			if before, after := read("before"), read("after"); after != before {
				t.Errorf("the terminal's settings changed:\nbefore: %s\nafter:  %s", before, after)
			}
			if got, want := read("status"), fmt.Sprint(128+int(sig)); got != want {
				t.Errorf("show exited %s, want %s", got, want)
			}
			s.mu.Lock()
			defer s.mu.Unlock()
			if bytes.Contains(s.raw, []byte("goroutine ")) {
				t.Errorf("a goroutine dump reached the terminal:\n%s", s.raw)
			}
		})
	}
}

// A stop signal that comes while show waits for the terminal's answer
// stops it with the terminal given back (it stopped it raw); fg continues
// it, and it asks again. ctrl+c, which a terminal in raw mode would have
// read as a key, still ends it while it waits (130), and the terminal is
// the shell's again. show runs under an interactive bash, for job control.
func TestStopWhileShowAsksTheTerminal(t *testing.T) {
	for name, sig := range map[string]syscall.Signal{"TSTP": syscall.SIGTSTP, "TTIN": syscall.SIGTTIN, "TTOU": syscall.SIGTTOU} {
		t.Run(name, func(t *testing.T) {
			sh, stty := jobShellOn(t, false, false)
			before := stty.save("before")
			sh.send(binary + " --lang en show finance\r")
			sh.waitRaw("show's question", backgroundQuery, 1)
			if err := syscall.Kill(childOf(t, sh.cmd.Process.Pid), sig); err != nil {
				t.Fatal(err)
			}
			sh.waitFor("the job stopped", func(scr string) bool { return strings.Contains(scr, "Stopped") })
			stty.same(before, "stopped", t.Fatalf)
			sh.send("fg\r")
			sh.waitRaw("show's question again", backgroundQuery, 2)
			sh.send("\x03") // ctrl+c
			sh.waitFor("the shell's prompt", func(scr string) bool { return strings.TrimSpace(lastLine(scr)) == "ready>" })
			sh.send("echo status=$?\r")
			sh.waitText("status=130")
			stty.same(before, "ended", t.Fatalf)
			sh.exitShell()
		})
	}
}
