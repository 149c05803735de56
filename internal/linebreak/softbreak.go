package linebreak

import (
	"unicode"
	"unicode/utf8"
)

// SoftBreak is what a line break inside a paragraph (a soft break, or a
// duty's line continued on the next) becomes when the lines are joined:
// nothing between two CJK characters or next to fullwidth punctuation,
// as CSS Text 3 does with segment breaks, otherwise a space. "编制预算，"
// and "并报审批" join as "编制预算，并报审批", "plan the" and "budget" as
// "plan the budget".
func SoftBreak(a, b rune) string {
	if (NoSpaceBetween(a) && NoSpaceBetween(b)) || fullwidthPunct(a) || fullwidthPunct(b) {
		return ""
	}
	return " "
}

// Join joins two lines of one paragraph (or of one value written over
// lines) as the line break between them reads: left, SoftBreak between
// its last character and right's first, then right.
func Join(left, right string) string { return left + Between(left, right) + right }

// Between is the SoftBreak between text ending in left and text starting
// with right, of a string or of source bytes (a page's Markdown): only
// the character at each end is read, so neither is copied.
func Between[T string | []byte](left, right T) string {
	a, _ := utf8.DecodeLastRuneInString(string(left[max(0, len(left)-utf8.UTFMax):]))
	b, _ := utf8.DecodeRuneInString(string(right[:min(len(right), utf8.UTFMax)]))
	return SoftBreak(a, b)
}

func fullwidthPunct(r rune) bool {
	return ((r >= 0x3000 && r <= 0x303f) || (r >= 0xff00 && r <= 0xffef)) && unicode.IsPunct(r)
}

// NoSpaceBetween reports CJK characters (not Hangul, which spaces its
// words) and CJK punctuation, between which a line break is no space.
func NoSpaceBetween(r rune) bool {
	if unicode.Is(unicode.Hangul, r) {
		return false
	}
	return IsWide(r) || (r >= 0x3000 && r <= 0x303f) || (r >= 0xff00 && r <= 0xffef)
}
