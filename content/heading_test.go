package content

import (
	"testing"

	"github.com/dutymap/dutymap/model"
)

// TestHeadingClosingHashes checks a closing run of #s is dropped from a
// section's title before "{#id}" as well as at the end of the line, while
// a # that belongs to the title stays (../shared/cases/rendering/21).
func TestHeadingClosingHashes(t *testing.T) {
	const rd = "---\nid: rd\nname: Research department\n---\n\n" +
		"## Budget ## {#budget}\n\n- Plan the research budget.\n\n" +
		"### C# tooling #\n\n- Maintain the C# build tools.\n\n" +
		"## Ticket # {#ticket}\n\n- Triage tickets.\n"
	org, err := Load(layer(map[string]string{"en/rd.md": rd}))
	if err != nil {
		t.Fatal(err)
	}
	for path, want := range map[string]string{
		"rd/budget":           "Budget",
		"rd/budget/c-tooling": "C# tooling",
		"rd/ticket":           "Ticket",
	} {
		n := org.Node(path)
		if n == nil {
			t.Errorf("no node %s", path)
			continue
		}
		if got := n.Title.In(model.En); got != want {
			t.Errorf("%s: title %q, want %q", path, got, want)
		}
	}
}
