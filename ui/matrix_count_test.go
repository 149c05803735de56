package ui

import (
	"strings"
	"testing"

	"github.com/dutymap/dutymap/model"
)

// tryout23: a matrix of one duty counts it in the singular ("1 duty", not
// "1 duties"), in both languages.
func TestMatrixCountsOneDuty(t *testing.T) {
	for _, c := range []struct {
		lang      model.Lang
		want, not string
	}{
		{model.En, " 1 duty", "1 duties"},
		{model.Zh, "1 项职责", ""},
	} {
		d := newDriver(t, 120, 40, c.lang)
		d.keys("/").typeText("'Keep the products in order").keys("ctrl+r")
		scr := d.screen()
		if _, ok := d.top().(*matrixScreen); !ok {
			t.Fatalf("%v: no matrix on top:\n%s", c.lang, scr)
		}
		if !strings.Contains(scr, c.want) || c.not != "" && strings.Contains(scr, c.not) {
			t.Errorf("%v: want %q:\n%s", c.lang, c.want, scr)
		}
	}
}
