package analysis

import (
	"slices"
	"testing"

	"github.com/mozillazg/go-pinyin"
)

// TestPinyinTableIsGoPinyin checks the embedded table against go-pinyin
// itself, character by character: every character go-pinyin reads has the
// same readings in the same order, and no other character has any. A table
// out of date with the go-pinyin in go.mod fails here: run
// `go generate ./model/analysis`.
func TestPinyinTableIsGoPinyin(t *testing.T) {
	args := pinyin.NewArgs()
	args.Heteronym = true
	checked := 0
	for r := rune(0); r <= 0x10FFFF; r++ {
		want := pinyin.SinglePinyin(r, args)
		got := readingsOf(r)
		if len(want) == 0 {
			if got != nil {
				t.Fatalf("U+%04X: table has %q, go-pinyin nothing", r, got)
			}
			continue
		}
		if !slices.Equal(got, want) {
			t.Fatalf("U+%04X %c: table %q, go-pinyin %q", r, r, got, want)
		}
		checked++
	}
	if checked != len(pinyin.PinyinDict) {
		t.Errorf("%d characters checked, go-pinyin has %d", checked, len(pinyin.PinyinDict))
	}
}
