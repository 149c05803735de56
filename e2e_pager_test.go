//go:build unix

package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// pagerShell is an interactive bash on a pty of 100×30 cells, ready to
// run `dutymap show` through less, as a user's shell would (the shell,
// not dutymap, leads the session: a pager dutymap leaves behind keeps
// running there, and reads the keys meant for the shell).
func pagerShell(t *testing.T) (*session, string) {
	t.Helper()
	bash, err := exec.LookPath("bash")
	if err != nil {
		t.Skip("needs bash for job control")
	}
	if _, err := exec.LookPath("less"); err != nil {
		t.Skip("needs less, show's default pager")
	}
	dir := t.TempDir()
	sh := startCommand(t, 100, 30, func(c *exec.Cmd) {
		c.Env = append(withoutEnv(c.Env, "PAGER", "LESS"), "PS1=ready> ", "HISTFILE=/dev/null")
	}, bash, "--norc", "--noprofile", "-i")
	sh.waitText("ready>")
	return sh, dir
}

// withoutEnv is env without the variables names.
func withoutEnv(env []string, names ...string) []string {
	var out []string
	for _, kv := range env {
		name, _, _ := strings.Cut(kv, "=")
		keep := true
		for _, n := range names {
			keep = keep && name != n
		}
		if keep {
			out = append(out, kv)
		}
	}
	return out
}

// runPaged starts `dutymap show marketing` (taller than the window: less
// opens) from the shell, saving `stty -a` before and after it and
// printing its exit status as "status=N". It returns dutymap's and less's
// process ids once less is on the screen.
func runPaged(t *testing.T, sh *session, dir string) (dutymap, less int) {
	t.Helper()
	before, after := filepath.Join(dir, "before"), filepath.Join(dir, "after")
	sh.send(fmt.Sprintf("clear; stty -a > %s; %s --lang en show marketing; echo status=$?; stty -a > %s\r", before, binary, after))
	sh.waitFor("less to show the page", func(scr string) bool {
		return strings.Contains(scr, "Marketing department") && strings.HasPrefix(lastLine(scr), ":")
	})
	dutymap = childOf(t, sh.cmd.Process.Pid)
	less = childOfThreads(t, dutymap)
	if comm, _ := os.ReadFile(fmt.Sprintf("/proc/%d/comm", less)); strings.TrimSpace(string(comm)) != "less" {
		t.Fatalf("dutymap's child is %q, not less", comm)
	}
	return dutymap, less
}

// childOfThreads returns the one child process of pid, which any of its
// threads may have started (Linux /proc lists a child under the thread
// that forked it).
func childOfThreads(t *testing.T, pid int) int {
	t.Helper()
	files, _ := filepath.Glob(fmt.Sprintf("/proc/%d/task/*/children", pid))
	var kids []string
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Skipf("cannot find dutymap's pager: %v", err)
		}
		kids = append(kids, strings.Fields(string(data))...)
	}
	if len(kids) != 1 {
		t.Fatalf("dutymap has children %q", kids)
	}
	child, err := strconv.Atoi(kids[0])
	if err != nil {
		t.Fatal(err)
	}
	return child
}

// lastLine is the last line of a screen that is not blank.
func lastLine(scr string) string {
	lines := strings.Split(strings.TrimRight(scr, " \n"), "\n")
	return strings.TrimSpace(lines[len(lines)-1])
}

// finished waits for the shell to report dutymap's exit status and checks
// it, that less ended with dutymap and that the terminal's settings
// (stty -a) and modes are what they were, with no Go stack on the screen;
// then it types a command, which the shell must get whole.
func finished(t *testing.T, sh *session, dir string, less, want int) {
	t.Helper()
	scr := sh.waitFor("the shell's prompt after dutymap", func(scr string) bool {
		return strings.HasPrefix(lastLine(scr), "ready>") // the screen was cleared before dutymap started
	})
	if !strings.Contains(scr, fmt.Sprintf("status=%d", want)) {
		t.Errorf("want status=%d; screen:\n%s", want, scr)
	}
	if err := syscall.Kill(less, 0); !errors.Is(err, syscall.ESRCH) {
		_ = syscall.Kill(less, syscall.SIGKILL) // the test's own less, left behind
		t.Fatalf("less (pid %d) still ran after dutymap ended; screen:\n%s", less, scr)
	}
	before, err1 := os.ReadFile(filepath.Join(dir, "before"))
	after, err2 := os.ReadFile(filepath.Join(dir, "after"))
	if err1 != nil || err2 != nil || string(before) != string(after) {
		t.Errorf("stty -a differs (%v, %v):\nbefore:\n%s\nafter:\n%s", err1, err2, before, after)
	}
	sh.mu.Lock()
	raw := string(sh.raw)
	sh.mu.Unlock()
	if strings.Contains(raw, "goroutine ") || strings.Contains(raw, "SIGQUIT: quit") {
		t.Errorf("a Go stack dump reached the terminal:\n%s", raw)
	}
	sh.send("echo typed1\r")
	sh.waitFor("the shell to run the command typed", func(scr string) bool { return strings.Contains(scr, "\ntyped1") })
	sh.exitShell()
	sh.assertRestored()
}

