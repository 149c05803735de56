package content

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dutymap/dutymap/internal/linebreak"
	"github.com/dutymap/dutymap/internal/termsafe"
	"github.com/dutymap/dutymap/model"
	"github.com/dutymap/dutymap/model/analysis"
	"golang.org/x/text/unicode/norm"
)

// The body is read line by line with plain string checks rather than
// regular expressions: backtracking on long duty lines made loading the
// built-in content several times slower.

// parseHeading reads "## Title {#id}": the level (0 if not a heading) and
// the rest of the line.
func parseHeading(line string) (level int, title string) {
	for level < len(line) && line[level] == '#' {
		level++
	}
	// Past six #s CommonMark sees text; the parser still reads a heading so
	// that it can say so (see bodyParser.heading).
	if level == 0 || (level < len(line) && line[level] != ' ' && line[level] != '\t') {
		return 0, ""
	}
	return level, stripClosingHashes(strings.TrimSpace(line[level:]))
}

// stripClosingHashes drops a closing run of #s, which is decoration, as in
// CommonMark; before a "{#id}" too, as goldmark's attributes and PHP
// Markdown Extra read "## Budget ## {#budget}".
func stripClosingHashes(title string) string {
	if t := strings.TrimRight(title, "#"); t != title && (t == "" || strings.HasSuffix(t, " ") || strings.HasSuffix(t, "\t")) {
		return strings.TrimSpace(t)
	}
	return title
}

// parseItem reads a list item: "- text", "* text", "+ text", "1. text" or
// "1) text", indented by at most three spaces.
func parseItem(line string) (text string, ok bool) {
	rest := line
	for i := 0; i < 3 && strings.HasPrefix(rest, " "); i++ {
		rest = rest[1:]
	}
	return listMarker(rest)
}

// isThematicBreak reports a CommonMark thematic break (a horizontal
// rule): up to three spaces, then three or more of one of -, * and _, with
// nothing but spaces and tabs between them. "* * *" and "- - -" are
// breaks, not list items (CommonMark gives the break precedence): read as
// items, they were duties named "* *" and "- -".
func isThematicBreak(line string) bool {
	rest := line
	for i := 0; i < 3 && strings.HasPrefix(rest, " "); i++ {
		rest = rest[1:]
	}
	if rest == "" || (rest[0] != '-' && rest[0] != '*' && rest[0] != '_') {
		return false
	}
	n := 0
	for _, r := range strings.TrimRight(rest, "\r") {
		switch r {
		case rune(rest[0]):
			n++
		case ' ', '\t':
		default:
			return false
		}
	}
	return n >= 3
}

// ruleAmongLeaves remembers a thematic break written after duties (or
// points) of the open section: if more follow it (see ruleBetweenLeaves),
// it stood between them, and whatever it meant to set apart is lost: the
// break is kept in the section's description, shown above its duties.
func (p *bodyParser) ruleAmongLeaves(rule string, n int) {
	for _, c := range p.top().Children {
		if c.Kind.IsLeaf() {
			p.rule = ruleLine{p.top(), rule, n}
			return
		}
	}
}

// ruleBetweenLeaves notes the break ruleAmongLeaves remembered, when a
// duty of its section follows it.
func (p *bodyParser) ruleBetweenLeaves() {
	r := p.rule
	p.rule = ruleLine{}
	if r.node == nil || r.node != p.top() {
		return
	}
	leaves := "duties"
	if p.leaf != model.KindDuty {
		leaves = "points"
	}
	h := strings.Repeat("#", min(p.levels[len(p.levels)-1]+1, maxHeading))
	p.c.note(p.file, r.line, fmt.Sprintf("to set the %s after it apart, give them a %s heading of their own; otherwise delete the line", leaves, h),
		"%q is a horizontal rule, not a %s: a section's %s are listed together, so it separates none of them", r.text, p.leaf, leaves)
}

// ruleLine is a thematic break after a section's duties (see
// ruleAmongLeaves).
type ruleLine struct {
	node *model.Node
	text string
	line int
}

// itemIndent is the column at which a list item's text starts: lines
// indented as far belong to the item (CommonMark's rule).
func itemIndent(line string) int {
	lead := len(line) - len(strings.TrimLeft(line, " "))
	rest := line[lead:]
	marker := 1
	if rest != "" && rest[0] >= '0' && rest[0] <= '9' {
		marker = strings.IndexAny(rest, ".)") + 1
	}
	spaces := len(rest[marker:]) - len(strings.TrimLeft(rest[marker:], " "))
	if spaces == 0 || spaces > 4 || strings.TrimSpace(rest[marker:]) == "" {
		spaces = 1 // an empty item, or text that starts an indented code block
	}
	return lead + marker + spaces
}

// indentWidth is the width of a line's leading blanks, a tab reaching the
// next multiple of four.
func indentWidth(line string) int {
	w := 0
	for _, r := range line {
		switch r {
		case ' ':
			w++
		case '\t':
			w += 4 - w%4
		default:
			return w
		}
	}
	return w
}

// deindent removes up to width columns of leading blanks.
func deindent(line string, width int) string {
	w := 0
	for i, r := range line {
		if w >= width || (r != ' ' && r != '\t') {
			return line[i:]
		}
		if r == '\t' {
			w += 4 - w%4
		} else {
			w++
		}
	}
	return ""
}

// listMarker accepts a marker at the start of s and returns what follows.
func listMarker(s string) (string, bool) {
	n := 0
	switch {
	case s == "":
		return "", false
	case s[0] == '-' || s[0] == '*' || s[0] == '+':
		n = 1
	default:
		for n < len(s) && n < 9 && s[n] >= '0' && s[n] <= '9' {
			n++
		}
		if n == 0 || n >= len(s) || (s[n] != '.' && s[n] != ')') {
			return "", false
		}
		n++
	}
	if n == len(s) {
		return "", true
	}
	if s[n] != ' ' && s[n] != '\t' {
		return "", false
	}
	return strings.TrimSpace(s[n:]), true
}

// isNested reports an indented list item under a duty.
func isNested(line string) bool {
	trimmed := strings.TrimLeft(line, " \t")
	if len(line)-len(trimmed) < 2 && !strings.HasPrefix(line, "\t") {
		return false
	}
	text, ok := listMarker(trimmed)
	return ok && text != "" && !isThematicBreak(trimmed) // "* * *" is a rule
}

// maxNesting bounds how deeply quotes and lists may nest in a description.
// Rendering cost grows steeply with depth (Glamour takes ~85 ms at 25
// levels and never finishes at 1,000), and no real description needs more.
const maxNesting = 6

// nestingDepth counts the quote markers, list markers and list indentation
// a description line opens with.
func nestingDepth(line string) int {
	depth := 0
	indent := len(line) - len(strings.TrimLeft(line, " \t"))
	s := strings.TrimLeft(line, " \t")
	for s != "" {
		if s[0] == '>' {
			depth++
			s = strings.TrimLeft(s[1:], " \t")
			continue
		}
		rest, ok := listMarker(s)
		if !ok || rest == s {
			break
		}
		depth++
		s = rest
	}
	if depth > 0 {
		depth += indent / 2
	}
	return depth
}

// isFence reports a code fence line and returns its marker.
func isFence(line string) string {
	if f := fenceOf(line); f != "" {
		return f[:3]
	}
	return ""
}

// cutAttrs splits a trailing "{…}" off text.
func cutAttrs(text string) (rest, attrs string, ok bool) {
	t := strings.TrimRight(text, " \t")
	if !strings.HasSuffix(t, "}") {
		return text, "", false
	}
	open := strings.LastIndexByte(t, '{')
	if open < 0 || strings.ContainsAny(t[open+1:len(t)-1], "{}") {
		return text, "", false
	}
	return strings.TrimRight(t[:open], " \t"), t[open+1 : len(t)-1], true
}

