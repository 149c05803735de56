package content

import (
	"slices"
	"strings"
	"testing"
)

// TestTwinNumbersDisagree: a duty added in one language's list only, its
// twin appended at the end, shifts every pair after it; validate said
// nothing (tryout25 T16). Twins whose texts both hold numbers, not the
// same, are noted at the Chinese line, naming the English twin.
func TestTwinNumbersDisagree(t *testing.T) {
	en := fmA + "## S {#s}\n- Pay suppliers.\n- Submit form 12 by the 5th.\n- Count stock on the 20th.\n"
	zh := fmAZh + "## 乙 {#s}\n- 每月5日前提交第12号表。\n- 每月20日盘点库存。\n- 向供应商付款。\n"
	_, ps := Check(layer(map[string]string{"en/a.md": en, "zh/a.md": zh}))
	want := "org/zh/a.md:7: note: duty \"每月20日盘点库存。\" says 20, but its twin at org/en/a.md:7, \"Submit form 12 by the 5th.\", says 12, 5\n" +
		"  twins are matched by their order: if a duty was added in one language only, add its twin at the same place in the other list; otherwise make the numbers agree"
	// The first pair has numbers on one side only, the third none: no note.
	if len(ps) != 1 || ps[0].String() != want {
		t.Fatalf("got:\n%s\nwant:\n%s", ps, want)
	}
	// Put right, nothing is noted.
	fixed := fmAZh + "## 乙 {#s}\n- 向供应商付款。\n- 每月5日前提交第12号表。\n- 每月20日盘点库存。\n"
	if _, ps := Check(layer(map[string]string{"en/a.md": en, "zh/a.md": fixed})); len(ps) != 0 {
		t.Errorf("after the fix:\n%s", ps)
	}
}

// The built-in content, written in both languages, has no such note: the
// check must not cry wolf (numbers in one text only, 20th century beside
// 世纪末, say nothing).
func TestTwinNumbersQuietOnBuiltin(t *testing.T) {
	_, ps := Check(Builtin())
	for _, p := range ps {
		if strings.Contains(p.Fix, "twins are matched by their order: if a duty") {
			t.Errorf("built-in content: %s", p)
		}
	}
}

func TestNumbersIn(t *testing.T) {
	for s, want := range map[string][]string{
		"Keep 1,000 units for 3.5 days.": {"1000", "3.5"},
		"保存１０００件，３．５天":                   {"1000", "3", "5"}, // a full-width point is no decimal point
		"Steps 1,2 and 3.":               {"1", "2", "3"},
		"No numbers.":                    nil,
		"Form 12, 12 copies":             {"12"},
	} {
		if got := numbersIn(s); !slices.Equal(got, want) {
			t.Errorf("numbersIn(%q) = %q, want %q", s, got, want)
		}
	}
}
