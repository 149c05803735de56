package serve

import (
	"io"
	"log/slog"
	"strings"
	"sync"
)

// Logger writes the server's log: one line per event, as key=value pairs
// (slog's text format, which quotes any value holding spaces or characters
// that are not printable, so a user name cannot forge a line), and
// multi-line reports such as a content validation report as indented
// blocks under the line that announces them.
type Logger struct {
	*slog.Logger
	w *lockedWriter
}

// NewLogger logs to w; writes are serialised, so w need not be safe for
// concurrent use.
func NewLogger(w io.Writer) *Logger {
	lw := &lockedWriter{w: w}
	return &Logger{Logger: slog.New(slog.NewTextHandler(lw, nil)), w: lw}
}

// Block writes text indented by two spaces, one write for the whole block
// so that no other line lands inside it.
func (l *Logger) Block(text string) {
	var b strings.Builder
	for line := range strings.SplitSeq(strings.TrimRight(text, "\n"), "\n") {
		b.WriteString("  ")
		b.WriteString(line)
		b.WriteByte('\n')
	}
	_, _ = l.w.Write([]byte(b.String()))
}

type lockedWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (w *lockedWriter) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.w.Write(p)
}
