//go:build unix

package cli

import (
	"io"
	"os"
	"os/signal"
	"sync"
	"sync/atomic"
	"syscall"

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
// SIGTTIN and SIGTTOU stop a process too. The kernel sends them to a job
// in the background that reads the terminal or changes its modes (the
// explorer started with &, or continued with bg): the job must stop, as
// it would by default, or the read or the change is tried again and
// again. Sent to the explorer in the foreground (kill -TTIN), they would
// stop it with the terminal in its modes. So which they mean is decided
// when they arrive: in the terminal's foreground process group they
// suspend the explorer as ctrl+z does; otherwise, or once the explorer
// has ended, the process stops with SIGSTOP (the default action, which a
// caught signal cannot take: the shell reports the job stopped, and fg
// continues the read or change where it was). "When they arrive" is not
// when they were raised: see watchTerminalAccess for those raised before
// the job came back to the foreground.
type jobControl struct {
	tstp       chan os.Signal
	suspending atomic.Bool
	// tty is the terminal's descriptor, asked which process group is in
	// the foreground; -1 when there is none.
	tty          int
	ttyIO, fence chan os.Signal
	// stale is set by every stop and cleared by the fence sent once the
	// explorer has the terminal again: SIGTTIN and SIGTTOU that come in
	// between were raised in the background (watchTerminalAccess). fresh
	// is closed when it is cleared; mu guards both.
	mu       sync.Mutex
	stale    bool
	fresh    chan struct{}
	fenceDue atomic.Bool // stale is set and no fence has been sent since
	ended    atomic.Bool
}

// newJobControl watches the job control signals of a program on the
// terminal of the first of files that is one.
func newJobControl(files ...any) *jobControl {
	j := &jobControl{tty: -1}
	for _, f := range files {
		if f, ok := f.(interface{ Fd() uintptr }); ok && term.IsTerminal(int(f.Fd())) {
			j.tty = int(f.Fd())
			break
		}
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
				_ = syscall.Kill(0, syscall.SIGSTOP)
				continue
			}
			if j.suspend() {
				p.Send(tea.SuspendMsg{})
			}
		}
	}()
	j.ttyIO, j.fence = make(chan os.Signal, 1), make(chan os.Signal, 1)
	signal.Notify(j.ttyIO, syscall.SIGTTIN, syscall.SIGTTOU)
	signal.Notify(j.fence, fenceSignal)
	go j.watchTerminalAccess(p)
}

// watchTerminalAccess handles SIGTTIN and SIGTTOU (see jobControl).
//
// A job in the background that reads the terminal or changes its modes is
// sent the signal each time it tries, until it stops or is brought back to
// the foreground: some of those are still on their way when it is (the
// interrupted handler of one of them, on a thread the scheduler may leave
// waiting a while on a busy machine), and would then find the explorer in
// the foreground and suspend it at once. That happened after bg followed
// by fg within milliseconds: Bubble Tea, continued by bg, set the
// terminal's modes in the background; the SIGTTOU this raised came after
// fg, and the explorer suspended once more. So from every stop (ctrl+z,
// a stop signal, a stop in the background) such signals are stale until
// the explorer has the terminal again (Bubble Tea's ResumeMsg, sent once
// it has set the terminal's modes, which it can only do in the
// foreground) or, started in the background, until the user has used it
// (a key, the mouse or a paste); the fence sent then is here: os/signal
// hands pending signals over one at a time, lowest number first, so
// every signal raised before the fence has reached ttyIO (or found it
// full) by then. A kill -TTIN in between is lost; the explorer keeps the
// terminal, as it would had it come a moment earlier.
func (j *jobControl) watchTerminalAccess(p *tea.Program) {
	for {
		select {
		case <-j.fence:
			j.fenced()
		case <-j.ttyIO:
			switch j.terminalAccess(foreground(j.tty)) {
			case accessStop:
				// The default action: stop until continued (fg or bg).
				j.stopped()
				_ = syscall.Kill(syscall.Getpid(), syscall.SIGSTOP)
			case accessSuspend:
				if j.suspend() {
					// Not waited for: the program may be writing its
					// first frame after a continue, which waits for this
					// loop to take the fence (fencedWriter).
					go p.Send(tea.SuspendMsg{})
				}
			}
		}
	}
}

// What a SIGTTIN or SIGTTOU asks of the explorer.
const (
	accessStale   = iota // raised in the background before a continue: nothing
	accessStop           // in the background, or after the explorer: stop
	accessSuspend        // in the foreground: suspend, as ctrl+z does
)

// terminalAccess decides what a SIGTTIN or SIGTTOU that arrives now asks,
// the process's group being in the terminal's foreground or not.
func (j *jobControl) terminalAccess(inForeground bool) int {
	switch {
	case j.ended.Load() || !inForeground:
		return accessStop
	case j.isStale():
		return accessStale
	}
	return accessSuspend
}

