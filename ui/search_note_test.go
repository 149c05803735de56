package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/dutymap/dutymap/model"
)

// The note above the results is written and wrapped once and kept
// (noteText, wrappedText); it still follows what it was made for: the
// language, switched while the search in it runs; a new query; the width.
func TestSearchNoteFollowsLanguageQueryAndWidth(t *testing.T) {
	d := newDriver(t, 160, 24, model.En).keys("/").typeText("zebra budget")
	if scr := d.screen(); !strings.Contains(scr, "No duty mentions “zebra”; the results match the other words.") {
		t.Fatalf("no English note:\n%s", scr)
	}
	// The language switched: the note says it in Chinese at once, on the
	// results still shown, and on those searched in Chinese.
	cmd := d.m.toggleLang()
	if scr := d.screen(); !strings.Contains(scr, "没有职责提到“zebra”；以下结果匹配其余的词。") {
		t.Errorf("the note is not in Chinese before the search in Chinese answers:\n%s", scr)
	}
	d.run(cmd)
	if scr := d.screen(); !strings.Contains(scr, "没有职责提到“zebra”") {
		t.Errorf("the note is not in Chinese after the search in Chinese answered:\n%s", scr)
	}
	d.typeText(" yak") // another word nothing mentions
	if scr := d.screen(); !strings.Contains(scr, "没有职责提到“zebra”、“yak”") {
		t.Errorf("the note does not name the new query's word:\n%s", scr)
	}
	// Narrow: the note wraps to the list's new width.
	d.send(tea.WindowSizeMsg{Width: 40, Height: 24})
	s := d.search()
	note := s.blocks().note
	if len(note) < 2 {
		t.Fatalf("the note is not wrapped to 40 columns: %q", note)
	}
	for _, l := range note {
		if w := s.sh.cells.width(l); w > s.lay.list.w-1 {
			t.Errorf("a line of the note is %d cells, wider than the list's %d: %q", w, s.lay.list.w-1, l)
		}
	}
	if scr := d.screen(); !strings.Contains(scr, note[0]) {
		t.Errorf("the wrapped note is not on screen:\n%s", scr)
	}
}
