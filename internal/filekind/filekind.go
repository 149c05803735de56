// Package filekind names what a path holds when it is not a regular file,
// and opens files without waiting on a named pipe: the checks every reader
// of user-given files (content folders, imported sheets) makes before it
// reads, so that a pipe never blocks and a device never streams forever.
package filekind

import (
	"io/fs"
	"os"
)

// Of names what mode describes when it is not a regular file: "a folder",
// "a named pipe (FIFO)", "a socket", "a character device", "a device", or
// "" for another special file; regular is true for a regular file.
func Of(mode fs.FileMode) (what string, regular bool) {
	switch {
	case mode.IsRegular():
		return "", true
	case mode.IsDir():
		return "a folder", false
	case mode&fs.ModeNamedPipe != 0:
		return "a named pipe (FIFO)", false
	case mode&fs.ModeSocket != 0:
		return "a socket", false
	case mode&fs.ModeCharDevice != 0:
		return "a character device", false
	case mode&fs.ModeDevice != 0:
		return "a device", false
	}
	return "", false
}

// Open opens path for reading once accept allows what it is. accept sees
// the path's FileInfo before the open (a named pipe would block it, a
// device should never be opened) and the open file's after it (the name
// may have been swapped for a pipe meanwhile); the open itself never waits
// on a pipe. accept's errors are returned as they are, the system's as
// *fs.PathError.
func Open(path string, accept func(fs.FileInfo) error) (*os.File, fs.FileInfo, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, nil, err
	}
	if err := accept(info); err != nil {
		return nil, nil, err
	}
	f, err := os.OpenFile(path, os.O_RDONLY|OpenNonblock, 0)
	if err != nil {
		return nil, nil, err
	}
	if info, err = f.Stat(); err == nil {
		err = accept(info)
	}
	if err != nil {
		f.Close()
		return nil, nil, err
	}
	return f, info, nil
}
