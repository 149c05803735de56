package page

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/dutymap/dutymap/content"
	"github.com/dutymap/dutymap/model"
)

// TestEmptyDepartmentSaysSoOnce (tryout12 nit): a department with no
// duties says so once. The built-in trade union office's summary says the
// source gives none, so the page adds nothing; a department whose content
// says nothing about it gets the page's own line.
func TestEmptyDepartmentSaysSoOnce(t *testing.T) {
	org, err := content.Load(content.Builtin())
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range model.Langs {
		for _, path := range []string{"trade-union", "security", "logistics", "party-mass"} {
			n := org.Node(path)
			if n == nil || n.Duties > 0 {
				t.Fatalf("%s: the built-in content has no empty department %s", l.Code(), path)
			}
			got := Render(org, n, Options{Lang: l})
			if strings.Contains(got, words[l].noDuties) {
				t.Errorf("%s: %s says it has no duties twice, in its summary and the page's line:\n%s", l.Code(), path, got)
			}
		}
	}

	files := fstest.MapFS{
		"en/legal.md": {Data: []byte("---\nid: legal\nname: Legal\n---\n")},
		"en/audit.md": {Data: []byte("---\nid: audit\nname: Audit\nsummary: Checks the books; its duties are still to be written.\n---\n")},
	}
	own, err := content.Load(content.Layer{Name: "t", Root: "t", FS: files})
	if err != nil {
		t.Fatal(err)
	}
	if got := Render(own, own.Node("legal"), Options{Lang: model.En}); !strings.Contains(got, "*"+words[model.En].noDuties+"*") {
		t.Errorf("a department with nothing written about it does not say it has no duties:\n%s", got)
	}
	if got := Render(own, own.Node("audit"), Options{Lang: model.En}); strings.Contains(got, words[model.En].noDuties) {
		t.Errorf("a department whose summary speaks for it got the page's line too:\n%s", got)
	}
}
