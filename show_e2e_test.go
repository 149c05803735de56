package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/dutymap/dutymap/page"
	"github.com/xo/terminfo"
)

// runShow runs `dutymap show` in a pty of w×h cells and returns everything
// the program wrote. The emulator answers OSC 11 with bg ("rgb:ffff/ffff/ffff";
// empty for its default, black): a shell holds the program back on a read
// until the colour is set, so the program's question comes after it.
func runShow(t *testing.T, w, h int, bg string, env []string, args ...string) string {
	t.Helper()
	s := startCommand(t, w, h, func(c *exec.Cmd) { c.Env = append(c.Env, env...) },
		"/bin/sh", append([]string{"-c", `read _ && exec "$0" "$@"`, binary, "show"}, args...)...)
	if bg != "" {
		s.mu.Lock()
		_, _ = s.term.Write([]byte("\x1b]11;" + bg + "\x07"))
		s.mu.Unlock()
	}
	s.send("\r")
	if code := s.exit(); code != 0 {
		t.Fatalf("dutymap show exited %d\n%s", code, s.screen())
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	return strings.ReplaceAll(string(s.raw), "\r\n", "\n")
}

// TestShowEndToEndWidth is ../shared/cases/terminal/11 on a real pty: a
// 60-column terminal whose shell set COLUMNS=200 (bash does not export
// it; a stale value is as wrong) gets lines of at most 60 columns.
func TestShowEndToEndWidth(t *testing.T) {
	out := runShow(t, 60, 200, "", []string{"COLUMNS=200"}, "finance")
	widest := 0
	for _, l := range strings.Split(out, "\n") {
		widest = max(widest, page.Width(l))
	}
	if widest > 60 || widest < 50 {
		t.Fatalf("widest line %d columns on a 60-column terminal:\n%s", widest, ansi.Strip(out))
	}
}

// TestShowEndToEndLightBackground is ../shared/cases/terminal/10 on a
// real pty: the terminal answers OSC 11 with white, and the page comes
// out in the light style (dark grey text, 234), not the dark one's light
// grey (252).
func TestShowEndToEndLightBackground(t *testing.T) {
	out := runShow(t, 80, 200, "rgb:ffff/ffff/ffff", nil, "finance")
	if !strings.Contains(out, "38;5;234") || strings.Contains(out, "38;5;252") {
		t.Fatalf("not the light style on a white terminal:\n%q", out[:min(len(out), 400)])
	}
	out = runShow(t, 80, 200, "rgb:0000/0000/0000", nil, "finance")
	if !strings.Contains(out, "38;5;252") {
		t.Fatalf("not the dark style on a black terminal:\n%q", out[:min(len(out), 400)])
	}
}

// TestShowEndToEndPager runs $PAGER for a page taller than the terminal,
// and prints with no escape sequence at all on TERM=dumb.
func TestShowEndToEndPager(t *testing.T) {
	pager := filepath.Join(t.TempDir(), "pager")
	if err := os.WriteFile(pager, []byte("#!/bin/sh\necho PAGED-BY-TEST\ncat\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	if out := runShow(t, 80, 10, "", []string{"PAGER=" + pager}, "marketing"); !strings.Contains(out, "PAGED-BY-TEST") {
		t.Fatalf("pager not run for a page taller than the terminal:\n%.300s", out)
	}
	out := runShow(t, 80, 10, "", []string{"PAGER=" + pager, "TERM=dumb"}, "marketing")
	if strings.Contains(out, "PAGED-BY-TEST") || strings.Contains(out, "\x1b") || !strings.Contains(out, "Marketing department") {
		t.Fatalf("TERM=dumb: want the page, plain, without a pager:\n%.300q", out)
	}
}

// show's colours follow the terminal's (hostile12 #8, tryout13): a
// terminal terminfo describes without colours (xterm-mono, vt100) gets
// bold, underline and reverse only, xterm 16 colours, xterm-256color 256.
// The explorer (TestExplorerMonochrome) and SSH sessions decide alike
// (termcolour.Refine).
func TestShowEndToEndTerminalColours(t *testing.T) {
	for _, c := range []struct {
		term       string
		colours    string // "" none, "16" or "256"
		needsEntry bool   // judged by its terminfo entry, not its name
	}{
		{"xterm-mono", "", false},
		{"vt100", "", true},
		{"xterm", "16", false},
		{"xterm-256color", "256", false},
	} {
		if _, err := terminfo.Load(c.term); err != nil && c.needsEntry {
			t.Logf("no terminfo entry for %s here: %v", c.term, err)
			continue
		}
		out := runShow(t, 80, 200, "", []string{"TERM=" + c.term, "COLORTERM=", "TMUX=", "CLICOLOR_FORCE="}, "finance", "--no-pager")
		got, bold := sgrColours(out)
		if got != c.colours || !bold {
			t.Errorf("TERM=%s: colours %q, bold %v; want colours %q and bold:\n%q", c.term, got, bold, c.colours, out[:min(len(out), 300)])
		}
	}
}

// sgrColours reads the SGR sequences of out: the widest colours they set
// ("" none, "16", "256" or "24bit") and whether any sets bold.
func sgrColours(out string) (colours string, bold bool) {
	rank := map[string]int{"": 0, "16": 1, "256": 2, "24bit": 3}
	for _, m := range regexp.MustCompile(`\x1b\[([0-9;:]*)m`).FindAllStringSubmatch(out, -1) {
		ps := strings.FieldsFunc(m[1], func(r rune) bool { return r == ';' || r == ':' })
		for i := 0; i < len(ps); i++ {
			n, _ := strconv.Atoi(ps[i])
			c := ""
			switch {
			case n == 1:
				bold = true
			case n == 38 || n == 48 || n == 58:
				c, i = "256", i+2 // 38;5;n
				if i-1 < len(ps) && ps[i-1] == "2" {
					c, i = "24bit", i+2 // 38;2;r;g;b
				}
			case n >= 30 && n <= 37, n >= 40 && n <= 47, n >= 90 && n <= 97, n >= 100 && n <= 107:
				c = "16"
			}
			if rank[c] > rank[colours] {
				colours = c
			}
		}
	}
	return colours, bold
}
