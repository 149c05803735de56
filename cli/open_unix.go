//go:build unix

package cli

import "syscall"

// openNonblock makes opening a named pipe return at once instead of
// waiting for a writer; reads of regular files are unaffected.
const openNonblock = syscall.O_NONBLOCK
