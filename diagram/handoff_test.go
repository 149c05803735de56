package diagram

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/dutymap/dutymap/content"
)

// TestHandOffsFollowTheLinks: a relation's items go between the relation's
// departments unless their From or To lines name a unit or duty elsewhere;
// the arrows count the items going each way. The built-in loop keeps its
// five plans one way and nine reports the other.
func TestHandOffsFollowTheLinks(t *testing.T) {
	dept := func(id string) *fstest.MapFile {
		return &fstest.MapFile{Data: []byte(fmt.Sprintf("---\nid: %s\nname: Dept %s\n---\n\n## Work {#work}\n\n- Do %s things.\n- Do more %s things.\n", id, id, id, id))}
	}
	rel := &fstest.MapFile{Data: []byte("---\nid: a-to-b\nkind: relation\nname: What a gives b\nfrom: a\nto: b\n---\n\n" +
		"## Items {#items}\n\n- The first report.\n- The second report.\n  To: c/work/2\n- The third report.\n  From: c/work/1\n  To: b/work/1\n")}
	org, err := content.Load(content.Layer{Name: "t", Root: "t", FS: fstest.MapFS{
		"en/a.md": dept("a"), "en/b.md": dept("b"), "en/c.md": dept("c"), "en/a-to-b.md": rel}})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, h := range HandOffs(org) {
		got = append(got, fmt.Sprintf("%s>%s %d %s", h.From.ID, h.To.ID, h.Items, h.Node.ID))
	}
	if want := []string{"a>b 1 a-to-b", "a>c 1 a-to-b", "c>b 1 a-to-b"}; !reflect.DeepEqual(got, want) {
		t.Errorf("hand-offs %q, want %q", got, want)
	}

	got = nil
	for _, h := range HandOffs(builtin(t)) {
		got = append(got, fmt.Sprintf("%s>%s %d", h.From.ID, h.To.ID, h.Items))
	}
	if want := []string{"marketing>sales 5", "sales>marketing 9"}; !reflect.DeepEqual(got, want) {
		t.Errorf("built-in hand-offs %q, want %q", got, want)
	}
}

// TestPositionChartLinksThePositions: with positions drawn, a hand-off
// whose From and To lines name positions (or a duty of one) is an arrow
// between those positions' boxes, in Mermaid and DOT; an item with no
// lines stays between the departments (tryout28 P11: every arrow went
// department to department).
func TestPositionChartLinksThePositions(t *testing.T) {
	dept := func(id, pos string) *fstest.MapFile {
		return &fstest.MapFile{Data: []byte(fmt.Sprintf("---\nid: %s\nname: Dept %s\n---\n\n## %s {#%s .position}\n\n- Do %s things.\n", id, id, pos, strings.ToLower(pos), id))}
	}
	rel := &fstest.MapFile{Data: []byte("---\nid: a-to-b\nkind: relation\nname: What a gives b\nfrom: a\nto: b\n---\n\n" +
		"- The bug report.\n  From: Agent\n  To: b/dev/1\n- The plain report.\n")}
	org, err := content.Load(content.Layer{Name: "t", Root: "t", FS: fstest.MapFS{
		"en/a.md": dept("a", "Agent"), "en/b.md": dept("b", "Dev"), "en/a-to-b.md": rel}})
	if err != nil {
		t.Fatal(err)
	}
	g := Build(org, Options{Positions: true})
	var mm, dot strings.Builder
	if err := Mermaid(&mm, g); err != nil {
		t.Fatal(err)
	}
	if err := DOT(&dot, g); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		`d1p1["Agent<br>1 duty"]`, `d2p1["Dev<br>1 duty"]`,
		"\n    d1p1 -->|\"What a gives b<br>1 item\"| d2p1\n",
		"\n    d1 -->|\"What a gives b<br>1 item\"| d2\n",
	} {
		if !strings.Contains(mm.String(), want) {
			t.Errorf("Mermaid lacks %q:\n%s", want, mm.String())
		}
	}
	if want := `"d1p1" -> "d2p1" [label="What a gives b\n1 item"];`; !strings.Contains(dot.String(), want) {
		t.Errorf("DOT lacks %q:\n%s", want, dot.String())
	}
	// Without positions the chart is of departments: one arrow, 2 items.
	mm.Reset()
	if err := Mermaid(&mm, Build(org, Options{})); err != nil {
		t.Fatal(err)
	}
	if want := "\n    d1 -->|\"What a gives b<br>2 items\"| d2\n"; !strings.Contains(mm.String(), want) {
		t.Errorf("Mermaid without positions lacks %q:\n%s", want, mm.String())
	}
}
