package analysis

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Fold returns the searchable form of one word: lower case, compatibility
// forms replaced (full-width "ＡＢＣ" and "１２" become "abc" and "12"), and
// accents dropped, so that "Résumé" written with a precomposed é (NFC) or
// with e and a combining accent (NFD) folds to "resume" either way. Pure
// lower-case ASCII is returned as it is, without allocating.
//
// Fold follows Unicode's compatibility decomposition (NFKD, UAX #15) and
// then removes nonspacing marks (category Mn), as search engines' "ASCII
// folding" filters do.
func Fold(word string) string {
	ascii, upper := true, false
	for i := 0; i < len(word) && ascii; i++ {
		c := word[i]
		ascii = c < utf8.RuneSelf
		upper = upper || 'A' <= c && c <= 'Z'
	}
	switch {
	case ascii && upper:
		return strings.ToLower(word)
	case ascii:
		return word
	}
	var b strings.Builder
	b.Grow(len(word))
	for _, r := range norm.NFKD.String(word) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// foldRune maps one rune as Fold maps it inside a word, for the scanner:
// full-width ASCII to ASCII, the ideographic space to a space. Other runes
// are left for Fold.
func foldRune(r rune) rune {
	switch {
	case r >= 0xFF01 && r <= 0xFF5E: // full-width ！ … ～
		return r - 0xFF01 + '!'
	case r == 0x3000:
		return ' '
	}
	return r
}

// IsHan reports whether r is a Chinese character (script Han, which
// includes the CJK compatibility ideographs).
func IsHan(r rune) bool {
	if r < 0x2E80 {
		return false
	}
	if r >= 0x4E00 && r <= 0x9FFF {
		return true // the common block, without a table look-up
	}
	return unicode.Is(unicode.Han, r)
}

// isWordRune reports whether r can be part of a word that is not Chinese:
// a letter, a digit, or a combining mark that continues one.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return !IsHan(r) && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.M, r))
}
