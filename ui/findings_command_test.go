package ui

import (
	"context"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/dutymap/dutymap/content"
	"github.com/dutymap/dutymap/model"
)

// The checks screen's fix for a hand-off line that names nothing names
// the command that lists the hand-offs with the flags that choose this
// content (Config.Command), as check does: a bare "dutymap show people"
// read the built-in content and failed (tryout15 #6).
func TestFindingsFixNamesTheContentsCommand(t *testing.T) {
	files := fstest.MapFS{
		"en/sales.md":  {Data: []byte("---\nid: sales\nname: Sales\n---\n## Selling {#selling}\n- Sell the goods.\n")},
		"en/people.md": {Data: []byte("---\nid: people\nname: People\n---\n## Hiring {#hiring}\n- Hire staff.\n")},
		"en/sales-to-people.md": {Data: []byte("---\nid: sales-to-people\nkind: relation\nname: Sales to people\nfrom: sales\nto: people\n---\n" +
			"## Requests {#requests}\n- A request for staff.\n  To: staffing\n")},
	}
	org, err := content.Load(content.Layer{Name: "acme2", Root: "acme2", FS: files})
	if err != nil {
		t.Fatal(err)
	}
	command := func(sub string) string { return "dutymap --builtin=false --content acme2 " + sub }
	d := driveConfig(t, 100, 30, Config{Org: org, Lang: model.En, Theme: ThemeDark, Similarity: model.BuildSimilarity(context.Background(), org), Command: command})
	d.keys("!")
	text, _ := detailText(d)
	if want := normal("(dutymap --builtin=false --content acme2 show people lists them; dutymap --builtin=false --content acme2 search \"a few words of it\" prints each match's path first)"); !strings.Contains(text, want) {
		t.Errorf("the fix does not name the content's command:\n%s", d.screen())
	}
}