// SIGTERM, SIGHUP or SIGABRT sent to dutymap alone while show's pager
// runs ends the pager, which gives the terminal back, then dutymap with
// 128+n (hostile13 #5: dutymap died at once and left less running in the
// background, which ate the first key typed at the shell; hostile14 #4:
// on SIGABRT, the same after a Go stack dump).
func TestPagerEndsWithShow(t *testing.T) {
	for _, sig := range []syscall.Signal{syscall.SIGTERM, syscall.SIGHUP, syscall.SIGABRT} {
		t.Run(sig.String(), func(t *testing.T) {
			sh, dir := pagerShell(t)
			dutymap, less := runPaged(t, sh, dir)
			if err := syscall.Kill(dutymap, sig); err != nil {
				t.Fatal(err)
			}
			finished(t, sh, dir, less, 128+int(sig))
		})
	}
}

// ctrl+\ while show's pager runs reaches dutymap and less: less ignores it
// and goes on; dutymap waits for it and, once the user leaves it, exits
// 131 quietly (hostile13 #4: the Go runtime dumped every goroutine's stack
// on the screen, exit 2, and less stayed there orphaned).
func TestPagerCtrlBackslash(t *testing.T) {
	sh, dir := pagerShell(t)
	_, less := runPaged(t, sh, dir)
	sh.send("\x1c") // ctrl+\: SIGQUIT to the foreground job
	sh.send("G")    // less still reads keys: to the end of the page
	scr := sh.waitFor("less to go on after ctrl+\\", func(scr string) bool {
		return strings.Contains(lastLine(scr), "(END)") || strings.Contains(scr, "goroutine ") || strings.Contains(scr, "ready>")
	})
	if !strings.Contains(lastLine(scr), "(END)") {
		t.Fatalf("less did not go on after ctrl+\\; screen:\n%s", scr)
	}
	sh.send("q")
	finished(t, sh, dir, less, 128+int(syscall.SIGQUIT))
}

// With no TERM, show prints the page without a pager, as on TERM=dumb
// (hostile13 #14: less stopped on "WARNING: terminal is not fully
// functional" and wrapped the page again at its own width).
func TestShowWithoutTERM(t *testing.T) {
	if _, err := exec.LookPath("less"); err != nil {
		t.Skip("needs less, show's default pager")
	}
	s := startCommand(t, 100, 30, func(c *exec.Cmd) { c.Env = withoutEnv(c.Env, "TERM", "PAGER", "LESS") },
		binary, "--lang", "en", "show", "marketing")
	scr := s.waitFor("the page's end or a pager", func(scr string) bool {
		return strings.Contains(scr, "Baidu Baike") || strings.Contains(scr, "WARNING") || strings.HasPrefix(lastLine(scr), ":")
	})
	if strings.Contains(scr, "WARNING") || !strings.Contains(scr, "Baidu Baike") {
		t.Fatalf("want the whole page printed, no pager; screen:\n%s", scr)
	}
	if code := s.exit(); code != 0 {
		t.Errorf("exit %d", code)
	}
	s.mu.Lock()
	raw := string(s.raw)
	s.mu.Unlock()
	if strings.Contains(raw, "\x1b") {
		t.Errorf("escape sequences without a TERM: %q", raw)
	}
}

// ctrl+\ (SIGQUIT) ends a command quietly with status 131, as ctrl+c ends
// it with 130: no Go stack dump (hostile13 #4, dutymap export --format
// json | sleep 5). So do SIGABRT and a SIGSEGV sent by kill, with 128+n
// (hostile14 #4). The command is held on a full pipe when the signal
// comes.
func TestQuitSignalEndsACommand(t *testing.T) {
	for _, sig := range []syscall.Signal{syscall.SIGQUIT, syscall.SIGABRT, syscall.SIGSEGV} {
		t.Run(sig.String(), func(t *testing.T) { signalEndsACommand(t, sig) })
	}
}