// bodyParser turns the Markdown body of one file into a section tree.
type bodyParser struct {
	file string
	lang model.Lang
	leaf model.Kind // the kind of list items: duties, or a topic's points
	c    *collector
	// deepLine is the last line nested too deeply: the lines of one deep
	// quote or list are one problem, at its first line.
	deepLine int
	// asWritten is the file's lines as written, before the characters
	// no terminal may receive (bidi controls among them) were taken out:
	// what an attribute value held, to tell an empty one from one that
	// is invisible.
	asWritten []string

	doc    *model.Node
	spare  []model.Node  // nodes made ahead (newNode)
	made   int           // nodes newNode gave out
	stack  []*model.Node // open sections; stack[0] is the document
	levels []int         // heading level of each open section
	desc   []strings.Builder
	fresh  bool        // directly after a heading or its attribute lines: more may follow
	early  bool        // after a heading, no description text yet
	refs   []sourceRef // source ids cited in the body, checked after loading

	// lists are the file's RACI and hand-off reference lists (see
	// unitLists); budget bounds the references of every file read.
	lists  unitLists
	budget *lineBudget

	rule  ruleLine   // a thematic break after duties of the open section
	prose proseLines // the paragraph of description text just read (see setext)
	// lookalikes is the run of lines written as list items in all but
	// Markdown's syntax ("1、制定价格", "• Set prices"): see lookalike.
	lookalikes lookalikeRun
	lookRuns   []lookalikeRun // runs ended, noted when their section closes
	afterText  bool           // the line read last is text (see lookalike)

	// attrs are the attribute lines read so far, by node and key: the fix
	// for a second line of a key, a misspelt role or an unindented line
	// joins it into the first, so that applying it leaves one line.
	attrs map[attrSlot]attrLine
	// named are the Code:, Aliases: and Sources: lines of sections and
	// duties, by the node's heading or first line: where the checks after
	// loading (checkNodeNames) point when a code or alias collides, and
	// mergeAttrs when the languages' files give a code or sources that
	// differ.
	named map[attrPlace]model.Loc
	// ancestors are the sections above the nodes a fix may be written
	// for (see keepAncestors).
	ancestors map[*model.Node][]*model.Node
	// roles are lines whose key looks like a misspelt or foreign RACI
	// role; they are reported at the end, when every line of their node
	// is known (the role's own line may follow them).
	roles []roleLine
	// later are the reports of second and unindented attribute lines,
	// made at the end like the roles': their fixes are checked against
	// every RACI line of the node, those after them included.
	later []func()

	// The duty still collecting lines: its first line, continuation and
	// attribute lines, then after a blank line its indented description.
	item       *model.Node
	itemLine   int             // the file line of its first line
	itemIndent int             // the column its text starts at: description lines are indented as far
	itemBlanks int             // blank lines since its last line, not yet given to anyone
	inDesc     bool            // its description has begun
	itemDesc   strings.Builder // the description, de-indented
	descFence  string          // a code fence open inside the description
	fenceLine  int             // the line that opened it
	// nestedAt is the line of the duty whose nested list was reported:
	// a list of a thousand sub-items is one mistake, one problem.
	nestedAt int

	// underLeaf are the lines of the list items under a duty written as
	// a heading, reported as one problem when it closes (one mistake);
	// lostHeading is the last line since the last heading that looks like
	// a heading but is not one ("##Pricing"): the likely cause, when the
	// items were meant under it.
	underLeaf    []int
	leafHeadings []int // the same for headings under it
	lostHeading  struct {
		line    int
		written string // the line written as a heading
	}
}

// attrSlot is one attribute of one node: what a node may have one line of.
type attrSlot struct {
	n   *model.Node
	key attr
}

// attrLine is where an attribute was given, and its value.
type attrLine struct {
	line  int
	value string
}

// attrPlace is one attribute of a section or duty, by where the node is
// given (its heading or first line); the node itself does not last: the
// files' nodes are merged across languages and layers.
type attrPlace struct {
	at  model.Loc
	key attr
}

// roleLine is a line whose key looks like a RACI role (see unknownRole).
type roleLine struct {
	n          *model.Node
	line       int
	key, value string
	want       attr
}

// sourceRef is a cited source id and the line that cites it.
type sourceRef struct {
	id   string
	line int
}

