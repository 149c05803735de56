//go:build unix

package cli

import (
	"fmt"
	"os"
	"os/signal"
	"sync/atomic"
	"syscall"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/dutymap/dutymap/internal/earlyquit"
	"golang.org/x/sys/unix"
	"golang.org/x/term"
)

// quitSignals end dutymap: the explorer, show's pager, a terminal query,
// an import and serve catch them while they run, give back what they
// hold (the terminal, a temporary folder, the sessions) and end with
// status 128+n, as a shell reports a process killed by signal n (serve
// stops as on SIGTERM and exits 0). One list for all of them: SIGHUP,
// SIGINT, SIGTERM, and the crashSignals.
var quitSignals = append([]os.Signal{syscall.SIGHUP, syscall.SIGINT, syscall.SIGTERM}, crashSignals...)

// crashSignals are the signals on which the Go runtime would print every
// stack and exit 2 (earlyquit.Signals: one list from the first
// millisecond on).
var crashSignals = earlyquit.Signals

func signalNumber(s os.Signal) int { return int(s.(syscall.Signal)) }

// jobControl suspends the explorer cleanly, on ctrl+z or on a SIGTSTP
// sent from elsewhere: Bubble Tea gives the terminal back and stops the
// process; on SIGCONT (the shell's fg) it takes the terminal again and
// redraws the screen.
//
// SIGSTOP cannot be caught: kill -STOP (or a tool that stops processes
// with it) stops the explorer with the terminal in its modes, and the
// shell, which sees the job stop, sets its own (line editing, echo)
// before its prompt. fg then continues a program that reads a terminal in
// line mode (keys echoed as ^[[B, acted on only after Enter) and a screen
// the shell has written on. So a SIGCONT that ends no stop of the
// explorer's own (stoppedSelf) has it take the terminal again as after
// ctrl+z (continued): raw mode, alternate screen, mouse and paste modes,
// the whole screen redrawn.
//
// SIGTSTP is caught while dutymap runs, or it would stop the process with
// the terminal still in the explorer's modes. Once caught, Go never
// restores its default action, so the SIGTSTP Bubble Tea sends itself to
// stop (after giving the terminal back) arrives here too: the process then
// stops with SIGSTOP, which no handler can intercept. The shell sees a
// stopped job either way and fg continues it.
//
// suspending is taken by the one SIGTSTP it announces, never cleared on
// resuming: Bubble Tea redraws the screen before its ResumeMsg reaches
// the model, so a SIGTSTP sent as soon as the explorer is back on screen
// would otherwise find the flag still set and stop the process with the
// terminal in the explorer's modes.
//
// SIGTTIN and SIGTTOU: see watchTerminalAccess.
type jobControl struct {
	tstp       chan os.Signal
	suspending atomic.Bool
	// ttyIO gets SIGTTIN and SIGTTOU, continued gets SIGCONT
	// (watchTerminalAccess).
	ttyIO, continued chan os.Signal
	// inForeground reports whether the process's group is in the
	// terminal's foreground; stopSelf stops the process until a SIGCONT.
	// Replaced in tests.
	inForeground func() bool
	stopSelf     func()
	// cont gets SIGCONT; stoppedSelf is set by each stop of the
	// explorer's own and taken by the SIGCONT that ends it
	// (watchContinue).
	cont        chan os.Signal
	stoppedSelf atomic.Bool
	// lost is why the explorer could not take the terminal again after
	// such a stop (screen, retakeFailed).
	lost atomic.Pointer[error]
}

// failed records why the explorer could not take the terminal again.
func (j *jobControl) failed(err error) {
	if j != nil {
		j.lost.CompareAndSwap(nil, &err)
	}
}

// err is why the explorer ended without the terminal (failed), or nil.
func (j *jobControl) err() error {
	if e := j.lost.Load(); e != nil {
		return fmt.Errorf("cannot take the terminal again after a stop: %w", *e)
	}
	return nil
}