func signalEndsACommand(t *testing.T, sig syscall.Signal) {
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	cmd := exec.Command(binary, "export", "--format", "json")
	var stderr strings.Builder
	cmd.Stdout, cmd.Stderr = w, &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	w.Close()
	// The first bytes out: dutymap runs its command (its 350 KB do not
	// fit the pipe, which nobody reads any further).
	if _, err := io.ReadFull(r, make([]byte, 1)); err != nil {
		t.Fatal(err)
	}
	if err := cmd.Process.Signal(sig); err != nil {
		t.Fatal(err)
	}
	if code := exitCode(t, cmd.Wait()); code != 128+int(sig) || stderr.Len() > 0 {
		t.Errorf("exit %d, stderr %q; want %d and nothing on stderr", code, stderr.String(), 128+int(sig))
	}
}

// ctrl+z while show's pager runs stops dutymap with the pager: the shell
// reports the job stopped and takes the terminal back with its settings,
// and fg continues both (hostile16 #0: once the background colour query
// had caught the stop signals, Go ignored them, dutymap ran on with its
// pager stopped, and the shell waited for it with the terminal locked).
// The pager is sleep, which stops at once by default: less takes its
// stop only between two reads of a key, which is less's own affair.
func TestPagerSuspendsWithShow(t *testing.T) {
	sh, stty := jobShell(t, false)
	before := stty.save("before")
	sh.send("clear\r")
	sh.waitFor("the screen cleared", func(scr string) bool { return lastLine(scr) == "ready>" })
	sh.send("PAGER='sleep 600' " + binary + " --lang en show marketing\r")
	dutymap := waitChild(t, sh.cmd.Process.Pid, binary)
	pager := waitChild(t, dutymap, "sleep")
	sh.send("\x1a") // ctrl+z
	sh.waitFor("the shell to report the job stopped", func(scr string) bool {
		return strings.Contains(scr, "Stopped") && strings.HasPrefix(lastLine(scr), "ready>")
	})
	waitStopped(t, dutymap)
	waitStopped(t, pager)
	stty.same(before, "stopped", t.Errorf)
	sh.send("clear; fg\r")
	sh.waitFor("fg", func(scr string) bool {
		return !strings.Contains(scr, "Stopped") && strings.Contains(scr, "show marketing")
	})
	waitRunning(t, pager)
	sh.send("\x03") // ctrl+c ends the pager, then show
	sh.waitFor("the shell's prompt after show", func(scr string) bool { return strings.HasSuffix(lastLine(scr), "ready>") })
	sh.send("echo status=$?\r")
	sh.waitText("status=0")
	stty.same(before, "after", t.Errorf)
	sh.exitShell()
	sh.assertRestored()
}

// waitChild waits until pid has a child process running the program
// named (its command's file name), and returns its id (Linux
// /proc, as childOfThreads), looking every few milliseconds. Another
// child is passed over: the shell's fork for the command before it
// (clear) may still be there, or the fork for this one before it runs
// the program.
func waitChild(t *testing.T, pid int, program string) int {
	t.Helper()
	give := time.Now().Add(untilDeadline(t))
	for {
		files, _ := filepath.Glob(fmt.Sprintf("/proc/%d/task/*/children", pid))
		if len(files) == 0 {
			if own, _ := filepath.Glob("/proc/self/task/*/children"); len(own) == 0 {
				t.Skip("cannot list a process's children")
			}
			// The listing failed as one of pid's threads came or went:
			// look again.
		}
		for _, f := range files {
			data, _ := os.ReadFile(f)
			for _, kid := range strings.Fields(string(data)) {
				child, err := strconv.Atoi(kid)
				if err != nil {
					t.Fatal(err)
				}
				cmd, _ := os.ReadFile(fmt.Sprintf("/proc/%d/cmdline", child))
				if argv0, _, _ := strings.Cut(string(cmd), "\x00"); filepath.Base(argv0) == filepath.Base(program) {
					return child
				}
			}
		}
		if time.Now().After(give) {
			t.Fatalf("process %d started no %s", pid, program)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// waitStopped waits until the process pid is stopped (state T in
// /proc/pid/stat), looking every few milliseconds.
func waitStopped(t *testing.T, pid int) { t.Helper(); waitState(t, pid, true) }

// waitRunning waits until the process pid is no longer stopped.
func waitRunning(t *testing.T, pid int) { t.Helper(); waitState(t, pid, false) }

func waitState(t *testing.T, pid int, stopped bool) {
	t.Helper()
	give := time.Now().Add(untilDeadline(t))
	for {
		stat, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
		if err != nil {
			t.Skipf("cannot read a process's state: %v", err)
		}
		// The state follows the command's name, in parentheses.
		if i := strings.LastIndexByte(string(stat), ')'); i >= 0 && strings.HasPrefix(string(stat[i+1:]), " T") == stopped {
			return
		}
		if time.Now().After(give) {
			t.Fatalf("process %d never stopped or continued (want stopped %v): %s", pid, stopped, stat)
		}
		time.Sleep(5 * time.Millisecond)
	}
}
