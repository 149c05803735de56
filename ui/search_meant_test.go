package ui

import (
	"strings"
	"testing"

	"github.com/dutymap/dutymap/model"
)

// TestSearchClosestHoldTheSuggestedWord: when no duty mentions a word one
// slip off another ("budjet"), the closest results start with the texts
// holding the word the note suggests, each marked as holding the
// suggested word, in both reader languages.
func TestSearchClosestHoldTheSuggestedWord(t *testing.T) {
	for lang, mark := range map[model.Lang]string{model.En: "suggested word · ", model.Zh: "建议的词 · "} {
		d := newDriver(t, 100, 24, lang).keys("/").typeText("who draws up the budjet")
		scr := d.screen()
		lines := strings.Split(scr, "\n")
		first := 4 // the first result's line, under the note (wrapped in the pane)
		for first < len(lines)-2 && !strings.Contains(lines[first], "Draw up budgets and final accounts.") {
			first++
		}
		if !strings.Contains(strings.Join(lines[3:first], " "), "“budget”") || first > 5 ||
			!strings.HasPrefix(strings.TrimLeft(lines[first+1], "┃ "), mark) {
			t.Errorf("%v: want the budget first, marked %q:\n%s", lang, mark, scr)
		}
	}
}
