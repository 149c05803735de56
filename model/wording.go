package model

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Wording is a duty's text as duties are compared for being the same one:
// lower case, one space between words, without the punctuation it starts
// or ends with ("Approve the budget." and "approve the  budget" are one
// duty). check's identical and repeated duties and import's repeated rows
// all compare so. It reads the text once (import folds every duty row).
func Wording(s string) string {
	s = strings.TrimFunc(s, punctOrSpace)
	if folded(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

func punctOrSpace(r rune) bool { return unicode.IsPunct(r) || unicode.IsSpace(r) }

// folded reports whether s is ASCII with no capital and no space but
// single blanks: its own wording.
func folded(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= utf8.RuneSelf, 'A' <= c && c <= 'Z':
			return false
		case c == ' ' && i > 0 && s[i-1] == ' ', c != ' ' && c <= ' ':
			return false
		}
	}
	return true
}
