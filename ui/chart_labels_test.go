package ui

import (
	"strconv"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/charmbracelet/x/exp/golden"
	"github.com/dutymap/dutymap/content"
	"github.com/dutymap/dutymap/model"
)

// TestChartLaneLabelsTellArrowsApart: three departments handing each
// other work form a column with lanes; two hand-offs leave the people
// team's box, named alike but for their end ("What people gives
// engineering", "What people gives finance"). Where the whole label does
// not fit (tryout23 G14: both read "What people…" at 40 columns, the
// count lost) the label says where the line goes and how many items:
// every label on screen is distinct and holds its item count, at 40, 60
// and 120 columns; at 120 each is whole. The 40-column screen with its
// styles is a golden file.
func TestChartLaneLabelsTellArrowsApart(t *testing.T) {
	dept := func(id, name string) *fstest.MapFile {
		return &fstest.MapFile{Data: []byte("---\nid: " + id + "\nname: " + name + "\n---\n\n## Work {#work}\n\n- Do the " + id + " work.\n")}
	}
	rel := func(id, from, to, name string, items int) *fstest.MapFile {
		text := "---\nid: " + id + "\nkind: relation\nfrom: " + from + "\nto: " + to + "\nname: " + name + "\n---\n\n## Items {#items}\n\n"
		for i := range items {
			text += "- Item " + strconv.Itoa(i+1) + ".\n"
		}
		return &fstest.MapFile{Data: []byte(text)}
	}
	fs := fstest.MapFS{
		"en/engineering.md": dept("engineering", "Engineering"),
		"en/finance.md":     dept("finance", "Finance and Accounts"),
		"en/people.md":      dept("people", "People team"),
		"en/e-f.md":         rel("eng-to-finance", "engineering", "finance", "What engineering gives finance", 1),
		"en/f-e.md":         rel("finance-to-eng", "finance", "engineering", "What finance gives engineering", 2),
		"en/p-e.md":         rel("people-to-eng", "people", "engineering", "What people gives engineering", 3),
		"en/p-f.md":         rel("people-to-finance", "people", "finance", "What people gives finance", 4),
	}
	org, err := content.Load(content.Layer{Name: "acme", Root: "acme", FS: fs})
	if err != nil {
		t.Fatal(err)
	}
	for _, width := range []int{40, 60, 120} {
		d := driveConfig(t, width, 24, Config{Org: org, Lang: model.En, Theme: ThemeDark, Title: "acme"}).keys("o")
		scr := d.screen()
		seen := map[string]bool{}
		for _, s := range d.chart().shapes {
			if s.arrow == nil {
				continue
			}
			if s.arrow.dir != arrowLink {
				t.Fatalf("%d columns: the hand-offs are not drawn as a column with lanes:\n%s", width, scr)
			}
			text := s.arrow.label[0]
			rel := s.node
			items := map[string]string{"eng-to-finance": "1", "finance-to-eng": "2", "people-to-eng": "3", "people-to-finance": "4"}[rel.ID]
			switch {
			case !strings.Contains(scr, "─ "+text):
				t.Errorf("%d columns: the label %q of %s is not at the end of its line:\n%s", width, text, rel.ID, scr)
			case seen[text]:
				t.Errorf("%d columns: two hand-offs read %q:\n%s", width, text, scr)
			case !strings.HasSuffix(text, " · "+items) && !strings.HasSuffix(text, " · "+items+" items") &&
				!strings.HasSuffix(text, " · "+items+" item"):
				t.Errorf("%d columns: %s's label %q lost its count (%s)", width, rel.ID, text, items)
			case width == 120 && !strings.HasPrefix(text, rel.Title.In(model.En)):
				t.Errorf("%d columns: %s's label %q is not whole", width, rel.ID, text)
			}
			seen[text] = true
		}
		if len(seen) != 4 {
			t.Fatalf("%d columns: %d hand-off labels, want 4:\n%s", width, len(seen), scr)
		}
		if width == 40 {
			t.Run("40", func(t *testing.T) { golden.RequireEqual(t, styledGolden(t, d.m.Render(), width)) })
		}
	}
}
