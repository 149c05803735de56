//go:build linux

package main

import (
	"strings"
	"testing"

	"github.com/dutymap/dutymap/internal/synth"
)

// underAddressLimit runs the binary as `ulimit -v kb` leaves it, with
// output to pipes.
func underAddressLimit(t *testing.T, kb string, args ...string) piped {
	t.Helper()
	return underULimit(t, "-v", kb, args...)
}

// Content the loader admits under a memory bound is exported under it:
// the JSON export held the whole document three times over (a tree of
// nodes, compact, indented), and 45,000 duties under `ulimit -v 1000000`
// loaded, then ended in a Go fatal "out of memory" (hunt24). Now it is
// written one department at a time: exit 0, or the loader's own refusal,
// never a fatal error.
func TestExportJSONFitsWhereTheContentLoads(t *testing.T) {
	dir := t.TempDir()
	if err := synth.WriteDir(dir, 45_000, 1); err != nil {
		t.Fatal(err)
	}
	r := underAddressLimit(t, "1000000", "--no-cache", "--builtin=false", "--content", dir, "export", "--format", "json")
	refused := r.code == 1 && strings.Contains(r.err, "the content is too large for the memory this process may use")
	if !refused && (r.code != 0 || !strings.HasSuffix(r.out, "\n}\n")) || strings.Contains(r.err, "fatal") || strings.Contains(r.err, "goroutine ") {
		t.Errorf("exit %d, %d bytes out, stderr:\n%.600s", r.code, len(r.out), r.err)
	}
}

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
		r := underAddressLimit(t, "1000000", args...)
		if r.code != 0 || r.out == "" || strings.Contains(r.err, "fatal") || strings.Contains(r.err, "goroutine ") {
			t.Errorf("dutymap %s under ulimit -v 1000000: exit %d, %d bytes out, stderr:\n%.600s", strings.Join(args, " "), r.code, len(r.out), r.err)
		}
	}
}
