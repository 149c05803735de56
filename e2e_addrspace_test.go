//go:build linux

package main

import (
	"bytes"
	"os"
	"os/exec"
	"strings"
	"testing"
)

// Every command starts under `ulimit -v 1000000` (1 GB of address space),
// the limit a user or a shared host sets. The binary links cgo, and glibc
// reserved a 64 MB malloc arena for each thread: the process died before
// main, "runtime/cgo: pthread_create failed" and a dump of every goroutine
// (hunt24). internal/onearena keeps glibc to one arena.
func TestStartsUnderOneGigabyteOfAddressSpace(t *testing.T) {
	for _, args := range [][]string{
		{"version"},
		{"search", "price"},
		{"show", "marketing"},
		{"compare", "marketing", "sales"},
		{"validate"},
		{"export", "--format", "json"},
	} {
		cmd := exec.Command("sh", append([]string{"-c", `ulimit -v 1000000 && exec "$@"`, "sh", binary}, args...)...)
		cmd.Env = append(os.Environ(), "LANG=en_US.UTF-8", "LC_ALL=", "NO_COLOR=", "DUTYMAP_CONTENT=", "GOMEMLIMIT=")
		var out, errb bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &errb
		code := exitCode(t, cmd.Run())
		if code != 0 || out.Len() == 0 || strings.Contains(errb.String(), "fatal") || strings.Contains(errb.String(), "goroutine ") {
			t.Errorf("dutymap %s under ulimit -v 1000000: exit %d, %d bytes out, stderr:\n%.600s", strings.Join(args, " "), code, out.Len(), errb.String())
		}
	}
}
