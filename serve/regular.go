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
// if it is a regular file, and returns it with its FileInfo. The type is
// checked before the open (opening a device can have effects, a named
// pipe waits for a writer), the open does not wait on a pipe, and the open
// file's type is checked again: a file swapped for a pipe in between is
// refused too.
func openRegular(what, path string) (*os.File, os.FileInfo, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, nil, fmt.Errorf("%s %s: %w", what, path, unwrapPath(err))
	}
	if kind, ok := filekind.Of(info.Mode()); !ok {
		return nil, nil, &notRegularError{what, path, kind}
	}
	f, err := os.OpenFile(path, os.O_RDONLY|filekind.OpenNonblock, 0)
	if err != nil {
		return nil, nil, fmt.Errorf("%s %s: %w", what, path, unwrapPath(err))
	}
	info, err = f.Stat()
	if err != nil {
		f.Close()
		return nil, nil, fmt.Errorf("%s %s: %w", what, path, unwrapPath(err))
	}
	if kind, ok := filekind.Of(info.Mode()); !ok {
		f.Close()
		return nil, nil, &notRegularError{what, path, kind}
	}
	return f, info, nil
}
