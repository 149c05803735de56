package content

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// clean removes everything from content text that could drive a terminal:
// escape sequences (CSI, OSC including OSC 52 clipboard writes and OSC 8
// links, DCS, APC, …), other C0 and C1 control characters, and the bidi
// overrides that reorder what is displayed. Newlines and tabs stay, so
// line numbers in problems remain true. Content is cleaned once, when it
// is read, so every screen and every subcommand prints only clean text.
func clean(s string) string {
	if isPlain(s) {
		return s
	}
	s = ansi.Strip(s)
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\n' || r == '\t':
			return r
		case r < 0x20 || r == 0x7f || (r >= 0x80 && r <= 0x9f):
			return -1
		case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
			return -1
		}
		return r
	}, s)
}

// isPlain is the fast path: most content has nothing to remove.
func isPlain(s string) bool {
	for _, r := range s {
		if (r < 0x20 && r != '\n' && r != '\t') || r == 0x7f || (r >= 0x80 && r <= 0x9f) ||
			(r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069) {
			return false
		}
	}
	return true
}

// cleanAll cleans each string of a list in place.
func cleanAll(list []string) []string {
	for i, s := range list {
		list[i] = clean(s)
	}
	return list
}
