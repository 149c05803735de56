package analysis

import (
	"fmt"
	"slices"
	"testing"
)

func TestPinyinSplits(t *testing.T) {
	for word, want := range map[string]string{
		"pandian":   "[[pan dian] [pan di an]]",
		"falvzixun": "[[fa lv zi xun]]",
		"faluzixun": "[[fa lu zi xun]]",
		"xian":      "[[xi an]]", // xian alone is one syllable, which the readings of words find
		"fahuoyuan": "[[fa huo yuan] [fa hu o yuan] [fa huo yu an] [fa hu o yu an]]",
		"lue":       "[[lu e]]",
		"sales":     "[]", // not syllables
		"dian":      "[[di an]]",
		"p":         "[]",
		"fa3lv":     "[]",
	} {
		if got := fmt.Sprint(PinyinSplits(word)); got != want {
			t.Errorf("PinyinSplits(%q) = %s, want %s", word, got, want)
		}
	}
	long := ""
	for range 40 {
		long += "yi"
	}
	if got := PinyinSplits(long); len(got) > maxSplits {
		t.Errorf("PinyinSplits of 40 syllables: %d ways, want at most %d", len(got), maxSplits)
	}
}

// ü is written v by go-pinyin's table and u by a keyboard without ü: the
// characters reading lü are found by both, and lu's own by lu alone.
func TestCharsReadingU(t *testing.T) {
	for _, c := range []struct {
		syllable string
		has      rune
		want     bool
	}{
		{"lv", '律', true}, {"lu", '律', true}, {"lu", '路', true}, {"lv", '路', false},
		{"nue", '虐', true}, {"nve", '虐', true}, {"pan", '盘', true}, {"dian", '点', true},
	} {
		if got := slices.Contains(CharsReading(c.syllable), c.has); got != c.want {
			t.Errorf("CharsReading(%q) has %c: %v, want %v", c.syllable, c.has, got, c.want)
		}
	}
	if got := SpellU("lve"); got != "lue" {
		t.Errorf("SpellU(lve) = %q", got)
	}
	if got, ok := TonelessPinyin("fa3lu4"); !ok || got != "falu" {
		t.Errorf("TonelessPinyin(fa3lu4) = %q, %v", got, ok)
	}
}

func TestMarkedPinyin(t *testing.T) {
	for typed, want := range map[string]bool{
		"fǎlǜ": true, "falü": true, "lǜ": true, "fa3lü4": true, "ding4jia4": true, "fa\u030clu\u0308": true,
		"falu": false, "fall": false, "café": false, "Müller": false, "über": false, "mp3": false, "dìngjià": false,
	} {
		if got := MarkedPinyin(typed); got != want {
			t.Errorf("MarkedPinyin(%q) = %v, want %v", typed, got, want)
		}
	}
}

// BenchmarkCharsReading is what joined pinyin pays for the characters
// of a syllable: a common one, one of ü, a rare one.
func BenchmarkCharsReading(b *testing.B) {
	for _, s := range []string{"yi", "lu", "nue"} {
		b.Run(s, func(b *testing.B) {
			for b.Loop() {
				CharsReading(s)
			}
		})
	}
}
