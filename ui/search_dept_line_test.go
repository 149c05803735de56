package ui

import (
	"strings"
	"testing"

	"github.com/dutymap/dutymap/model"
)

// A department among the search's matches had a blank second line (it is
// in nothing, so no breadcrumb), which read as something missing: the
// line gives its summary.
func TestSearchDepartmentResultShowsItsSummary(t *testing.T) {
	for lang, q := range map[model.Lang]string{model.En: "marketing", model.Zh: "谁负责定价"} {
		d := newDriver(t, 120, 40, lang)
		d.keys("/").typeText(q)
		want := []rune(oneLine(testOrg(t).Node("marketing").Summary().In(lang)))[:12]
		rows := strings.Split(d.screen(), "\n")
		found := false
		for i, r := range rows {
			if strings.Contains(r, "■ "+testOrg(t).Node("marketing").Title.In(lang)) && strings.Contains(r, "│") && !strings.Contains(r, "duties") && !strings.Contains(r, "项职责") {
				found = true
				if i+1 >= len(rows) || !strings.Contains(rows[i+1], string(want)) {
					t.Errorf("%s: the department's result is not followed by its summary %q:\n%s", lang.Code(), string(want), d.screen())
				}
			}
		}
		if !found {
			t.Fatalf("%s: no department among the matches of %q:\n%s", lang.Code(), q, d.screen())
		}
	}
}
