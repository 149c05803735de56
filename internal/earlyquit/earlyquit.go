// Package earlyquit makes the crash signals (Signals: ctrl+\'s SIGQUIT,
// kill -ABRT, kill -SEGV, ...) end dutymap quietly with status 128+n from
// its first milliseconds, for the program's main package alone to import.
// Until then the Go runtime's own handler answers them: it prints every
// goroutine's stack and exits 2. The command line takes them over in main
// (cli.StdIO) and then calls Stop; but before main every package's
// initialiser runs, Chroma's, excelize's and goldmark's among them (some
// 20 ms). Go initialises packages in the order of their import paths,
// each once the packages it imports are: importing only os/signal and
// syscall, this one runs before those. What remains is the runtime's
// start and the standard library's initialisers (about 2 ms,
// GODEBUG=inittrace=1), which no Go code can run before.
package earlyquit

import (
	"os"
	"os/signal"
	"syscall"
)

var quit = make(chan os.Signal, 1)

func init() {
	signal.Notify(quit, Signals...)
	go func() {
		if s, ok := <-quit; ok {
			os.Exit(128 + int(s.(syscall.Signal)))
		}
	}()
}

// Stop hands the crash signals over to whoever has asked for them since
// (signal.Notify): call it once they have, so that no moment is left
// without a handler.
func Stop() {
	signal.Stop(quit)
	close(quit)
}
