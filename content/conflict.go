package content

import (
	"fmt"
	"strings"

	"github.com/dutymap/dutymap/internal/termsafe"
)

// A merge that git (or hg, svn, a sync tool) could not make leaves both
// versions in the file between marker lines:
//
//	<<<<<<< HEAD
//	- Set prices.
//	||||||| base        (diff3 style only: the text both changed)
//	- Set the price.
//	=======
//	- Set prices and discounts.
//	>>>>>>> feature
//
// Read as Markdown or YAML, the markers are a quote nested 7 deep, a
// heading's underline or a syntax error, and the loader's problems spoke
// of those (hunt27 H1: "text nested 7 levels deep / fix: flatten it to at
// most 6 levels of quotes"), a fix that cannot work. The conflict is told
// instead, with the lines of each version, and the file is read no
// further: both versions are in it.

// conflictMarkerLen is the length of git's markers (conflict-marker-size).
const conflictMarkerLen = 7

// conflict is one set of markers, by 1-based line: base is 0 without a
// ||||||| line; ours and theirs are the labels after <<<<<<< and >>>>>>>.
type conflict struct {
	start, base, mid, end int
	ours, theirs          string
}

// markerLine reports whether line is a marker of c ('<', '|', '=', '>'):
// the character seven times, then the end of the line or (but for =======)
// a space and a label.
func markerLine(line string, c byte) (label string, ok bool) {
	line = strings.TrimRight(line, "\r")
	if len(line) < conflictMarkerLen || strings.Count(line[:conflictMarkerLen], string(c)) != conflictMarkerLen {
		return "", false
	}
	rest := line[conflictMarkerLen:]
	switch {
	case strings.TrimSpace(rest) == "":
		return "", true
	case c == '=' || (rest[0] != ' ' && rest[0] != '\t'):
		return "", false
	}
	return strings.TrimSpace(rest), true
}

// conflicts finds the merge conflicts in lines, and the lone marker lines
// of one half resolved: a <<<<<<< line without the rest of its conflict,
// and the >>>>>>> after it when the ======= is gone (a lone >>>>>>> or
// ======= could be a deep quote or a heading's underline). Lines inside a fenced code block
// are passed over: a description may show markers as an example.
func conflicts(lines []string, fences bool) (found []conflict, lone []int) {
	var cur *conflict
	fence := ""
	for i, line := range lines {
		n := i + 1
		if fences {
			if f := fenceOf(line); f != "" && (fence == "" || strings.HasPrefix(f, fence[:1]) && len(f) >= len(fence)) {
				if fence == "" {
					fence = f
				} else {
					fence = ""
				}
				continue
			}
			if fence != "" {
				continue
			}
		}
		if label, ok := markerLine(line, '<'); ok {
			if cur != nil {
				lone = append(lone, cur.start)
			}
			cur = &conflict{start: n, ours: label}
			continue
		}
		if cur == nil {
			continue // a lone >>>>>>> line is as likely a quote 7 deep
		}
		if _, ok := markerLine(line, '|'); ok && cur.base == 0 && cur.mid == 0 {
			cur.base = n
		} else if _, ok := markerLine(line, '='); ok && cur.mid == 0 {
			cur.mid = n
		} else if label, ok := markerLine(line, '>'); ok {
			if cur.mid == 0 {
				lone = append(lone, cur.start, n)
			} else {
				cur.end, cur.theirs = n, label
				found = append(found, *cur)
			}
			cur = nil
		}
	}
	if cur != nil {
		lone = append(lone, cur.start)
	}
	return found, lone
}

// fenceOf returns the fence a line of Markdown opens or closes a code
// block with (``` or ~~~, or longer, indented at most 3 spaces), or "".
func fenceOf(line string) string {
	t := strings.TrimLeft(line, " ")
	if len(line)-len(t) > 3 || len(t) < 3 || (t[0] != '`' && t[0] != '~') {
		return ""
	}
	n := len(t) - len(strings.TrimLeft(t, t[:1]))
	if n < 3 {
		return ""
	}
	return t[:n]
}

// reportConflicts tells the merge conflicts left in a file's text, and
// reports whether there were any (the file is then read no further).
// markdown says whether fenced code blocks are passed over.
func reportConflicts(file, text string, markdown bool, c *collector) bool {
	if !strings.Contains(text, "<<<<<<<") && !strings.Contains(text, ">>>>>>>") {
		return false // the common case, without splitting the lines
	}
	lines := strings.Split(text, "\n")
	found, lone := conflicts(lines, markdown)
	for _, k := range found {
		oursEnd := k.mid - 1
		if k.base != 0 {
			oursEnd = k.base - 1
		}
		fix := fmt.Sprintf("keep one version and delete the rest of lines %d–%d, the marker lines with it: %s%s, or %s%s",
			k.start, k.end, span(k.start+1, oursEnd), conflictLabel(k.ours), span(k.mid+1, k.end-1), conflictLabel(k.theirs))
		c.add(file, k.start, fix, "a merge conflict is left unresolved: lines %d–%d hold two versions of the text between the marker lines <<<<<<<, ======= and >>>>>>>", k.start, k.end)
	}
	for _, n := range lone {
		c.add(file, n, "delete the line, once the text around it reads as you want it",
			"a merge conflict's marker line is left in the file (%s), without the rest of its conflict", lines[n-1][:conflictMarkerLen])
	}
	return len(found)+len(lone) > 0
}

// span names lines a to b as a fix does: "line 9", "lines 9–12", or the
// empty version of a side that deleted the text.
func span(a, b int) string {
	switch {
	case b < a:
		return "the empty version (nothing)"
	case a == b:
		return fmt.Sprintf("line %d", a)
	}
	return fmt.Sprintf("lines %d–%d", a, b)
}

// conflictLabel is a marker's label as a fix shows it: " (HEAD)", cut
// short and quoted where it would not show as itself.
func conflictLabel(label string) string {
	if label == "" {
		return ""
	}
	return " (" + termsafe.QuoteName(termsafe.CutArg(label, 40)) + ")"
}
