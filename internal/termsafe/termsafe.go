// Package termsafe filters text down to what is safe to write out: text and
// colour/style (SGR) sequences for a terminal, plain text for a pipe or a
// file. Nothing that acts on a terminal gets through: no cursor moves or
// clears, no OSC (window titles, OSC 52 clipboard writes, OSC 8 links),
// DCS, APC, PM or SOS strings, no C0 controls other than newline and tab, no
// C1 controls, no bidi overrides, isolates or marks, no tag characters
// outside an emoji flag, and no invalid UTF-8.
//
// It is dutymap's last step before output: every writer of the command
// line and the explorer's view pass through KeepSGR (terminals) or Plain
// (pipes and files), whatever decoded the text before (Markdown entities,
// YAML escapes, file names, arguments echoed in errors).
package termsafe

import (
	"slices"
	"unicode/utf8"
)

const (
	esc = 0x1b
	bel = 0x07
	can = 0x18 // cancels a control string
	sub = 0x1a // cancels a control string
	del = 0x7f
)

// KeepSGR returns s with every escape sequence removed except SGR
// ("ESC [ digits ; : m": colours and styles), and every control character
// except newline and tab. CSI sequences with private markers or
// intermediates (ESC [ > 4 ; 2 m, ESC [ ? 4 m) are not SGR and are removed.
// Invalid UTF-8 becomes U+FFFD.
func KeepSGR(s string) string { return filterString(s, true) }

// Plain returns s as plain text: no escape sequence at all (not even SGR),
// no C0 control but newline and tab, no C1 control, no bidi override or
// isolate, valid UTF-8 (invalid bytes become U+FFFD).
func Plain(s string) string { return filterString(s, false) }

func filterString(s string, keepSGR bool) string {
	if clean(s, keepSGR) {
		return s
	}
	out, _ := filter(make([]byte, 0, len(s)), []byte(s), keepSGR, true, new(flag))
	return string(out)
}

// clean is the fast path: it reports whether s has nothing to remove.
func clean(s string, keepSGR bool) bool {
	var fl flag
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			fl = 0
			if c == esc {
				if !keepSGR {
					return false
				}
				n, ok := sgrLen(s[i:])
				if !ok {
					return false
				}
				i += n
				continue
			}
			if isC0(c) {
				return false
			}
			i++
			continue
		}
		if c >= 0xe3 && c <= 0xe9 && i+2 < len(s) && s[i+1]&0xc0 == 0x80 && s[i+2]&0xc0 == 0x80 {
			// U+3000–U+9FFF, Chinese text: nothing there is removed,
			// and no tag (fl.keeps), so it is passed without decoding.
			fl = 0
			i += 3
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if (r == utf8.RuneError && size == 1) || removedRune(r) || !fl.keeps(r) {
			return false
		}
		i += size
	}
	return true
}

// sgrLen returns the length of the well-formed SGR sequence s starts with.
func sgrLen(s string) (int, bool) {
	if len(s) < 3 || s[1] != '[' {
		return 0, false
	}
	for i := 2; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9', c == ';', c == ':':
		case c == 'm':
			return i + 1, true
		default:
			return 0, false
		}
	}
	return 0, false
}

// isC0 reports a C0 control or DEL that is removed: all but newline and tab.
func isC0(c byte) bool { return (c < 0x20 && c != '\n' && c != '\t') || c == del }

// Removed reports whether Plain removes the code point r wherever it
// stands: a C0 control other than newline and tab, DEL, a C1 control, a
// bidi embedding, override, isolate or mark, a tag character. (Plain also
// removes the text of the escape sequences ESC starts; it keeps the tag
// characters of an emoji flag, see flag.)
func Removed(r rune) bool {
	if r < utf8.RuneSelf {
		return isC0(byte(r))
	}
	return removedRune(r) || isTag(r)
}

// isTag reports a tag character (see flag).
func isTag(r rune) bool { return r >= tagFirst && r <= tagLast }

