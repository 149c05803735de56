package termsafe

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

// QuoteName returns a file name or argument as it may be shown in a
// message: unchanged when every character in it shows as itself, and
// otherwise in the shell's $'…' quoting, with each control character,
// invisible format character and invalid byte written as an escape
// (\n, \e, \u202e, \x9b). The user sees the name the file really has, can
// tell where it ends (a newline in a name cannot forge a line of the
// report), and can paste it into a shell to rename the file.
//
// A name longer than MaxNameBytes, which no system takes for a path, is
// cut to its first MaxNameBytes/8 bytes with "…" after them: a message
// names it, it does not repeat the 130 KB an argument may hold.
func QuoteName(s string) string {
	if len(s) > MaxNameBytes {
		cut := MaxNameBytes / 8
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		return QuoteName(s[:cut]) + "…"
	}
	if utf8.ValidString(s) && !strings.ContainsFunc(s, needsQuote) {
		return s
	}
	var b strings.Builder
	b.WriteString("$'")
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case r == '\\' || r == '\'':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteString(`\t`)
		case r == esc:
			b.WriteString(`\e`)
		case r < 0x20 || r == del:
			fmt.Fprintf(&b, `\x%02x`, r)
		case needsQuote(r):
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			b.WriteRune(r)
		}
		i += size
	}
	b.WriteByte('\'')
	return b.String()
}

// MaxNameBytes is the longest name QuoteName shows whole: PATH_MAX of
// Linux, longer than any path it opens.
const MaxNameBytes = 4096

// needsQuote reports characters that do not show as themselves: controls,
// C1, format characters (bidi controls, zero-width ones) and line or
// paragraph separators.
func needsQuote(r rune) bool {
	return r < 0x20 || (r >= 0x7f && r <= 0x9f) || unicode.In(r, unicode.Cf, unicode.Zl, unicode.Zp)
}

// MaxArgCells is how much of a user's argument (a query, a path, a
// department's name) a message quotes, in terminal cells: a message names
// what was asked, it does not repeat 100,000 characters of it.
const MaxArgCells = 80

// QuoteArg returns an argument as every message quotes it: on one line
// (each run of white space, newlines included, one space), cut to
// MaxArgCells cells with "…", in Go's double quotes with control, format
// and invalid characters escaped (strconv.Quote), so that it cannot forge
// a line or act on the terminal.
func QuoteArg(s string) string { return strconv.Quote(CutArg(s, MaxArgCells)) }

// CutArg is s on one line and cut to at most cells cells, with "…" when
// cut, for messages that quote it their own way (“…” around a word).
func CutArg(s string, cells int) string {
	// Looked at no further than 4 bytes a cell: a cell is at most one
	// rune of up to 4 bytes, plus combining marks that a cut may drop.
	if limit := 4*cells + 4; len(s) > limit {
		cut := limit
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		s = s[:cut] + " …" // the ellipsis survives whatever Truncate keeps
	}
	return ansi.Truncate(strings.Join(strings.Fields(s), " "), cells, "…")
}

// FirstNames lists the first n of names as a message lists them: each
// on one line and cut to cells cells (CutArg), quoted where a character
// would not show as itself (QuoteName), then how many more there are,
// the noun in the right number: "S0, S1, S2 and 12 more sheets" (one and
// many are "more sheet" and "more sheets"). A list of 100,000 names, or
// of names of a megabyte, is one short line that forges no other.
func FirstNames(names []string, n, cells int, one, many string) string {
	shown := make([]string, 0, min(len(names), n))
	for _, name := range names[:min(len(names), n)] {
		shown = append(shown, QuoteName(CutArg(name, cells)))
	}
	list := strings.Join(shown, ", ")
	switch more := len(names) - len(shown); {
	case more == 1:
		list += " and 1 " + one
	case more > 1:
		list += fmt.Sprintf(" and %d %s", more, many)
	}
	return list
}