// newJobControl watches the job control signals of a program on the
// terminal of the first of files that is one.
func newJobControl(files ...any) *jobControl {
	tty := -1
	for _, f := range files {
		if f, ok := f.(interface{ Fd() uintptr }); ok && term.IsTerminal(int(f.Fd())) {
			tty = int(f.Fd())
			break
		}
	}
	j := &jobControl{
		inForeground: func() bool { return foreground(tty) },
	}
	j.stopSelf = func() {
		j.stoppedSelf.Store(true)
		_ = syscall.Kill(syscall.Getpid(), syscall.SIGSTOP)
	}
	return j
}

func (j *jobControl) start(p *tea.Program) {
	j.tstp = make(chan os.Signal, 1)
	signal.Notify(j.tstp, syscall.SIGTSTP)
	go func() {
		for range j.tstp {
			if j.ownStop() {
				// Bubble Tea's own stop: the terminal is given back.
				// Its render loop ends first, or fg could find the
				// explorer never drawn again (retakeTerminal).
				waitRenderLoopEnded(time.Second)
				_ = syscall.Kill(0, syscall.SIGSTOP)
				continue
			}
			if j.suspend() {
				p.Send(tea.SuspendMsg{})
			}
		}
	}()
	j.ttyIO, j.continued = make(chan os.Signal, 1), make(chan os.Signal, 1)
	signal.Notify(j.continued, syscall.SIGCONT)
	signal.Notify(j.ttyIO, syscall.SIGTTIN, syscall.SIGTTOU)
	go j.watchTerminalAccess()
	j.cont = make(chan os.Signal, 1)
	signal.Notify(j.cont, syscall.SIGCONT)
	go j.watchContinue(p)
}

// watchContinue tells the explorer of each SIGCONT that ends a stop it
// did not make (see jobControl). Continued in the background (bg), taking
// the terminal stops the job (SIGTTOU) until fg, as it does after ctrl+z
// and bg. A SIGCONT sent to an explorer that was not stopped has it
// redraw once, needlessly but harmlessly.
func (j *jobControl) watchContinue(p *tea.Program) {
	for range j.cont {
		if j.continuedFromElsewhere() {
			p.Send(continued{})
		}
	}
}

// continuedFromElsewhere reports whether a SIGCONT ends a stop the
// explorer did not make: after its own, Bubble Tea (ctrl+z) or the
// interrupted change of the terminal's modes (a stop in the background)
// takes the terminal again itself.
func (j *jobControl) continuedFromElsewhere() bool {
	return !j.stoppedSelf.Swap(false)
}

// watchTerminalAccess handles SIGTTIN and SIGTTOU. The kernel sends them
// to a job in the background that reads the terminal or changes its modes
// (the explorer started with &, or continued with bg), and never to the
// terminal's foreground process group. So:
//
// In the background the process stops, as it would by default (the
// default action, which a caught signal cannot take: the shell reports
// the job stopped, and fg continues the read or change where it was), and
// the loop waits for the SIGCONT that continues it before it handles
// another. kill(2) returns before the stop has taken hold: the job is
// sent the signal each time it tries until it stops, and one handled in
// that moment was found in the background, then frozen by the stop, and
// after fg stopped the explorer in the foreground (TestBackgroundJobStops
// failed about once in 50 runs).
//
// In the foreground they are ignored: there they are either stale (raised
// in the background, handled only after fg, when the read or change
// succeeds anyway; os/signal may hand one over late, from a handler the
// stop interrupted) or sent with kill, and ignoring them keeps the
// terminal and the explorer as they are; stopping there would leave the
// terminal in the explorer's modes (hostile12 #11).
func (j *jobControl) watchTerminalAccess() {
	for range j.ttyIO {
		if j.inForeground() {
			continue
		}
		for len(j.continued) > 0 { // a SIGCONT from before this stop
			<-j.continued
		}
		j.stopSelf()
		<-j.continued
	}
}

// foreground reports whether this process's group is the foreground
// process group of the terminal fd (tcgetpgrp(3)); false when fd is not
// a terminal.
func foreground(fd int) bool {
	if fd < 0 {
		return false
	}
	pgrp, err := unix.IoctlGetInt(fd, unix.TIOCGPGRP)
	if err != nil {
		return false
	}
	// Getpgid(0), not Getpgrp: the same call on every Unix (Solaris's
	// Getpgrp also returns an error).
	own, err := unix.Getpgid(0)
	return err == nil && pgrp == own
}

