//go:build unix

package main

import (
	"bufio"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"testing"
)

// ctrl+\ (SIGQUIT), kill -ABRT or kill -SEGV while dutymap is still
// starting, before main, ends it quietly with 128+n as it does later: not
// with the Go runtime's dump of every goroutine's stack and status 2. The
// signal is sent as soon as Chroma's lexers are registered
// (GODEBUG=inittrace=1 reports each package initialised, in order), which
// is well before main; dutymap's own early handler (internal/earlyquit)
// must have been set up before them.
func TestQuitSignalAtStart(t *testing.T) {
	for _, sig := range []syscall.Signal{syscall.SIGQUIT, syscall.SIGABRT, syscall.SIGSEGV} {
		t.Run(sig.String(), func(t *testing.T) { signalAtStart(t, sig) })
	}
}

func signalAtStart(t *testing.T, sig syscall.Signal) {
	const early = "init github.com/dutymap/dutymap/internal/earlyquit "
	const heavy = "init github.com/alecthomas/chroma/v2/lexers "
	cmd := exec.Command(binary, "version")
	cmd.Env = append(os.Environ(), "GODEBUG=inittrace=1")
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	var trace []string
	sent, seenEarly := false, false
	lines := bufio.NewScanner(stderr)
	for lines.Scan() {
		line := lines.Text()
		trace = append(trace, line)
		seenEarly = seenEarly || strings.HasPrefix(line, early)
		if !sent && strings.HasPrefix(line, heavy) {
			if !seenEarly {
				t.Errorf("Chroma's lexers were initialised before dutymap's early signal handler")
			}
			if err := cmd.Process.Signal(sig); err != nil {
				t.Fatal(err)
			}
			sent = true
		}
	}
	if !sent {
		_ = cmd.Process.Kill()
		t.Fatalf("no %q in the trace:\n%s", heavy, strings.Join(trace, "\n"))
	}
	code := exitCode(t, cmd.Wait())
	out := strings.Join(trace, "\n")
	if code != 128+int(sig) || strings.Contains(out, "goroutine ") || strings.Contains(out, "SIG") {
		t.Errorf("exit %d, want %d with no stack dump; standard error:\n%s", code, 128+int(sig), out)
	}
}
