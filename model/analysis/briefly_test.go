package analysis

import (
	"slices"
	"testing"
)

// SegmentBriefly segments as SegmentChinese does and lets go afterwards
// of a dictionary it had to load, but not of one held before it.
func TestSegmentBrieflyKeepsNoDictionaryItLoaded(t *testing.T) {
	const text = "市场部经理助理"
	want := SegmentChinese(text)
	ReleaseDictionary()
	var got []string
	SegmentBriefly(func() { got = SegmentChinese(text) })
	if !slices.Equal(got, want) {
		t.Errorf("briefly %q splits into %q, want %q", text, got, want)
	}
	if DictionaryLoaded() {
		t.Error("SegmentBriefly kept the dictionary it loaded")
	}
	LoadDictionary()
	SegmentBriefly(func() { got = SegmentChinese(text) })
	if !DictionaryLoaded() {
		t.Error("SegmentBriefly let go of a dictionary loaded before it")
	}
}
