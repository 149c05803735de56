package content

import (
	"fmt"
	"path"
	"strings"

	"github.com/dutymap/dutymap/internal/lazyre"
)

// pastedFile is a front matter inside a file's body: a second file pasted
// after the first (cat a.md b.md > both.md). Markdown would read it as a
// thematic break and a heading, and what follows it as the first file's.
type pastedFile struct {
	line, last int    // file lines of its opening --- and of the last line that is not blank after it
	id         string // its id:, as written; "" when it has none
	name       string // its name:, as written
}

// frontMatterLineRe matches a line of front matter that starts a key:
// the key and its value.
var frontMatterLineRe = lazyre.New(`^([a-z]+):(?:[ \t]+(.*))?$`)

// pastedFiles finds the front matters inside body, which starts at file
// line first: outside fenced code, a line ---, then front-matter keys
// (the first line a key; id: among them, or not: a file pasted from one
// that lacked it), then a line ---. It returns the body before the first
// of them, which is all that is read as the file's.
func pastedFiles(body string, first int) (head string, found []pastedFile) {
	if !strings.Contains(body, "\n---") && !strings.HasPrefix(body, "---") {
		return body, nil
	}
	lines := strings.Split(body, "\n")
	keys := map[string]bool{}
	for _, k := range strings.Split(frontMatterKeys, ", ") {
		keys[k] = true
	}
	fence := ""
	end := len(lines)
	for i := 0; i < len(lines); i++ {
		line := strings.TrimRight(lines[i], " \t\r")
		if fence != "" {
			if strings.HasPrefix(strings.TrimSpace(line), fence) {
				fence = ""
			}
			continue
		}
		if f := isFence(line); f != "" {
			fence = f
			continue
		}
		if strings.TrimPrefix(line, "\ufeff") != "---" { // a pasted file may start with a byte order mark
			continue
		}
		var id, name string
		closed, known := 0, 0
		for j := i + 1; j < len(lines) && closed == 0; j++ {
			l := strings.TrimRight(lines[j], " \t\r")
			m := frontMatterLineRe().FindStringSubmatch(l)
			switch {
			case l == "---":
				closed = j
			case m != nil && keys[m[1]]:
				known++
				switch m[1] {
				case "id":
					id = strings.Trim(strings.TrimSpace(m[2]), `"'`)
				case "name":
					name = strings.Trim(strings.TrimSpace(m[2]), `"'`)
				}
			case j > i+1 && (l == "" || strings.HasPrefix(l, " ") || strings.HasPrefix(l, "\t") || strings.HasPrefix(l, "- ") || strings.HasPrefix(l, "#")):
				// a blank line, a list or mapping under a key, a comment
			default:
				closed = -1
			}
		}
		if closed <= 0 || known == 0 {
			continue
		}
		if len(found) == 0 {
			end = i
		} else {
			found[len(found)-1].last = lastWritten(lines, found[len(found)-1].line-first, i) + first
		}
		found = append(found, pastedFile{line: first + i, id: id, name: name})
		i = closed
	}
	if len(found) > 0 {
		found[len(found)-1].last = lastWritten(lines, found[len(found)-1].line-first, len(lines)) + first
	}
	return strings.Join(lines[:end], "\n"), found
}

// lastWritten is the index of the last line before to, from from on, that
// is not blank.
func lastWritten(lines []string, from, to int) int {
	for i := to - 1; i > from; i-- {
		if strings.TrimSpace(lines[i]) != "" {
			return i
		}
	}
	return from
}

// reportPasted reports each front matter found inside the file (see
// pastedFiles), whose own front matter gives the id own; dir is the
// file's language folder as shown ("org/en/"), or "".
func reportPasted(file, dir, own string, found []pastedFile, c *collector) {
	for _, p := range found {
		lines := fmt.Sprintf("lines %d–%d", p.line, p.last)
		if p.id == "" {
			reportPastedWithoutID(file, dir, own, lines, p, c)
			continue
		}
		var fix string
		switch {
		case p.id == own:
			fix = fmt.Sprintf("%s repeat this file's id: keep one of the two copies, and delete %s (or lines 1–%d)", lines, lines, p.line-1)
		case validID(p.id) && dir != "":
			fix = fmt.Sprintf("move %s into a file of their own, such as %s", lines, path.Join(dir, p.id+".md"))
		default:
			fix = fmt.Sprintf("move %s into a file of their own", lines)
		}
		id := p.id
		if !validID(id) {
			id = fmt.Sprintf("%q", id)
		}
		c.add(file, p.line, fix, "a second front matter (id: %s) inside the file: a file describes one department, topic or relation, and the lines below it would be read as this one's", id)
	}
}

// reportPastedWithoutID reports a pasted front matter that gives no id:
// moved into a file of its own, it needs one to load, which the fix
// makes from its name (a name it needs too).
func reportPastedWithoutID(file, dir, own, lines string, p pastedFile, c *collector) {
	what := "without an id: or a name:"
	if p.name != "" {
		what = fmt.Sprintf("name: %q, without an id:", p.name)
	}
	fix := fmt.Sprintf("move %s into a file of their own, and give its front matter an id: line and a name: line", lines)
	if id := slug(p.name); p.name != "" && id != "section" && id != own {
		where := ""
		if dir != "" {
			where = ", such as " + path.Join(dir, id+".md")
		}
		fix = fmt.Sprintf("move %s into a file of their own%s, and add  id: %s  to its front matter", lines, where, id)
	}
	c.add(file, p.line, fix, "a second front matter (%s) inside the file: a file describes one department, topic or relation, and the lines below it would be read as this one's", what)
}
