package termcolour

import (
	"testing"

	"github.com/charmbracelet/colorprofile"
	"github.com/xo/terminfo"
)

func env(kv map[string]string) func(string) string { return func(k string) string { return kv[k] } }

// TestRefine: a terminal without colours gets bold, underline and
// reverse only (ASCII); one with colours keeps what colorprofile
// detected; CLICOLOR_FORCE keeps colour; NO_COLOR is not this package's
// business (colorprofile gives ASCII for it already).
func TestRefine(t *testing.T) {
	for _, c := range []struct {
		env  map[string]string
		p    colorprofile.Profile
		want colorprofile.Profile
	}{
		{map[string]string{"TERM": "xterm-mono"}, colorprofile.ANSI, colorprofile.ASCII},
		{map[string]string{"TERM": "nosuchterm-mono"}, colorprofile.ANSI, colorprofile.ASCII}, // no entry: its name
		{map[string]string{"TERM": "nosuchterm-m"}, colorprofile.ANSI256, colorprofile.ASCII},
		{map[string]string{"TERM": "nosuchterm"}, colorprofile.ANSI, colorprofile.ANSI},
		{map[string]string{"TERM": "xterm-mono", "CLICOLOR_FORCE": "1"}, colorprofile.ANSI, colorprofile.ANSI},
		{map[string]string{"TERM": "xterm-mono"}, colorprofile.NoTTY, colorprofile.NoTTY},
		{map[string]string{"TERM": "../../etc/x-mono"}, colorprofile.ANSI, colorprofile.ANSI}, // not a terminal's name
		{map[string]string{"TERM": ""}, colorprofile.ANSI, colorprofile.ANSI},
	} {
		if got := Refine(c.p, env(c.env)); got != c.want {
			t.Errorf("Refine(%s, %v) = %s, want %s", c.p, c.env, got, c.want)
		}
	}
	// Read from terminfo where the database has the entries.
	for term, mono := range map[string]bool{"vt100": true, "xterm-mono": true, "xterm": false, "xterm-256color": false, "linux": false} {
		if _, err := terminfo.Load(term); err != nil {
			t.Logf("no terminfo entry for %s here: %v", term, err)
			continue
		}
		if got := Mono(env(map[string]string{"TERM": term})); got != mono {
			t.Errorf("Mono(TERM=%s) = %v, want %v", term, got, mono)
		}
	}
}
