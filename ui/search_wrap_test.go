package ui

import (
	"strings"
	"testing"

	"github.com/dutymap/dutymap/content"
	"github.com/dutymap/dutymap/model"
)

// TestSearchMessagesWrap: in a narrow search pane the line that answers
// the query ("Nothing matches. Try fewer letters…", "No duty mentions …")
// wraps, as the start page's lines do, and is read whole (tryout14 #6).
func TestSearchMessagesWrap(t *testing.T) {
	org, err := content.Load(content.Dir("testdata/acme"))
	if err != nil {
		t.Fatal(err)
	}
	for _, size := range [][2]int{{60, 20}, {45, 12}} {
		for _, tc := range []struct {
			lang model.Lang
			q    string
			sep  string
		}{
			{model.En, "'brand", " "},
			{model.En, "who feeds the cat", " "},
			{model.En, "'zzz qqq", " "},
			{model.Zh, "'qqq zzz", ""}, // on the built-in content: acme has no Chinese
			{model.Zh, "谁喂猫", ""},
		} {
			cfg := Config{Org: org, Lang: tc.lang, Theme: ThemeDark}
			if tc.lang == model.Zh {
				cfg.Org = testOrg(t)
			}
			d := driveConfig(t, size[0], size[1], cfg).keys("/").typeText(tc.q)
			s := d.search()
			none, note := catalog[tc.lang].search.none, s.note()
			scr := d.screen()
			var text []string
			for _, row := range strings.Split(scr, "\n")[3:] { // header, field, rule
				if row = strings.TrimSpace(row); row != "" && !strings.ContainsAny(row, "─•") {
					text = append(text, row)
				}
			}
			if got := strings.Join(text, tc.sep); !strings.HasPrefix(got, none) && !strings.HasPrefix(got, note) {
				t.Errorf("%dx%d %s %q: the message is not read whole:\n%s\nwant %q or %q", size[0], size[1], tc.lang.Code(), tc.q, scr, none, note)
			}
		}
	}
}
