// Package lazyre holds regular expressions compiled when first used rather
// than when the program starts: a package-level regexp.MustCompile runs in
// every process, whatever it was started for, and compiling one costs tens
// of microseconds and kilobytes of garbage (about 0.4 ms and 330 KB across
// dutymap's packages, `GODEBUG=inittrace=1`), while most commands use few
// of them.
package lazyre

import (
	"regexp"
	"sync"
)

// New returns a function that compiles expr on its first call (panicking,
// as regexp.MustCompile does, if expr is not a valid expression) and
// returns the same *regexp.Regexp on every call. Safe for concurrent use.
func New(expr string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(expr) })
}
