package ui

import (
	"strings"
	"testing"

	uv "github.com/charmbracelet/ultraviolet"
	"github.com/charmbracelet/x/ansi"
	"github.com/dutymap/dutymap/model"
)

// letterStyles are the styles of a matrix row's letters, after the duty's
// text, in the order they stand.
func letterStyles(t *testing.T, frame, text string) []uv.Style {
	t.Helper()
	for _, line := range uv.NewStyledString(frame).Lines(ansi.GraphemeWidth) {
		plain := ""
		for _, c := range line {
			plain += c.Content
		}
		at := strings.Index(plain, text)
		if at < 0 {
			continue
		}
		var out []uv.Style
		x := 0
		for _, c := range line {
			if x >= at+len(text) && strings.Contains("RACI", c.Content) && c.Content != "" {
				out = append(out, c.Style)
			}
			x += len(c.Content)
		}
		return out
	}
	t.Fatalf("%q is not on screen", text)
	return nil
}

// The selected matrix row was one bold run over every cell, so the
// legend's "bold: from a line" could not be read on it: the selection is
// the row's background (reverse without colour) and the marker, each
// letter keeping its own bold (tryoutb26 B10).
func TestMatrixSelectionKeepsEachLettersBold(t *testing.T) {
	const duty = "Apply the prices the marketing department has set."
	for _, noColor := range []bool{false, true} {
		d := driveConfig(t, 120, 30, Config{Org: testOrg(t), Lang: model.En, Theme: ThemeDark, NoColor: noColor})
		d.reveal("sales").keys("m")
		before := letterStyles(t, d.m.Render(), duty)
		bold := 0
		for _, s := range before {
			if s.Attrs&uv.AttrBold != 0 {
				bold++
			}
		}
		if len(before) < 2 || bold == 0 || bold == len(before) {
			t.Fatalf("no color %v: the row should hold a bold letter and a plain one, has %d letters, %d bold", noColor, len(before), bold)
		}
		ms := d.top().(*matrixScreen)
		for i := 0; i < len(ms.m.Rows) && !strings.HasPrefix(ms.selected().Title.In(model.En), duty); i++ {
			d.keys("down")
		}
		if !strings.Contains(d.rowOf(duty), "┃") {
			t.Fatalf("no color %v: the row is not selected:\n%s", noColor, d.screen())
		}
		after := letterStyles(t, d.m.Render(), duty)
		if len(after) != len(before) {
			t.Fatalf("no color %v: %d letters selected, %d before", noColor, len(after), len(before))
		}
		for i := range after {
			if got, want := after[i].Attrs&uv.AttrBold != 0, before[i].Attrs&uv.AttrBold != 0; got != want {
				t.Errorf("no color %v: letter %d selected is bold %v, unselected %v", noColor, i, got, want)
			}
			if noColor && after[i].Attrs&uv.AttrReverse == 0 || !noColor && after[i].Bg == nil {
				t.Errorf("no color %v: letter %d of the selected row has no selection background: %+v", noColor, i, after[i])
			}
		}
	}
}
