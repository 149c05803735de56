package cli

import (
	"bytes"
	"errors"
	"fmt"
	"image/color"
	"io"
	"os"
	"os/signal"
	"slices"
	"time"

	uv "github.com/charmbracelet/ultraviolet"
	"github.com/charmbracelet/x/ansi"
	"golang.org/x/term"
)

// Terminal answers what a one-shot command needs to know about the
// terminal it writes to. Tests supply their own.
type Terminal interface {
	// Size is the terminal's width and height in cells (TIOCGWINSZ).
	Size() (width, height int, err error)
	// Background asks the terminal for its background colour (OSC 11). It
	// may wait for the terminal's answer, up to answerTimeout. A signal
	// that ends the process while it waits is returned as *interrupted,
	// once the terminal is given back.
	Background() (color.Color, error)
}

// stdTerminal is the terminal of the process's standard streams.
type stdTerminal struct{ in, out *os.File }

func (t stdTerminal) Size() (int, int, error) { return term.GetSize(int(t.out.Fd())) }

// Background asks only a terminal with a window: a pty without one (as
// under `script` in CI) has nothing behind it to answer, and the question
// would wait for nothing. Standard input must be the same terminal as
// standard output: the answer comes on the input of the terminal asked.
func (t stdTerminal) Background() (color.Color, error) {
	if !term.IsTerminal(int(t.in.Fd())) || !term.IsTerminal(int(t.out.Fd())) {
		return nil, errors.New("standard input or output is not a terminal")
	}
	if w, h, err := t.Size(); err != nil || w == 0 || h == 0 {
		return nil, errors.New("the terminal has no window")
	}
	in, err := t.in.Stat()
	if err != nil {
		return nil, err
	}
	out, err := t.out.Stat()
	if err != nil {
		return nil, err
	}
	if !os.SameFile(in, out) {
		return nil, errors.New("standard input and output are different terminals")
	}
	return askBackground(t.in, t.out)
}

// answerTimeout bounds the wait for a terminal's answer: one that knows
// neither question never answers.
const answerTimeout = 2 * time.Second

// interrupted is a signal that ended the process while it had the
// terminal in a mode of its own: the terminal is given back, and the
// command exits 128+signal, as a shell reports a process killed by it.
type interrupted struct{ signal int }

func (e *interrupted) Error() string { return fmt.Sprintf("interrupted by signal %d", e.signal) }

// askBackground asks the terminal on in and out for its background
// colour, as Lip Gloss does (OSC 11, then DA1, which every terminal
// answers: a terminal that answers the second but not the first does not
// tell). lipgloss.BackgroundColor itself cannot be used: nothing can
// interrupt its wait, it asks twice (on input, then on output: four
// seconds for a terminal that never answers), and a signal that came
// while it waited left the terminal raw.
//
// While it waits the terminal reads byte by byte without echo (queryMode)
// and still turns ctrl+c, ctrl+\ and ctrl+z into signals. A quit signal
// (SIGHUP, SIGINT, SIGTERM, SIGQUIT, SIGABRT, …: quitSignals) gives the
// terminal back and returns *interrupted. A stop signal (SIGTSTP, SIGTTIN, SIGTTOU) gives it back
// and stops the process, as the signal would by default (stopProcess);
// continued in the foreground, it asks again; in the background it gives
// up: the terminal belongs to another job. A stop it could not catch
// (kill -STOP) has the shell set its own modes (line editing, echo: an
// answer would be echoed and left for the shell to read): continued (a
// SIGCONT while it waits, or its query mode found gone when the wait
// ends), it asks again in the foreground, and gives up in the background,
// where the shell's modes are left as they are.
func askBackground(in, out *os.File) (color.Color, error) {
	for {
		bg, stop, continued, err := askOnce(in, out)
		if stop == nil && !continued {
			return bg, err
		}
		if stop != nil {
			stopProcess(stop)
		}
		if !foreground(int(in.Fd())) {
			return nil, errors.New("continued in the background")
		}
	}
}

