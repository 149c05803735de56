package analysis

import (
	"strings"
	"unicode/utf8"
)

// formsWord reports whether r, a rune that is neither a letter nor a digit
// nor a Chinese character, is written so in compatibility form (Form): the
// Roman numeral Ⅱ is "II", the circled ① and the superscript ¹ are "1", the
// squared ㎏ is "kg", the circled ideograph ㊀ is 一. Tokens splits such text
// in that form, so that "Ⅱ" and "II", "H₂O" and "H2O" are the same words.
// The trade mark signs ™ and ℠ are not: they stay marks beside a word.
func formsWord(r rune) bool {
	if r == '™' || r == '℠' {
		return false // a mark after a name, not letters of it: "Acme™" is the word acme
	}
	var one [8]rune
	f := AppendFormRune(one[:0], r)
	if len(f) == 1 && f[0] == r {
		return false // most punctuation: no compatibility form
	}
	for _, x := range f {
		if isWordRune(x) || IsHan(x) {
			return true
		}
	}
	return false
}

// tokensInForm is Tokens for a text that holds invisible format characters
// (IsFormat) or runes written as words in compatibility form (formsWord):
// the text is split in that form (Form, capitals kept for word, which
// folds them), so that a soft hyphen or a zero-width space inside a word
// ("bud\u200bget", "定\u200b价") leaves the word whole, and "Ⅱ" is the word
// "II". The tokens' offsets are the text's as written: a word's runes are
// those of the text that its form came from.
func (a *Analyzer) tokensInForm(text string, dst []Token) []Token {
	var b strings.Builder
	b.Grow(len(text))
	var at []int // per rune of the form: the offset, in runes, of the rune of text it came from
	var one [8]rune
	rn := 0
	for _, r := range text {
		for _, f := range AppendFormRune(one[:0], r) {
			b.WriteRune(f)
			at = append(at, rn)
		}
		rn++
	}
	first := len(dst)
	dst = a.Tokens(b.String(), dst)
	for i := first; i < len(dst); i++ {
		t := &dst[i]
		t.Start, t.End = at[t.Start], at[t.End-1]+1
	}
	return dst
}

// isFormed reports whether text is its own form for Tokens: no rune that
// tokensInForm would rewrite. Tests use it.
func isFormed(text string) bool {
	for _, r := range text {
		if r >= utf8.RuneSelf && (IsFormat(r) || IsVariationSelector(r) || formsWord(r)) {
			return false
		}
	}
	return true
}
