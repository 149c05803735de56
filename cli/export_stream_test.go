package cli

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"testing"

	"github.com/dutymap/dutymap/content"
	"github.com/dutymap/dutymap/model"
)

// TestExportJSONIsTheEncodersDocument: the JSON export, written one
// department at a time so that it never holds the whole document, is byte
// for byte what json.Encoder writes of the whole document: every
// language, one, and content with no topics, relations, sources or
// groups (empty lists stay []).
func TestExportJSONIsTheEncodersDocument(t *testing.T) {
	alone := t.TempDir()
	writeFile(t, filepath.Join(alone, "en", "a.md"), "---\nid: a\nname: A\n---\n\n## Work {#work}\n\n- Do the work.\n")
	for _, tc := range []struct {
		name  string
		org   *model.Org
		langs []model.Lang
	}{
		{"built-in, both languages", loadOrg(t, content.Builtin()), []model.Lang{0, 1}},
		{"built-in, one language", loadOrg(t, content.Builtin()), []model.Lang{1}},
		{"a small organisation", loadOrg(t, content.Dir(myorg)), []model.Lang{0}},
		{"one department alone", loadOrg(t, content.Dir(alone)), []model.Lang{0}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var want bytes.Buffer
			doc, _ := jsonDocument(tc.org, tc.langs, true)
			enc := json.NewEncoder(&want)
			enc.SetIndent("", "  ")
			enc.SetEscapeHTML(false)
			if err := enc.Encode(doc); err != nil {
				t.Fatal(err)
			}
			var got bytes.Buffer
			if err := exportJSON(&got, tc.org, tc.langs); err != nil {
				t.Fatal(err)
			}
			if got.String() != want.String() {
				t.Errorf("the streamed export differs from the document's encoding at %s", firstDifference(got.String(), want.String()))
			}
		})
	}
}

// firstDifference shows where two texts part.
func firstDifference(a, b string) string {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	from := max(0, i-80)
	return "byte " + itoa(i) + ":\n  got  …" + a[from:min(len(a), i+80)] + "\n  want …" + b[from:min(len(b), i+80)]
}

func itoa(i int) string { b, _ := json.Marshal(i); return string(b) }
