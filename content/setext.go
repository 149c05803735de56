package content

import (
	"fmt"
	"strings"
)

// proseLines is the paragraph of description text read last: its text
// and last line, and the column its lines start from (0 in a section's
// description, the duty's text column in a duty's).
type proseLines struct {
	text   string
	last   int
	indent int
}

// read adds a description line at file line n: it continues the
// paragraph read so far, or starts one. Lines that are not paragraph text
// to Markdown (a table row, HTML, a quote, indented code, a blank) start
// none.
func (pr *proseLines) read(line string, n, indent int) {
	w := indentWidth(line) - indent
	text := strings.TrimSpace(line)
	if w < 0 || w > 3 || text == "" || strings.ContainsAny(text[:1], "|<>") {
		*pr = proseLines{}
		return
	}
	if pr.last == n-1 && pr.indent == indent && pr.text != "" {
		pr.text += " " + text
	} else {
		pr.text = text
	}
	pr.last, pr.indent = n, indent
}

// setextUnderline reports a line that, under a paragraph, makes it a
// Markdown (setext) heading: up to three columns of indent past indent,
// then only =s, or two or more -s, and trailing blanks; it returns the
// heading's level (1 for =, 2 for -), or 0.
func setextUnderline(line string, indent int) int {
	w := indentWidth(line) - indent
	text := strings.TrimSpace(line)
	if w < 0 || w > 3 || text == "" {
		return 0
	}
	switch {
	case strings.Trim(text, "=") == "":
		return 1
	case strings.Trim(text, "-") == "" && len(text) >= 2:
		return 2
	}
	return 0
}

// setext notes a line of =s or -s right under a paragraph of
// description text: Markdown reads the pair as a heading (a "setext"
// heading), which the page then shows as one, but dutymap's sections
// are the # headings only, so the tree has no such section and the
// writer, who meant a section or a horizontal rule, is never told.
func (p *bodyParser) setext(line string, n int) {
	pr := p.prose
	if pr.last != n-1 || pr.text == "" {
		return
	}
	level := setextUnderline(line, pr.indent)
	if level == 0 {
		return
	}
	p.prose = proseLines{}
	title := pr.text
	if len(title) > maxEchoedLine {
		title = title[:strings.LastIndex(title[:maxEchoedLine], " ")+1] + "…"
	}
	under := "a line of =s under it"
	keep := "to keep it as text, delete the =s"
	if level == 2 {
		under = "a line of -s under it"
		keep = "to draw a horizontal rule instead, leave a blank line above the -s"
	}
	if pr.indent > 0 { // in a duty's description: no section can start there
		p.c.note(p.file, n, keep,
			"%s makes %q a Markdown heading in the duty's description", under, title)
		return
	}
	h := strings.Repeat("#", min(p.levels[len(p.levels)-1]+1, maxHeading))
	p.c.note(p.file, n, fmt.Sprintf("to make it a section, write it as a heading:  %s %s  (on one line, without the line under it); %s", h, title, keep),
		"%s makes %q a Markdown heading in the description, not a section: the page shows a heading the tree does not have", under, title)
}
