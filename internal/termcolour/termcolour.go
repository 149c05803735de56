// Package termcolour decides how much colour a terminal takes, for every
// way dutymap draws: the explorer, show's pages and SSH sessions.
// charmbracelet/colorprofile detects a profile from the environment, the
// terminfo entry's true-colour flags and tmux; Refine then takes into
// account what it leaves out: a terminal whose terminfo entry has no
// colours at all.
package termcolour

import (
	"strconv"
	"strings"

	"github.com/charmbracelet/colorprofile"
	"github.com/xo/terminfo"
)

// Refine is p brought down to colorprofile.ASCII (bold, underline and
// reverse video, no colour) for a terminal that shows no colour (Mono).
// getenv reads the terminal's environment (os.Getenv, or an SSH
// client's).
func Refine(p colorprofile.Profile, getenv func(string) string) colorprofile.Profile {
	if p > colorprofile.ASCII && Mono(getenv) {
		return colorprofile.ASCII
	}
	return p
}

// Mono reports whether the terminal shows no colour: TERM names a
// terminfo entry without the colors capability (xterm-mono, vt100, vt220:
// `infocmp xterm-mono`) or, where the entry cannot be read, a name ending
// in -mono or -m, terminfo's suffixes for a terminal's monochrome mode
// (terminfo(5), "Naming conventions"). colorprofile reads any TERM
// starting "xterm" as 16 colours, and the terminfo entry only for true
// colour. CLICOLOR_FORCE asks for colour whatever the terminal says, and
// NO_COLOR is the reader's wish, not the terminal's: neither is read
// here. Cost: one read of a terminfo file the first time a TERM is seen
// (xo/terminfo caches entries).
func Mono(getenv func(string) string) bool {
	if forced, _ := strconv.ParseBool(getenv("CLICOLOR_FORCE")); forced {
		return false
	}
	return monochrome(getenv("TERM"))
}

// isTermName reports whether term is a name terminfo could hold: letters,
// digits and . _ + -, not starting with a dot. The entry is looked up by
// it in directories on disk, and a TERM from an SSH client is anyone's.
func isTermName(term string) bool {
	for i, r := range term {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9':
		case i > 0 && strings.ContainsRune("._+-", r):
		default:
			return false
		}
	}
	return term != ""
}

// monochrome reports whether the terminal named term shows no colour (see
// Mono).
func monochrome(term string) bool {
	if !isTermName(term) || term == "dumb" {
		return false
	}
	if ti, err := terminfo.Load(term); err == nil {
		return ti.Num(terminfo.MaxColors) < 2
	}
	return strings.HasSuffix(term, "-mono") || strings.HasSuffix(term, "-m")
}
