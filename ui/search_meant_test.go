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
		if !strings.Contains(lines[3], "“budget”") || !strings.Contains(lines[4], "Draw up budgets and final accounts.") ||
			!strings.HasPrefix(strings.TrimLeft(lines[5], "┃ "), mark) {
			t.Errorf("%v: want the budget first, marked %q:\n%s", lang, mark, scr)
		}
	}
}