// AppendRemoved appends to runes the code points of s that Plain removes
// (Removed) and runes does not hold yet, in order, until runes holds
// limit: the few a note names, over one text or several.
func AppendRemoved(runes []rune, s string, limit int) []rune {
	var fl flag
	for _, r := range s {
		if len(runes) >= limit {
			break
		}
		removed := Removed(r)
		if kept := fl.keeps(r); isTag(r) {
			removed = !kept
		}
		if removed && !slices.Contains(runes, r) {
			runes = append(runes, r)
		}
	}
	return runes
}

// removedRune reports the non-ASCII code points that are removed: C1
// controls (U+0080–U+009F; U+009B is CSI to terminals that honour C1) and
// the bidi embeddings, overrides and isolates that reorder what is shown
// (U+202A–U+202E, U+2066–U+2069: the "Trojan Source" characters), the
// bidi marks that reorder the text around them as well (U+200E LRM, U+200F
// RLM, U+061C ALM) and the deprecated format controls beside the isolates
// (U+206A–U+206F).
func removedRune(r rune) bool {
	return (r >= 0x80 && r <= 0x9f) || (r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x206f) ||
		r == 0x200e || r == 0x200f || r == 0x061c
}

// Tag characters (U+E0000–U+E007F) show nothing, yet spell ASCII text a
// reader cannot see and a program copying the text keeps ("ASCII
// smuggling"). Their one use is an emoji flag of a region: U+1F3F4, tags
// U+E0020–U+E007E, then U+E007F CANCEL TAG (🏴 for Scotland). Unicode TS #51.
const (
	blackFlag = 0x1f3f4
	tagFirst  = 0xe0000
	tagLast   = 0xe007f // CANCEL TAG, which ends a flag
)

// flag follows a text rune by rune to tell the tag characters of an
// emoji flag, which are kept, from all others, which are removed.
type flag uint8

// keeps reports whether r is kept as far as tags go (every rune but a
// tag outside a flag), and moves on past r.
func (f *flag) keeps(r rune) bool {
	if !isTag(r) {
		*f = 0
		if r == blackFlag {
			*f = 1
		}
		return true
	}
	if *f == 0 || r < 0xe0020 {
		return false
	}
	if r == tagLast {
		*f = 0
	}
	return true
}

// filter appends the safe part of s to dst. When final is false, filtering
// stops before an escape sequence or a UTF-8 character that s ends in the
// middle of, and consumed says where: the caller keeps the rest for the
// next call. When final is true, an unfinished sequence is dropped and a
// cut character becomes U+FFFD. fl is where an emoji flag stands (see
// flag), carried from one call to the next.
func filter(dst, s []byte, keepSGR, final bool, fl *flag) (out []byte, consumed int) {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			*fl = 0
		}
		switch {
		case c == esc:
			n, keep, complete := escapeLen(s[i:], keepSGR)
			if !complete && !final {
				return dst, i
			}
			if keep {
				dst = append(dst, s[i:i+n]...)
			}
			i += n
		case c < utf8.RuneSelf:
			if !isC0(c) {
				dst = append(dst, c)
			}
			i++
		default:
			r, size := utf8.DecodeRune(s[i:])
			switch {
			case r == utf8.RuneError && size <= 1:
				if !final && !utf8.FullRune(s[i:]) {
					return dst, i
				}
				// U+FFFD stands between a flag and what follows, so a
				// tag after it is outside the flag.
				*fl = 0
				dst = utf8.AppendRune(dst, utf8.RuneError)
				i++
			case isC1Introducer(r):
				// Dropped with the sequence it starts, as ESC's are: "31m"
				// after U+009B is its parameters, not text.
				n, _, complete := escapeLen(s[i:], false)
				if !complete && !final {
					return dst, i
				}
				*fl = 0
				i += n
			case removedRune(r) || !fl.keeps(r):
				i += size
			default:
				dst = append(dst, s[i:i+size]...)
				i += size
			}
		}
	}
	return dst, len(s)
}