// parseBody fills doc's children and body from the Markdown text, which
// starts at file line firstLine. leaf is the kind given to list items.
// named gets the lines of the sections' and duties' Code: and Aliases:
// lines (see bodyParser.named).
func parseBody(file string, lang model.Lang, doc *model.Node, text string, firstLine int, leaf model.Kind, asWritten []string, c *collector, budget *lineBudget, named map[attrPlace]model.Loc) []sourceRef {
	p := &bodyParser{file: file, lang: lang, leaf: leaf, c: c, doc: doc, asWritten: asWritten, named: named,
		stack: []*model.Node{doc}, levels: []int{1}, desc: make([]strings.Builder, 1), attrs: map[attrSlot]attrLine{},
		lists: unitLists{}, budget: budget}
	inFence := ""
	lines := strings.Split(text, "\n")
	for i, raw := range lines {
		line := strings.TrimRight(raw, "\r")
		n := firstLine + i
		if inFence != "" {
			if strings.HasPrefix(strings.TrimSpace(line), inFence) {
				inFence = ""
			}
			p.addDesc(line)
			continue
		}
		p.setext(line, n)
		p.lookalike(line, n)
		p.headingLookalike(line, n)
		blank := strings.TrimSpace(line) == ""
		if p.item != nil && (p.itemBlanks > 0 || p.inDesc) {
			// After a blank line, lines indented as far as the duty's text
			// are its description, as in CommonMark; anything else ends it.
			if blank {
				p.itemBlanks++
				continue
			}
			if indentWidth(line) >= p.itemIndent {
				p.describe(line, n)
				continue
			}
			p.endItem()
		}
		if f := isFence(line); f != "" {
			p.endItem()
			inFence = f
			p.addDesc(line)
			continue
		}
		level, title := parseHeading(line)
		item, isItem := "", false
		rule := level == 0 && isThematicBreak(line)
		switch {
		case rule && p.item != nil && indentWidth(line) >= p.itemIndent:
			// Indented as far as the duty's text, a rule is in the duty
			// (CommonMark: a break ends the paragraph it follows): the
			// start of its description.
			p.describe(line, n)
			continue
		case rule:
			p.ruleAmongLeaves(strings.TrimSpace(line), n)
		case level == 0:
			item, isItem = parseItem(line)
		}
		switch {
		case level > 0:
			p.heading(level, title, n)
		case p.item != nil && isNested(line):
			p.nested(n)
		case isItem:
			p.listItem(item, itemIndent(line), n, leaf)
		case blank:
			if p.item != nil {
				p.itemBlanks = 1
				continue
			}
			p.addDesc("")
		case p.item != nil && (line[0] == ' ' || line[0] == '\t'):
			trimmed := strings.TrimSpace(line)
			if key, value, ok := parseAttr(trimmed); ok {
				c.spell(file, n, trimmed, lang)
				p.attr(p.item, key, value, n)
				continue
			}
			if key, value, want, ok := unknownRole(trimmed); ok {
				p.keepAncestors(p.item)
				p.roles = append(p.roles, roleLine{p.item, n, key, value, want})
				continue
			}
			if key, sep, value, want, ok := parseLooseRole(trimmed); ok {
				c.looseRoles = append(c.looseRoles, looseRole{model.Loc{File: file, Line: n}, lang, key, sep, value, want, p.item})
			}
			p.item.Title[lang] = joinContinued(p.item.Title[lang], trimmed)
		default:
			trimmed := strings.TrimSpace(line)
			if !rule && p.lazyContinuation(line, trimmed, n) {
				continue
			}
			if p.item == nil && codeListItem(line) && startsCode(lines[:i]) {
				c.note(file, n, "remove the indentation from the list's lines, so that this one reads:  "+strings.TrimLeft(line, " \t"),
					"this list is indented by 4 spaces or more (or a tab), so its items are no duties: Markdown reads such lines as a code block")
			}
			if p.item != nil && p.itemBlanks == 0 && !p.inDesc {
				if first, _ := utf8.DecodeRuneInString(line); first > unicode.MaxASCII && unicode.IsSpace(first) && trimmed != "" {
					if _, _, ok := parseAttr(trimmed); !ok {
						// "　　并审核价格" under "- 制定价格": meant as more of
						// the duty, read as the section's text
						c.note(file, n, fmt.Sprintf("to continue the duty on line %d, indent the line by %d ASCII spaces in place of the full-width ones", p.itemLine, p.itemIndent),
							"this line is indented with full-width spaces, which Markdown does not count as indentation, so it is the section's text, not more of the duty above it")
					}
				}
			}
			if p.item != nil {
				if key, value, ok := parseAttr(trimmed); ok {
					c.spell(file, n, trimmed, lang)
					item, itemLine, indent := p.item, p.itemLine, p.itemIndent
					// "　　负责：财务部": indented with the ideographic
					// space a Chinese input method types, which Markdown
					// does not count as indentation.
					first, _ := utf8.DecodeRuneInString(line)
					wide := first > unicode.MaxASCII && unicode.IsSpace(first)
					p.keepAncestors(item)
					p.later = append(p.later, func() {
						fix := fmt.Sprintf("indent it by %d spaces to put it under the duty on line %d", indent, itemLine)
						if wide {
							fix = fmt.Sprintf("indent it by %d ASCII spaces in place of the full-width ones, to put it under the duty on line %d", indent, itemLine)
						}
						if prev, ok := p.attrs[attrSlot{item, key}]; ok && value != "" {
							fix = fmt.Sprintf("it belongs to the duty on line %d, which has a %s line already: %s", itemLine, c.labelAt(file, n, key, lang), p.joinFix(item, key, prev, value, indent, n))
						} else if key.isRACI() && value != "" {
							if note, del := p.placeNote(item, key, splitNames(value)); del {
								fix = "delete it: " + note
							} else {
								fix += note
							}
						}
						if wide {
							c.add(file, n, fix, "this %s line is indented with full-width spaces (%s), which Markdown does not count as indentation, so it belongs to no duty", c.labelAt(file, n, key, lang), fmt.Sprintf("U+%04X", first))
							return
						}
						c.add(file, n, fix, "this %s line is not indented, so it belongs to no duty", c.labelAt(file, n, key, lang))
					})
				}
			}
			p.endItem()
			if d := nestingDepth(line); d > maxNesting {
				p.tooDeep(n, d)
				line = strings.TrimLeft(line, " \t>-*+")
			}
			if key, value, ok := parseAttr(trimmed); ok && p.early {
				c.spell(file, n, trimmed, lang)
				if p.fresh {
					p.attr(p.top(), key, value, n)
					continue
				}
				c.note(file, n, "to make it an attribute, remove the blank line above it",
					"this %s line is read as the section's description: attribute lines go directly under the heading", c.labelAt(file, n, key, lang))
			} else if key, value, want, ok := unknownRole(trimmed); ok && p.early && p.fresh {
				p.keepAncestors(p.top())
				p.roles = append(p.roles, roleLine{p.top(), n, key, value, want})
				continue
			}
			if !rule {
				p.prose.read(line, n, 0)
			}
			p.addDesc(line)
		}
	}
	p.endLookalikes()
	if inFence != "" {
		c.add(file, firstLine+len(lines)-1, "close the code block with "+inFence, "a code block is never closed")
	}
	unclosedHTML(file, text, firstLine, c)
	p.endItem()
	for len(p.stack) > 0 {
		p.pop()
	}
	p.reportRoles()
	for _, report := range p.later {
		report()
	}
	return p.refs
}

// attr applies an attribute line to n, a duty or the open section,
// unless its value is a name or code that shows nothing. A second line of
// a key is reported with the first one's line.
func (p *bodyParser) attr(n *model.Node, key attr, value string, line int) {
	if key == attrCode || key == attrAliases {
		if line-1 < len(p.asWritten) && invisibleAttr(p.c, p.file, key, p.asWritten[line-1], line) {
			return
		}
		if attrTooLong(p.c, p.file, p.lang, key, value, line) {
			return
		}
	}
	slot := attrSlot{n, key}
	if prev, ok := p.attrs[slot]; ok && value != "" {
		p.keepAncestors(n)
		p.later = append(p.later, func() {
			p.c.add(p.file, line, p.joinFix(n, key, prev, value, 0, line), "a second %s line for the same %s", p.c.labelAt(p.file, line, key, p.lang), n.Kind)
		})
		return
	}
	if (key.isRACI() || key.isLink() || key == attrOverlaps) && !p.fewEnough(key, value, line) {
		return
	}
	p.refs = append(p.refs, setAttr(p.c, p.file, p.lang, p.doc.Kind, n, key, value, line, p.lists)...)
	if value != "" && hasAttr(n, key, p.lang) {
		p.attrs[slot] = attrLine{line, value}
		if (key == attrCode || key == attrAliases || key == attrSources) && n != p.doc {
			p.named[attrPlace{n.Loc[p.lang], key}] = model.Loc{File: p.file, Line: line}
		}
	}
}

// fewEnough reports whether a RACI, hand-off or Overlaps line names few
// enough units (or items) to be read: at most maxLineRefs, and the
// content's references in all at most maxRefs. A line past either bound
// is reported and not read.
func (p *bodyParser) fewEnough(key attr, value string, line int) bool {
	n := countNames(value)
	what := "references"
	if key.isRACI() {
		what = "units"
	}
	if n > maxLineRefs {
		p.c.add(p.file, line, fmt.Sprintf("name at most %d %s on one line: only those that hold the role (a line on a section applies to every duty beneath it)", maxLineRefs, what),
			"%s names %d %s; one line may name at most %d", p.c.labelAt(p.file, line, key, p.lang), n, what, maxLineRefs)
		return false
	}
	if p.budget != nil && !p.budget.takeRefs(n) {
		if !p.budget.refsTold.Swap(true) {
			p.c.add(p.file, line, "name fewer units on each RACI line (a line on a section applies to every duty beneath it), or split the organisation into folders each loaded on its own (--content)",
				"the content is too large: its RACI, hand-off and Overlaps lines make more than %d references in all, more than dutymap reads", maxRefs)
		}
		return false
	}
	return true
}

// joinFix is the fix for a line of key whose node n has one on line prev
// already: the values joined into that line, which is then the only one
// (a Code has one value: keep one line). indent is the indentation the
// line lacks (it was written unindented under its duty), or 0. A duty has one accountable unit,
// so a second Accountable: line naming another is not joined (check would
// then report the line as multi-accountable): see accountableFix.
func (p *bodyParser) joinFix(n *model.Node, key attr, prev attrLine, value string, indent, line int) string {
	if key == attrCode {
		return fmt.Sprintf("keep one Code: line (line %d says %s) and delete the other", prev.line, prev.value)
	}
	items, added := addValues(key, attrValues(key, prev.value), value)
	if !added {
		return fmt.Sprintf("line %d already says  %s%s: delete this line", prev.line, p.c.keyAt(p.file, prev.line, key, p.lang), prev.value)
	}
	had := len(attrValues(key, prev.value))
	if key == attrAccountable {
		return p.accountableFix(n, prev, items[had:], indent, line)
	}
	edits := ""
	if key.isRACI() {
		kept, others, why := p.place(n, key, items[had:])
		if len(kept) == 0 {
			return "delete this line: " + why
		}
		items, edits = append(items[:had], kept...), others
		if why != "" {
			edits += " (" + why + ")"
		}
	}
	return fmt.Sprintf("write both on one line: make line %d  %s%s  and delete this line%s", prev.line, p.c.keyAt(p.file, prev.line, key, p.lang), joinValues(p.lang, items), edits)
}

