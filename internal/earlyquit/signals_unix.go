//go:build unix

package earlyquit

import (
	"os"
	"syscall"
)

// Signals are the signals on which the Go runtime, left to itself, prints
// every goroutine's stack and exits 2, with the terminal left in whatever
// mode dutymap had it in: SIGQUIT (ctrl+\), SIGABRT (kill -6, timeout -s
// ABRT, a supervisor's watchdog), SIGILL, SIGTRAP, SIGSYS, SIGSTKFLT
// (Linux), SIGEMT (macOS, the BSDs, Solaris), and SIGBUS, SIGFPE and
// SIGSEGV when another process sends them (kill -SEGV). Caught, they end
// dutymap quietly with status 128+n (here before main, then cli's
// catchQuit).
//
// Catching them never hides a real fault. os/signal's documentation:
// SIGBUS, SIGFPE and SIGSEGV are synchronous "only when caused by program
// execution, not when sent using os.Process.Kill or the kill program", and
// Notify delivers only the ones sent: the runtime (sighandler) turns one
// the program raised into a panic before any channel is asked, so a nil
// pointer still panics with its stack, and it still throws on a real
// SIGILL, SIGTRAP or SIGSYS (seccomp), which it hands to a channel only
// when sent (cli's TestRealFaultStillCrashes). SIGXCPU and SIGXFSZ are
// not here: Go ignores them.
var Signals = append([]os.Signal{syscall.SIGQUIT, syscall.SIGILL, syscall.SIGTRAP, syscall.SIGABRT,
	syscall.SIGBUS, syscall.SIGFPE, syscall.SIGSEGV, syscall.SIGSYS}, osSignals...)
