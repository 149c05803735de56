package model

import (
	"strings"
	"unicode"
)

// Wording is a duty's text as duties are compared for being the same one:
// lower case, one space between words, without the punctuation it starts
// or ends with ("Approve the budget." and "approve the  budget" are one
// duty). check's identical and repeated duties and import's repeated rows
// all compare so.
func Wording(s string) string {
	s = strings.ToLower(strings.Join(strings.Fields(s), " "))
	return strings.TrimFunc(s, func(r rune) bool { return unicode.IsPunct(r) || unicode.IsSpace(r) })
}
