package diagram

import (
	"bytes"
	"context"
	"fmt"
	"os/exec"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/dutymap/dutymap/content"
	"github.com/dutymap/dutymap/model"
)

// TestOppositeHandOffsLabelsApart (tryout23 G18): two departments that
// hand each other work both ways get two labelled arrows whose labels
// Graphviz lays out apart; written as two opposite edges, dot put both
// labels on one spot ("What finange gives engineering").
func TestOppositeHandOffsLabelsApart(t *testing.T) {
	path, err := exec.LookPath("dot")
	if err != nil {
		t.Skip("dot (graphviz) is not installed (.ci/run installs it)")
	}
	dept := func(id, group string) *fstest.MapFile {
		return &fstest.MapFile{Data: []byte(fmt.Sprintf("---\nid: %s\nname: Dept %s\n%s---\n\n## Work {#work}\n\n- Do %s things.\n", id, id, group, id))}
	}
	rel := func(from, to string) *fstest.MapFile {
		return &fstest.MapFile{Data: []byte(fmt.Sprintf("---\nid: %[1]s-to-%[2]s\nkind: relation\nname: What %[1]s gives %[2]s\nfrom: %[1]s\nto: %[2]s\n---\n\n## Items {#items}\n\n- A report.\n", from, to))}
	}
	org, err := content.Load(content.Layer{Name: "t", Root: "t", FS: fstest.MapFS{
		"groups.yaml": {Data: []byte("- id: core\n  name: Core teams\n")},
		"en/eng.md":   dept("eng", "group: core\n"), "en/people.md": dept("people", "group: core\n"), "en/fin.md": dept("fin", ""),
		"en/eng-to-fin.md": rel("eng", "fin"), "en/fin-to-eng.md": rel("fin", "eng"),
		"en/people-to-eng.md": rel("people", "eng"), "en/people-to-fin.md": rel("people", "fin")}})
	if err != nil {
		t.Fatal(err)
	}
	var src bytes.Buffer
	if err := DOT(&src, Build(org, Options{Langs: []model.Lang{model.En}})); err != nil {
		t.Fatal(err)
	}
	cmd := exec.CommandContext(context.Background(), path, "-Tplain")
	cmd.Stdin = &src
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("dot -Tplain: %v", err)
	}
	// -Tplain: edge TAIL HEAD N x1 y1 … xN yN ["LABEL" XL YL] STYLE COLOR.
	at := map[string]string{}
	for _, line := range strings.Split(string(out), "\n") {
		q := strings.Index(line, `"`)
		if !strings.HasPrefix(line, "edge ") || q < 0 {
			continue
		}
		end := strings.LastIndex(line, `"`)
		label, rest := line[q+1:end], strings.Fields(line[end+1:])
		if len(rest) < 2 {
			t.Fatalf("edge line %q", line)
		}
		pos := rest[0] + "," + rest[1]
		if other, ok := at[pos]; ok {
			t.Errorf("%q and %q are drawn at the same place (%s):\n%s", other, label, pos, out)
		}
		at[pos] = label
	}
	if len(at) != 4 {
		t.Fatalf("%d labels laid out, want 4:\n%s", len(at), out)
	}
}
