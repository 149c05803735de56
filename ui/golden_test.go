package ui

import (
	"regexp"
	"strconv"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/dutymap/dutymap/model"
)

// Golden screens are stored without colours so that they read as the user
// sees them; run `go test ./ui -update` after an intended change.

func TestGoldenMainScreen(t *testing.T) {
	for _, size := range []struct{ w, h int }{{120, 40}, {80, 24}} {
		for _, lang := range model.Langs {
			name := lang.Code() + "_" + itoa(size.w) + "x" + itoa(size.h)
			t.Run(name, func(t *testing.T) {
				// Open marketing so the screen shows sections and counts.
				d := newDriver(t, size.w, size.h, lang).keys("enter")
				golden.RequireEqual(t, d.screen())
			})
		}
	}
}

func TestGoldenDetailPages(t *testing.T) {
	for _, tc := range []struct {
		name string
		path string
	}{
		{"department", "marketing"},
		{"section", "marketing/positions/manager"},
		{"duty", "marketing/positions/furniture-scheme/research-planning-specialist/3"},
	} {
		for _, lang := range model.Langs {
			t.Run(tc.name+"_"+lang.Code(), func(t *testing.T) {
				d := newDriver(t, 120, 40, lang)
				d.m.tree.reveal(d.m.org.Node(tc.path))
				d.run(d.m.refreshDetail())
				golden.RequireEqual(t, d.screen())
			})
		}
	}
}

func TestGoldenHelpOverlay(t *testing.T) {
	d := newDriver(t, 120, 40, model.En).keys("?")
	golden.RequireEqual(t, d.screen())
}

func TestGoldenTooSmall(t *testing.T) {
	d := newDriver(t, 20, 5, model.En)
	golden.RequireEqual(t, d.screen())
}

// TestScreenAlwaysFits sweeps sizes, including absurd ones, and checks the
// screen is never wider or taller than the window.
func TestScreenAlwaysFits(t *testing.T) {
	d := newDriver(t, 120, 40, model.Zh).keys("enter", "down", "enter", "down", "down")
	for w := 0; w <= 130; w += 7 {
		for h := 0; h <= 45; h += 4 {
			d.send(tea.WindowSizeMsg{Width: w, Height: h})
			lines := strings.Split(d.m.Render(), "\n")
			if w == 0 || h == 0 {
				if d.m.Render() != "" {
					t.Fatalf("%dx%d: want empty screen", w, h)
				}
				continue
			}
			if len(lines) != h {
				t.Fatalf("%dx%d: %d lines", w, h, len(lines))
			}
			for i, l := range lines {
				if got := ansi.StringWidth(l); got != w {
					t.Fatalf("%dx%d: line %d is %d cells: %q", w, h, i, got, ansi.Strip(l))
				}
			}
		}
	}
}

func itoa(i int) string {
	if i < 10 {
		return string(rune('0' + i))
	}
	return itoa(i/10) + string(rune('0'+i%10))
}

// TestNoColor checks that with NO_COLOR the screen carries no colour, only
// attributes such as bold and reverse, which read on any background.
func TestNoColor(t *testing.T) {
	m := New(Config{Org: testOrg(t), Lang: model.En, Theme: ThemeDark, NoColor: true})
	d := &driver{t: t, m: m}
	d.send(tea.WindowSizeMsg{Width: 120, Height: 40})
	for _, keys := range [][]string{{"enter", "j", "tab"}, {"esc", "/", "p", "r"}, {"esc", "?"}} {
		d.keys(keys...)
		for _, sgr := range regexp.MustCompile(`\x1b\[([0-9;:]*)m`).FindAllStringSubmatch(d.m.Render(), -1) {
			for _, p := range strings.FieldsFunc(sgr[1], func(r rune) bool { return r == ';' || r == ':' }) {
				if n, _ := strconv.Atoi(p); n == 38 || n == 48 || (n >= 30 && n <= 37) || (n >= 40 && n <= 47) || (n >= 90 && n <= 107) {
					t.Fatalf("after %v: colour code %q on a NO_COLOR screen", keys, sgr[1])
				}
			}
		}
	}
}