// strength orders the RACI roles as check's raci-repeat does: a unit
// that does or answers for the work needs no Consulted: or Informed: line
// of it, and one consulted no Informed: line.
func strength(a attr) int {
	switch a {
	case attrResponsible, attrAccountable:
		return 2
	case attrConsulted:
		return 1
	}
	return 0
}

// keepAncestors keeps the sections n (a duty, or the open section) is
// written under, for place, which runs once the file is read: a section's
// RACI lines apply to the duties beneath it. Kept only for the nodes a fix
// may be written for, which few are.
func (p *bodyParser) keepAncestors(n *model.Node) {
	if _, ok := p.ancestors[n]; ok {
		return
	}
	if p.ancestors == nil {
		p.ancestors = map[*model.Node][]*model.Node{}
	}
	var above []*model.Node
	for i := len(p.stack) - 1; i >= 0; i-- {
		if p.stack[i] != n {
			above = append(above, p.stack[i])
		}
	}
	p.ancestors[n] = above
}

// appliedLine is the RACI line of role that applies to n: its own, or else
// the nearest line of a section above it (see keepAncestors); inherited
// says which.
func (p *bodyParser) appliedLine(n *model.Node, role attr) (had attrLine, inherited, ok bool) {
	if had, ok := p.attrs[attrSlot{n, role}]; ok {
		return had, false, true
	}
	for _, a := range p.ancestors[n] {
		if had, ok := p.attrs[attrSlot{a, role}]; ok {
			return had, true, true
		}
	}
	return attrLine{}, false, false
}

// place gives names the role key on n, as a fix writes them, against the
// other RACI lines that apply to n (its own and its sections', those read
// and those earlier fixes write): a unit named in two roles is check's
// raci-repeat, unless they are Responsible and Accountable. A name another
// line gives a stronger role is left out of kept, and why says so; a name
// n's own line gives a weaker role comes off that line, and edits says how
// (", and make line 9  Informed: sales", ", and delete line 9"); a
// section's weaker line stays, as check lets a line below it say more.
// Names are compared as written, folded (letter case, width, "-" and "_"
// as spaces, traditional characters as simplified): what a name resolves
// to is known only once every file is read.
func (p *bodyParser) place(n *model.Node, key attr, names []string) (kept []string, edits, why string) {
	var reasons []string
	for _, x := range names {
		drop := ""
		for _, role := range raciKeys4 {
			had, inherited, ok := p.appliedLine(n, role)
			if ok && role != key && strength(role) > strength(key) && holds(attrValues(role, had.value), x) {
				if inherited {
					drop = fmt.Sprintf("%s is named %s on line %d, the section's line above this duty, which says more", x, p.c.labelAt(p.file, had.line, role, p.lang), had.line)
					break
				}
				drop = fmt.Sprintf("%s is named %s on line %d, which says more", x, p.c.labelAt(p.file, had.line, role, p.lang), had.line)
				break
			}
		}
		if drop != "" {
			reasons = append(reasons, drop)
			continue
		}
		kept = append(kept, x)
	}
	for _, role := range raciKeys4 {
		had, ok := p.attrs[attrSlot{n, role}]
		if !ok || role == key || strength(role) >= strength(key) {
			continue
		}
		vals := attrValues(role, had.value)
		rest := slices.DeleteFunc(slices.Clone(vals), func(v string) bool { return holds(kept, v) })
		switch {
		case len(rest) == len(vals):
		case len(rest) == 0:
			edits += fmt.Sprintf(", and delete line %d (%s%s)", had.line, p.c.keyAt(p.file, had.line, role, p.lang), had.value)
		default:
			edits += fmt.Sprintf(", and make line %d  %s%s", had.line, p.c.keyAt(p.file, had.line, role, p.lang), joinValues(p.lang, rest))
		}
	}
	return kept, edits, strings.Join(reasons, "; ")
}

// placeNote is what a fix that writes names in the role key on n adds
// for n's other RACI lines (see place): the lines to change, and the
// names to leave out, if any; del is true when every name is left out,
// and the note then says why the line is to be deleted instead.
func (p *bodyParser) placeNote(n *model.Node, key attr, names []string) (note string, del bool) {
	kept, edits, why := p.place(n, key, names)
	switch {
	case len(kept) == 0:
		return why, true
	case why != "":
		return fmt.Sprintf(", naming %s only%s (%s)", joinValues(p.lang, kept), edits, why), false
	}
	return edits, false
}

// holds reports whether names holds name, folded (model.Fold): "Sales
// dept" and "sales-dept", 銷售部 and 销售部 are one.
func holds(names []string, name string) bool {
	f := model.Fold(name)
	return slices.ContainsFunc(names, func(v string) bool { return model.Fold(v) == f })
}

// raciKeys4 are the RACI keys in RACI order.
var raciKeys4 = [...]attr{attrResponsible, attrAccountable, attrConsulted, attrInformed}

// accountableFix is the fix for a second Accountable: line naming others,
// units the line on prev does not: check's own fix for a multi-accountable
// duty, keep one unit and name the others Responsible: or Consulted:,
// written out. Where n has a line of that role already, the others join it;
// else this line becomes that role's, indented by indent spaces when it
// lacks them.
func (p *bodyParser) accountableFix(n *model.Node, prev attrLine, others []string, indent, line int) string {
	// This line is rewritten in the language its key is written in.
	lang := p.c.langAt(p.file, line, p.lang)
	rewrite := func(role attr) string {
		// The others' other lines: a unit consulted on the duty already
		// comes off that line when it is made Responsible, and one
		// responsible already is not named Consulted too (raci-repeat).
		kept, edits, why := p.place(n, role, others)
		if why != "" {
			why = " (" + why + ")"
		}
		if len(kept) == 0 {
			return "delete this line" + why
		}
		had, ok := p.attrs[attrSlot{n, role}]
		switch {
		case !ok && indent > 0:
			return fmt.Sprintf("indent this line by %d spaces and make it  %s%s%s%s", indent, attrKey(role, lang), joinValues(p.lang, kept), edits, why)
		case !ok:
			return fmt.Sprintf("make this line  %s%s%s%s", attrKey(role, lang), joinValues(p.lang, kept), edits, why)
		}
		items, added := addValues(role, attrValues(role, had.value), joinValues(p.lang, kept))
		if !added {
			if why != "" {
				why = strings.Replace(why, " (", "; ", 1)
			}
			return fmt.Sprintf("delete this line (line %d says  %s%s%s)%s", had.line, p.c.keyAt(p.file, had.line, role, p.lang), had.value, strings.TrimSuffix(why, ")"), edits)
		}
		return fmt.Sprintf("make line %d  %s%s  and delete this line%s%s", had.line, p.c.keyAt(p.file, had.line, role, p.lang), joinValues(p.lang, items), edits, why)
	}
	other := "the other"
	if len(others) > 1 {
		other = "the others"
	}
	// Two ways that both delete the line are one.
	ways := rewrite(attrResponsible)
	if c := rewrite(attrConsulted); !strings.HasPrefix(ways, "delete this line") || !strings.HasPrefix(c, "delete this line") {
		ways += ", or " + c
	}
	return fmt.Sprintf("a duty has one accountable unit: keep line %d  %s%s  (the one that answers for the work) and name %s %s or %s — %s",
		prev.line, p.c.keyAt(p.file, prev.line, attrAccountable, p.lang), prev.value, other,
		attrResponsible.label(lang), attrConsulted.label(lang), ways)
}

