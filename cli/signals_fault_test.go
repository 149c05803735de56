//go:build unix

package cli

import (
	"errors"
	"os"
	"os/exec"
	"os/signal"
	"strings"
	"testing"
)

// A real fault in dutymap still crashes as Go does, with the panic and its
// stack, though every crashSignal is caught: os/signal hands over only a
// SIGSEGV sent by another process (kill -SEGV), never one the program's
// own execution raised. The fault happens in a child process (this test
// binary again) that catches the signals as dutymap does, while no part
// of it handles them (catchQuit) and while one does (quitSignals).
func TestRealFaultStillCrashes(t *testing.T) {
	if how := os.Getenv("DUTYMAP_FAULT_CHILD"); how != "" {
		catchQuit()
		if how == "handled" {
			signal.Notify(make(chan os.Signal, 1), quitSignals...)
			defer handleQuit()()
		}
		var p *struct{ n int }
		os.Exit(p.n) // the fault: a nil pointer
	}
	for _, how := range []string{"unhandled", "handled"} {
		cmd := exec.Command(os.Args[0], "-test.run=^TestRealFaultStillCrashes$")
		cmd.Env = append(os.Environ(), "DUTYMAP_FAULT_CHILD="+how)
		out, err := cmd.CombinedOutput()
		var exit *exec.ExitError
		if !errors.As(err, &exit) || exit.ExitCode() != 2 || !strings.Contains(string(out), "invalid memory address or nil pointer dereference") {
			t.Errorf("%s: a nil pointer ended the process with %v and\n%s\nwant Go's panic, status 2", how, err, out)
		}
	}
}
