package termsafe

import (
	"fmt"
	"unicode"
	"unicode/utf8"

	"github.com/dutymap/dutymap/internal/lazyre"
)

// sgrRe is an SGR sequence as KeepSGR lets it through.
var sgrRe = lazyre.New(`^\x1b\[[0-9;:]*m`)

// Check returns "" when s is safe output, or a description of the first
// thing in it that is not: an escape sequence (other than SGR when sgr is
// true), a control character other than newline and tab, a C1 control, a
// bidi control (override, isolate or mark), a tag character outside an
// emoji flag, or invalid UTF-8. It is written independently
// of the filters, so tests of every writer can assert what reaches the
// user without trusting the code under test.
func Check(s string, sgr bool) string {
	if !utf8.ValidString(s) {
		for i := 0; i < len(s); {
			r, size := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && size == 1 {
				return fmt.Sprintf("invalid UTF-8 byte %#x at %d", s[i], i)
			}
			i += size
		}
	}
	base := rune(0) // the last rune that is no tag character
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == esc:
			m := sgrRe().FindString(s[i:])
			if !sgr || m == "" {
				return fmt.Sprintf("escape sequence %q at %d", excerpt(s[i:]), i)
			}
			size = len(m)
		case r < 0x20 && r != '\n' && r != '\t', r >= 0x7f && r <= 0x9f:
			return fmt.Sprintf("control character %U at %d", r, i)
		case unicode.Is(unicode.Bidi_Control, r):
			return fmt.Sprintf("bidi control %U at %d", r, i)
		case r >= 0xe0000 && r <= 0xe007f && (base != '\U0001F3F4' || r < 0xe0020):
			return fmt.Sprintf("tag character %U outside an emoji flag at %d", r, i)
		}
		if r < 0xe0000 || r > 0xe007f {
			base = r
		}
		i += size
	}
	return ""
}

func excerpt(s string) string {
	if len(s) > 12 {
		return s[:12]
	}
	return s
}
