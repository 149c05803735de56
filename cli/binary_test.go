package cli

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestBinary runs the built dutymap program as a user's shell would: real
// pipes for output, real environment variables, real exit statuses.
func TestBinary(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	bin := filepath.Join(t.TempDir(), "dutymap")
	build := exec.Command("go", "build", "-o", bin, ".")
	build.Dir = ".."
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	abs, err := filepath.Abs(myorg)
	if err != nil {
		t.Fatal(err)
	}

	exe := func(t *testing.T, env []string, args ...string) result {
		t.Helper()
		cmd := exec.Command(bin, args...)
		// A clean environment: no locale, no colour settings, no content.
		cmd.Env = append([]string{"PATH=" + os.Getenv("PATH"), "HOME=" + t.TempDir()}, env...)
		var out, errb bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &errb
		err := cmd.Run()
		code := 0
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			code = ee.ExitCode()
		} else if err != nil {
			t.Fatal(err)
		}
		return result{code, out.String(), errb.String()}
	}

	t.Run("show piped", func(t *testing.T) {
		for _, lang := range []string{"en", "zh"} {
			r := exe(t, []string{"TERM=xterm-256color", "COLORTERM=truecolor"}, "--lang", lang, "show", "marketing").ok(t)
			if !strings.HasPrefix(r.out, "# ") {
				t.Errorf("piped show is not plain Markdown:\n%.200s", r.out)
			}
			assertPlain(t, "show marketing --lang "+lang, r.out)
		}
	})
	t.Run("show not found", func(t *testing.T) {
		r := exe(t, nil, "show", "marketing/positions/nobody").fails(t, 1)
		mustContain(t, r.err, "marketing/positions/manager")
	})
	t.Run("locale", func(t *testing.T) {
		mustContain(t, exe(t, []string{"LANG=zh_CN.UTF-8"}, "show", "sales").ok(t).out, "## 特征")
	})
	t.Run("content from environment", func(t *testing.T) {
		r := exe(t, []string{ContentEnv + "=" + abs}, "--builtin=false", "show", "kitchen").ok(t)
		mustContain(t, r.out, "# Kitchen\n")
	})
	t.Run("export", func(t *testing.T) {
		for _, f := range []string{"md", "json", "csv"} {
			r := exe(t, nil, "export", "--format", f).ok(t)
			assertPlain(t, "export "+f, r.out)
		}
		exe(t, nil, "export", "--format", "yaml").fails(t, 2)
	})
	t.Run("init and validate", func(t *testing.T) {
		dir := filepath.Join(t.TempDir(), "org")
		mustContain(t, exe(t, nil, "init", dir).ok(t).out, "dutymap --builtin=false validate "+dir)
		mustContain(t, exe(t, nil, "validate", dir).ok(t).out, "ok: ")
		exe(t, nil, "init", dir).fails(t, 1)
		if err := os.WriteFile(filepath.Join(dir, "en", "sales.md"), []byte("---\nname: Sales\n---\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		r := exe(t, nil, "validate", dir)
		if r.code != 1 || !strings.Contains(r.out, filepath.Join(dir, "en", "sales.md")+":1: the file has no id") {
			t.Errorf("validate exited %d:\n%s%s", r.code, r.out, r.err)
		}
	})
	t.Run("version", func(t *testing.T) {
		mustContain(t, exe(t, nil, "version").ok(t).out, "dutymap ", "go: go1.")
	})
	t.Run("explorer needs a terminal", func(t *testing.T) {
		exe(t, nil).fails(t, 2)
	})
	t.Run("light package initialisers", func(t *testing.T) {
		// Every process runs every package's initialisers, whatever it was
		// started for: ours build nothing there that a command may not
		// need (regular expressions, key maps, lookup tables are made on
		// first use). The runtime's own trace counts what each allocates.
		r := exe(t, []string{"GODEBUG=inittrace=1"}, "--help").ok(t)
		total := checkInitAllocs(t, r.err, "github.com/dutymap/dutymap", maxInitBytes)
		if total > maxInitBytesAll {
			t.Errorf("our packages' initialisers allocate %d bytes in all, over %d", total, maxInitBytesAll)
		}
		t.Logf("our packages' initialisers allocate %d bytes", total)
	})
	t.Run("no collection in a search", func(t *testing.T) {
		// The collector is off from the first of our initialisers
		// (gcstart/pause), which runs before the libraries' heavy ones,
		// and a limited search never turns it on: no cycle starts after
		// it. Cycles may start before it, while Chroma registers its
		// lexers, and end after it on a busy machine: the trace's "gc N
		// @Ts" is when a cycle started and "init P @T ms" when an
		// initialiser did, on the same clock, so the starts are compared
		// (the init clock is printed to 2 digits: 1 ms of slack).
		r := exe(t, []string{"GODEBUG=inittrace=1,gctrace=1"}, "search", "prices").ok(t)
		const pause = "init github.com/dutymap/dutymap/internal/gcstart/pause @"
		at := strings.Index(r.err, pause)
		if at < 0 {
			t.Fatalf("no %q in the trace:\n%.500s", pause, r.err)
		}
		var pausedAt float64 // ms since the runtime started
		if _, err := fmt.Sscanf(r.err[at+len(pause):], "%f ms", &pausedAt); err != nil {
			t.Fatalf("the pause's start in %.200q: %v", r.err[at:], err)
		}
		for _, heavy := range []string{"github.com/xuri/excelize/v2", "github.com/yuin/goldmark/parser", "github.com/microcosm-cc/bluemonday"} {
			if i := strings.Index(r.err, "init "+heavy+" "); i < at {
				t.Errorf("%s is initialised before the collector is paused (at %d, pause at %d)", heavy, i, at)
			}
		}
		for _, line := range strings.Split(r.err, "\n") {
			var n int
			var started float64 // s since the runtime started
			if _, err := fmt.Sscanf(line, "gc %d @%fs", &n, &started); err != nil {
				continue
			}
			if started*1000 > pausedAt+1 {
				t.Errorf("a collection started after the pause (at %.1f ms): %s", pausedAt, line)
			}
		}
		// Any other command collects as usual.
		r = exe(t, []string{"GODEBUG=gctrace=1"}, "export", "--format", "json")
		if !strings.Contains(r.err, "gc 1 ") {
			t.Errorf("export ran without a collection:\n%.500s", r.err)
		}
	})
}

// The bounds on what our packages' initialisers allocate: a few small
// tables each (the stop words, a checksum table), where compiling their
// regular expressions and building their key maps at start made 330 KB.
const (
	maxInitBytes    = 24 << 10
	maxInitBytesAll = 64 << 10
)

// checkInitAllocs reads a GODEBUG=inittrace=1 trace ("init PKG @T ms, C ms
// clock, B bytes, N allocs", one line a package) and fails t for each
// package under prefix whose initialiser allocates more than max bytes. It
// returns what they allocate in all.
func checkInitAllocs(t *testing.T, trace, prefix string, max int) int {
	t.Helper()
	total, seen := 0, 0
	for _, line := range strings.Split(trace, "\n") {
		f := strings.Fields(line)
		if len(f) < 10 || f[0] != "init" || f[8] != "bytes," || !strings.HasPrefix(f[1], prefix) {
			continue
		}
		n, err := strconv.Atoi(f[7])
		if err != nil {
			t.Fatalf("unreadable trace line %q", line)
		}
		seen++
		total += n
		if n > max {
			t.Errorf("%s: its initialiser allocates %d bytes, over %d: make what it builds on first use", f[1], n, max)
		}
	}
	if seen == 0 {
		t.Fatalf("no initialiser of %s in the trace:\n%.500s", prefix, trace)
	}
	return total
}
