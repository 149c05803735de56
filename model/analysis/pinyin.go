package analysis

import (
	"slices"

	"github.com/mozillazg/go-pinyin"
)

// maxReadings bounds the readings Pinyin returns for one word: a word of
// characters that each have several readings (多音字) would otherwise give
// their product.
const maxReadings = 4

// Pinyin returns the pinyin readings of a Chinese word, without tones, in
// full ("dingjia" for 定价) and by initials ("dj"), from
// github.com/mozillazg/go-pinyin's character table. A character with
// several readings adds its others (银行 is yinxing and yinhang), up to
// four readings a word, the most common first. It returns nothing for
// text that is not all Chinese.
func Pinyin(word string) (full, initials []string) {
	if !IsHanWord(word) {
		return nil, nil
	}
	args := pinyin.NewArgs()
	args.Heteronym = true
	per := pinyin.Pinyin(word, args)
	if len(per) != len([]rune(word)) {
		return nil, nil // a character without a reading
	}
	full = combine(per, func(r string) string { return r })
	initials = combine(per, func(r string) string { return r[:1] })
	return full, initials
}

// combine joins one reading per character, each passed through part, in
// every combination (the first readings first), up to maxReadings distinct
// results.
func combine(per [][]string, part func(string) string) []string {
	out := []string{""}
	for _, alts := range per {
		var next []string
		for _, r := range out {
			for _, alt := range alts {
				if w := r + part(alt); len(next) < maxReadings && !slices.Contains(next, w) {
					next = append(next, w)
				}
			}
		}
		out = next
	}
	return out
}
