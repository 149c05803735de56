package cli

import (
	"errors"
	"image/color"
	"os"

	"charm.land/lipgloss/v2"
	"golang.org/x/term"
)

// Terminal answers what a one-shot command needs to know about the
// terminal it writes to. Tests supply their own.
type Terminal interface {
	// Size is the terminal's width and height in cells (TIOCGWINSZ).
	Size() (width, height int, err error)
	// Background asks the terminal for its background colour (OSC 11). It
	// may wait for the terminal's answer, up to two seconds.
	Background() (color.Color, error)
}

// stdTerminal is the terminal of the process's standard streams.
type stdTerminal struct{ in, out *os.File }

func (t stdTerminal) Size() (int, int, error) { return term.GetSize(int(t.out.Fd())) }

// Background asks only a terminal with a window: a pty without one (as
// under `script` in CI) has nothing behind it to answer, and Lip Gloss
// would wait two seconds on each of stdin and stdout.
func (t stdTerminal) Background() (color.Color, error) {
	if !term.IsTerminal(int(t.in.Fd())) || !term.IsTerminal(int(t.out.Fd())) {
		return nil, errors.New("standard input or output is not a terminal")
	}
	if w, h, err := t.Size(); err != nil || w == 0 || h == 0 {
		return nil, errors.New("the terminal has no window")
	}
	return lipgloss.BackgroundColor(t.in, t.out)
}

// isDark reports a dark colour: lightness (HSL) below one half, as Lip
// Gloss decides.
func isDark(c color.Color) bool {
	r, g, b, _ := c.RGBA()
	hi, lo := max(r, g, b), min(r, g, b)
	return (hi+lo)/2 < 0x8000
}
