package ui

import (
	"strings"
	"testing"

	"github.com/dutymap/dutymap/model"
)

// At 24 columns the key overlay's title read "│ 按键 · esc/? 关闭 ·  │":
// its parts are shown only whole, never a dangling "·".
func TestHelpTitleNeverCutMidPart(t *testing.T) {
	for _, lang := range model.Langs {
		for _, size := range [][2]int{{minWidth, minHeight}, {30, 8}, {40, 12}} {
			d := newDriver(t, size[0], size[1], lang).keys("?")
			var title string
			for _, l := range strings.Split(d.screen(), "\n") {
				if strings.Contains(l, catalog[lang].help.title) {
					title = l
					break
				}
			}
			_, inside, _ := strings.Cut(title, "│")
			inside, _, _ = strings.Cut(inside, "│")
			inside = strings.TrimSpace(inside)
			if inside == "" || strings.HasSuffix(inside, "·") || strings.HasSuffix(inside, "…") {
				t.Errorf("%s %v: the overlay's title reads %q", lang.Code(), size, inside)
			}
		}
	}
}
