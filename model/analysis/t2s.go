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
// blocks costs one bit of the bitmap; one of the table, a binary search.
func simplified(r rune) rune {
	if r < t2sFirst {
		return r
	}
	if r < t2sEnd {
		i := r - t2sFirst
		if t2sTable[t2sHead+i>>3]&(1<<(i&7)) == 0 {
			return r
		}
	} else if r < 0x20000 {
		return r // the table has nothing between the bitmap and the supplementary planes
	}
	n := int(u32At(t2sTable, 4))
	chars := t2sHead + (t2sEnd-t2sFirst)/8
	char := func(i int) rune { return rune(u32At(t2sTable, chars+4*i)) }
	k := sort.Search(n, func(i int) bool { return char(i) >= r })
	if k == n || char(k) != r {
		return r
	}
	return rune(u32At(t2sTable, chars+4*n+4*k))
}