// addValues appends the items of value that items lacks; added reports
// whether there was one.
func addValues(key attr, items []string, value string) (out []string, added bool) {
	out = slices.Clone(items)
	for _, v := range attrValues(key, value) {
		if !slices.Contains(out, v) {
			out, added = append(out, v), true
		}
	}
	return out, added
}

// reportRoles reports the lines whose key looks like a RACI role. The fix
// writes the role's key; where the node has a line of that role already,
// or an earlier line's fix writes one, it joins the names into that line.
func (p *bodyParser) reportRoles() {
	for _, r := range p.roles {
		// The roles are named in the language the line writes its key in
		// ("Responsibel:" in a Chinese file is shown Responsible:).
		lang := model.Zh
		if isASCII(r.key) {
			lang = model.En
		}
		fix := unknownRoleFix(lang, r.value, r.want)
		if slot := (attrSlot{r.n, r.want}); r.want != attrNone && r.value != "" {
			if prev, ok := p.attrs[slot]; ok {
				fix = "for " + roleMeaning[r.want] + ", " + p.joinFix(r.n, r.want, prev, r.value, 0, r.line)
			} else {
				if note, del := p.placeNote(r.n, r.want, splitNames(r.value)); del {
					fix = "delete this line: " + note
				} else {
					fix += note
				}
				p.attrs[slot] = attrLine{r.line, r.value}
			}
		}
		if r.want.isRACI() && slices.ContainsFunc(splitNames(r.value), func(v string) bool { return looksLikePerson(v, personKey(r.key)) }) {
			// Whether the names are people or units is known once the
			// organisation is whole (see reportPersonRoles).
			p.c.personRoles = append(p.c.personRoles, personRole{model.Loc{File: p.file, Line: r.line}, r.n, r.key, r.value, r.want, lang, fix})
			continue
		}
		p.c.add(p.file, r.line, fix, "unknown role %q: the RACI roles are %s", r.key, raciKeys(lang))
	}
}

// raciKeys lists the four RACI keys as a file in lang writes them:
// "Responsible, Accountable, Consulted and Informed", "负责, 批准, 咨询 and
// 知会".
func raciKeys(lang model.Lang) string {
	name := attr.String
	if lang == model.Zh {
		name = func(a attr) string { return attrNamesZh[a] }
	}
	return name(attrResponsible) + ", " + name(attrAccountable) + ", " + name(attrConsulted) + " and " + name(attrInformed)
}

// tooDeep reports line n, nested d levels, unless the line before it
// was too deep as well: a quote or list that goes on deepening is one
// problem, at its first line (3,000 lines of it were 2,993 problems).
func (p *bodyParser) tooDeep(n, d int) {
	if p.deepLine == 0 || n != p.deepLine+1 {
		p.c.add(p.file, n, fmt.Sprintf("flatten it to at most %d levels of quotes and lists (this line and the ones nested under it)", maxNesting),
			"text nested %d levels deep", d)
	}
	p.deepLine = n
}

func (p *bodyParser) top() *model.Node { return p.stack[len(p.stack)-1] }

// nested reports the sub-items of the open duty, at the first one: the
// fix, a sub-section one heading level below the section the duty stands
// in, covers them all.
func (p *bodyParser) nested(n int) {
	if p.nestedAt == p.itemLine {
		return
	}
	p.nestedAt = p.itemLine
	h := strings.Repeat("#", min(p.levels[len(p.levels)-1]+1, maxHeading))
	p.c.add(p.file, n, fmt.Sprintf("duties do not nest: turn the item on line %d into a %s heading and its sub-items into that section's duties", p.itemLine, h),
		"nested list under a duty")
}

func (p *bodyParser) addDesc(line string) {
	// A blank line ends the attribute lines; text ends the chance of any.
	p.fresh = false
	p.early = p.early && strings.TrimSpace(line) == ""
	b := &p.desc[len(p.desc)-1]
	b.WriteString(line)
	b.WriteByte('\n')
}

// pop closes the innermost section, storing its description.
func (p *bodyParser) pop() {
	last := len(p.stack) - 1
	n := p.stack[last]
	if n.Kind.IsLeaf() {
		p.reportUnderLeaf(n)
	}
	p.endLookalikes()
	p.noteLookalikes(n)
	if desc := trimDescription(p.desc[last].String()); desc != "" {
		n.Edit().Body[p.lang] = desc
		p.longDescription(desc, n.Kind.String(), n.Loc[p.lang].Line)
	}
	p.stack, p.levels, p.desc = p.stack[:last], p.levels[:last], p.desc[:last]
}

// reportUnderLeaf reports the list items and the headings right under
// d, a duty written as a heading that closes: the items as one problem at
// the first of them, the headings as one at the first of them. When a
// line between the heading and the items looks like a heading but is not
// one, the items were meant under it: its fix is theirs (removing .duty
// would put them in the wrong section).
func (p *bodyParser) reportUnderLeaf(d *model.Node) {
	items, headings := p.underLeaf, p.leafHeadings
	p.underLeaf, p.leafHeadings = nil, nil
	at := d.Loc[p.lang].Line
	fix := fmt.Sprintf("remove .duty from the heading on line %d to make it a section", at)
	switch len(headings) {
	case 0:
	case 1:
		p.c.add(p.file, headings[0], fix, "a heading under a duty: a duty written as a heading holds no sections")
	default:
		p.c.add(p.file, headings[0], fix, "%d headings under a duty (%s): a duty written as a heading holds no sections", len(headings), lineList(headings))
	}
	if len(items) == 0 {
		return
	}
	if lost := p.lostHeading; lost.line > at && lost.line < items[0] {
		fix = fmt.Sprintf("line %d, which looks like their heading, is not one: write it  %s  (a space after the #s), and they are its section's duties", lost.line, lost.written)
	}
	if len(items) == 1 {
		p.c.add(p.file, items[0], fix, "a list item under a duty: a duty written as a heading holds no duties")
		return
	}
	p.c.add(p.file, items[0], fix, "%d list items under a duty (%s): a duty written as a heading holds no duties", len(items), lineList(items))
}

// lineList names file lines, in order: "lines 7–9" when they follow each
// other, else "lines 7, 10 and 12" (the first five, and how many more).
func lineList(lines []int) string {
	if lines[len(lines)-1]-lines[0] == len(lines)-1 {
		return fmt.Sprintf("lines %d–%d", lines[0], lines[len(lines)-1])
	}
	var b strings.Builder
	b.WriteString("lines ")
	shown := min(len(lines), 5)
	for i, l := range lines[:shown] {
		switch {
		case i == 0:
		case i == shown-1 && shown == len(lines):
			b.WriteString(" and ")
		default:
			b.WriteString(", ")
		}
		b.WriteString(itoa(l))
	}
	if more := len(lines) - shown; more > 0 {
		fmt.Fprintf(&b, " and %d more", more)
	}
	return b.String()
}

