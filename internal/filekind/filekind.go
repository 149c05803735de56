// Package filekind names what a path holds when it is not a regular file,
// and opens files without waiting on a named pipe: the checks every reader
// of user-given files (content folders, imported sheets) makes before it
// reads, so that a pipe never blocks and a device never streams forever.
package filekind

import "io/fs"

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
