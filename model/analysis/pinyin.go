package analysis

import (
	_ "embed"
	"slices"
	"sort"
	"strings"
	"sync"
)

//go:generate go run ./internal/genpinyin

// pinyinTable is every character's readings without tones, generated from
// github.com/mozillazg/go-pinyin's table (internal/genpinyin has the
// layout and why it is not go-pinyin's map at run time). It is read in
// place by readingsOf.
//
//go:embed pinyin.bin
var pinyinTable string

// maxReadings bounds the readings Pinyin returns for one word: a word of
// characters that each have several readings (多音字) would otherwise give
// their product.
const maxReadings = 4

// Pinyin returns the pinyin readings of a Chinese word, without tones, in
// full ("dingjia" for 定价) and by initials ("dj"), from
// github.com/mozillazg/go-pinyin's character table. A character with
// several readings adds its others to the full readings (银行 is yinxing
// and yinhang), up to four a word, the first readings first. The initials
// are those of each character's first reading only (比如 is "br", never
// "pr" through 比's rare reading pí): two or three letters match many
// words, and a rare reading would make a common word answer for letters
// that are not its own. go-pinyin lists a character's readings most
// common first, mostly (长 lists zhǎng before cháng). It returns nothing
// for text that is not all Chinese.
func Pinyin(word string) (full, initials []string) {
	if !IsHanWord(word) {
		return nil, nil
	}
	var per [][]string
	for _, r := range word {
		readings := readingsOf(r)
		if readings == nil {
			return nil, nil // a character without a reading
		}
		per = append(per, readings)
	}
	full = combine(per, func(r string) string { return r })
	var first strings.Builder
	for _, readings := range per {
		first.WriteString(readings[0][:1])
	}
	return full, []string{first.String()}
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

// readingsOf returns a character's readings from pinyinTable, the most
// common first, or nil for a character it does not have: a binary search
// over the sorted characters, then the character's slice of the text.
func readingsOf(r rune) []string {
	const head = 8 // magic and count
	n := int(u32At(pinyinTable, 4))
	char := func(i int) rune { return rune(u32At(pinyinTable, head+4*i)) }
	lo := sort.Search(n, func(i int) bool { return char(i) >= r })
	if lo == n || char(lo) != r {
		return nil
	}
	offsets := head + 4*n
	from, to := u32At(pinyinTable, offsets+4*lo), u32At(pinyinTable, offsets+4*lo+4)
	text := pinyinTable[offsets+4*(n+1):]
	return strings.Split(text[from:to], ",")
}

// u32At is the little-endian uint32 at s[i:i+4].
func u32At(s string, i int) uint32 {
	return uint32(s[i]) | uint32(s[i+1])<<8 | uint32(s[i+2])<<16 | uint32(s[i+3])<<24
}

// TonelessPinyin returns a folded word written as pinyin with tone numbers
// ("ding4jia4", "xiao3shou4", "shi4chang3bu4") without them ("dingjia"),
// as tone marks fold away (dìngjià): pinyin typed on a keyboard without
// tone marks. The word must be letters a to z and tone numbers 1 to 5,
// at least one, each right after letters; the letters before each
// number, and after the last, at least two, are whole syllables, each a
// reading of some character with a vowel (pinyinSyllables). Anything else
// is no pinyin, and ok is false: b2b, mp3, 401k, o2o, a4.
func TonelessPinyin(word string) (toneless string, ok bool) {
	var b strings.Builder
	from, tones := 0, 0
	for i := 0; i < len(word); i++ {
		c := word[i]
		switch {
		case c >= 'a' && c <= 'z':
			b.WriteByte(c)
		case c >= '1' && c <= '5' && i > from:
			if !syllables(word[from:i]) {
				return "", false
			}
			from, tones = i+1, tones+1
		default:
			return "", false
		}
	}
	if tones == 0 || from < len(word) && !syllables(word[from:]) {
		return "", false
	}
	return b.String(), true
}

// syllables reports whether s, two letters or more, is made of whole
// pinyin syllables.
func syllables(s string) bool {
	if len(s) < 2 {
		return false
	}
	set := pinyinSyllables()
	// can[i]: s[:i] is whole syllables; a syllable has six letters at most.
	can := make([]bool, len(s)+1)
	can[0] = true
	for i := 1; i <= len(s); i++ {
		for j := max(0, i-6); j < i && !can[i]; j++ {
			can[i] = can[j] && set[s[j:i]]
		}
	}
	return can[len(s)]
}

// pinyinSyllables is every reading of pinyinTable with a vowel: the
// syllables of pinyin without tones (the readings m, n, ng, hm of
// interjections are left out: they would make letters such as "mp" pinyin).
var pinyinSyllables = sync.OnceValue(func() map[string]bool {
	const head = 8 // as readingsOf reads the table
	n := int(u32At(pinyinTable, 4))
	offsets := head + 4*n
	text := pinyinTable[offsets+4*(n+1):]
	set := map[string]bool{}
	for i := range n {
		from, to := u32At(pinyinTable, offsets+4*i), u32At(pinyinTable, offsets+4*i+4)
		for _, r := range strings.Split(text[from:to], ",") {
			if strings.ContainsAny(r, "aeiouv") {
				set[r] = true
			}
		}
	}
	return set
})
