package termsafe

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// QuoteName returns a file name or argument as it may be shown in a
// message: unchanged when every character in it shows as itself, and
// otherwise in the shell's $'…' quoting, with each control character,
// invisible format character and invalid byte written as an escape
// (\n, \e, \u202e, \x9b). The user sees the name the file really has, can
// tell where it ends (a newline in a name cannot forge a line of the
// report), and can paste it into a shell to rename the file.
func QuoteName(s string) string {
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

// needsQuote reports characters that do not show as themselves: controls,
// C1, format characters (bidi controls, zero-width ones) and line or
// paragraph separators.
func needsQuote(r rune) bool {
	return r < 0x20 || (r >= 0x7f && r <= 0x9f) || unicode.In(r, unicode.Cf, unicode.Zl, unicode.Zp)
}