// describe adds a line of the open duty's description.
func (p *bodyParser) describe(line string, n int) {
	text := deindent(line, p.itemIndent)
	if p.inDesc {
		for range p.itemBlanks {
			p.itemDesc.WriteByte('\n')
		}
	}
	p.itemBlanks = 0
	switch {
	case p.descFence != "":
		if strings.HasPrefix(strings.TrimSpace(text), p.descFence) {
			p.descFence = ""
		}
	case isFence(text) != "":
		p.descFence, p.fenceLine = isFence(text), n
	case !p.inDesc && isNested(strings.Repeat(" ", p.itemIndent)+text):
		// A list right under a duty reads as sub-duties, which do not exist.
		p.nested(n)
	default:
		if d := nestingDepth(text); d > maxNesting {
			p.tooDeep(n, d)
			text = strings.TrimLeft(text, " \t>-*+")
		}
		if !isThematicBreak(text) {
			p.prose.read(line, n, p.itemIndent)
		}
	}
	p.inDesc = true
	p.itemDesc.WriteString(text)
	p.itemDesc.WriteByte('\n')
}

// endItem closes the open duty: its title and description are complete, and
// blank lines after it go back to the section's description.
func (p *bodyParser) endItem() {
	if p.item == nil {
		return
	}
	p.item.Title[p.lang] = strings.TrimSpace(p.item.Title[p.lang])
	p.plainTitle(p.item.Title[p.lang], "duty's line", p.itemLine)
	if p.inDesc {
		if desc := strings.TrimRight(p.itemDesc.String(), " \t\n"); desc != "" {
			p.item.Edit().Body[p.lang] = desc
			p.longDescription(desc, p.item.Kind.String(), p.itemLine)
		}
		if p.descFence != "" {
			p.c.add(p.file, p.fenceLine, "close the code block in its description with "+p.descFence, "a code block in the duty's description is never closed")
		}
	}
	blanks := p.itemBlanks
	p.item, p.inDesc, p.itemBlanks, p.descFence = nil, false, 0, ""
	p.itemDesc.Reset()
	for range blanks {
		p.addDesc("")
	}
}

// maxHeading is the deepest Markdown heading: ###### (six #s).
const maxHeading = 6

// heading opens a section, or with the .duty class a duty written as a
// heading, which can stand after sub-sections as a list item cannot.
func (p *bodyParser) heading(level int, title string, n int) {
	p.endItem()
	tooDeep := level > maxHeading
	switch {
	case level == 1:
		p.c.add(p.file, n, "use ## for a top-level section; the department's name comes from name: in the front matter", "a # heading is not allowed")
		level = 2
	case level > maxHeading:
		// The fix is the deepest level validation accepts here: one below
		// the open section, at most six; the heading is read at that level.
		parent := p.levels[len(p.levels)-1]
		fix := fmt.Sprintf("write %s, the level below the %s section above it", strings.Repeat("#", parent+1), strings.Repeat("#", parent))
		switch {
		case parent == 1:
			fix = "write ##, the level of a top-level section"
		case parent == maxHeading:
			fix = "write ###### (six #s): Markdown has no deeper heading, so it becomes a sibling of the ###### section above; or split the file so that sections nest less deeply"
		}
		p.c.add(p.file, n, fix, "a heading of %d #s: Markdown headings stop at six", level)
		level = min(parent+1, maxHeading)
	}
	for len(p.stack) > 1 && p.levels[len(p.levels)-1] >= level {
		p.pop()
	}
	// A line that is not a heading, above this one, is no cause of
	// what stands under this heading.
	p.lostHeading.line = 0
	if parent := p.levels[len(p.levels)-1]; level > parent+1 && !tooDeep { // one problem per line
		p.c.add(p.file, n, strings.Repeat("#", parent+1)+" is the next level here", "heading skips a level (%s after %s)", strings.Repeat("#", level), strings.Repeat("#", parent))
	}
	id, role, kind := "", model.RoleGroup, model.KindSection
	if rest, attrs, ok := cutAttrs(title); ok {
		title = stripClosingHashes(rest)
		for _, f := range strings.Fields(attrs) {
			switch {
			case strings.HasPrefix(f, "#"):
				id = f[1:]
				p.c.checkID(p.file, n, "{#%s}", "section id", id, title)
			case f == ".duty" || f == ".point":
				kind = p.leaf
			case strings.HasPrefix(f, "."):
				if !model.IsRole(f[1:]) {
					p.c.add(p.file, n, "use .position, .stage, .unit, .role or .group for a section, or .duty for a duty", "unknown section kind %q", f)
					continue
				}
				if role != model.RoleGroup && role != model.Role(f[1:]) {
					// {#x .position .unit}: the last one won, without a word
					p.c.add(p.file, n, fmt.Sprintf("keep one of .%s and %s", role, f), "a section has one kind, and this heading gives two: .%s and %s", role, f)
				}
				role = model.Role(f[1:])
			default:
				p.c.add(p.file, n, "write {#id} and optionally a kind such as .position", "cannot read %q in the heading's {…}", f)
			}
		}
	} else {
		p.idLookalike(title, "heading", n)
	}
	if kind.IsLeaf() && role != model.RoleGroup {
		p.c.add(p.file, n, "keep .duty for a duty, or ."+string(role)+" for a section", "a heading is both a duty and a .%s", role)
		role = model.RoleGroup
	}
	if title == "" {
		p.c.add(p.file, n, "write the section's name after the #s", "heading has no text")
	}
	if parent := p.top(); parent.Kind.IsLeaf() {
		p.leafHeadings = append(p.leafHeadings, n) // reported once, with the items (reportUnderLeaf)
	}
	if id == "" && !kind.IsLeaf() {
		id = slug(title) // a duty without an id is numbered, as list items are
	}
	sec := p.newNode()
	sec.ID, sec.Kind, sec.Role = id, kind, role
	sec.Title[p.lang] = title
	p.plainTitle(title, "heading", n)
	sec.Loc[p.lang] = model.Loc{File: p.file, Line: n}
	if parent := p.top(); !parent.Kind.IsLeaf() { // a duty holds no sections: it is read, and joins nothing
		parent.Children = append(parent.Children, sec)
	}
	p.stack = append(p.stack, sec)
	p.levels = append(p.levels, level)
	p.desc = append(p.desc, strings.Builder{})
	p.fresh, p.early = true, true
}

func (p *bodyParser) listItem(text string, indent, n int, leaf model.Kind) {
	p.endItem()
	p.ruleBetweenLeaves()
	p.fresh, p.early = false, false
	id := ""
	if rest, attrs, ok := cutAttrs(text); ok && strings.HasPrefix(strings.TrimSpace(attrs), "#") {
		id = strings.TrimSpace(attrs)[1:]
		text = rest
		p.c.checkID(p.file, n, "{#%s}", "duty id", id, text)
	} else if !ok {
		p.idLookalike(text, "duty", n)
	}
	parent := p.top()
	switch {
	case parent == p.doc && parent.Kind == model.KindDepartment:
		p.c.add(p.file, n, "put duties under a ## heading, such as ## Responsibilities {#responsibilities}", "a duty stands outside any section")
	case parent.Kind.IsLeaf():
		// Reported once, when the duty closes (reportUnderLeaf); the item
		// joins no node: a duty holds no duties.
		p.underLeaf = append(p.underLeaf, n)
	}
	d := p.newNode()
	d.ID, d.Kind = id, leaf
	d.Title[p.lang] = text
	d.Loc[p.lang] = model.Loc{File: p.file, Line: n}
	if !parent.Kind.IsLeaf() {
		parent.Children = append(parent.Children, d)
	}
	if text == "" {
		p.c.add(p.file, n, "write the duty after the dash, or delete the line", "empty duty")
	}
	p.item, p.itemLine, p.itemIndent = d, n, indent
}

// maxNodeBlock is the most nodes newNode makes at once.
const maxNodeBlock = 64

// newNode returns a new node of the body: made in blocks, one allocation
// for up to maxNodeBlock of a file's nodes where each duty's was one of
// its own (at 100,000 duties, a third of reading a list item). Each
// block is as large as all before it, from one node, so a file makes at
// most twice the nodes it needs (a file of one duty, just its own).
func (p *bodyParser) newNode() *model.Node {
	if len(p.spare) == 0 {
		p.spare = make([]model.Node, min(max(p.made, 1), maxNodeBlock))
	}
	p.made++
	n := &p.spare[0]
	p.spare = p.spare[1:]
	return n
}

