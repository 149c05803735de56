//go:build unix

package filekind

import "syscall"

// OpenNonblock, added to os.O_RDONLY, makes opening a named pipe return at
// once instead of waiting for a writer; reads of regular files are
// unaffected.
const OpenNonblock = syscall.O_NONBLOCK
