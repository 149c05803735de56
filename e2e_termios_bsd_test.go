//go:build darwin || dragonfly || freebsd || netbsd || openbsd

package main

import "golang.org/x/sys/unix"

// ioctlGetTermios reads a terminal's settings (as golang.org/x/term names
// it for these systems).
const ioctlGetTermios = unix.TIOCGETA
