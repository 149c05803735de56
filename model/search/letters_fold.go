package search

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// fold maps a rune to its searchable form: lower case, full-width ASCII as
// ASCII, the ideographic space as a space. It maps one rune to one rune, so
// a rune index into folded text is the same index into the displayed text.
func fold(r rune) rune {
	switch {
	case r < utf8.RuneSelf:
		if 'A' <= r && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return r
	case r >= 0xFF01 && r <= 0xFF5E: // full-width ！ … ～
		return fold(r - 0xFF01 + '!')
	case r == 0x3000:
		return ' '
	case isHan(r):
		return r // most Chinese text: skip the case tables
	}
	return unicode.ToLower(r)
}

// isHan reports whether r is a common CJK ideograph: a letter without case.
func isHan(r rune) bool { return r >= 0x3400 && r <= 0x9FFF }

// foldString folds every rune of s, returning s itself (no copy) when
// nothing changes, as for most Chinese text.
func foldString(s string) string {
	for i, r := range s {
		if fold(r) != r {
			var b strings.Builder
			b.Grow(len(s))
			b.WriteString(s[:i])
			for _, r := range s[i:] {
				b.WriteRune(fold(r))
			}
			return b.String()
		}
	}
	return s
}

// prepared is a title's search forms, computed in one pass: the folded
// text, the byte offsets where its words start, its rune mask, and its
// group key. The group key drops case, punctuation and runs of spaces, so
// "Set product prices." and "set  product prices" are one duty.
type prepared struct {
	folded, key []byte
	starts      []uint16
	mask        mask
	gap, inWord bool // a space is due in key; a word continues
}

// prepare fills p from title, reusing p's buffers.
func (p *prepared) prepare(title string) {
	p.folded, p.key, p.starts, p.mask = p.folded[:0], p.key[:0], p.starts[:0], mask{}
	p.gap, p.inWord = false, false
	for i := 0; i < len(title); {
		if c := title[i]; c < utf8.RuneSelf { // most text: a byte at a time, by table
			c = asciiFold[c]
			w := asciiWord[c]
			if w && !p.inWord && len(p.folded) <= 0xFFFF {
				p.starts = append(p.starts, uint16(len(p.folded)))
			}
			p.inWord = w
			p.folded = append(p.folded, c)
			p.mask[0] |= 1 << runeBit(rune(c)) // ASCII bits are all in the first word
			i++
			if !w {
				p.gap = len(p.key) > 0
				continue
			}
			if p.gap {
				p.key = append(p.key, ' ')
				p.gap = false
			}
			p.key = append(p.key, c)
			continue
		}
		r, size := utf8.DecodeRuneInString(title[i:])
		f := fold(r)
		p.add(f, isWord(f))
		i += size
	}
}

// asciiFold and asciiWord are fold and isWord for ASCII bytes.
var asciiFold, asciiWord = func() (f [utf8.RuneSelf]byte, w [utf8.RuneSelf]bool) {
	for c := range utf8.RuneSelf {
		f[c], w[c] = byte(fold(rune(c))), isWord(rune(c))
	}
	return f, w
}()

// add appends one folded rune f, a word rune when w: the path for runes
// beyond ASCII.
func (p *prepared) add(f rune, w bool) {
	if w && !p.inWord && !isHan(f) && len(p.folded) <= 0xFFFF {
		// Terms that start with an ideograph are found by scanning, so
		// their starts are not kept. Offsets past 65535 are left out: a
		// term there is found by the scan for substrings and ranks a
		// little lower.
		p.starts = append(p.starts, uint16(len(p.folded)))
	}
	p.inWord = w && !isHan(f)
	if f < utf8.RuneSelf {
		p.folded = append(p.folded, byte(f))
	} else {
		p.folded = utf8.AppendRune(p.folded, f)
	}
	b := runeBit(f)
	p.mask[b>>6] |= 1 << (b & 63)
	if !w && (f < utf8.RuneSelf || !unicode.Is(unicode.Mn, f)) {
		p.gap = len(p.key) > 0
		return
	}
	if p.gap {
		p.key = append(p.key, ' ')
		p.gap = false
	}
	if f < utf8.RuneSelf {
		p.key = append(p.key, byte(f))
	} else {
		p.key = utf8.AppendRune(p.key, f)
	}
}

// isWord reports whether r is a letter or a digit.
func isWord(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return isHan(r) || unicode.IsLetter(r) || unicode.IsDigit(r)
}

// hasUpper reports whether s has a capital, which makes a term match case
// (smart case).
func hasUpper(s string) bool {
	for _, r := range s {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// mask is a 256-bit set of the runes a text contains: ASCII letters and
// digits have a bit each, other runes are hashed into the rest. A text can
// only match a term whose mask bits it has, which rejects most Chinese text
// for an English query (and the reverse) without looking at it.
type mask [4]uint64

func runeBit(r rune) uint {
	switch {
	case 'a' <= r && r <= 'z':
		return uint(r - 'a')
	case '0' <= r && r <= '9':
		return 26 + uint(r-'0')
	case r < utf8.RuneSelf:
		return 36 + uint(r)%28
	}
	return 64 + uint(uint32(r)*2654435761>>16)%192
}

func (m *mask) add(s string) {
	for _, r := range s {
		b := runeBit(fold(r))
		m[b>>6] |= 1 << (b & 63)
	}
}

// covers reports whether m has every bit of q.
func (m *mask) covers(q *mask) bool {
	return m[0]&q[0] == q[0] && m[1]&q[1] == q[1] && m[2]&q[2] == q[2] && m[3]&q[3] == q[3]
}

// subseq reports whether t's runes occur in h in order. It is the cheap,
// exact test for a scattered match, run before paying for a score.
func subseq(h, t string) bool {
	for _, r := range t {
		var i int
		if r < utf8.RuneSelf {
			i = strings.IndexByte(h, byte(r))
		} else {
			i = strings.IndexRune(h, r)
		}
		if i < 0 {
			return false
		}
		h = h[i+utf8.RuneLen(r):]
	}
	return true
}

// continues reports whether r carries a word on across a boundary: a
// letter or digit, but not an ideograph. Chinese has no spaces, so each
// ideograph counts as a word of its own, and a term found anywhere in
// Chinese text is found as a whole word.
func continues(r rune) bool { return isWord(r) && !isHan(r) }

// wordBefore reports whether a word continues up to byte offset i.
func wordBefore(h string, i int) bool {
	if i == 0 {
		return false
	}
	if c := h[i-1]; c < utf8.RuneSelf {
		return isWord(rune(c))
	}
	r, _ := utf8.DecodeLastRuneInString(h[:i])
	return continues(r)
}

// wordAt reports whether a word continues from byte offset i.
func wordAt(h string, i int) bool {
	if i >= len(h) {
		return false
	}
	if c := h[i]; c < utf8.RuneSelf {
		return isWord(rune(c))
	}
	r, _ := utf8.DecodeRuneInString(h[i:])
	return continues(r)
}

// runeIndices converts ascending byte offsets of rune starts in s to rune
// indices, in place.
func runeIndices(s string, offs []int) []int {
	k, n := 0, 0
	for i := range s {
		for k < len(offs) && offs[k] == i {
			offs[k] = n
			k++
		}
		n++
	}
	return offs[:k]
}
