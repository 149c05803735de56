package page

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/dutymap/dutymap/model"
)

// TestTitlesShowAsWritten is a property over every ASCII punctuation
// character, at the start of a title, inside it, doubled and at its end:
// the rendered page (what `show` and the explorer draw) shows each title
// exactly as written, as the department's heading, the section's heading
// on the department page and the duty in the section's list. Escaping
// must make the text plain without leaving a backslash Glamour shows
// (a duty "=HYPERLINK(…)" once showed as "\=HYPERLINK(…)").
func TestTitlesShowAsWritten(t *testing.T) {
	var titles []string
	for c := byte('!'); c <= '~'; c++ {
		if !isASCIIPunct(c) {
			continue
		}
		p := string(c)
		titles = append(titles, p+"x y", p+p+" x", "a "+p+" b", "a"+p+"b", "x "+p, "x"+p, "1"+p+" x", p)
	}
	titles = append(titles, `=HYPERLINK("http://x","click")`, "@SUM(A1)", "-2+3", "+1 call", "Ticket #", "3.2.2 rule", "a \\* b")
	// What a user writes in a description: an escaped character reads as
	// the character.
	for c := byte('!'); c <= '~'; c++ {
		if !isASCIIPunct(c) {
			continue
		}
		org := fuzzOrg("Dept", "x \\"+string(c)+" y", "d")
		want := "x " + string(c) + " y"
		if out := ansi.Strip(Terminal(Render(org, org.Node("d"), Options{Lang: model.En}), "dark", 200)); !strings.Contains(out, want) {
			t.Errorf("a description `x \\%c y` shows:\n%s", c, out)
		}
	}
	for _, title := range titles {
		inside := fuzzOrg("Dept", "", title)
		inside.Node("d/s").Title[model.En] = title
		named := fuzzOrg(title, "", "x")
		for _, c := range []struct {
			org  *model.Org
			path string
			n    int // places the page shows the title
		}{{inside, "d", 1}, {inside, "d/s", 2}, {named, "d", 1}} {
			md := Render(c.org, c.org.Node(c.path), Options{Lang: model.En})
			out := ansi.Strip(Terminal(md, "dark", 200))
			// A backslash left beside the title (`\=x`) is not the title.
			if strings.Count(out, title) < c.n || strings.Contains(strings.ReplaceAll(out, title, ""), `\`) {
				t.Errorf("%s page of %q shows:\n%s\nfrom Markdown:\n%s", c.path, title, out, md)
			}
		}
	}
}
