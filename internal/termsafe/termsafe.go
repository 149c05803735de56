// Package termsafe filters rendered text down to what is safe to send to a
// terminal: printable text and colour/style (SGR) sequences, nothing that
// acts. Glamour turns Markdown links into OSC 8 hyperlinks; dutymap shows
// links as text instead, so output can never carry a live action.
package termsafe

import "strings"

const esc = 0x1b

// KeepSGR removes every escape sequence except SGR (ESC [ … m): OSC
// (hyperlinks, clipboard, titles), DCS, APC, PM, SOS and other CSI
// sequences (cursor moves, clears). Other C0 controls except newline and
// tab are removed too.
func KeepSGR(s string) string {
	if !strings.ContainsFunc(s, isControl) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == esc && i+1 < len(s) && s[i+1] == '[':
			// Parameters and intermediates are 0x20–0x3f; anything else ends
			// the sequence, and only a well-formed "m" survives.
			end := i + 2
			for end < len(s) && s[end] >= 0x20 && s[end] <= 0x3f {
				end++
			}
			switch {
			case end < len(s) && s[end] == 'm':
				b.WriteString(s[i : end+1])
				i = end + 1
			case end < len(s) && s[end] >= 0x40 && s[end] <= 0x7e:
				i = end + 1
			default:
				i = end
			}
		case c == esc && i+1 < len(s) && strings.IndexByte("]P_^X", s[i+1]) >= 0:
			i = skipString(s, i+2)
		case c == esc:
			i += 2 // a two-byte escape such as ESC c (reset)
		case c < 0x20 && c != '\n' && c != '\t', c == 0x7f:
			i++
		default:
			b.WriteByte(c)
			i++
		}
	}
	return b.String()
}

// skipString skips a control string up to its terminator: BEL or ESC \.
func skipString(s string, i int) int {
	for i < len(s) {
		switch {
		case s[i] == 0x07:
			return i + 1
		case s[i] == esc && i+1 < len(s) && s[i+1] == '\\':
			return i + 2
		}
		i++
	}
	return i
}

func isControl(r rune) bool { return (r < 0x20 && r != '\n' && r != '\t') || r == 0x7f }
