package content

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
	"unicode"

	"github.com/dutymap/dutymap/internal/termsafe"
	"github.com/dutymap/dutymap/model"
)

// maxControlNotes bounds the notes on control characters in one file: the
// first few lines, then a count.
const maxControlNotes = 5

// maxNamedControls bounds the code points one note names.
const maxNamedControls = 6

// controlsFix is what to do about control characters in a content file.
const controlsFix = "delete them: they are not text, and a terminal showing the file (cat, less -R, git diff) would act on them"

// noteControls notes the lines of a file, as written, that hold what
// dutymap leaves out when it reads them (see clean): escape sequences,
// other C0 and C1 control characters, bidi embeddings, overrides and
// isolates. The content loads without them, so each is a note, not an
// error; but the file still holds them, and a terminal that shows the file
// runs them. A carriage return before a line's end (CRLF) is a line end.
func noteControls(file string, lines []string, c *collector) {
	noted, rest := 0, 0 // rest: the first line not noted on its own
	for i, line := range lines {
		line = strings.TrimSuffix(line, "\r")
		if clean(line) == line {
			continue
		}
		if noted++; noted > maxControlNotes {
			if rest == 0 {
				rest = i + 1
			}
			continue
		}
		fix := controlsFix
		if len(controlRunes(line)) == 0 {
			fix = "delete them: a Markdown viewer would decode them into terminal commands"
		}
		c.note(file, i+1, fix, "%s", controlsMsg("the line", line))
	}
	switch more := noted - maxControlNotes; {
	case more == 1:
		c.note(file, rest, controlsFix, "this line holds control characters too")
	case more > 1:
		c.note(file, rest, controlsFix, "this line and %d more after it hold control characters too", more-1)
	}
}

// cleanDecoded returns a front-matter value as decoded, cleaned (clean),
// and notes it when its YAML escapes ("\e", "\x9b", "\u202e") decoded to
// control characters, which the text as written does not show.
func cleanDecoded(file string, line int, key, value string, c *collector) string {
	cleaned := clean(value)
	if cleaned != value {
		c.note(file, line, fmt.Sprintf("delete the escapes (\\e, \\x…, \\u…) that stand for them from the %s: value", key),
			"%s", controlsMsg("the "+key+": value", value))
	}
	return cleaned
}

// controlsMsg says that what holds control characters, written as they
// are or as character references that decode to them (&#27, &#x1b;), and
// names the first few.
func controlsMsg(what, s string) string {
	runes := controlRunes(s)
	if len(runes) == 0 {
		return fmt.Sprintf("%s spells control characters as character references (%s), which are not text; dutymap reads it without them",
			what, strings.Join(termsafe.ControlRefs(s, maxNamedControls), ", "))
	}
	msg := fmt.Sprintf("%s holds control characters (%s), which are not text; dutymap reads it without them", what, DescribeControls(runes))
	if slices.Contains(runes, 0x1b) {
		msg = strings.TrimSuffix(msg, "without them") + "without them and the escape sequences they start"
	}
	return msg
}

// controlRunes are the code points of s that termsafe.Plain removes, each
// once, the first few.
func controlRunes(s string) []rune { return termsafe.AppendRemoved(nil, s, maxNamedControls) }

// readableText is the text of a content file (valid UTF-8) as dutymap
// reads it: its line ends made newlines (crLineEnds) and what clean leaves
// out taken out, noting the lines that held some (noteControls); and its
// lines as written, with their line ends made newlines. text is data as a
// string, made once: the lines and the parsed texts are pieces of it (a
// copy for each was half of what loading a 20 MB folder allocated).
func readableText(file string, data []byte, c *collector) (_ []byte, text string, asWritten []string) {
	data = crLineEnds(data)
	text = string(data)
	asWritten = strings.Split(text, "\n")
	if cleaned := clean(text); cleaned != text {
		noteControls(file, asWritten, c) // line by line only when the file holds something to note
		data, text = []byte(cleaned), cleaned
	}
	return data, text, asWritten
}

// crLineEnds makes the line ends of a file written with carriage returns
// alone (classic Mac OS, some old exports) newlines, as editors read
// them; clean would otherwise take every CR out and leave one long line.
// A file with any newline keeps its carriage returns: CRLF line ends, and
// a stray CR inside a line, which is noted (noteControls).
func crLineEnds(data []byte) []byte {
	if bytes.IndexByte(data, '\r') < 0 || bytes.IndexByte(data, '\n') >= 0 {
		return data
	}
	return bytes.ReplaceAll(data, []byte("\r"), []byte("\n"))
}

// noteLookalikes notes units that show the same name as a sibling (two
// departments, two sections of one parent): equal once the characters
// that show nothing (zero-width spaces, joiners, bidi marks) are left out
// and the spaces collapsed, as the tree and every list show them. The
// user cannot tell them apart; the note quotes the second name with what
// hides in it.
func noteLookalikes(siblings []*model.Node, c *collector) {
	for l := range model.NumLangs {
		seen := map[string]*model.Node{}
		for _, n := range siblings {
			if n.Kind.IsLeaf() || n.Title[l] == "" {
				continue
			}
			key := shownName(n.Title[l])
			prev := seen[key]
			if prev == nil {
				seen[key] = n
				continue
			}
			what := "department"
			if n.Kind != model.KindDepartment {
				what = n.Kind.String()
			}
			c.note(n.Loc[l].File, n.Loc[l].Line, "give them names that differ in letters you can see, or merge the two",
				"the %s %q (id %s) shows the same name as %s (%s:%d)", what, n.Title[l], n.ID, prev.ID, prev.Loc[l].File, prev.Loc[l].Line)
		}
	}
	for _, n := range siblings {
		if !n.Kind.IsLeaf() && len(n.Children) > 1 {
			noteLookalikes(n.Children, c)
		}
	}
}

// shownName is a name as a terminal shows it: without the characters
// that show nothing, its spaces collapsed.
func shownName(s string) string {
	s = strings.Map(func(r rune) rune {
		if unicode.In(r, unicode.Cf, unicode.Other_Default_Ignorable_Code_Point) {
			return -1
		}
		return r
	}, s)
	return strings.Join(strings.Fields(s), " ")
}
