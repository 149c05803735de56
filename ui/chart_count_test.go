package ui

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/dutymap/dutymap/content"
	"github.com/dutymap/dutymap/model"
)

// The chart's header counts in the singular where there is one: "1
// hand-off", "1 department" (it said "1 hand-offs", tryout15 nit 13).
func TestChartHeaderCountsOne(t *testing.T) {
	dept := func(id, name string) *fstest.MapFile {
		return &fstest.MapFile{Data: []byte("---\nid: " + id + "\nname: " + name + "\n---\n## Work {#work}\n- Do the work.\n")}
	}
	for _, c := range []struct {
		files fstest.MapFS
		want  string
	}{
		{fstest.MapFS{"en/sales.md": dept("sales", "Sales"), "en/people.md": dept("people", "People"),
			"en/sales-to-people.md": {Data: []byte("---\nid: sales-to-people\nkind: relation\nname: Sales to people\nfrom: sales\nto: people\n---\n## Requests {#requests}\n- A request for staff.\n")}},
			"Organisation chart · 2 departments · 1 hand-off"},
		{fstest.MapFS{"en/sales.md": dept("sales", "Sales")}, "Organisation chart · 1 department · 0 hand-offs"},
	} {
		org, err := content.Load(content.Layer{Name: "t", Root: "t", FS: c.files})
		if err != nil {
			t.Fatal(err)
		}
		d := driveConfig(t, 100, 30, Config{Org: org, Lang: model.En, Theme: ThemeDark}).keys("o")
		if _, ok := d.top().(*chartScreen); !ok {
			t.Fatalf("o did not open the chart:\n%s", d.screen())
		}
		if rows := strings.Split(d.screen(), "\n"); !strings.Contains(rows[1], c.want) {
			t.Errorf("the chart's header %q, want %q", rows[1], c.want)
		}
	}
}
