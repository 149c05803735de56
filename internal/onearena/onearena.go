// Package onearena keeps the C library's memory allocator to one arena,
// so that dutymap starts under a tight address-space limit (ulimit -v).
//
// The binary links cgo (the net package, through pflag, and os/user do
// when a C compiler is there), and glibc then gives each thread that
// calls malloc an arena of its own: a 64 MB reservation per thread, 441 MB
// of the 1.75 GB an idle explorer maps. Under `ulimit -v 1000000` every
// command died before main, "runtime/cgo: pthread_create failed" and a
// dump of every goroutine. C code here allocates next to nothing (a
// thread's start, a name lookup), so one arena costs nothing.
//
// Import it for its effect: a C constructor, run before the Go runtime
// starts, calls mallopt(M_ARENA_MAX, 1). A build without cgo, or on
// another C library, has nothing to do.
package onearena
