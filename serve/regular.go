package serve

import (
	"fmt"
	"os"

	"github.com/dutymap/dutymap/internal/filekind"
)

// notRegularError is a file serve reads (the authorized keys, the host
// key) that is not a regular file: a named pipe would block the open, or
// the read, for ever (until something writes to it), a device might never
// end.
type notRegularError struct {
	what, path string
	kind       string // "a named pipe (FIFO)", ... (filekind.Of); "" when it has no name
}

func (e *notRegularError) Error() string {
	if e.kind == "" {
		return fmt.Sprintf("%s %s is not a regular file", e.what, e.path)
	}
	return fmt.Sprintf("%s %s is not a regular file but %s", e.what, e.path, e.kind)
}

// openRegular opens path, which serve reads as what ("authorized keys"),
// if it is a regular file, and returns it with its FileInfo (filekind.Open:
// checked before and after the open, which never waits on a pipe).
func openRegular(what, path string) (*os.File, os.FileInfo, error) {
	f, info, err := filekind.Open(path, func(info os.FileInfo) error {
		if kind, ok := filekind.Of(info.Mode()); !ok {
			return &notRegularError{what, path, kind}
		}
		return nil
	})
	if err != nil {
		if _, refused := err.(*notRegularError); !refused {
			err = fmt.Errorf("%s %s: %w", what, path, unwrapPath(err))
		}
		return nil, nil, err
	}
	return f, info, nil
}