// NumberLeaves gives leaves without an explicit id their 1-based position
// among the parent's leaves, so English and Chinese line up by order: as
// the loader reads a file, and as import numbers the rows it writes.
func NumberLeaves(n *model.Node) {
	k := 0
	for _, ch := range n.Children {
		if ch.Kind.IsLeaf() {
			k++
			if ch.ID == "" {
				ch.ID = itoa(k)
			}
		} else {
			NumberLeaves(ch)
		}
	}
}

func itoa(i int) string {
	if i < 10 {
		return string(rune('0' + i))
	}
	return itoa(i/10) + string(rune('0'+i%10))
}

// ID makes an id from text, as a heading without {#id} gets one: lower
// case, words joined by "-" ("Market research" gives market-research),
// cut to MaxID bytes (shortID): import makes a unit's id from its name,
// and a name of 80 words gave an id the loader refused, with the fix to
// write a shorter "id:" in a file the sheet's user never wrote (hunt25).
func ID(text string) string { return shortID(slug(text)) }

// ValidID reports whether s may be written as an id.
func ValidID(s string) bool { return validID(s) }

// validID reports whether s is an id: lower-case letters (of any script,
// so 职责 is one), digits, and "-" between them; exactly what slug makes.
// (Written out rather than as a regular expression: an import checks
// hundreds of thousands of ids.)
func validID(s string) bool {
	for i, r := range s {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
		case r == '-' || unicode.IsMark(r):
			if i == 0 {
				return false
			}
		case r < utf8.RuneSelf || r == utf8.RuneError:
			return false
		case unicode.IsLetter(r) && !unicode.IsUpper(r) && !unicode.IsTitle(r), unicode.Is(unicode.Nd, r):
		default:
			return false
		}
	}
	return s != ""
}

// MaxID is the longest an id written in content may be, in bytes: an id
// is written into every path and reference that names its part (export,
// search, show), so a longer one is a slip, such as a pasted paragraph.
const MaxID = 128

// checkID reports id, written on line n as layout writes it ("{#%s}" or
// "id: %s") and naming text, if it is too long or not an id; what names
// it ("duty id"). A long id is not echoed: its length is what is wrong.
func (c *collector) checkID(file string, n int, layout, what, id, text string) {
	switch {
	case len(id) > MaxID:
		good := slug(text)
		if good == "section" {
			good = slug(id)
		}
		c.add(file, n, "write a shorter id: "+fmt.Sprintf(layout, shortID(good)),
			"%s is %d bytes long; the most an id may be is %d", what, len(id), MaxID)
	case !validID(id):
		c.add(file, n, idFix(layout, id, text), "%s %q is not valid", what, id)
	case isASCII(id):
		// plain letters are normal in every form: most ids, checked
		// without the normalisation tables (which allocate)
	case !norm.NFC.IsNormalString(id):
		// "café" written e + U+0301 (as text pasted from some sources
		// and macOS file names is): it looks the same as café, and is
		// another id, so its twin in the other language, and every
		// reference written with é, miss it.
		// A note: content that writes it so everywhere works as it did.
		c.note(file, n, "write each accented letter as the one character it is:  "+fmt.Sprintf(layout, norm.NFC.String(id)),
			"%s %q writes an accented letter as a letter and a separate accent, which looks the same and is another id", what, id)
	case !norm.NFKC.IsNormalString(id) && validID(norm.NFKC.String(id)):
		// "ｍａｒｋｅｔ", typed with a Chinese input method in full-width
		// mode: another id than market, which references, paths and
		// --content commands are typed with.
		c.note(file, n, "write it in plain characters:  "+fmt.Sprintf(layout, norm.NFKC.String(id)),
			"%s %q is written in full-width or other compatibility characters, which look like plain ones and make another id", what, id)
	}
}

// shortID cuts an id made by slug to at most MaxID bytes, at a "-" when
// one is near the end, else at a letter's end.
func shortID(id string) string {
	if len(id) <= MaxID {
		return id
	}
	cut := MaxID
	for cut > 0 && !utf8.RuneStart(id[cut]) {
		cut--
	}
	if dash := strings.LastIndexByte(id[:cut], '-'); dash > MaxID/2 {
		cut = dash
	}
	return id[:cut]
}

// idFix is the fix for an invalid id: the id written as it should be
// (layout is "{#%s}" or "id: %s"), made from the bad id or, failing that,
// from the text it names.
func idFix(layout, bad, text string) string {
	good := slug(bad)
	if good == "section" {
		good = slug(text)
	}
	return fmt.Sprintf("ids use lower-case letters, digits and -: write "+layout, shortID(good))
}

// slug makes an id from heading text: lower case, words joined by "-",
// an accented letter written as one character and full-width letters as
// plain ones (NFKC: "Re\u0301sume\u0301" gives "résumé", "ＣＲＭ" "crm",
// the ids the same names typed otherwise give).
func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(norm.NFKC.String(s)) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || (unicode.IsMark(r) && b.Len() > 0 && !dash) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
		} else {
			dash = true
		}
	}
	if b.Len() == 0 {
		return "section"
	}
	return b.String()
}

func splitList(s string) []string {
	var out []string
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == '，' || r == '、' || r == ' ' }) {
		out = append(out, strings.TrimSpace(f))
	}
	return out
}

// MaxTitle is the longest a title may be, in bytes: a duty's line or a
// heading (the longest in the O*NET task statements is under 1 KB; the
// bound keeps one pasted book from being measured and drawn whole in
// every list, search result and breadcrumb).
const MaxTitle = 64 << 10

// sizeKB writes a size for a message: "16114 KB".
func sizeKB(n int) string { return fmt.Sprintf("%d KB", (n+1023)/1024) }

// longDescription notes a description that search and similarity read
// only the beginning of (analysis.MaxText).
func (p *bodyParser) longDescription(body, what string, line int) {
	if len(body) > analysis.MaxText {
		p.c.note(p.file, line, "split it over sections, or keep the long text in a document of its own and cite it as a source",
			"the description of this %s is %s; search and comparison read its first %s", what, sizeKB(len(body)), sizeKB(analysis.MaxText))
	}
}

// LongTitleFix is the fix of a title past MaxTitle, in a content file's
// terms; import gives a sheet's instead.
const LongTitleFix = "keep it to a sentence; longer text belongs in the description: a blank line, then the text indented under it"

// plainTitle notes Markdown markup in a title, and refuses a title past
// MaxTitle. Titles (a duty's line, a
// heading) are plain text: the tree, search results, breadcrumbs and
// pages show them as written, so **key** would show its asterisks there.
// Emphasis, code and links belong in the description, which is Markdown.
func (p *bodyParser) plainTitle(title, what string, line int) {
	if len(title) > MaxTitle {
		// A title is shown whole in every list, line and breadcrumb; one
		// of megabytes (a paste gone wrong) would be measured and drawn
		// on every frame.
		p.c.add(p.file, line, LongTitleFix,
			"a %s is %s long; the most it may be is %s", what, sizeKB(len(title)), sizeKB(MaxTitle)).as(KindLongTitle, "")
		return
	}
	if box := taskBox(title); box != "" && what == "duty's line" {
		// "- [ ] Set prices", copied from a task list: the box is text
		p.c.note(p.file, line, "write the duty without the box:  - "+strings.TrimSpace(title[len(box):]),
			"a %s is plain text: %s, a task list's box, is shown as written, part of the duty", what, box)
		return
	}
	m := inlineMarkup(title)
	if m == "" {
		return
	}
	p.c.note(p.file, line, "write it without the marks; emphasis, code and links belong in the description below it, which is Markdown",
		"a %s is plain text: %s is shown as written, marks included", what, m)
}

