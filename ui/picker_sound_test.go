package ui

import (
	"strings"
	"testing"

	"github.com/dutymap/dutymap/model"
)

// pickerRows is what the picker's box lists below its field, on the
// screen: one department a row ("▸ " marks the selected one), or its
// "nothing matches" line.
func pickerRows(t *testing.T, d *driver, query string) []string {
	t.Helper()
	lines := strings.Split(d.screen(), "\n")
	for i, l := range lines {
		if !strings.Contains(l, "> "+query) {
			continue
		}
		var rows []string
		for _, l := range lines[i+2:] {
			if strings.Contains(l, "╰") {
				return rows
			}
			if _, in, ok := strings.Cut(l, "│"); ok {
				in, _, _ = strings.Cut(in, "│")
				rows = append(rows, strings.TrimSpace(in))
			}
		}
	}
	t.Fatalf("no picker showing %q on the screen:\n%s", query, d.screen())
	return nil
}

// TestPickerTakesSoundsAndPinyin: at 80×24, in either language, the
// comparison picker finds a department typed with a character of the same
// sound (the pinyin keyboard's slip: 销受部 for 销售部, 市场不 for 市场部),
// by its pinyin, whole or begun (xiaoshou, xsb), or one letter off
// (markting, which letters in order would also find in "marketing to
// sales" were that a department), as show and compare read them
// (tryout12 #3). Another department's name (企划部 is not 策划部) finds
// nothing.
func TestPickerTakesSoundsAndPinyin(t *testing.T) {
	for _, c := range []struct {
		lang        model.Lang
		from, query string
		want        []string
	}{
		{model.Zh, "marketing", "销受部", []string{"▸ 销售部"}},
		{model.Zh, "sales", "市场不", []string{"▸ 市场部"}},
		{model.Zh, "marketing", "财物部", []string{"▸ 财务部"}},
		{model.Zh, "marketing", "xiaoshou", []string{"▸ 销售部"}},
		{model.Zh, "marketing", "xiǎo shòu bù", []string{"▸ 销售部"}},
		{model.Zh, "marketing", "企划部", []string{"没有匹配的部门"}},
		{model.En, "marketing", "xsb", []string{"▸ Sales department"}},
		{model.En, "marketing", "销受部", []string{"▸ Sales department"}},
		{model.En, "sales", "markting", []string{"▸ Marketing department"}},
		{model.En, "sales", "caiwu", []string{"▸ Finance department"}},
		// Starts of pinyin that show and compare take for no name (tryout13
		// #3: "she" is English too) the picker still lists while the user
		// types: the list is on the screen before enter opens one.
		{model.Zh, "marketing", "xiaosh", []string{"▸ 销售部"}},
		{model.Zh, "marketing", "销受", []string{"▸ 销售部"}},
		{model.Zh, "marketing", "xs", []string{"▸ 销售部"}},
		{model.En, "marketing", "she", []string{"▸ Production technology department"}},
	} {
		d := newDriver(t, 80, 24, c.lang).reveal(c.from).keys("c").typeText(c.query)
		if got := pickerRows(t, d, c.query); strings.Join(got, "\n") != strings.Join(c.want, "\n") {
			t.Errorf("%v, c from %s, %q: the picker lists %q, want %q\n%s", c.lang, c.from, c.query, got, c.want, d.screen())
		}
	}
	// enter compares with the department read.
	d := newDriver(t, 80, 24, model.Zh).reveal("marketing").keys("c").typeText("销受部").keys("enter")
	if c := d.compare(); c.b == nil || c.b.ID != "sales" {
		t.Fatalf("enter on 销受部 did not compare with 销售部:\n%s", d.screen())
	}
	if scr := d.screen(); !strings.Contains(scr, "销售部") {
		t.Errorf("the comparison does not name 销售部:\n%s", scr)
	}
}