// ownStop reports whether a SIGTSTP is the one Bubble Tea sends itself
// after giving the terminal back, taking the announcement: any later
// SIGTSTP comes from elsewhere and starts a suspension of its own. The
// process stops next.
func (j *jobControl) ownStop() bool {
	if !j.suspending.CompareAndSwap(true, false) {
		return false
	}
	j.stoppedSelf.Store(true)
	return true
}

// canSuspend says whether processes can be suspended here.
const canSuspend = true

// suspend marks a suspension under way; it reports whether the program
// may suspend at all.
func (j *jobControl) suspend() bool {
	j.suspending.Store(true)
	return canSuspend
}

// stop ends the watch of SIGTSTP and SIGCONT. SIGTTIN and SIGTTOU stay
// watched, to stop the process as they would by default: once caught, Go
// would otherwise ignore them, and a background write or mode change
// after the explorer (an error message, with stty tostop) would be tried
// forever.
func (j *jobControl) stop() {
	if j.tstp != nil {
		signal.Stop(j.tstp)
		close(j.tstp)
	}
	if j.cont != nil {
		signal.Stop(j.cont)
		close(j.cont)
	}
}

// catchClosedPipe makes a write to standard output whose reader has gone
// (dutymap export | head) fail with EPIPE rather than kill the process by
// SIGPIPE, so that every command ends the same way however much it had
// left to write: quietly, with its own exit status (runFor). Without it a
// command ended 0 when its output fitted the pipe's buffer and 141 when it
// did not. The signal is caught, not ignored, so that the programs dutymap
// starts (the pager) get the default action back.
func catchClosedPipe() { signal.Notify(make(chan os.Signal, 1), syscall.SIGPIPE) }

// stopSignals stop a process by default: caught while dutymap has the
// terminal in a mode of its own, they give it back first (askBackground).
var stopSignals = []os.Signal{syscall.SIGTSTP, syscall.SIGTTIN, syscall.SIGTTOU}

func isStopSignal(s os.Signal) bool {
	return s == syscall.SIGTSTP || s == syscall.SIGTTIN || s == syscall.SIGTTOU
}

// continueSignals: SIGCONT, which ends a stop (askOnce).
var continueSignals = []os.Signal{syscall.SIGCONT}

func isContinueSignal(s os.Signal) bool { return s == syscall.SIGCONT }

// stopProcess stops the process, as the stop signal s would have by
// default: with SIGSTOP, since Go never gives a stop signal its default
// action back once it has been caught (see jobControl). The shell reports
// the job stopped; fg or bg continues it.
func stopProcess(os.Signal) { _ = syscall.Kill(syscall.Getpid(), syscall.SIGSTOP) }

// queryMode has the terminal fd read each byte as it comes, without
// echoing it (no ICANON, no ECHO), for a terminal's answer; everything
// else stays as the user had it: ctrl+c, ctrl+\ and ctrl+z still raise
// their signals, and output is processed as before. restore gives the
// terminal its settings back; held reports whether the terminal still
// reads without line editing and echo (a shell that took it during a
// stop set its own).
func queryMode(fd int) (restore func(), held func() bool, err error) {
	saved, err := unix.IoctlGetTermios(fd, ioctlGetTermios)
	if err != nil {
		return nil, nil, err
	}
	t := *saved
	t.Lflag &^= unix.ICANON | unix.ECHO | unix.ECHONL
	t.Cc[unix.VMIN], t.Cc[unix.VTIME] = 1, 0
	if err := unix.IoctlSetTermios(fd, ioctlSetTermios, &t); err != nil {
		return nil, nil, err
	}
	restore = func() { _ = unix.IoctlSetTermios(fd, ioctlSetTermios, saved) }
	held = func() bool {
		now, err := unix.IoctlGetTermios(fd, ioctlGetTermios)
		return err != nil || now.Lflag&(unix.ICANON|unix.ECHO) == 0
	}
	return restore, held, nil
}
