package content

import (
	"strings"
	"testing"
)

// TestKeepListsEdges: a source a kept group cites survives --prune; a
// group's sources survive its renaming; a folder's list that is not a
// list is refused, not overwritten; a flow-style list is rewritten whole
// with its entries kept.
func TestKeepListsEdges(t *testing.T) {
	made := []File{
		{Name: "sources.yaml", Data: []byte("- id: a\n  title: a\n")},
		{Name: "groups.yaml", Data: []byte("- id: g\n  name: New name\n")},
	}
	old := map[string]string{
		"sources.yaml": "# mine\n- id: a\n  title: Source A\n  url: https://a.example\n- id: b\n  title: Source B\n- id: c\n  title: Source C\n",
		"groups.yaml":  "- id: g\n  name: Old name\n  sources: [b]\n",
	}
	read := func(name string) []byte {
		if s, ok := old[name]; ok {
			return []byte(s)
		}
		return nil
	}
	files, kept, err := KeepLists(append([]File(nil), made...), read, true)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, f := range files {
		got[f.Name] = string(f.Data)
	}
	if s := got["sources.yaml"]; !strings.Contains(s, "title: Source A") || !strings.Contains(s, "url: https://a.example") ||
		!strings.Contains(s, "id: b") || strings.Contains(s, "id: c") || !strings.Contains(s, "# mine") {
		t.Errorf("sources.yaml after --prune:\n%s", s)
	}
	if g := got["groups.yaml"]; !strings.Contains(g, "name: New name") || !strings.Contains(g, "sources: [b]") {
		t.Errorf("groups.yaml after a renaming:\n%s", g)
	}
	if len(kept) != 2 || kept[1].Name != "sources.yaml" || strings.Join(kept[1].Unnamed, ",") != "c" {
		t.Errorf("report: %+v", kept)
	}

	old["sources.yaml"] = "id: a\ntitle: not a list\n"
	if _, _, err := KeepLists(append([]File(nil), made...), read, false); err == nil || !strings.Contains(err.Error(), "not a list") {
		t.Errorf("a sources.yaml that is not a list: %v", err)
	}

	old["sources.yaml"] = "[{id: b, title: Source B}]\n"
	files, _, err = KeepLists(append([]File(nil), made...), read, false)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		if f.Name == "sources.yaml" && (!strings.Contains(string(f.Data), "Source B") || !strings.Contains(string(f.Data), "id: a")) {
			t.Errorf("a flow-style sources.yaml:\n%s", f.Data)
		}
	}
}
