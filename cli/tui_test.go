package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
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
	if r.code != 2 || !strings.Contains(r.err, "--theme must be dark, light or auto") {
		t.Fatalf("exit %d, stderr %q", r.code, r.err)
	}
}
