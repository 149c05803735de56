package ui

import (
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/dutymap/dutymap/model"
)

// TestListKeysNavigate: each list key moves the selection by its amount
// (a row, a page, to either end), in both languages; other keys are not
// taken.
func TestListKeysNavigate(t *testing.T) {
	cases := []struct {
		key  tea.KeyPressMsg
		want int
	}{
		{tea.KeyPressMsg{Code: tea.KeyUp}, -1},
		{tea.KeyPressMsg{Code: 'j', Text: "j"}, 1},
		{tea.KeyPressMsg{Code: tea.KeyPgUp}, -7},
		{tea.KeyPressMsg{Code: tea.KeyPgDown}, 7},
		{tea.KeyPressMsg{Code: tea.KeyHome}, -40},
		{tea.KeyPressMsg{Code: 'G', Text: "G"}, 40},
	}
	for _, lang := range model.Langs {
		k := findingsKeyMaps()[lang].listKeys
		for _, c := range cases {
			got := 0
			if !k.navigate(c.key, func(d int) { got = d }, 7, 40) || got != c.want {
				t.Errorf("%v %q: moved %d, want %d", lang, c.key.String(), got, c.want)
			}
		}
		if k.navigate(tea.KeyPressMsg{Code: 'x', Text: "x"}, func(int) {}, 7, 40) {
			t.Errorf("%v: x taken as a list key", lang)
		}
	}
}
