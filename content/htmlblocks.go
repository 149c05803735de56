package content

import (
	"strings"

	"github.com/dutymap/dutymap/internal/lazyre"
)

// htmlBlockOpen is the start of a CommonMark HTML block that runs to its
// closing mark, not to a blank line: a comment (type 2) or a <pre>,
// <script>, <style> or <textarea> (type 1). Compiled on first use, as
// every regular expression here is (lazyre).
var htmlBlockOpen = lazyre.New(`(?i)^ {0,3}(<!--|<(?:script|pre|style|textarea)(?:[\s>]|$))`)

// unclosedHTML notes an HTML comment, or a <pre>, <script>, <style> or
// <textarea> block, that a department's or section's text opens and never
// closes before the text ends (at the next heading, or the file's end).
// The page closes it there, so the rest of that text is hidden (a comment)
// or shown as it is written (<pre>), which is seldom what was meant.
// text starts at file line firstLine.
func unclosedHTML(file, text string, firstLine int, c *collector) {
	fence, closer, opened, what := "", "", 0, ""
	report := func() {
		if closer != "" {
			c.note(file, opened, "add "+closer+" where it ends", "%s opened here is never closed", what)
			closer = ""
		}
	}
	for i, line := range strings.Split(text, "\n") {
		line = strings.TrimRight(line, "\r")
		switch {
		case fence != "":
			if strings.HasPrefix(strings.TrimSpace(line), fence) {
				fence = ""
			}
		case closer != "":
			if level, _ := parseHeading(line); level > 0 {
				report() // the section's text ends here, and the block with it
			} else if strings.Contains(strings.ToLower(line), closer) {
				closer = ""
			}
		case isFence(line) != "":
			fence = isFence(line)
		case !opensTag(line):
			// No '<' where a block could open: most lines, and the
			// expression is not run.
		default:
			m := htmlBlockOpen().FindStringSubmatch(line)
			if m == nil {
				continue
			}
			tag := strings.ToLower(strings.Trim(m[1], "< \t>"))
			closer, what = "-->", "an HTML comment"
			if tag != "!--" {
				closer, what = "</"+tag+">", "a <"+tag+"> block"
			}
			if strings.Contains(strings.ToLower(line[len(m[0]):]), closer) {
				closer = ""
				continue
			}
			opened = firstLine + i
		}
	}
	report()
}

// opensTag reports whether line has a '<' after at most three spaces,
// where htmlBlockOpen's blocks start.
func opensTag(line string) bool {
	for i := 0; i < len(line) && i <= 3; i++ {
		if line[i] != ' ' {
			return line[i] == '<'
		}
	}
	return false
}
