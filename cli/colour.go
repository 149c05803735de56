package cli

import (
	"io"

	"github.com/charmbracelet/colorprofile"

	"github.com/dutymap/dutymap/internal/termcolour"
)

// colourEnv are the variables colorprofile.Detect reads to judge how much
// colour a terminal takes (env.go, and env_windows.go for ConEmu and
// ANSICON): the explorer and show judge from these alone, through the
// app's environment, so that the two agree on every system.
var colourEnv = []string{
	"TERM", "COLORTERM", "NO_COLOR", "CLICOLOR", "CLICOLOR_FORCE", "TMUX",
	"WT_SESSION", "GOOGLE_CLOUD_SHELL", "ConEmuANSI", "ANSICON", "ANSICON_VER",
}

// colourProfile is how much colour out takes, judged as colorprofile
// judges it (the environment, terminfo and, inside tmux, tmux's own
// answer) from the colourEnv variables the app was given; extra are
// KEY=VALUE pairs added to them.
func (a *app) colourProfile(out io.Writer, extra ...string) colorprofile.Profile {
	env := extra
	for _, k := range colourEnv {
		if v := a.getenv(k); v != "" {
			env = append(env, k+"="+v)
		}
	}
	// termcolour refines it as SSH sessions do (xterm-mono, vt100: none).
	return termcolour.Refine(colorprofile.Detect(out, env), a.getenv)
}
