// Command dutymap explores who does what in a company: departments, their
// positions and every duty they own, in a terminal UI or from scripts.
package main

import (
	"os"

	"github.com/dutymap/dutymap/cli"
	"github.com/dutymap/dutymap/internal/earlyquit"
	_ "github.com/dutymap/dutymap/internal/gcstart/pause"
	"github.com/dutymap/dutymap/internal/memlimit"
)

func main() {
	// Under ulimit -v, ulimit -d or a cgroup's limit, the collector keeps
	// the heap under the bound, and content that cannot fit is refused
	// before it is loaded (content's check), instead of a Go fatal error.
	memlimit.Set()
	stdio := cli.StdIO() // handles SIGQUIT from here on
	earlyquit.Stop()
	os.Exit(cli.Run(os.Args[1:], stdio))
}
