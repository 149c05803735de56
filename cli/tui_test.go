package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
)

// TestExplorerNeedsATerminal: with standard output piped, plain `dutymap`
// explains what to do instead and exits non-zero.
func TestExplorerNeedsATerminal(t *testing.T) {
	r := run(t)
	if r.code == 0 || !strings.Contains(r.err, "needs a terminal") || !strings.Contains(r.err, "dutymap search") {
		t.Fatalf("exit %d, stderr %q", r.code, r.err)
	}
	if r.out != "" {
		t.Fatalf("wrote to the pipe: %q", r.out)
	}
}

// TestExplorerRefusesBrokenContent: on a terminal, invalid content stops
// the explorer before it starts, with the same located report as validate.
func TestExplorerRefusesBrokenContent(t *testing.T) {
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "en"), 0o755); err != nil {
		t.Fatal(err)
	}
	bad := "---\nid: x\nname: X\ntraits:\n  colour: red\n---\n## S {#s}\n- \n"
	if err := os.WriteFile(filepath.Join(dir, "en", "x.md"), []byte(bad), 0o644); err != nil {
		t.Fatal(err)
	}
	r := invocation{args: []string{"--content", dir}, terminal: true}.run(t)
	if r.code != 1 {
		t.Fatalf("exit %d, want 1; stderr:\n%s", r.code, r.err)
	}
	for _, want := range []string{"en/x.md:5: trait \"colour\"", "en/x.md:8: empty duty", "fix:"} {
		if !strings.Contains(r.err, want) {
			t.Errorf("report lacks %q:\n%s", want, r.err)
		}
	}
}

// TestExplorerRejectsBadTheme checks --theme is validated with a clear word.
func TestExplorerRejectsBadTheme(t *testing.T) {
	r := invocation{args: []string{"--theme", "purple"}, terminal: true}.run(t)
	if r.code != 2 || !strings.Contains(r.err, `--theme "purple": use dark, light or auto`) {
		t.Fatalf("exit %d, stderr %q", r.code, r.err)
	}
}

// TestFirstFrameStartsTheBackground: the similarity build waits for the
// first frame, told one frame tick after the first view with something
// to show (not an empty one, made before the window's size is known);
// without any view it starts after waitForFrame all the same.
func TestFirstFrameStartsTheBackground(t *testing.T) {
	type timer struct {
		d  time.Duration
		fn func()
	}
	var timers []timer
	f := newFirstFrameAt(func(d time.Duration, fn func()) { timers = append(timers, timer{d, fn}) })
	closed := func() bool {
		select {
		case <-f.done:
			return true
		default:
			return false
		}
	}
	if len(timers) != 1 || timers[0].d != waitForFrame || closed() {
		t.Fatalf("at start: %d timers, closed %v", len(timers), closed())
	}
	f.viewed(tea.View{})
	if len(timers) != 1 {
		t.Fatal("an empty view counted as the first frame")
	}
	f.viewed(tea.NewView("the tree"))
	f.viewed(tea.NewView("the tree again"))
	if len(timers) != 2 || timers[1].d != frameTick || closed() {
		t.Fatalf("after two views: %d timers (want the fallback and one tick), closed %v", len(timers), closed())
	}
	timers[1].fn()
	if !closed() {
		t.Fatal("not told a tick after the first view")
	}
	timers[0].fn() // the fallback, later: no second close
	var none *firstFrame
	none.viewed(tea.NewView("an SSH session's view")) // no first frame to tell: no panic

	// Without any view, the fallback starts the build.
	timers = nil
	f = newFirstFrameAt(func(d time.Duration, fn func()) { timers = append(timers, timer{d, fn}) })
	timers[0].fn()
	if !closed() {
		t.Fatal("the fallback did not start the build")
	}
}
