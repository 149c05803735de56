package main

import (
	"image/color"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
	"github.com/dutymap/dutymap/page"
)

// runShow runs `dutymap show` in a pty of w×h cells whose emulator has
// the given background, and returns everything the program wrote.
func runShow(t *testing.T, w, h int, bg color.Color, env []string, args ...string) string {
	t.Helper()
	s := newSession(t, w, h)
	if bg != nil {
		s.term.SetDefaultBackgroundColor(bg)
	}
	s.start(env, append([]string{"show"}, args...)...)
	select {
	case err := <-s.done:
		if err != nil {
			t.Fatalf("dutymap show exited with %v\n%s", err, s.screen())
		}
	case <-time.After(20 * time.Second):
		t.Fatalf("dutymap show did not finish; screen:\n%s", s.screen())
	}
	time.Sleep(50 * time.Millisecond) // the last bytes on their way through the pty
	s.mu.Lock()
	defer s.mu.Unlock()
	return strings.ReplaceAll(s.raw.String(), "\r\n", "\n")
}

// TestShowEndToEndWidth is ../shared/cases/terminal/11 on a real pty: a
// 60-column terminal whose shell set COLUMNS=200 (bash does not export
// it; a stale value is as wrong) gets lines of at most 60 columns.
func TestShowEndToEndWidth(t *testing.T) {
	out := runShow(t, 60, 200, nil, []string{"COLUMNS=200"}, "finance")
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
	out := runShow(t, 80, 200, color.White, nil, "finance")
	if !strings.Contains(out, "38;5;234") || strings.Contains(out, "38;5;252") {
		t.Fatalf("not the light style on a white terminal:\n%q", out[:min(len(out), 400)])
	}
	out = runShow(t, 80, 200, color.Black, nil, "finance")
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
	if out := runShow(t, 80, 10, nil, []string{"PAGER=" + pager}, "marketing"); !strings.Contains(out, "PAGED-BY-TEST") {
		t.Fatalf("pager not run for a page taller than the terminal:\n%.300s", out)
	}
	out := runShow(t, 80, 10, nil, []string{"PAGER=" + pager, "TERM=dumb"}, "marketing")
	if strings.Contains(out, "PAGED-BY-TEST") || strings.Contains(out, "\x1b") || !strings.Contains(out, "Marketing department") {
		t.Fatalf("TERM=dumb: want the page, plain, without a pager:\n%.300q", out)
	}
}
