package analysis

import "testing"

// A Chinese filler typed with a homophone of one of its characters, as a
// pinyin input method's wrong candidate gives it, is read as the filler;
// a word of the dictionary, or a pair no filler sounds like, is not.
func TestFillerSlip(t *testing.T) {
	for pair, want := range map[string]string{
		"负则": "负责", "付责": "负责", "职则": "职责", "部们": "部门",
		"负债": "", "负责": "", "预算": "", "则负": "", "负": "", "fuze": "",
	} {
		if got, ok := FillerSlip(pair); got != want || ok != (want != "") {
			t.Errorf("FillerSlip(%q) = %q, %v; want %q", pair, got, ok, want)
		}
	}
}
