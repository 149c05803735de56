//go:build linux

package main

import (
	"bytes"
	"os"
	"os/exec"
	"strings"
	"testing"

	"github.com/dutymap/dutymap/internal/synth"
)

// underDataLimit runs the binary as `ulimit -d kb` leaves it, with output
// to pipes.
func underDataLimit(t *testing.T, kb string, args ...string) piped {
	t.Helper()
	return underULimit(t, "-d", kb, args...)
}

// underULimit runs the binary as `ulimit opt kb` leaves it (opt -d for
// data, -v for address space), with output to pipes.
func underULimit(t *testing.T, opt, kb string, args ...string) piped {
	t.Helper()
	cmd := exec.Command("sh", append([]string{"-c", `ulimit ` + opt + ` "$0" && exec "$@"`, kb, binary}, args...)...)
	cmd.Env = append(os.Environ(), "LANG=en_US.UTF-8", "LC_ALL=", "NO_COLOR=", "DUTYMAP_CONTENT=", "GOMEMLIMIT=")
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	code := exitCode(t, cmd.Run())
	return piped{code, out.String(), errb.String()}
}

// Content too large for the memory the process may use (here ulimit -d)
// is refused before it is read, with the limit named and a fix, where the
// load ran into a Go fatal "out of memory" and a dump of every goroutine
// (res11 #2); content that fits loads as before under the same limit.
func TestMemoryLimitRefusesContentThatCannotFit(t *testing.T) {
	big := t.TempDir()
	if err := synth.WriteDir(big, 200_000, 1); err != nil { // about 27 MB, 800 files
		t.Fatal(err)
	}
	const limit = "250000" // kB; dutymap holds about 140 MB of it at start
	r := underDataLimit(t, limit, "--builtin=false", "--content", big, "search", "prices")
	for _, want := range []string{
		": the content is too large for the memory this process may use: loading 800 files, ",
		" and ulimit -d 250000 (kB of data) leaves about ",
		"fix: raise the limit (ulimit -d unlimited), or load fewer folders at once",
	} {
		if !strings.Contains(r.err, want) {
			t.Errorf("stderr lacks %q:\n%s", want, r.err)
		}
	}
	if r.code != 1 || strings.Contains(r.err, "fatal error") || strings.Contains(r.err, "goroutine ") {
		t.Errorf("exit %d, want 1 without a Go fatal error; stderr:\n%.2000s", r.code, r.err)
	}

	small := t.TempDir()
	if err := synth.WriteDir(small, 2_000, 1); err != nil {
		t.Fatal(err)
	}
	if r := underDataLimit(t, limit, "--builtin=false", "--content", small, "search", "prices"); r.code != 0 || r.out == "" {
		t.Errorf("2,000 duties under ulimit -d %s: exit %d, stdout %q, stderr:\n%.2000s", limit, r.code, r.out, r.err)
	}
}
