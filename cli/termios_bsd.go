//go:build darwin || dragonfly || freebsd || netbsd || openbsd

package cli

import "golang.org/x/sys/unix"

// The ioctls that read and set a terminal's settings (as golang.org/x/term
// names them for these systems).
const ioctlGetTermios, ioctlSetTermios = unix.TIOCGETA, unix.TIOCSETA
