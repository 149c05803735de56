package search

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dutymap/dutymap/model/analysis"
)

// The letters texts are folded as the word index folds its words
// (analysis.AppendFoldRune): compatibility forms replaced (full-width
// letters, the ﬁ ligature, Ⅱ), accents and invisible format characters
// dropped, full case folding (ß is "ss"), Chinese in its simplified form
// (價格 is 价格). So an exact term or a typo finds
// text written in any Unicode form, as a word does. One displayed rune may
// fold to none, one or several runes: foldMapped keeps, for highlighting,
// which displayed rune each folded rune came from.

// foldText returns s folded (analysis.Fold), or, with keepCase, in the
// same form but with its capitals (analysis.Form), for a term with a
// capital. Either is s itself when nothing changes.
func foldText(s string, keepCase bool) string {
	if keepCase {
		return analysis.Form(s)
	}
	return analysis.Fold(s)
}

// foldMapped returns text folded as foldText folds it and, for each rune
// of the result, the index of the rune of text it came from: for "Straße"
// "strasse" and 0 1 2 3 4 4 5; for NFD "re\u0301sume\u0301" "resume" and
// 0 1 3 4 5 6. With keepCase it also returns the case-keeping form, made in
// the same pass: its runes come from the same places, as many from each
// (analysis.AppendFormRune), so src maps it too.
func foldMapped(text string, keepCase bool) (folded, cased string, src []int32) {
	var fb, cb []byte
	src = make([]int32, 0, len(text))
	var buf [8]rune
	d := int32(0)
	for _, r := range text {
		for _, f := range analysis.AppendFoldRune(buf[:0], r) {
			fb = utf8.AppendRune(fb, f)
			src = append(src, d)
		}
		if keepCase {
			for _, f := range analysis.AppendFormRune(buf[:0], r) {
				cb = utf8.AppendRune(cb, f)
			}
		}
		d++
	}
	return string(fb), string(cb), src
}

// displayed maps rune indices of text's folded form (foldMapped's src) to
// indices of text's runes, ascending. The runes folding dropped light up
// with what they belong to: a combining accent with the letter before it
// (the é of NFD text is two runes), an invisible character between two
// runes that matched (the soft hyphen of "pri\u00adces").
func displayed(text string, src []int32, folded []int) []int {
	if len(folded) == 0 {
		return folded
	}
	runes := []rune(text)
	lit := make([]bool, len(runes))
	made := make([]bool, len(runes)) // the rune folds to at least one rune
	for _, s := range src {
		made[s] = true
	}
	for _, f := range folded {
		if f >= 0 && f < len(src) {
			lit[src[f]] = true
		}
	}
	for i := 1; i < len(runes); i++ {
		if made[i] || !lit[i-1] {
			continue
		}
		if unicode.Is(unicode.M, runes[i]) {
			lit[i] = true // an accent of the letter before
			continue
		}
		j := i + 1
		for j < len(runes) && !made[j] {
			j++
		}
		lit[i] = j < len(runes) && lit[j] // inside what matched
	}
	out := folded[:0]
	for i, l := range lit {
		if l {
			out = append(out, i)
		}
	}
	return out
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
		if analysis.IsHan(r) {
			p.add(analysis.FoldHan(r), true) // most Chinese text: no decomposition, one bit of the simplified table
		} else {
			var buf [8]rune
			for _, f := range analysis.AppendFoldRune(buf[:0], r) {
				p.add(f, isWord(f))
			}
		}
		i += size
	}
}

// asciiFold and asciiWord are fold and isWord for ASCII bytes.
var asciiFold, asciiWord = func() (f [utf8.RuneSelf]byte, w [utf8.RuneSelf]bool) {
	for c := range utf8.RuneSelf {
		f[c], w[c] = byte(unicode.ToLower(rune(c))), isWord(rune(c))
	}
	return f, w
}()

// add appends one folded rune f, a word rune when w: the path for runes
// beyond ASCII.
func (p *prepared) add(f rune, w bool) {
	if w && !p.inWord && !analysis.IsHan(f) && len(p.folded) <= 0xFFFF {
		// Terms that start with an ideograph are found by scanning, so
		// their starts are not kept. Offsets past 65535 are left out: a
		// term there is found by the scan for substrings and ranks a
		// little lower.
		p.starts = append(p.starts, uint16(len(p.folded)))
	}
	p.inWord = w && !analysis.IsHan(f)
	if f < utf8.RuneSelf {
		p.folded = append(p.folded, byte(f))
	} else {
		p.folded = utf8.AppendRune(p.folded, f)
	}
	b := runeBit(f)
	p.mask[b>>6] |= 1 << (b & 63)
	if !w {
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
	return analysis.IsHan(r) || unicode.IsLetter(r) || unicode.IsDigit(r)
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

// add sets the bits of the runes of s, folded text.
func (m *mask) add(s string) {
	for _, r := range s {
		b := runeBit(r)
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
func continues(r rune) bool { return isWord(r) && !analysis.IsHan(r) }

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
