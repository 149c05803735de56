package page

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/dutymap/dutymap/model"
)

// Titles are stored with their entities decoded (the loader decodes
// them once), so the page must show a title exactly as stored: a title
// that reads "&amp;" shows "&amp;", not "&" (fails if Escape stops
// escaping the "&" that starts an entity; a backslash does not work in
// Glamour).
func TestPageShowsEntitiesAsStored(t *testing.T) {
	for _, title := range []string{"R&D and <b> and ©", "&amp; &lt;b&gt;", "&#38; &#x26; &copy;", "AT&T; Q&A", `\&amp;`} {
		org := fuzzOrg("Dept "+title, "", title)
		for _, path := range []string{"d", "d/s/1"} {
			md := Render(org, org.Node(path), Options{Lang: model.En})
			out := ansi.Strip(Terminal(md, "notty", 200))
			if !strings.Contains(out, title) {
				t.Errorf("%s page of %q shows:\n%s\nfrom Markdown:\n%s", path, title, out, md)
			}
		}
	}
}

// Text without an entity is left readable in the Markdown source that
// `show` prints to a pipe.
func TestEscapeLeavesPlainAmpersands(t *testing.T) {
	if got := Escape("R&D, AT&T and Q&A"); got != "R&D, AT&T and Q&A" {
		t.Errorf("got %q", got)
	}
	if got := Escape("&amp;"); got != "&#38;amp;" {
		t.Errorf("got %q", got)
	}
}
