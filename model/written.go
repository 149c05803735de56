package model

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dutymap/dutymap/model/analysis"
)

// WrittenIn reports whether t holds a text in l that is written in l: not
// missing, and not left in the other language. It is the one test of "is
// this translated" that the loader's notes, `dutymap check`'s lang-parity
// and a comparison's untranslated count share (see InOtherLanguage).
func (t Text) WrittenIn(l Lang) bool { return t.Has(l) && !t.InOtherLanguage(l) }

// InOtherLanguage reports whether t's text in l is there but written in
// the other language, as a text pasted into the wrong file or left
// untranslated is:
//
//   - in En (English, or any language but Chinese): Chinese text, that is
//     Chinese characters at least as many as the other letters, and no
//     kana or hangul (Japanese and Korean write Chinese characters too).
//     "组织新员工培训。" and "组织 KPI 考核。" are Chinese; "Run the 双十一
//     campaign" is not.
//   - in Zh: text with no Chinese character and at least one word of
//     prose (two lower-case letters in a row: "Review pull requests."), or
//     the same text as En's when that is not Chinese ("Run the 双十一
//     campaign" in both). Abbreviations, codes and names alone ("KPI",
//     "ISO 9001", "CRM") are not prose, and a Chinese text with Latin
//     words in it ("负责 SEO 和 SEM") is Chinese.
//
// A text missing in l is not in the other language (see Has). Cost: one
// pass over each text.
func (t Text) InOtherLanguage(l Lang) bool {
	s := t[l]
	switch {
	case s == "":
		return false
	case l == En:
		return !ascii(s) && scan(s).chinese() // most English is ASCII: one pass over the bytes
	case t[En] != s && strings.ContainsFunc(s, analysis.IsHan):
		return false // Chinese text stops at its first character
	}
	sc := scan(s)
	if sc.chinese() || !sc.prose {
		return false
	}
	return sc.han == 0 || t[En] == s
}

func ascii(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// scripts counts what a text is written in.
type scripts struct {
	han     int  // Chinese characters
	letters int  // other letters
	kana    bool // kana or hangul: Japanese or Korean
	prose   bool // a word with two lower-case letters in a row
}

func (s scripts) chinese() bool { return s.han > 0 && s.han >= s.letters && !s.kana }

func scan(text string) scripts {
	var s scripts
	lower := 0 // lower-case letters in a row
	for _, r := range text {
		switch {
		case analysis.IsHan(r):
			s.han++
			lower = 0
			continue
		case r >= 0x3040 && r <= 0x30FF, unicode.Is(unicode.Hangul, r):
			s.kana = true
		case unicode.IsLetter(r):
			s.letters++
		}
		if unicode.IsLower(r) {
			if lower++; lower >= 2 {
				s.prose = true
			}
		} else {
			lower = 0
		}
	}
	return s
}

// UntranslatedLeaves returns, for each language l, the duties and points
// of document doc whose text in l is left in the other language
// (InOtherLanguage), in document order, and whether that is the whole
// document: every leaf written in both languages, two or more of them, all
// in one file, as a file copied into the other language's folder and not
// yet translated leaves it. A reader then says so once for the file
// rather than once per duty. One walk of doc.
func UntranslatedLeaves(doc *Node) (leaves [NumLangs][]*Node, whole [NumLangs]bool) {
	both := 0
	oneFile := [NumLangs]bool{true, true}
	doc.Walk(func(n *Node) bool {
		if !n.Kind.IsLeaf() || !n.Title.Has(En) || !n.Title.Has(Zh) {
			return true
		}
		both++
		for _, l := range Langs {
			if n.Title.InOtherLanguage(l) {
				leaves[l] = append(leaves[l], n)
				oneFile[l] = oneFile[l] && n.Loc[l].File == leaves[l][0].Loc[l].File
			}
		}
		return true
	})
	for _, l := range Langs {
		whole[l] = oneFile[l] && len(leaves[l]) >= 2 && len(leaves[l]) == both
	}
	return leaves, whole
}
