package cli

import (
	"fmt"
	"io"
	"os"
	"os/exec"
	"os/signal"
	"strings"
	"syscall"

	"github.com/dutymap/dutymap/model"
	"golang.org/x/term"
)

// defaultPager shows colours (-R) and is found on nearly every system.
const defaultPager = "less -R"

// throughPager shows text in $PAGER (default "less -R"), which reads it
// from its standard input and the keys from the terminal. The command is
// split at spaces and run without a shell. When no pager can be started
// the text is printed as it is, with a note on standard error if $PAGER
// named one. Like git, it sets LESS=R when LESS is unset, so a plain
// "less" keeps the colours.
func (a *app) throughPager(text string) error {
	name := strings.TrimSpace(a.getenv("PAGER"))
	chosen := name != ""
	if !chosen {
		name = defaultPager
	}
	args := strings.Fields(name)
	path, err := exec.LookPath(args[0])
	if err != nil {
		if chosen {
			fmt.Fprintf(a.io.Err, "dutymap show: cannot start the pager %q (%v); printing the page\n", name, err)
		}
		_, err := fmt.Fprint(a.io.Out, text)
		return err
	}
	cmd := exec.Command(path, args[1:]...)
	// The page is read from a file, not a pipe fed by dutymap: stopped
	// by ctrl+z with the pager, dutymap could otherwise leave less waiting
	// for the rest of the page, unable to take its own stop until fg.
	page, err := pageFile(text)
	if err != nil {
		cmd.Stdin = strings.NewReader(text)
	} else {
		defer func() {
			page.Close()
			_ = os.Remove(page.Name()) // where it could not be removed while open
		}()
		cmd.Stdin = page
	}
	// The pager draws on the terminal itself (less moves the cursor and
	// clears the screen), so it gets the unfiltered output; the text it
	// is given has been filtered already.
	cmd.Stdout, cmd.Stderr = a.tty, a.io.Err
	less := a.getenv("LESS")
	if less == "" {
		less = "R"
	}
	cmd.Env = append(os.Environ(), "LESS="+less)
	// While the pager runs, dutymap waits for it and never leaves it
	// behind, as git does: a pager left running would read keys the shell
	// meant for itself, on a terminal in the pager's modes. ctrl+c belongs
	// to the pager (less uses it to stop a search); ctrl+\ (SIGQUIT)
	// reaches the pager too, which ignores it, and dutymap ends with it
	// once the user leaves the pager. The other quitSignals (SIGTERM,
	// SIGHUP, SIGABRT, kill -SEGV, …), sent to dutymap alone, are passed
	// on as SIGTERM, on which less gives the terminal back and ends (on
	// SIGHUP or SIGABRT it dies without doing so); a second one kills the
	// pager. Then dutymap exits 128+n, as if the signal had ended it.
	signals := make(chan os.Signal, 4)
	signal.Notify(signals, quitSignals...)
	defer signal.Stop(signals)
	// ctrl+z stops the pager and dutymap together, as a job of two: the
	// shell takes the terminal back only once both are stopped. The stop
	// signals keep their default action only until something catches
	// them (the background colour query does), after which Go ignores
	// them: dutymap kept running, the shell waited for it, and the
	// terminal was locked with the pager stopped (hostile16 #0). So they
	// are caught here and stop the process as by default; fg continues
	// the whole job, pager and all.
	stops := make(chan os.Signal, 1)
	if len(stopSignals) > 0 { // Notify with none would relay every signal
		signal.Notify(stops, stopSignals...)
		defer signal.Stop(stops)
	}
	defer handleQuit()()
	saved := ttyState(a.tty)
	if err := cmd.Start(); err != nil {
		return &exitError{1, a.say(pagerFailed, name, err)}
	}
	ended := make(chan error, 1)
	go func() { ended <- cmd.Wait() }()
	var stopped syscall.Signal
	passed := 0
	take := func(s os.Signal) {
		sig, _ := s.(syscall.Signal)
		if sig == syscall.SIGINT {
			return
		}
		if stopped == 0 {
			stopped = sig
		}
		if sig != syscall.SIGQUIT {
			passed++
			if passed == 1 {
				_ = cmd.Process.Signal(syscall.SIGTERM)
			} else {
				_ = cmd.Process.Kill()
			}
		}
	}
	for {
		select {
		case s := <-signals:
			take(s)
		case s := <-stops:
			stopProcess(s)
		case err := <-ended:
			// A signal already waiting counts: select picks at random
			// among ready cases, and ctrl+\ then q would otherwise end
			// show with 0 now and then.
			for waiting := true; waiting; {
				select {
				case s := <-signals:
					take(s)
				default:
					waiting = false
				}
			}
			if stopped != 0 {
				if killed(cmd) && saved != nil {
					// The pager could not give the terminal back: its
					// settings (echo, line editing) are restored as they
					// were before it started, as a shell does for a job
					// killed by a signal.
					_ = term.Restore(saved.fd, saved.state)
				}
				return &exitError{128 + int(stopped), ""}
			}
			if err != nil {
				if _, exited := err.(*exec.ExitError); exited {
					return nil // the pager's own exit status: it has shown its message
				}
				return &exitError{1, a.say(pagerFailed, name, err)}
			}
			return nil
		}
	}
}

// pageFile is text in a temporary file opened at its start, removed
// from its folder where the system allows that while it is open (the
// pager reads it until closed).
func pageFile(text string) (*os.File, error) {
	f, err := os.CreateTemp("", "dutymap-page-*")
	if err != nil {
		return nil, err
	}
	_ = os.Remove(f.Name())
	if _, err := f.WriteString(text); err != nil {
		f.Close()
		return nil, err
	}
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		f.Close()
		return nil, err
	}
	return f, nil
}

// savedTTY is a terminal's settings, to be restored.
type savedTTY struct {
	fd    int
	state *term.State
}

// ttyState saves the settings of w when it is a terminal, or returns nil.
func ttyState(w io.Writer) *savedTTY {
	f, ok := w.(*os.File)
	if !ok || !term.IsTerminal(int(f.Fd())) {
		return nil
	}
	st, err := term.GetState(int(f.Fd()))
	if err != nil {
		return nil
	}
	return &savedTTY{int(f.Fd()), st}
}

// killed reports whether a process that has been waited for was ended by
// a signal rather than exiting.
func killed(cmd *exec.Cmd) bool {
	ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus)
	return ok && ws.Signaled()
}

var pagerFailed = [model.NumLangs]string{"dutymap show: the pager %q failed: %v", "dutymap show：分页程序 %q 出错：%v"}
