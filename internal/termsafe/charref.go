package termsafe

import (
	"html"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// DropControlRefs returns s without the numeric character references
// ("&#27;", "&#x1b", "&#X001B;") that a renderer would decode into a
// character Plain removes: ESC, another C0 control but newline and tab,
// DEL, a C1 control, a bidi override or isolate. Text decoded from such a
// reference is not content but a terminal command: "&#x1b&#x5b;8m" is
// ESC [ 8 m, which hides the text after it.
//
// Renderers disagree on which spellings are references, so every one
// counts: CommonMark wants the ";" and at most 7 decimal or 6 hexadecimal
// digits; goldmark takes any number of hexadecimal digits; Go's
// html.UnescapeString, which Glamour calls on every text, code span and
// link, takes any number of digits without the ";" (HTML5), lets the value
// wrap around 32 bits and maps 128–159 to Windows-1252. A reference is
// dropped when any of these reads it as a removed character. Named
// references are kept: none of HTML5's decodes to a removed character
// (&Tab; and &NewLine; are tab and newline).
//
// Dropping a reference never joins the text on either side into a new
// one ("&&#27;#27;" does not become "&#27;"): where that could happen the
// reference becomes U+FFFD instead. The cost is linear in len(s).
func DropControlRefs(s string) string {
	i := strings.Index(s, "&#")
	if i < 0 {
		return s
	}
	var b strings.Builder
	last := 0     // s[last:] is not written to b yet
	frag := false // b ends in "&" and letters or digits: a reference could still begin there
	for i >= 0 {
		n := charRefLen(s[i:])
		if n == 0 || !controlRef(s[i:i+n]) {
			next := strings.Index(s[i+1:], "&#")
			if next < 0 {
				break
			}
			i += 1 + next
			continue
		}
		if b.Len() == 0 {
			b.Grow(len(s))
		}
		frag = fragmentAfter(frag, s[last:i])
		b.WriteString(s[last:i])
		if last = i + n; frag && last < len(s) && refByte(s[last]) {
			b.WriteRune(utf8.RuneError)
			frag = false
		}
		next := strings.Index(s[last:], "&#")
		if next < 0 {
			break
		}
		i = last + next
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// charRefLen is the length of the numeric character reference s starts
// with, read as far as HTML5 reads it ("&#", an "x" or "X" and hexadecimal
// digits or decimal digits, then ";" if there is one), or 0.
func charRefLen(s string) int {
	i, hex := 2, false
	if len(s) > i && (s[i] == 'x' || s[i] == 'X') {
		i, hex = i+1, true
	}
	start := i
	for i < len(s) && (s[i] >= '0' && s[i] <= '9' || hex && (s[i]|0x20 >= 'a' && s[i]|0x20 <= 'f')) {
		i++
	}
	if i == start {
		return 0
	}
	if i < len(s) && s[i] == ';' {
		i++
	}
	return i
}

// controlRef reports whether a reference (charRefLen) decodes to a
// removed character as Go's html package reads it, or by its value as
// CommonMark and goldmark read it.
func controlRef(ref string) bool {
	for _, r := range html.UnescapeString(ref) {
		if Removed(r) {
			return true
		}
	}
	digits, base := strings.TrimSuffix(ref[2:], ";"), 10
	if digits[0] == 'x' || digits[0] == 'X' {
		digits, base = digits[1:], 16
	}
	v, err := strconv.ParseUint(strings.TrimLeft(digits, "0"), base, 32)
	return err == nil && v <= utf8.MaxRune && Removed(rune(v))
}

// fragmentAfter says whether text ending in t, after text that ended in a
// fragment of a reference when frag is true, ends in one: an "&" followed
// only by characters a reference is made of.
func fragmentAfter(frag bool, t string) bool {
	for i := len(t) - 1; i >= 0; i-- {
		switch {
		case t[i] == '&':
			return true
		case !refByte(t[i]):
			return false
		}
	}
	return frag
}

// refByte reports the bytes a character reference is made of after "&".
func refByte(c byte) bool {
	return c == '#' || c == ';' || c >= '0' && c <= '9' || c|0x20 >= 'a' && c|0x20 <= 'z'
}

// ControlRefs returns the first limit references of s that DropControlRefs
// drops, as written, each once: the few a note names.
func ControlRefs(s string, limit int) []string {
	var refs []string
	for i := strings.Index(s, "&#"); i >= 0 && len(refs) < limit; {
		n := charRefLen(s[i:])
		if n > 0 && controlRef(s[i:i+n]) {
			if ref := s[i : i+n]; !slices.Contains(refs, ref) {
				refs = append(refs, ref)
			}
		}
		next := strings.Index(s[i+1:], "&#")
		if next < 0 {
			break
		}
		i += 1 + next
	}
	return refs
}
