package diagram

import (
	"fmt"
	"reflect"
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
