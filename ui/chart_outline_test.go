package ui

import (
	"image/color"
	"math"
	"testing"

	uv "github.com/charmbracelet/ultraviolet"
	"github.com/charmbracelet/x/ansi"
	"github.com/dutymap/dutymap/model"
)

// TestChartBoxesReadOnEitherBackground: the chart's boxes are content,
// not chrome (tryout23 G6): an unselected box's edges are drawn in a
// colour with at least the dim text's contrast (4.5:1) on a light and on
// a dark background, not in the panes' faint rule colour.
func TestChartBoxesReadOnEitherBackground(t *testing.T) {
	for _, theme := range []struct {
		name string
		t    Theme
		bg   color.Color
	}{{"light", ThemeLight, color.White}, {"dark", ThemeDark, color.Black}} {
		d := driveConfig(t, 80, 24, Config{Org: testOrg(t), Lang: model.En, Theme: theme.t})
		d.reveal("sales").keys("o")
		corners := 0
		for _, line := range uv.NewStyledString(d.m.Render()).Lines(ansi.WcWidth) {
			for _, c := range line {
				if c.Content != "╭" { // an unselected box's corner (the selected one is thick: ┏)
					continue
				}
				corners++
				if c.Style.Fg == nil {
					t.Fatalf("%s: a box's edge has no colour", theme.name)
				}
				if r := contrast(c.Style.Fg, theme.bg); r < 4.5 {
					t.Fatalf("%s: a box's edge is %v, %.1f:1 on the background, want at least 4.5:1", theme.name, c.Style.Fg, r)
				}
			}
		}
		if corners == 0 {
			t.Fatalf("%s: no unselected box on the chart:\n%s", theme.name, d.screen())
		}
	}
}

// contrast is the WCAG contrast ratio of two colours.
func contrast(a, b color.Color) float64 {
	lum := func(c color.Color) float64 {
		r, g, b, _ := c.RGBA()
		ch := func(v uint32) float64 {
			s := float64(v) / 0xffff
			if s <= 0.03928 {
				return s / 12.92
			}
			return math.Pow((s+0.055)/1.055, 2.4)
		}
		return 0.2126*ch(r) + 0.7152*ch(g) + 0.0722*ch(b)
	}
	la, lb := lum(a), lum(b)
	return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
}