// isC1Introducer reports the C1 controls that start a sequence, as ESC
// and a byte do (ECMA-48 § 5.3: the C1 control 0x80+x is ESC and 0x40+x):
// U+009B CSI (ESC [), U+009D OSC (ESC ]), U+0090 DCS (ESC P), U+0098 SOS
// (ESC X), U+009E PM (ESC ^) and U+009F APC (ESC _). A terminal that
// honours C1 controls in UTF-8 reads them so.
func isC1Introducer(r rune) bool {
	switch r {
	case 0x9b, 0x9d, 0x90, 0x98, 0x9e, 0x9f:
		return true
	}
	return false
}

// escapeLen measures the escape sequence s starts with: s[0] is ESC, or
// s[:2] is a C1 introducer in UTF-8 (0xC2 and 0x90–0x9F, see
// isC1Introducer). It returns the length, whether it is an SGR sequence
// to keep (never one a C1 control starts), and whether it is complete
// (false when s ends inside it; the length is then len(s)).
//
// The forms follow ECMA-48: CSI is ESC [, parameter bytes 0x30–0x3F,
// intermediate bytes 0x20–0x2F and one final byte 0x40–0x7E; OSC, DCS, SOS,
// PM and APC (ESC ] P X ^ _) are strings ended by ST (ESC \ or U+009C)
// or BEL, or cancelled by CAN, SUB or another ESC; any other escape is
// ESC, intermediates 0x20–0x2F and one final byte 0x30–0x7E (ESC c,
// ESC ( B, ESC # 8). A byte out of place ends the sequence before it, so
// that byte is filtered on its own.
//
// charmbracelet/x/ansi's DecodeSequence reads C1 controls as single 8-bit
// bytes, not as the UTF-8 characters text holds, and would end a string
// at the byte 0x9C inside a character such as 东 (E4 B8 9C): hence this
// parser of the code points.
func escapeLen(s []byte, keepSGR bool) (n int, keep, complete bool) {
	if len(s) < 2 {
		return len(s), false, false
	}
	kind := s[1]
	if s[0] != esc {
		kind -= 0x40 // U+009B is ESC [ in two bytes, as ESC [ is
		keepSGR = false
	}
	switch kind {
	case '[':
		i := 2
		sgr := true
		for i < len(s) && s[i] >= 0x30 && s[i] <= 0x3f {
			if (s[i] < '0' || s[i] > '9') && s[i] != ';' && s[i] != ':' {
				sgr = false // private markers such as ? > < =
			}
			i++
		}
		for i < len(s) && s[i] >= 0x20 && s[i] <= 0x2f {
			sgr = false
			i++
		}
		switch {
		case i == len(s):
			return i, false, false
		case s[i] >= 0x40 && s[i] <= 0x7e:
			return i + 1, keepSGR && sgr && s[i] == 'm', true
		default:
			return i, false, true
		}
	case ']', 'P', 'X', '^', '_':
		for i := 2; i < len(s); i++ {
			switch s[i] {
			case bel:
				return i + 1, false, true
			case can, sub:
				return i + 1, false, true
			case esc:
				if i+1 == len(s) {
					return len(s), false, false
				}
				if s[i+1] == '\\' {
					return i + 2, false, true
				}
				return i, false, true // the ESC starts the next sequence
			case 0xc2: // U+009C ST is 0xC2 0x9C
				if i+1 == len(s) {
					return len(s), false, false
				}
				if s[i+1] == 0x9c {
					return i + 2, false, true
				}
			}
		}
		return len(s), false, false
	default:
		i := 1
		for i < len(s) && s[i] >= 0x20 && s[i] <= 0x2f {
			i++
		}
		switch {
		case i == len(s):
			return i, false, false
		case s[i] >= 0x30 && s[i] <= 0x7e:
			return i + 1, false, true
		default:
			return i, false, true
		}
	}
}
