package cli

import (
	"strings"
	"testing"
)

// An argument of 130 KB (about the most Linux passes) was echoed whole in
// the errors of export --format, --lang, serve --listen, import, init,
// check --format and matrix --role: a 130 KB line. Every command cuts it
// with "…", as show and compare did (hostile16 #7).
func TestLongArgumentsAreCutInErrors(t *testing.T) {
	long := strings.Repeat("x", 130_000)
	dir := t.TempDir()
	for _, args := range [][]string{
		{"export", "--format", long},
		{"--lang", long, "show", "sales"},
		{"serve", "--listen", long},
		{"import", long},
		{"import", long + ".csv"},
		{"init", dir + "/" + long},
		{"validate", long},
		{"check", "--format", long},
		{"matrix", "--role", long},
		{"matrix", "--format", long},
		{"export", long},
		{"--" + long},
	} {
		r := run(t, args...)
		if r.code == 0 {
			t.Errorf("%.20s: exit 0", args)
		}
		msg := r.out + r.err
		if len(msg) > 2000 || !strings.Contains(msg, "…") {
			t.Errorf("%.30s: %d bytes of message:\n%.300s", args, len(msg), msg)
		}
	}
}

// An unknown flag made of control characters is named escaped, not
// filtered down to "--" (hostile16 #7); a folder name too long for the
// system gets a fix.
func TestUnknownFlagAndLongFolderAreNamed(t *testing.T) {
	r := run(t, "--\x1b[2J")
	mustContain(t, r.err, "dutymap: unknown flag: $'--\\e[2J'\n")
	r = run(t, "init", t.TempDir()+"/"+strings.Repeat("y", 300)).fails(t, 1)
	mustContain(t, r.err, ": the name is too long\n  fix: choose a shorter folder name")
}
