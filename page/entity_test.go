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
	for _, title := range []string{"R&D and <b> and ©", "&amp; &lt;b&gt;", "&#38; &#x26; &copy;", "AT&T; Q&A", `\&amp;`, "&#65 &#x41 &#0000065;"} {
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

// Whatever Markdown reaches Glamour, a reference it would decode into a
// control character (Go's html.UnescapeString reads "&#x1b" without its
// ";", and past CommonMark's digit limits) is not there: the page is
// that of the same text without the references, in colour and without
// (fails if Prepare lets the references through: the content's SGR, 8m
// conceal and 5m blink, then reach the terminal; hostile15 #2).
func TestTerminalDropsControlReferences(t *testing.T) {
	const md = "# Alpha &#x1b[8mN1\n\nP1 &#x1b&#x5b;8mHIDDEN1 &#27[5mBLINK2 &#X1B[31mRED4 &#x00001b;[32mGRN5 &#4294967323[33mYEL6\n\n" +
		"| Col &#27[8mT9 | B |\n|---|---|\n| `code &#x1b[8mC10` | [link &#27[8mL11](https://e.com/) |\n\n- Do it &#x1b[8mD12 **bold &#0027[5mB14**\n"
	without := strings.NewReplacer("&#4294967323", "", "&#x00001b;", "", "&#0027", "", "&#x1b", "", "&#X1B", "", "&#27", "").Replace(md)
	for _, style := range []string{"dark", "notty"} {
		if got, want := Terminal(md, style, 100), Terminal(without, style, 100); got != want {
			t.Errorf("%s: the page differs from the same page without the references:\n%q\nwant\n%q", style, got, want)
		}
	}
}
