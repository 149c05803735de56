package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/dutymap/dutymap/model"
)

// pageRows is the explorer's page pane as the user sees it: its rows
// (without the footer), then the footer.
func pageRows(d *driver) (rows []string, footer string) {
	d.t.Helper()
	e := d.explorer()
	screen := strings.Split(d.screen(), "\n")
	pane := e.lay.page
	for y := 0; y < pane.h; y++ {
		rows = append(rows, strings.TrimRight(ansi.Cut(screen[1+pane.y+y], pane.x, pane.x+pane.w), " "))
	}
	return rows[:len(rows)-1], strings.TrimSpace(rows[len(rows)-1])
}

// startOf is how a row begins: what any wrapping of its paragraph begins
// with too.
func startOf(row string) string {
	r := []rune(strings.TrimSpace(row))
	return string(r[:min(len(r), 6)])
}

// scrollToParagraph scrolls the page on screen down at least rows rows, to
// a row that begins a paragraph (the row above it is blank), and returns
// how that row begins.
func scrollToParagraph(d *driver, rows int) string {
	d.t.Helper()
	for i := 0; i < 400; i++ {
		before, _ := pageRows(d)
		d.keys("j")
		after, _ := pageRows(d)
		if i+1 >= rows && strings.TrimSpace(before[0]) == "" && strings.TrimSpace(after[0]) != "" {
			return startOf(after[0])
		}
	}
	d.t.Fatalf("no paragraph starts %d rows or more down the page:\n%s", rows, d.screen())
	return ""
}

// resizeHeld resizes the window to each width in turn with every command
// held back, as when the renderings take longer than the resizes, then
// lets them all finish.
func resizeHeld(d *driver, h int, widths ...int) {
	var held []tea.Cmd
	for _, w := range widths {
		next, cmd := d.m.Update(tea.WindowSizeMsg{Width: w, Height: h})
		d.m = next.(*Model)
		held = append(held, cmd)
	}
	for _, c := range held {
		d.run(c)
	}
}

// TestPageKeepsItsPlaceAcrossResizes (tryout9 #3): a page read some way
// down keeps the same paragraph on top when the window's width changes,
// once or several times before the rendering arrives, back to a width
// already rendered, and across a language switch; one read to its end
// stays at its end.
func TestPageKeepsItsPlaceAcrossResizes(t *testing.T) {
	for _, lang := range []model.Lang{model.En, model.Zh} {
		t.Run(lang.Code(), func(t *testing.T) {
			d := newDriver(t, 120, 35, lang)
			d.reveal("marketing").keys("tab")
			top := scrollToParagraph(d, 25)
			expectTop := func(what string) {
				t.Helper()
				rows, footer := pageRows(d)
				if startOf(rows[0]) != top || footer == "0%" {
					t.Fatalf("%s: the page's top row is %q (%s), want the paragraph starting %q:\n%s",
						what, rows[0], footer, top, d.screen())
				}
			}
			d.send(tea.WindowSizeMsg{Width: 110, Height: 35})
			expectTop("120 → 110 columns")
			resizeHeld(d, 35, 104, 130, 101)
			expectTop("104, 130, 101 columns before any rendering came")
			d.send(tea.WindowSizeMsg{Width: 120, Height: 35})
			expectTop("back to 120 columns (rendered before)")
			d.send(tea.WindowSizeMsg{Width: 60, Height: 20})
			expectTop("60 × 20, the page alone")
			d.send(tea.WindowSizeMsg{Width: 120, Height: 35})

			d.keys("L")
			if _, footer := pageRows(d); footer == "0%" {
				t.Fatalf("the language switch sent the page to its top:\n%s", d.screen())
			}
			d.keys("L")
			expectTop("the language switched there and back")

			d.keys("G")
			rows, _ := pageRows(d)
			last := rows[len(rows)-1]
			for _, w := range []int{40, 120} {
				d.send(tea.WindowSizeMsg{Width: w, Height: 35})
				rows, footer := pageRows(d)
				if footer != "100%" {
					t.Fatalf("at %d columns the page read to its end is at %s:\n%s", w, footer, d.screen())
				}
				if w == 120 && rows[len(rows)-1] != last {
					t.Fatalf("back at 120 columns the last row is %q, want %q", rows[len(rows)-1], last)
				}
			}
		})
	}
}

// TestPageReadToItsEndStaysThereWhenShorter (tryout11 #7): a page read to
// its end stays at its end whatever the window does: shorter only, shorter
// and narrower at once, several sizes before a rendering comes, and back.
func TestPageReadToItsEndStaysThereWhenShorter(t *testing.T) {
	for _, lang := range []model.Lang{model.En, model.Zh} {
		t.Run(lang.Code(), func(t *testing.T) {
			d := newDriver(t, 120, 35, lang)
			d.reveal("marketing").keys("tab", "G")
			rows, _ := pageRows(d)
			last := rows[len(rows)-1]
			expectEnd := func(w, h int, sameWidth bool) {
				t.Helper()
				rows, footer := pageRows(d)
				if footer != "100%" {
					t.Fatalf("at %d×%d the page read to its end is at %s:\n%s", w, h, footer, d.screen())
				}
				if sameWidth && rows[len(rows)-1] != last {
					t.Fatalf("at %d×%d the last row is %q, want the page's last row %q:\n%s",
						w, h, rows[len(rows)-1], last, d.screen())
				}
			}
			for _, s := range []struct {
				w, h int
				same bool
			}{{120, 20, true}, {120, 12, true}, {120, 35, true}, {80, 24, false}, {40, 12, false}, {120, 35, true}} {
				d.send(tea.WindowSizeMsg{Width: s.w, Height: s.h})
				expectEnd(s.w, s.h, s.same)
			}
			var held []tea.Cmd
			for _, s := range [][2]int{{100, 30}, {90, 18}, {120, 14}} {
				next, cmd := d.m.Update(tea.WindowSizeMsg{Width: s[0], Height: s[1]})
				d.m = next.(*Model)
				held = append(held, cmd)
			}
			for _, c := range held {
				d.run(c)
			}
			expectEnd(120, 14, true)
		})
	}
}
