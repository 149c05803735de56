package search

import (
	"slices"
	"testing"
)

// The letters engine reads a Chinese character as the word index does
// (analysis.IsHan): each one a word of its own, whatever its block. An
// ideograph of extension B (𠮷) or 々 ended no word and the letters after
// it were read as the middle of one, where an ideograph of the common
// block (中) ends the word before it: "b" started no word in "a𠮷b".
func TestLettersReadChineseAsTheWordIndex(t *testing.T) {
	var common prepared
	common.prepare("a中b")
	for _, title := range []string{"a𠮷b", "a々b", "a〇b"} {
		var p prepared
		p.prepare(title)
		if want := []uint16{0, uint16(len(title) - 1)}; !slices.Equal(p.starts, want) {
			t.Errorf("%s: word starts %v, want %v as in a中b (%v)", title, p.starts, want, common.starts)
		}
		if c := compileTerm(Term{Text: "b"}); !c.startsWord(title, nil) || !c.startsWord(title, p.starts) {
			t.Errorf("%s: b does not start a word after the Chinese character", title)
		}
	}
	// A hexagram symbol (U+4DC0) is no Chinese character: a symbol
	// between words, not a word.
	var p prepared
	p.prepare("x䷀y")
	if string(p.key) != "x y" {
		t.Errorf("x䷀y: group key %q, want %q", p.key, "x y")
	}
}
