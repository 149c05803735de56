package termsafe

import "io"

// maxPending bounds how much of an unfinished escape sequence a Writer
// holds back waiting for its end. Real SGR sequences are a few dozen bytes;
// anything longer is dropped as if the output had ended there.
const maxPending = 4096

// Writer filters everything written through it with KeepSGR or Plain
// before passing it on. Escape sequences and UTF-8 characters split across
// writes are filtered whole: the unfinished tail of one write is held back
// until the next, or until Flush.
//
// The first error of the underlying writer is kept: later writes fail with
// it at once, and Err reports it, so a command can tell that its output
// was lost (a full disk, a closed pipe) even where it ignored the error of
// one Fprint.
type Writer struct {
	w       io.Writer
	keepSGR bool
	pending []byte
	buf     []byte
	err     error
	flag    flag // see filter
}

// NewTerminalWriter returns a Writer that keeps SGR: for a terminal.
func NewTerminalWriter(w io.Writer) *Writer { return &Writer{w: w, keepSGR: true} }

// NewPlainWriter returns a Writer that lets through plain text only: for
// pipes, files and terminals that take no escape sequences (TERM=dumb).
func NewPlainWriter(w io.Writer) *Writer { return &Writer{w: w} }

// Write filters p and writes the result. It reports len(p) on success,
// as the bytes it removed were consumed, not lost.
func (w *Writer) Write(p []byte) (int, error) {
	if w.err != nil {
		return 0, w.err
	}
	data := p
	if len(w.pending) > 0 {
		w.pending = append(w.pending, p...)
		data = w.pending
	}
	out, n := filter(w.buf[:0], data, w.keepSGR, false, &w.flag)
	rest := data[n:]
	if len(rest) > maxPending {
		// An escape sequence this long is an attack, not styling: drop it
		// as a terminal that never saw its end would.
		out, _ = filter(out, rest, w.keepSGR, true, &w.flag)
		rest = nil
	}
	w.buf = out
	w.pending = append(w.pending[:0], rest...)
	if len(out) > 0 {
		if _, err := w.w.Write(out); err != nil {
			w.err = err
			return 0, err
		}
	}
	return len(p), nil
}

// Flush writes what is held back: an unfinished escape sequence is
// dropped, a cut UTF-8 character becomes U+FFFD. It returns the writer's
// first error.
func (w *Writer) Flush() error {
	if w.err != nil || len(w.pending) == 0 {
		return w.err
	}
	out, _ := filter(w.buf[:0], w.pending, w.keepSGR, true, &w.flag)
	w.pending = w.pending[:0]
	if len(out) > 0 {
		if _, err := w.w.Write(out); err != nil {
			w.err = err
		}
	}
	return w.err
}

// Err returns the first error the underlying writer gave, if any.
func (w *Writer) Err() error { return w.err }
