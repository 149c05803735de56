package ui

import (
	"reflect"
	"strings"
	"testing"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/dutymap/dutymap/model"
)

// TestCatalogsComplete checks that no catalog leaves a string out: every
// string field of every language's words is set, and a Chinese string
// is not the English one (a sign of a copy left untranslated), except
// where both languages write the same thing.
func TestCatalogsComplete(t *testing.T) {
	same := map[string]bool{"/ ": true, "> ": true, "≈ %s": true, "English | 中文": true, "中文": true}
	var walk func(path string, en, zh reflect.Value)
	walk = func(path string, en, zh reflect.Value) {
		switch en.Kind() {
		case reflect.Struct:
			for i := range en.NumField() {
				walk(path+"."+en.Type().Field(i).Name, en.Field(i), zh.Field(i))
			}
		case reflect.Array:
			for i := range en.Len() {
				walk(path, en.Index(i), zh.Index(i))
			}
		case reflect.String:
			switch {
			case en.String() == "" || zh.String() == "":
				t.Errorf("%s: en %q, zh %q: a catalog leaves it out", path, en.String(), zh.String())
			case en.String() == zh.String() && !same[en.String()]:
				t.Errorf("%s: %q is not translated", path, en.String())
			case strings.Count(en.String(), "%") != strings.Count(zh.String(), "%"):
				t.Errorf("%s: the languages' format verbs differ: %q, %q", path, en.String(), zh.String())
			}
		}
	}
	walk("words", reflect.ValueOf(wordsEn), reflect.ValueOf(wordsZh))
}

// TestKeyHelpTranslated checks every binding of every screen, as the key
// bar and the ? overlay show it, has help words in both languages that
// differ: a binding whose words a catalog left out, or whose words come
// from anywhere but the catalog, shows up here.
func TestKeyHelpTranslated(t *testing.T) {
	t.Parallel() // see "Parallel tests" in driver_test.go
	perScreen := map[string][model.NumLangs][]key.Binding{}
	collect := func(name string, lang model.Lang, d *driver) {
		var all []key.Binding
		for _, g := range append(d.top().fullHelp(), d.m.everywhere()...) {
			all = append(all, g.keys...)
		}
		all = append(all, d.top().shortHelp()...)
		v := perScreen[name]
		v[lang] = all
		perScreen[name] = v
	}
	for _, sc := range goldenScreens {
		for _, lang := range model.Langs {
			d := newDriver(t, 120, 40, lang)
			sc.open(d)
			collect(sc.name, lang, d)
		}
	}
	if len(perScreen) < 8 {
		t.Fatalf("only %d screens checked", len(perScreen))
	}
	for name, v := range perScreen {
		en, zh := v[model.En], v[model.Zh]
		if len(en) == 0 || len(en) != len(zh) {
			t.Fatalf("%s: %d English bindings, %d Chinese", name, len(en), len(zh))
		}
		for i := range en {
			e, z := en[i].Help(), zh[i].Help()
			if e.Desc == "" || z.Desc == "" || (e.Desc == z.Desc && e.Desc != "中文" && e.Key != "English | 中文") {
				t.Errorf("%s: %q: English %q, Chinese %q", name, e.Key, e.Desc, z.Desc)
			}
		}
	}
}

