package ui

import (
	"strings"
	"testing"

	"github.com/dutymap/dutymap/model"
	"github.com/dutymap/dutymap/model/search"
)

// A question with a time clause is answered in the explorer as on the
// command line (verify27 V6, V7): "who helps exhibitors before the show"
// finds Operations' duty, with no note naming nothing or “before”.
func TestSearchTimeClauseQuestion(t *testing.T) {
	d := newDriver(t, 120, 30, model.En).keys("/").typeText("who helps exhibitors before the show")
	scr := d.screen()
	if strings.Contains(scr, "No duty mentions") || strings.Contains(scr, "“before”") || strings.Contains(scr, "before the sale") {
		t.Errorf("a note or a “before the sale” duty:\n%s", scr)
	}
	if !strings.Contains(scr, "Help exhibitors with the logistics") {
		t.Errorf("Operations' duty not shown:\n%s", scr)
	}
}

// No note says no duty mentions nothing: with no word to name, a search
// nothing mentions has no note, and a suggestion alone is no note that
// some word is not mentioned.
func TestSearchNoteNeverNamesNothing(t *testing.T) {
	s := newDriver(t, 80, 24, model.En).keys("/").typeText("hiring").search()
	if n := s.note(); !strings.Contains(n, "“hiring”") {
		t.Fatalf("hiring: note %q", n)
	}
	s.words = nil
	if n := s.note(); n != "" {
		t.Errorf("no word to name: note %q, want none", n)
	}
	s.noMention, s.missing = false, nil
	s.corrected = []search.Correction{{Typed: "hirng", Word: "hiring"}}
	if n := s.note(); strings.Contains(n, "No duty mentions") {
		t.Errorf("nothing missing: note %q, want none", n)
	}
}
