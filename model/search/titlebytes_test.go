package search

import (
	"strings"
	"testing"
)

// titleBytes reads a title only as far as a rune asked about, yet gives
// every rune the byte a full conversion to runes gives, in any order of
// asking: ASCII titles, titles with accents or Chinese before, after or
// between the runes asked, and bytes that are not UTF-8.
func TestTitleBytesAsRunes(t *testing.T) {
	titles := []string{
		"", "Set product prices.", "Set the café's prices", "Café prices", "Set prices ✓",
		"制定产品价格", "Set 产品 prices", "bad \xff byte", "\xffbad", "trailing \xe4\xb8",
		"Set the product prices for the whole year, then the café's", "Set the product prices for the whole year",
		"Set the product prices for the whole year ✓",
	}
	// A letter that is not ASCII at every byte of the first few blocks
	// the title is read in.
	for k := range 25 {
		titles = append(titles, strings.Repeat("a", k)+"é"+strings.Repeat("b", 20), strings.Repeat("a", k)+"\xff")
	}
	for _, title := range titles {
		// The whole mapping, as a conversion to runes makes it.
		var want []int
		for b := range title {
			want = append(want, b)
		}
		want = append(want, len(title))
		for _, order := range [][]int{upTo(len(want) + 2), downFrom(len(want) + 2)} {
			var tb titleBytes
			tb.reset("something else first, é") // a reused mapper
			tb.byteAt(30)
			tb.reset(title)
			for _, i := range order {
				i-- // from -1
				got, ok := tb.byteAt(i)
				switch {
				case i >= 0 && i < len(want) && (!ok || got != want[i]):
					t.Errorf("%q: rune %d at byte %d, %v; want %d", title, i, got, ok, want[i])
				case i >= len(want) && ok:
					t.Errorf("%q: rune %d past the end at byte %d", title, i, got)
				}
			}
		}
	}
}

func upTo(n int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = i
	}
	return out
}

func downFrom(n int) []int {
	out := upTo(n)
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return out
}