// inlineMarkup returns the first Markdown inline markup in s (**bold**,
// *emphasis*, _emphasis_, `code`, ~~struck~~, a footnote's [^1], [a
// link](url)), or "". It
// reads delimiters as CommonMark mostly does: the text inside does not
// start or end with a space, _ does not open or close inside a word, and
// an escaped delimiter (\*) is text.
func inlineMarkup(s string) string {
	if !hasByte(s, "*_`[~") {
		return ""
	}
	for _, d := range []string{"**", "__", "~~", "`", "*", "_"} {
		if m := delimited(s, d); m != "" {
			return m
		}
	}
	if i := strings.Index(s, "[^"); i >= 0 && !escapedAt(s, i) {
		if k := strings.IndexByte(s[i:], ']'); k > 2 && !strings.ContainsAny(s[i:i+k], " \t") {
			return s[i : i+k+1] // a footnote's mark, [^1]
		}
	}
	if i := strings.Index(s, "]("); i > 0 {
		if j := strings.LastIndexByte(s[:i], '['); j >= 0 && !escapedAt(s, j) {
			if k := strings.IndexByte(s[i:], ')'); k > 0 {
				return s[j : i+k+1]
			}
		}
	}
	return ""
}

// taskBox is the task-list box ("[ ]", "[x]") s starts with, followed by
// text, or "".
func taskBox(s string) string {
	for _, box := range []string{"[ ]", "[x]", "[X]"} {
		if rest, ok := strings.CutPrefix(s, box); ok && strings.HasPrefix(rest, " ") && strings.TrimSpace(rest) != "" {
			return box
		}
	}
	return ""
}

// delimited finds d…d around text in s.
func delimited(s, d string) string {
	for from := 0; ; {
		i := strings.Index(s[from:], d)
		if i < 0 {
			return ""
		}
		i += from
		from = i + len(d)
		inner := s[from:]
		if escapedAt(s, i) || inner == "" || startsSpace(inner) || (d == "_" && i > 0 && wordRune(lastRune(s[:i]))) {
			continue
		}
		if d != "`" && strings.HasPrefix(inner, d[:1]) {
			continue // a longer run: ***, or ** when looking for *
		}
		j := strings.Index(inner, d)
		for j > 0 && (escapedAt(inner, j) || (d != "`" && j+len(d) < len(inner) && inner[j+len(d)] == d[0])) {
			k := strings.Index(inner[j+len(d):], d)
			if k < 0 {
				j = -1
				break
			}
			j += len(d) + k
		}
		if j <= 0 || endsSpace(inner[:j]) || (d == "_" && wordRune(firstRune(inner[j+1:]))) {
			continue
		}
		return s[i : from+j+len(d)]
	}
}

func escapedAt(s string, i int) bool {
	n := 0
	for i-n-1 >= 0 && s[i-n-1] == '\\' {
		n++
	}
	return n%2 == 1
}

func startsSpace(s string) bool { return unicode.IsSpace(firstRune(s)) }
func endsSpace(s string) bool   { return unicode.IsSpace(lastRune(s)) }

func firstRune(s string) rune { r, _ := utf8.DecodeRuneInString(s); return r }
func lastRune(s string) rune  { r, _ := utf8.DecodeLastRuneInString(s); return r }

func wordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// joinContinued joins a duty's line and its continuation on the next, as
// Markdown joins a paragraph's lines: with a space, or with none between
// two CJK characters ("编制预算，" and "并报审批"; hunt27 H3: the duty read
// "编制预算， 并报审批", a space no one wrote, on every screen and export).
func joinContinued(title, more string) string {
	if run := len(title) - len(strings.TrimRight(title, `\`)); run%2 == 1 {
		// "- Plan the\" then "budget.": a backslash ending a line is a
		// hard break to Markdown, and a duty is one line; it read
		// "Plan the\ budget."
		title = strings.TrimRight(title[:len(title)-1], " \t")
	}
	return linebreak.Join(title, more)
}

// lazyContinuation reads a line written at the left edge right under a
// duty's line as more of the duty, as Markdown does (CommonMark's "lazy
// continuation line": an editor's hard wrap, a paste), and notes it, so
// that the writer knows the duty reads so. It was the section's text,
// shown above the list, and the duty was cut short without a word
// (hunt27 H4: "- Check the" / "contracts." read "Check the"). A line that
// starts a block of its own (a heading, a quote, a fence, HTML, a table,
// a rule) is not one, nor an attribute line, nor a numbered line that
// looks like a list item (each is told elsewhere).
func (p *bodyParser) lazyContinuation(line, trimmed string, n int) bool {
	if p.item == nil || p.itemBlanks > 0 || p.inDesc || trimmed == "" || line[0] == ' ' || line[0] == '\t' {
		return false
	}
	if first, _ := utf8.DecodeRuneInString(line); unicode.IsSpace(first) || strings.ContainsRune("#＃>＞<|`~=", first) {
		return false
	}
	if _, _, ok := parseAttr(trimmed); ok {
		return false
	}
	if _, _, _, ok := unknownRole(trimmed); ok {
		return false
	}
	if _, _, ok := lookalikeItem(line); ok {
		return false
	}
	p.item.Title[p.lang] = joinContinued(strings.TrimRight(p.item.Title[p.lang], " \t"), trimmed)
	item, itemLine, indent := p.item, p.itemLine, p.itemIndent
	p.later = append(p.later, func() {
		p.c.note(p.file, n, fmt.Sprintf("indent it by %d spaces to show it is part of the duty; to make it the section's text, leave a blank line above it", indent),
			"this line is not indented, and Markdown reads it as more of the duty on line %d: the duty reads %q", itemLine, termsafe.CutArg(item.Title[p.lang], 80))
	})
	return true
}

// codeListItem reports a list item indented as an indented code block is
// (4 columns or more): "    - Set prices." under a heading, pasted or
// indented by an editor, is code to Markdown, and the section had no
// duties without a word (hunt27 H6).
func codeListItem(line string) bool {
	if indentWidth(line) < 4 {
		return false
	}
	_, ok := listMarker(strings.TrimLeft(strings.TrimRight(line, "\r"), " \t"))
	return ok
}

// startsCode reports whether an indented line after above starts an
// indented code block: it follows a heading or a blank line, and the
// lines above the blank ones are not indented code already.
func startsCode(above []string) bool {
	if len(above) == 0 {
		return true
	}
	prev := above[len(above)-1]
	if level, _ := parseHeading(prev); level > 0 {
		return true
	}
	if strings.TrimSpace(prev) != "" {
		return false // it goes on the paragraph, or the code block, above
	}
	for i := len(above) - 1; i >= 0; i-- {
		if strings.TrimSpace(above[i]) != "" {
			return indentWidth(above[i]) < 4
		}
	}
	return true
}

// trimDescription drops the blank lines around a description and the
// blanks ending it, but keeps its first line's indentation: four spaces
// make an indented code block of it, and trimmed, "    SELECT * FROM t;"
// read as a paragraph, its lines joined and its * read as emphasis
// (hunt27 H8). Markdown ignores up to three.
func trimDescription(desc string) string {
	desc = strings.TrimRight(desc, " \t\n")
	for {
		nl := strings.IndexByte(desc, '\n')
		if nl < 0 || strings.TrimSpace(desc[:nl]) != "" {
			break
		}
		desc = desc[nl+1:]
	}
	if indentWidth(desc) < 4 {
		desc = strings.TrimLeft(desc, " \t")
	}
	return desc
}