// TestKeyBarNeverCutsABinding (tryout9 nit): in the narrowest windows the
// key bar leaves out whole bindings, never cuts one mid-word ("ctrl+c
// qui"), and ends with an ellipsis when it left any out.
func TestKeyBarNeverCutsABinding(t *testing.T) {
	t.Parallel() // see "Parallel tests" in driver_test.go
	for _, sc := range goldenScreens {
		for _, lang := range model.Langs {
			d := newDriver(t, 120, 40, lang)
			sc.open(d)
			g := d.m.keys()
			whole := map[string]bool{}
			all := append(append(d.top().shortHelp(), launcherKeyMaps()[lang]...), g.help, g.helpTyping, g.quit, g.quitTyping, g.lang)
			for _, grp := range d.top().fullHelp() { // keys offered only when narrow (→ on a matrix cut)
				all = append(all, grp.keys...)
			}
			for _, b := range all {
				whole[firstKey(b.Help().Key)+" "+b.Help().Desc] = true
			}
			for w := minWidth; w <= 40; w++ {
				d.send(tea.WindowSizeMsg{Width: w, Height: minHeight})
				rows := strings.Split(d.screen(), "\n")
				bar := strings.TrimRight(rows[len(rows)-1], " ")
				if ansi.StringWidth(rows[len(rows)-1]) != w {
					t.Fatalf("%s %s at %d: the bar line is %d cells", sc.name, lang.Code(), w, ansi.StringWidth(rows[len(rows)-1]))
				}
				body, cut := strings.CutSuffix(bar, "…")
				body = strings.TrimSpace(body)
				for _, part := range strings.Split(body, " • ") {
					if part != "" && !whole[part] {
						t.Fatalf("%s %s at %d: the bar cuts a binding: %q in %q", sc.name, lang.Code(), w, part, bar)
					}
				}
				if body == "" && !cut {
					t.Fatalf("%s %s at %d: an empty bar without an ellipsis", sc.name, lang.Code(), w)
				}
			}
		}
	}
}

// TestChartHasOneName (tryout9 nit): the key that opens the chart, the
// chart's title and its help group call it by one name in each language.
func TestChartHasOneName(t *testing.T) {
	for _, lang := range model.Langs {
		d := newDriver(t, 120, 40, lang)
		w := d.m.sh.w().chart
		d.keys("?")
		help := d.screen()
		d.keys("esc", "o")
		title := strings.Split(d.screen(), "\n")[1]
		d.keys("?")
		chartHelp := d.screen()
		if !strings.Contains(title, w.title) || !strings.Contains(chartHelp, w.help) || !strings.Contains(help, " "+w.chart+" ") ||
			!strings.Contains(w.title, w.chart) || !strings.Contains(w.help, w.chart) {
			t.Errorf("%s: the key calls the chart %q, its title %q, its help %q:\n%s\n%s", lang.Code(), w.chart, w.title, w.help, help, title)
		}
	}
}

// TestKeyBarKeepsTheKeyThatReveals (tryout11 nit): as the window narrows,
// the key that shows what a screen has cut (J on a finding whose fix is
// cut, → on a matrix whose columns are) stays on the key bar while any of
// the screen's other keys would: at 40×12 the English checks offered
// "↑↓ move" and dropped J, the one way to read the rest of the fix.
func TestKeyBarKeepsTheKeyThatReveals(t *testing.T) {
	t.Parallel() // see "Parallel tests" in driver_test.go
	for _, lang := range model.Langs {
		cases := []struct {
			name string
			open func(w, h int) *driver
		}{
			{"checks", func(w, h int) *driver { return twoFindings(t, w, h, lang).keys("down") }},
			{"matrix", func(w, h int) *driver { return newDriver(t, w, h, lang).keys("m") }},
		}
		for _, c := range cases {
			revealed := 0
			for w := minWidth; w <= 80; w++ {
				d := c.open(w, 12)
				b, cut := d.top().(revealer).revealKey()
				if !cut {
					continue
				}
				g := d.m.keys()
				entry := firstKey(b.Help().Key) + " " + b.Help().Desc
				need := ansi.StringWidth(entry + " • " + g.help.Help().Key + " " + g.help.Help().Desc + " • " + g.quit.Help().Key + " " + g.quit.Help().Desc)
				rows := strings.Split(d.screen(), "\n")
				bar := rows[len(rows)-1]
				if w >= need && !strings.Contains(bar, entry) {
					t.Errorf("%s %s at %d×12: the key bar %q leaves out %q, which shows what is cut", c.name, lang.Code(), w, strings.TrimSpace(bar), entry)
				}
				revealed++
			}
			if revealed == 0 {
				t.Errorf("%s %s: nothing was ever cut from 24 to 80 columns: the test tests nothing", c.name, lang.Code())
			}
		}
	}
}