// askOnce asks once; stop is the stop signal that ended the wait, if one
// did; continued says that a stop it could not catch did (see
// askBackground). The terminal is given back before the signals are let
// go, so that none can end the process between the two with the terminal
// in query mode; only in the foreground: in the background the terminal
// is another job's, in its modes, and changing them would raise SIGTTOU
// again and again (show spun until fg).
func askOnce(in, out *os.File) (bg color.Color, stop os.Signal, continued bool, err error) {
	signals := make(chan os.Signal, 1)
	signal.Notify(signals, slices.Concat(quitSignals, stopSignals, continueSignals)...)
	defer signal.Stop(signals)
	defer handleQuit()()
	restore, held, err := queryMode(int(in.Fd()))
	if err != nil {
		return nil, nil, false, err
	}
	defer func() {
		if foreground(int(in.Fd())) {
			restore()
		}
	}()
	rd, err := uv.NewCancelReader(in)
	if err != nil {
		return nil, nil, false, err
	}
	defer rd.Close()
	type answer struct {
		bg  color.Color
		err error
	}
	answered := make(chan answer, 1)
	go func() {
		bg, err := readBackground(rd)
		answered <- answer{bg, err}
	}()
	// The reader is stopped and waited for on every way out: it must not
	// read on once the terminal is given back.
	cancel := func() answer { rd.Cancel(); return <-answered }
	if _, err := io.WriteString(out, ansi.RequestBackgroundColor+ansi.RequestPrimaryDeviceAttributes); err != nil {
		cancel()
		return nil, nil, false, err
	}
	timeout := time.NewTimer(answerTimeout)
	defer timeout.Stop()
	select {
	case a := <-answered:
		return a.bg, nil, false, a.err
	case <-timeout.C:
		if a := cancel(); a.bg != nil {
			return a.bg, nil, false, nil // the colour came, DA1's answer did not
		}
		if !held() || !foreground(int(in.Fd())) {
			// Stopped past the timeout and continued (the SIGCONT
			// may not have come through yet), or in the background.
			return nil, nil, true, nil
		}
		return nil, nil, false, errors.New("the terminal did not answer")
	case s := <-signals:
		cancel()
		if isContinueSignal(s) {
			return nil, nil, true, nil
		}
		if isStopSignal(s) {
			return nil, s, false, nil
		}
		return nil, nil, false, &interrupted{signalNumber(s)}
	}
}

// readBackground reads the terminal's answers up to DA1's and returns the
// colour of OSC 11's, if one came; on an error (the read cancelled) it
// returns the colour read so far with the error.
func readBackground(r io.Reader) (bg color.Color, err error) {
	pa := ansi.GetParser()
	defer ansi.PutParser(pa)
	var seq []byte // a sequence read in parts
	var buf [256]byte
	var state byte
	for {
		n, err := r.Read(buf[:])
		if err != nil {
			return bg, err
		}
		for p := buf[:n]; len(p) > 0; {
			part, _, read, next := ansi.DecodeSequence(p, state, pa)
			seq = append(seq, part...)
			state, p = next, p[read:]
			if state != ansi.NormalState {
				continue
			}
			switch s := string(seq); {
			case ansi.HasOscPrefix(s) && pa.Command() == 11:
				if _, spec, ok := bytes.Cut(pa.Data(), []byte{';'}); ok {
					bg = ansi.XParseColor(string(spec))
				}
			case ansi.HasCsiPrefix(s) && pa.Command() == ansi.Command('?', 0, 'c'):
				return bg, nil // DA1: every answer before it has come
			}
			seq = seq[:0]
		}
	}
}

// isDark reports a dark colour: lightness (HSL) below one half, as Lip
// Gloss decides.
func isDark(c color.Color) bool {
	r, g, b, _ := c.RGBA()
	hi, lo := max(r, g, b), min(r, g, b)
	return (hi+lo)/2 < 0x8000
}
