package ui

import (
	"strings"
	"testing"

	"github.com/dutymap/dutymap/model"
)

// TestChartWheelKeepsAPartlyShownSelection: the wheel scrolls the chart as
// glow and less do (tryout23 G16): with the last box selected, a notch up
// leaves part of it on screen and it stays selected, drawn thick, and
// enter opens it, not the box the scroll brought into view.
func TestChartWheelKeepsAPartlyShownSelection(t *testing.T) {
	d := newDriver(t, 80, 24, model.En).keys("o", "G")
	c := d.chart()
	chosen, at, offset := c.subject(), c.cursor, c.offset
	if offset == 0 {
		t.Fatal("the chart fits the screen: nothing to scroll")
	}
	d.wheel(10, 10, -1)
	if c.offset >= offset {
		t.Fatalf("a notch up did not scroll: offset %d, then %d", offset, c.offset)
	}
	if c.onScreen(at) || !c.partlyOnScreen(at) {
		t.Fatalf("the test lost its point: the selected box should be partly on screen after a notch:\n%s", d.screen())
	}
	if c.subject() != chosen {
		t.Fatalf("a notch of the wheel changed the selection from %s to %s", chosen.Path, c.subject().Path)
	}
	if scr := d.screen(); !strings.Contains(scr, "┏━") {
		t.Fatalf("the selected box's top, drawn thick, is not on screen:\n%s", scr)
	}
	d.keys("enter")
	if got := d.explorer().tree.Selected(); got != chosen {
		t.Fatalf("enter opened %s, want the selected %s", got.Path, chosen.Path)
	}
}

// TestMatrixWheelScrollsAndKeepsTheSelection: on the RACI matrix a notch
// of the wheel scrolls the rows and the selected duty stays selected
// while on screen (it used to move the selection a row); scrolled out of
// sight, the row at the edge it left by is selected, so enter opens a
// duty on screen.
func TestMatrixWheelScrollsAndKeepsTheSelection(t *testing.T) {
	d := newDriver(t, 100, 20, model.En)
	d.reveal("marketing").keys("m", "down", "down", "down", "down", "down")
	s, ok := d.top().(*matrixScreen)
	if !ok {
		t.Fatalf("m did not open the matrix: %T", d.top())
	}
	chosen, offset := s.cursor, s.offset
	text := s.m.Rows[chosen].Duty.Title.In(model.En)
	d.wheel(10, 10, 1)
	if s.offset == offset {
		t.Fatalf("a notch of the wheel did not scroll the rows:\n%s", d.screen())
	}
	if s.cursor != chosen {
		t.Fatalf("a notch of the wheel moved the selection from row %d to %d:\n%s", chosen, s.cursor, d.screen())
	}
	if !strings.Contains(d.screen(), text[:min(len(text), 20)]) {
		t.Fatalf("the test lost its point: the selected duty %q left the screen after one notch:\n%s", text, d.screen())
	}
	d.wheel(10, 10, 3)
	if s.cursor < s.offset || s.cursor >= s.offset+s.rowsShown() {
		t.Fatalf("the selection (row %d) is off screen (rows %d–%d)", s.cursor, s.offset, s.offset+s.rowsShown()-1)
	}
	if s.cursor == chosen {
		t.Fatalf("the selected duty scrolled away stays selected:\n%s", d.screen())
	}
}
