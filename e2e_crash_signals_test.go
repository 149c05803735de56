//go:build linux

package main

import (
	"fmt"
	"regexp"
	"strings"
	"syscall"
	"testing"
)

// crashSignals are the signals on which the Go runtime, left to itself,
// prints every goroutine's stack and exits 2 when another process sends
// them (SIGQUIT, tested with the others in TestSignalsGiveTheTerminalBack,
// aside).
var crashSignals = []syscall.Signal{syscall.SIGABRT, syscall.SIGSEGV, syscall.SIGBUS, syscall.SIGTRAP,
	syscall.SIGSYS, syscall.SIGILL, syscall.SIGFPE, syscall.SIGSTKFLT}

// SIGABRT (kill -6, timeout -s ABRT, a supervisor's watchdog) ends the
// explorer as SIGTERM does: the terminal given back (main screen, cursor
// shown, mouse reporting off, the settings of stty -a as before), exit
// 128+6, no Go stack. So do the other signals Go would dump its stacks
// on, sent by kill: SIGSEGV, SIGBUS, SIGTRAP, SIGSYS, SIGILL, SIGFPE,
// SIGSTKFLT (hostile14 #4: the runtime printed its stacks and exited 2
// with the alternate screen, mouse reporting and raw mode left on). The
// explorer runs under an interactive bash, as a user's, which reports its
// exit status.
func TestCrashSignalsGiveTheTerminalBack(t *testing.T) {
	sh, stty := jobShell(t, false)
	status := regexp.MustCompile(`exit-(\d+)`)
	for _, sig := range crashSignals {
		before := stty.save("before " + sig.String())
		sh.mu.Lock()
		from := len(sh.raw)
		sh.mu.Unlock()
		sh.send("clear; " + binary + " --lang en; echo exit-$?\r")
		sh.waitFor("the explorer", func(scr string) bool {
			sh.mu.Lock()
			alt := sh.term.IsAltScreen()
			sh.mu.Unlock()
			return alt && strings.Contains(scr, "Marketing department")
		})
		if err := syscall.Kill(childOf(t, sh.cmd.Process.Pid), sig); err != nil {
			t.Fatal(err)
		}
		scr := sh.waitFor("the shell to report the exit status", func(scr string) bool { return status.MatchString(scr) })
		if got, want := status.FindStringSubmatch(scr)[1], fmt.Sprint(128+int(sig)); got != want {
			t.Errorf("%v: exit status %s, want %s", sig, got, want)
		}
		sh.assertGivenBack(sig.String())
		sh.mu.Lock()
		raw := string(sh.raw[from:])
		sh.mu.Unlock()
		if strings.Contains(raw, "goroutine ") || strings.Contains(raw, "PC=") {
			t.Errorf("%v: a Go stack dump reached the terminal:\n%s", sig, raw)
		}
		stty.same(before, "after "+sig.String(), t.Errorf)
	}
	sh.exitShell()
	sh.assertRestored()
}
