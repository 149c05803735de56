package analysis

import (
	_ "embed"
	"sort"
)

//go:generate go run ./internal/gent2s

// t2sTable is OpenCC's table of traditional Chinese characters and their
// simplified forms (TSCharacters, 4,113 characters), generated through
// github.com/longbridgeapp/opencc (internal/gent2s has the layout and why
// it is not the library at run time). It is read in place by simplified:
// no initialiser, nothing built on first use.
//
//go:embed t2s.bin
var t2sTable string

// The range of t2sTable's bitmap (internal/gent2s): the CJK Unified
// Ideographs and extension A.
const t2sFirst, t2sEnd = 0x3400, 0xA000

// t2sHead is the table's magic and count; the bitmap follows.
const t2sHead = 8

// simplified returns the simplified form of a Chinese character, or r
// itself when it has none (it is simplified already, or written alike in
// both): 價 is 价, 价 and 人 are themselves. A character of the common
// blocks costs one bit of the bitmap (inlined); one of the table, a binary
// search.
func simplified(r rune) rune {
	if unchanged(r) {
		return r
	}
	return simplifiedOther(r)
}

// unchanged reports whether r is a character of the bitmap's range that
// the table does not hold: most Chinese text, simplified. Small enough to
// be inlined.
func unchanged(r rune) bool {
	i := uint32(r) - t2sFirst
	return i < t2sEnd-t2sFirst && t2sTable[t2sHead+i>>3]&(1<<(i&7)) == 0
}

// simplifiedOther is simplified for a rune that unchanged does not pass.
func simplifiedOther(r rune) rune {
	if r < t2sFirst || r >= t2sEnd && r < 0x20000 {
		return r // the table has nothing below the bitmap, nor between it and the supplementary planes
	}
	return lookUpT2S(r)
}

// lookUpT2S finds r among t2sTable's characters: its simplified form, or r.
func lookUpT2S(r rune) rune {
	n := int(u32At(t2sTable, 4))
	chars := t2sHead + (t2sEnd-t2sFirst)/8
	char := func(i int) rune { return rune(u32At(t2sTable, chars+4*i)) }
	k := sort.Search(n, func(i int) bool { return char(i) >= r })
	if k == n || char(k) != r {
		return r
	}
	return rune(u32At(t2sTable, chars+4*n+4*k))
}