// stopped marks SIGTTIN and SIGTTOU stale until the fence, before the
// process stops.
func (j *jobControl) stopped() {
	j.mu.Lock()
	defer j.mu.Unlock()
	if !j.stale {
		j.stale, j.fresh = true, make(chan struct{})
	}
	j.fenceDue.Store(true)
}

func (j *jobControl) isStale() bool {
	j.mu.Lock()
	defer j.mu.Unlock()
	return j.stale
}

// fenced drops the SIGTTIN and SIGTTOU raised before the fence: they are
// no longer stale once it has come.
func (j *jobControl) fenced() {
	for len(j.ttyIO) > 0 {
		<-j.ttyIO
	}
	j.mu.Lock()
	defer j.mu.Unlock()
	if j.stale {
		j.stale = false
		close(j.fresh)
	}
}

// fencedWriter is the explorer's output. Its first write after a stop
// sends the fence and waits until watchTerminalAccess has taken it, so
// that nothing the explorer draws on coming back reaches the terminal
// while a SIGTTIN or SIGTTOU sent after it would still be taken for a
// stale one. Bubble Tea writes only once it has set the terminal's modes
// again, which it can only do in the foreground: every signal raised by
// its tries in the background came before the fence.
type fencedWriter struct {
	*os.File // the terminal, whose descriptor Bubble Tea asks for
	jobs     *jobControl
}

// output is w, through fencedWriter when it is a file.
func (j *jobControl) output(w io.Writer) io.Writer {
	if f, ok := w.(*os.File); ok {
		return fencedWriter{f, j}
	}
	return w
}

func (w fencedWriter) Write(b []byte) (int, error) {
	if j := w.jobs; j.fenceDue.CompareAndSwap(true, false) {
		j.mu.Lock()
		fresh, stale := j.fresh, j.stale
		j.mu.Unlock()
		_ = syscall.Kill(syscall.Getpid(), fenceSignal)
		if stale {
			<-fresh
		}
	}
	return w.File.Write(b)
}

// fenceSignal marks, in the order os/signal hands signals over, a moment
// after a stopped job was continued and used (see watchTerminalAccess). Its number
// is above SIGTTIN's and SIGTTOU's on every Unix (the constant below does
// not compile otherwise), and nothing else sends it (setitimer's virtual
// timer, which Go does not use).
const fenceSignal = syscall.SIGVTALRM

const _ = uint(fenceSignal - max(syscall.SIGTTIN, syscall.SIGTTOU) - 1)

// used is told of each key, mouse event and paste the explorer gets: the
// first after a stop sends the fence, if the explorer has drawn nothing
// since (fencedWriter).
func (j *jobControl) used() {
	if j != nil && j.fenceDue.CompareAndSwap(true, false) {
		_ = syscall.Kill(syscall.Getpid(), fenceSignal)
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
// process stops next (stopped).
func (j *jobControl) ownStop() bool {
	if !j.suspending.CompareAndSwap(true, false) {
		return false
	}
	j.stopped()
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

// stop ends the watch of SIGTSTP. SIGTTIN and SIGTTOU stay watched, to
// stop the process as they would by default: once caught, Go would
// otherwise ignore them, and a background write or mode change after the
// explorer (an error message, with stty tostop) would be tried forever.
func (j *jobControl) stop() {
	if j.tstp != nil {
		signal.Stop(j.tstp)
		close(j.tstp)
	}
	j.ended.Store(true)
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

// stopProcess stops the process, as the stop signal s would have by
// default: with SIGSTOP, since Go never gives a stop signal its default
// action back once it has been caught (see jobControl). The shell reports
// the job stopped; fg or bg continues it.
func stopProcess(os.Signal) { _ = syscall.Kill(syscall.Getpid(), syscall.SIGSTOP) }

// queryMode has the terminal fd read each byte as it comes, without
// echoing it (no ICANON, no ECHO), for a terminal's answer; everything
// else stays as the user had it: ctrl+c, ctrl+\ and ctrl+z still raise
// their signals, and output is processed as before. restore gives the
// terminal its settings back.
func queryMode(fd int) (restore func(), err error) {
	saved, err := unix.IoctlGetTermios(fd, ioctlGetTermios)
	if err != nil {
		return nil, err
	}
	t := *saved
	t.Lflag &^= unix.ICANON | unix.ECHO | unix.ECHONL
	t.Cc[unix.VMIN], t.Cc[unix.VTIME] = 1, 0
	if err := unix.IoctlSetTermios(fd, ioctlSetTermios, &t); err != nil {
		return nil, err
	}
	return func() { _ = unix.IoctlSetTermios(fd, ioctlSetTermios, saved) }, nil
}
