package analysis

import (
	"slices"
	"unicode/utf8"
)

// FillerSlip returns the Chinese filler of two characters (负责, 职责,
// 部门 …: the words a question wraps around what it asks, IsFiller) that
// pair, two characters no dictionary word writes, is a typing slip of:
// one character the same and in its place, the other read the same in
// pinyin without tones, as a pinyin input method gives it when the wrong
// candidate is picked (负则 for 负责, both fuze). ok is false for a word
// of the dictionary (负债 is a word of its own), for anything but two
// Chinese characters, and when the pair could be a slip of two fillers.
func FillerSlip(pair string) (filler string, ok bool) {
	if utf8.RuneCountInString(pair) != 2 || !IsHanWord(pair) || fillers[pair] || Frequency(pair) > 0 {
		return "", false
	}
	typed := []rune(pair)
	for w := range fillers {
		f := []rune(w)
		if len(f) != 2 || !IsHan(f[0]) || !IsHan(f[1]) {
			continue
		}
		same := -1
		for i := range 2 {
			if f[i] == typed[i] {
				same = i
			}
		}
		if same < 0 || !soundAlike(f[1-same], typed[1-same]) {
			continue
		}
		if filler != "" {
			return "", false // a slip of two fillers: neither is meant
		}
		filler = w
	}
	return filler, filler != ""
}

// soundAlike reports whether two characters share a reading (pinyin
// without tones).
func soundAlike(a, b rune) bool {
	rb := readingsOf(b)
	return slices.ContainsFunc(readingsOf(a), func(r string) bool { return slices.Contains(rb, r) })
}
