package content

import (
	"bytes"
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/dutymap/dutymap/internal/lazyre"
	"github.com/dutymap/dutymap/internal/linebreak"
	"github.com/dutymap/dutymap/internal/termsafe"
	"github.com/dutymap/dutymap/model"
	"go.yaml.in/yaml/v3"
)

// frontMatter is the YAML block at the top of a content file.
type frontMatter struct {
	ID        string    `yaml:"id"`
	Kind      string    `yaml:"kind"`
	Name      string    `yaml:"name"`
	Aliases   []string  `yaml:"aliases"`
	Code      string    `yaml:"code"`
	OrderYAML yaml.Node `yaml:"order"`
	Summary   string    `yaml:"summary"`
	Sources   []string  `yaml:"sources"`
	Traits    yaml.Node `yaml:"traits"`
	Concerns  []string  `yaml:"concerns"`
	From      string    `yaml:"from"`
	To        string    `yaml:"to"`
	Group     string    `yaml:"group"`

	Order *int           `yaml:"-"` // read from OrderYAML as YAML 1.2 reads an integer
	lines map[string]int // file line of each top-level key
	// bad marks the keys given with a mistake already reported (a value
	// of the wrong kind, say): what they would have set is not missing.
	bad map[string]bool
	// readAround: the YAML is not valid, and was read without the lines
	// of its problems (see readAround); it makes no document.
	readAround bool
}

var frontMatterKeys = "id, kind, name, aliases, code, order, summary, sources, traits, group, concerns, from, to"

// trimBOMs removes the byte order marks data starts with: one is how
// some editors save UTF-8, and a tool that adds one to a file that has
// one already makes two, as invisible as one.
func trimBOMs(data []byte) []byte {
	for bytes.HasPrefix(data, []byte("\ufeff")) {
		data = data[len("\ufeff"):]
	}
	return data
}

// splitFrontMatter separates the YAML block from the Markdown body. It
// returns the YAML, the body, and the file line on which the body starts.
func splitFrontMatter(data []byte) (yamlText, body []byte, bodyLine int, ok bool) {
	data = trimBOMs(data)
	first, _, found := bytes.Cut(data, []byte("\n"))
	if !found || strings.TrimSpace(string(first)) != "---" {
		return nil, data, 1, false
	}
	start := len(first) + 1
	for pos, line := start, 2; pos < len(data); line++ {
		next := len(data)
		if i := bytes.IndexByte(data[pos:], '\n'); i >= 0 {
			next = pos + i + 1
		}
		if strings.TrimRight(string(data[pos:next]), " \t\r\n") == "---" {
			return data[start:pos], data[next:], line + 1, true
		}
		pos = next
	}
	return nil, data, 1, false
}

var yamlLineRe = lazyre.New(`line (\d+): (.*)`)

// parseFrontMatter decodes the YAML block. Lines in problems are file lines
// (the YAML starts on line 2, after the opening "---"). ok is false only
// when there is no mapping of keys to read (not YAML, empty, a list); a key
// that is unknown, given twice or of the wrong kind of value is reported,
// left out and marked in fm.bad, and the rest is read, so that the file's
// other problems are reported with it.
func parseFrontMatter(file string, text []byte, c *collector) (*frontMatter, bool) {
	return readFrontMatter(file, text, maxFaultRounds, c)
}

// maxFaultRounds bounds how many times a front matter that is not valid
// YAML is read again around its faults (see readAround): a front matter
// of a thousand broken lines is not parsed a thousand times.
const maxFaultRounds = 3

// readFrontMatter is parseFrontMatter, reading around the YAML's faults
// at most rounds times.
func readFrontMatter(file string, text []byte, rounds int, c *collector) (*frontMatter, bool) {
	var fm frontMatter
	var root yaml.Node
	if err := yaml.Unmarshal(text, &root); err != nil {
		told := len(c.list)
		reportYAML(file, frontMatterDoc, text, err, c)
		if rounds == 0 {
			return nil, false
		}
		return readAround(file, text, told, rounds-1, c)
	}
	if len(root.Content) == 0 {
		id := idExample(file) // the file's own, not another department's (tryout24 H5)
		c.add(file, 1, fmt.Sprintf("add at least id and name between the --- lines, such as  id: %s  and  %s", id, nameExample(id, file, nil, model.En)), "the front matter is empty")
		return nil, false
	}
	doc := root.Content[0]
	if doc.Kind != yaml.MappingNode {
		c.add(file, doc.Line+1, "write key: value lines, such as  id: "+idExample(file), "the front matter is not a list of keys and values")
		return nil, false
	}
	fm.lines, fm.bad = make(map[string]int), make(map[string]bool)
	given := map[string]bool{}
	for i := 0; i+1 < len(doc.Content); i += 2 {
		given[doc.Content[i].Value] = true
	}
	for i := 0; i+1 < len(doc.Content); i += 2 {
		k, v := doc.Content[i], doc.Content[i+1]
		if first, twice := fm.lines[k.Value]; twice {
			c.add(file, k.Line+1, fmt.Sprintf("keep one %s: line (line %d) and delete the other", k.Value, first),
				"a second %s: key in the front matter", k.Value)
			continue
		}
		fm.lines[k.Value] = k.Line + 1
		if isMergeKey(k) {
			c.add(file, k.Line+1, mergeKeyFix, "a YAML merge key (<<) is not read in front matter")
			fm.bad[k.Value] = true
			continue
		}
		if k.Kind != yaml.ScalarNode {
			c.add(file, k.Line+1, "write the key as a plain word before the colon, such as  name: Sales",
				"a key in the front matter is written as a YAML %s, not a word", yamlShape(k.Kind))
			continue
		}
		key := k.Value
		if fm.field(key) == nil {
			// A misspelt key is read as the key it stands for (when that
			// one is not given), so that what depends on it, such as the
			// kind, is checked as the fix will make it; the content does
			// not load meanwhile.
			fix := "use one of " + frontMatterKeys
			if near := nearKey(key); near != "" && !given[near] {
				fix = fmt.Sprintf("write %s: instead (%s)", near, fix)
				fm.lines[near] = k.Line + 1
				key = near
			}
			c.add(file, k.Line+1, fix, "unknown key %q in the front matter", k.Value)
			if key == k.Value {
				continue
			}
		}
		if shapeFault(file, key, k.Line, v, text, c) {
			fm.bad[key] = true
			continue
		}
		if err := v.Decode(fm.field(key)); err != nil {
			reportYAML(file, frontMatterDoc, text, err, c)
			fm.bad[key] = true
		}
	}
	if fm.OrderYAML.Kind != 0 {
		if n, ok := yamlInt(&fm.OrderYAML); ok {
			fm.Order = &n
		} else {
			c.add(file, fm.line("order"), "write a whole number, such as  order: 10", "order: %q is not a whole number", deref(&fm.OrderYAML).Value)
			fm.bad["order"] = true
		}
	}
	fm.unfoldCJK(text, doc)
	// YAML escapes such as "\e" decode to control characters: clean again.
	for _, v := range []struct {
		key   string
		value *string
	}{{"name", &fm.Name}, {"summary", &fm.Summary}, {"id", &fm.ID}, {"kind", &fm.Kind},
		{"from", &fm.From}, {"to", &fm.To}, {"group", &fm.Group}, {"code", &fm.Code}} {
		*v.value = cleanDecoded(file, fm.line(v.key), v.key, *v.value, c)
	}
	for _, l := range []struct {
		key  string
		list []string
	}{{"aliases", fm.Aliases}, {"sources", fm.Sources}, {"concerns", fm.Concerns}} {
		for i, v := range l.list {
			l.list[i] = cleanDecoded(file, fm.line(l.key), l.key, v, c)
		}
	}
	fm.Name = onOneLine(file, fm.line("name"), "name", "write it on one line:  name: %s", fm.Name, c)
	fm.Code = onOneLine(file, fm.line("code"), "code", "write it on one line:  code: %s", fm.Code, c)
	for i, a := range fm.Aliases {
		fm.Aliases[i] = onOneLine(file, fm.line("aliases"), "alias", "write the alias on one line: %s", a, c)
	}
	fm.Aliases = fm.dropRepeats(file, "aliases", fm.Aliases, c)
	fm.Sources = fm.dropRepeats(file, "sources", fm.Sources, c)
	fm.Concerns = fm.dropRepeats(file, "concerns", fm.Concerns, c)
	fm.fullWidthCommas(file, c)
	fm.Group = strings.TrimSpace(fm.Group)
	fm.Code = strings.TrimSpace(fm.Code)
	fm.readAsWritten(file, text, &root, doc, c)
	fm.explicitTags(file, text, doc, c)
	return &fm, true
}

// readAround reads a front matter that is not valid YAML without the
// lines of the problems just reported about it (c.list[told:]), when each
// is the line of a top-level key: the other keys' problems (a missing
// name, another key's fault) are told in the same run, not only once the
// YAML is mended. The keys left out are marked bad, their problems told.
// Otherwise, or when the kind is among them (what the body holds depends
// on it), there is no front matter to read (ok false), and only the
// problems first told stand.
func readAround(file string, text []byte, told, rounds int, c *collector) (*frontMatter, bool) {
	lines := strings.Split(string(text), "\n")
	left := map[string]int{} // key: file line
	for _, p := range c.list[told:] {
		n := p.Line - frontMatterDoc.offset
		if n < 1 || n > len(lines) {
			return nil, false
		}
		m := frontMatterLineRe().FindStringSubmatch(strings.TrimRight(lines[n-1], " \t\r"))
		if m == nil || m[1] == "kind" || n < len(lines) && strings.TrimLeft(lines[n], " \t") != lines[n] {
			// (an indented line after it goes on its value: without the
			// key's line, it would go on the key above)
			return nil, false
		}
		lines[n-1] = ""
		left[m[1]] = p.Line
	}
	if len(left) == 0 {
		return nil, false
	}
	mended := []byte(strings.Join(lines, "\n"))
	fm := &frontMatter{lines: map[string]int{}, bad: map[string]bool{}}
	var root yaml.Node
	if yaml.Unmarshal(mended, &root) != nil || len(root.Content) > 0 {
		// (empty, it is read as no keys: the lines left out were all)
		more, ok := len(c.list), false
		if fm, ok = readFrontMatter(file, mended, rounds, c); !ok || fm.bad["kind"] {
			c.list = c.list[:more]
			return nil, false
		}
	}
	for key, line := range left {
		fm.bad[key], fm.lines[key] = true, line
	}
	fm.readAround = true
	return fm, true
}

// coreTags are YAML's own types: a value tagged with one is read as
// meant (code: !!str 010 keeps the text "010").
var coreTags = map[string]bool{"!!str": true, "!!int": true, "!!float": true, "!!bool": true, "!!null": true, "!!seq": true, "!!map": true, "!!timestamp": true}

// explicitTags reports the values of the front matter written with a
// YAML tag of the "!!" kind: !!binary decodes base64 (id: !!binary
// aGVsbG8= was the id "hello"), a tag of another language's types
// (!!python/object:os.system X) was dropped without a word (hostile16
// #7). Such a value is an error, with the tag deleted as the fix; a core
// type's tag is read as meant. Tags of the "!" kind on text values are
// readAsWritten's; on other keys, they are noted here.
func (fm *frontMatter) explicitTags(file string, text []byte, doc *yaml.Node, c *collector) {
	lines := strings.Split(strings.ReplaceAll(string(text), "\r\n", "\n"), "\n")
	for i := 0; i+1 < len(doc.Content); i += 2 {
		key := doc.Content[i].Value
		if fm.lines[key] != doc.Content[i].Line+1 || fm.bad[key] {
			continue // a second key, or a value already reported
		}
		var walk func(v *yaml.Node)
		walk = func(v *yaml.Node) {
			for _, ch := range v.Content {
				walk(ch)
			}
			if v.Style&yaml.TaggedStyle == 0 || v.Line < 1 || v.Line > len(lines) {
				return
			}
			local := !strings.HasPrefix(v.Tag, "!!")
			if coreTags[v.Tag] || local && (key == "name" || key == "summary" || key == "aliases" || key == "traits") {
				return // read as meant (code: !!str 010), or see readAsWritten
			}
			line := lines[v.Line-1]
			fix := "delete the tag " + v.Tag
			if j := strings.Index(line, v.Tag); j >= 0 && len(line) <= maxEchoedLine {
				fix += ":  " + strings.TrimSpace(line[:j]+strings.TrimLeft(line[j+len(v.Tag):], " "))
			}
			at := v.Line + 1
			switch {
			case local:
				c.note(file, at, fix, "%s: %s is a YAML tag, which dutymap does not use; the value is read without it", key, v.Tag)
			default:
				fm.bad[key] = true
				c.add(file, at, fix, "%s: %s is a YAML tag, which changes what the value reads (YAML decodes it, or drops the tag's type): write the value as plain text", key, v.Tag)
			}
		}
		walk(doc.Content[i+1])
	}
}

// readAsWritten reports the text values of the front matter (name:,
// summary:, aliases:, traits:) that YAML reads otherwise than they are
// written: a plain value followed by " #…", which is a comment and not
// read (name: R&D #1 team is "R&D"); a tag before the text (name: !vip
// Sales is "Sales"); an anchor no alias repeats (name: &a Sales). Each is
// a note whose fix quotes the value; a name left empty (name: !important)
// is an error. An anchor an alias repeats is YAML's own way to write a
// value once, and is read as meant.
func (fm *frontMatter) readAsWritten(file string, text []byte, root, doc *yaml.Node, c *collector) {
	repeated := map[*yaml.Node]bool{}
	var walk func(n *yaml.Node)
	walk = func(n *yaml.Node) {
		if n.Kind == yaml.AliasNode {
			repeated[n.Alias] = true
		}
		for _, ch := range n.Content {
			walk(ch)
		}
	}
	walk(root)
	lines := strings.Split(strings.ReplaceAll(string(text), "\r\n", "\n"), "\n")
	for i := 0; i+1 < len(doc.Content); i += 2 {
		k, v := doc.Content[i], doc.Content[i+1]
		if fm.lines[k.Value] != k.Line+1 || fm.bad[k.Value] {
			continue // a second name:, or a value already reported
		}
		switch k.Value {
		case "name", "summary":
			fm.markedValue(file, lines, k.Value, "", false, v, repeated, c)
		case "aliases":
			if v.Kind == yaml.SequenceNode {
				for _, item := range v.Content {
					fm.markedValue(file, lines, k.Value, "-", v.Style&yaml.FlowStyle != 0, item, repeated, c)
				}
			}
		case "traits":
			if v.Kind == yaml.MappingNode {
				for j := 0; j+1 < len(v.Content); j += 2 {
					fm.markedValue(file, lines, k.Value, v.Content[j].Value+":", v.Style&yaml.FlowStyle != 0, v.Content[j+1], repeated, c)
				}
			}
		}
	}
}

// markedValue reports v, the value of key (written after prefix: "" for
// "key:", "-" for a list item, "objective:" for a trait; inside brackets
// when flow), when YAML reads it otherwise than it is written (see
// readAsWritten).
func (fm *frontMatter) markedValue(file string, lines []string, key, prefix string, flow bool, v *yaml.Node, repeated map[*yaml.Node]bool, c *collector) {
	if v.Kind != yaml.ScalarNode || v.Line < 1 || v.Line > len(lines) {
		return
	}
	tagged := strings.HasPrefix(v.Tag, "!") && !strings.HasPrefix(v.Tag, "!!")
	anchored := v.Anchor != "" && !repeated[v]
	commented := v.LineComment != "" && v.Style&(yaml.DoubleQuotedStyle|yaml.SingleQuotedStyle|yaml.LiteralStyle|yaml.FoldedStyle) == 0
	if !tagged && !anchored && !commented {
		// Read as written, as nearly every value is: nothing to say, and
		// no fix to write (every file of a large folder passes here).
		return
	}
	line := lines[v.Line-1]
	written := ""
	if r := []rune(line); v.Column >= 1 && v.Column <= len(r) { // the library counts columns in characters
		written = strings.TrimSpace(string(r[v.Column-1:]))
	}
	if prefix == "" {
		prefix = key + ":"
	}
	what := valueWhat[key]
	fix := "put the whole value in double quotes"
	switch {
	case flow:
		// In [a, b] or {k: v} the value ends at a comma or the bracket:
		// it is written again from what YAML read.
		written = v.Value
		if v.Anchor != "" {
			written = "&" + v.Anchor + " " + written
		}
		if v.Tag != "" && v.Style&yaml.TaggedStyle != 0 {
			written = v.Tag + " " + written
		}
		if len(written) <= maxEchoedLine {
			fix = "quote it inside the brackets:  " + yamlQuote(strings.TrimSpace(written))
		}
	case written != "" && len(line) <= maxEchoedLine:
		fix = "quote the value:  " + prefix + " " + yamlQuote(written)
	}
	at := v.Line + 1
	switch {
	case tagged:
		if v.Value == "" && key == "name" {
			fm.bad["name"] = true // not missing: this says why it is empty
			c.add(file, at, fix, "name: %s is read as a YAML tag (a value starting with ! is one), which leaves the name empty", v.Tag)
			return
		}
		c.note(file, at, fix, "%s: %s is read as a YAML tag (a value starting with ! is one), not as text: %s is read as %q", key, v.Tag, what, v.Value)
	case anchored:
		c.note(file, at, fix, "%s: &%s is read as a YAML anchor (a value starting with & is one), not as text: %s is read as %q", key, v.Anchor, what, v.Value)
	case commented:
		if !strings.Contains(written, "#") {
			return // the comment follows a value written over several lines
		}
		c.note(file, at, fix+"  (or, if it is a comment, put it on a line of its own)",
			"%s: the text after # is a YAML comment and is not read: %s is read as %q", key, what, v.Value)
	}
}

// valueWhat names the value of a front-matter text key in a note.
var valueWhat = map[string]string{"name": "the name", "summary": "the summary", "aliases": "the alias", "traits": "the trait"}

// fields are where each front-matter key is decoded to: the struct's
// fields by their yaml tags, so that a key added to the struct is read.
func (fm *frontMatter) fields() map[string]any {
	out := make(map[string]any, len(fieldIndex()))
	for key := range fieldIndex() {
		out[key] = fm.field(key)
	}
	return out
}

// field is where key is decoded to, or nil for a key the struct does
// not have. (Every file of a folder asks: the index of the struct's
// fields by tag is made once.)
func (fm *frontMatter) field(key string) any {
	i, ok := fieldIndex()[key]
	if !ok {
		return nil
	}
	return reflect.ValueOf(fm).Elem().Field(i).Addr().Interface()
}

// fieldIndex maps each yaml tag of frontMatter to its field's index.
var fieldIndex = sync.OnceValue(func() map[string]int {
	t := reflect.TypeFor[frontMatter]()
	out := make(map[string]int, t.NumField())
	for i := range t.NumField() {
		if tag := t.Field(i).Tag.Get("yaml"); tag != "" && tag != "-" {
			out[tag] = i
		}
	}
	return out
})

// dropRepeats keeps the first of each item a list names twice (aliases
// compared as names are, folded), noting each repeat: harmless to the
// content, yet most often a slip for another item, and a repeated
// unknown id would be reported twice.
func (fm *frontMatter) dropRepeats(file, key string, list []string, c *collector) []string {
	seen := make(map[string]bool, len(list))
	out := list[:0]
	for _, v := range list {
		k := v
		if key == "aliases" {
			k = model.Fold(v)
		}
		if seen[k] {
			c.note(file, fm.line(key), fmt.Sprintf("delete the second “%s” from %s:", v, key), "%q is listed twice in %s:", v, key)
			continue
		}
		seen[k] = true
		out = append(out, v)
	}
	return out
}

// yamlShape names a YAML node kind written where a word was meant.
func yamlShape(k yaml.Kind) string {
	switch k {
	case yaml.SequenceNode:
		return "list ([ ])"
	case yaml.MappingNode:
		return "map ({ })"
	case yaml.AliasNode:
		return "alias (*)"
	}
	return "value"
}

// nearKey is the front-matter key that key misspells (in capitals, one
// letter off, two in a long key) or that other formats call it by (title
// for name, description for summary, type for kind), or "".
func nearKey(key string) string {
	k := strings.ToLower(key)
	if !isASCIIWord(k) {
		return ""
	}
	switch k {
	case "title", "label":
		return "name"
	case "description", "desc", "about":
		return "summary"
	case "type":
		return "kind"
	}
	for _, known := range strings.Split(frontMatterKeys, ", ") {
		limit := 1
		if len(known) >= 6 {
			limit = 2
		}
		switch d := model.EditDistance(k, known); {
		case d == 0 && key != known, d > 0 && d <= limit && len(known) > 2:
			return known
		}
	}
	return ""
}

// yamlDoc names a YAML document in messages: the front matter of a content
// file, or sources.yaml.
type yamlDoc struct {
	name   string // "the front matter", "sources.yaml"
	offset int    // file line of the document's line 1, minus one
}

var (
	frontMatterDoc = yamlDoc{"the front matter", 1}
	sourcesDoc     = yamlDoc{"sources.yaml", 0}
)

// reportYAML turns an error of the yaml library, reading text, into
// located problems.
func reportYAML(file string, doc yamlDoc, text []byte, err error, c *collector) {
	var msgs []string
	te, isType := err.(*yaml.TypeError)
	if isType {
		msgs = te.Errors
	} else {
		msgs = []string{strings.TrimPrefix(err.Error(), "yaml: ")}
	}
	lines := strings.Split(strings.ReplaceAll(string(text), "\r\n", "\n"), "\n")
	for _, m := range msgs {
		line, n := 0, 0 // n: the line in the document, from 1
		if sub := yamlLineRe().FindStringSubmatch(m); sub != nil {
			n, _ = strconv.Atoi(sub[1])
			m = sub[2]
			if yamlParserProblems[m] {
				n++
			}
			line = max(n+doc.offset, 1)
		} else if !isType && len(text) > 0 {
			// The library leaves the line out when the fault is on the
			// document's first (its marks count from 0, and 0 means none
			// to it): "id: @oops" as a front matter's only line.
			n, line = 1, 1+doc.offset
		}
		if !isType {
			if at, msg, fix := syntaxFault(doc, lines, n, m); at > 0 {
				c.add(file, at+doc.offset, idValueFix(doc, lines, at, fix), "%s is not valid YAML: %s", doc.name, msg)
				continue
			}
		}
		switch {
		case strings.Contains(m, "cannot unmarshal"):
			// A safety net: shapeFault tells each wrong shape first, in
			// the user's words; the library's stay out of the message.
			c.add(file, line, "check the value's type: names and ids are text, aliases and sources are lists like [a, b], order is a number", "a value of the wrong kind for its key")
		case m == "did not find expected ',' or ']'", m == "did not find expected ',' or '}'":
			b := listBrackets
			if strings.HasSuffix(m, "'}'") {
				b = mappingBrackets
			}
			fix := fmt.Sprintf("close the %s with %s after its last item", b.what, b.end)
			hidden := ""
			if at := hiddenEndLine(lines, n, b); at > 0 {
				// aliases: [north #1, south]: the ] is there, in the
				// comment # began; closing the list again cannot work.
				line = at + doc.offset
				fix, _ = commentHidesEnd(strings.TrimSpace(lines[at-1]), b)
				hidden = fmt.Sprintf(": the text after # is a YAML comment (# after a space begins one), which hides the %s after it", b.end)
			} else if at := unclosedLine(lines, n, b); at > 0 {
				line = at + doc.offset
				l := strings.TrimSpace(lines[at-1])
				if q := quoteFix(doc, l); q != "" {
					fix = q
				} else if len(l) <= maxEchoedLine && !strings.Contains(l, " #") && !continued(lines, at) {
					fix = fmt.Sprintf("close the %s with %s at the end of the line:  %s%s", b.what, b.end, l, b.end)
					if fw := fullWidthClose(b.end); fw != "" && strings.HasSuffix(l, fw) {
						// [营销部, 推广部］: closed with the full-width ］
						fix = fmt.Sprintf("close the %s with the ASCII %s, not the full-width %s:  %s%s", b.what, b.end, fw, strings.TrimSuffix(l, fw), b.end)
					}
				}
			}
			c.add(file, line, idValueFix(doc, lines, line-doc.offset, fix), "%s is not valid YAML: a %s opened with %s is never closed%s", doc.name, b.what, b.open, hidden)
		case m == "did not find expected key":
			fix := "write this line as  key: value, lined up with the keys above it, or indent it under the key it belongs to"
			if n >= 1 && n <= len(lines) {
				if q := quoteFix(doc, strings.TrimSpace(lines[n-1])); q != "" {
					fix = q // name: [draft] Sales: a list, then text
				}
			}
			c.add(file, line, idValueFix(doc, lines, n, fix), "%s is not valid YAML: %s", doc.name, m)
		default:
			c.add(file, line, idValueFix(doc, lines, n, "check the indentation and quoting near that line; quote text that contains a colon"), "%s is not valid YAML: %s", doc.name, m)
		}
	}
}

// idValueFix is the fix for line n of a front matter (from 1) when it
// gives a key whose value is an id (id:, group:, from:, to:), a kind or
// a number (order:), and YAML cannot read it: quoting the value, as the
// fix for text does, gives an id that is not valid (id: "[oops"), and
// closing its bracket a list (order: [3]), so the fix writes the value as
// one (id: oops, order: 3). For any other line it is fix.
func idValueFix(doc yamlDoc, lines []string, n int, fix string) string {
	if doc != frontMatterDoc || n < 1 || n > len(lines) || len(lines[n-1]) > maxEchoedLine {
		return fix
	}
	m := frontMatterLineRe().FindStringSubmatch(strings.TrimRight(lines[n-1], " \t\r"))
	if m == nil {
		return fix
	}
	key, value := m[1], m[2]
	if hash := strings.Index(value, " #"); hash >= 0 {
		value = value[:hash] // a comment
	}
	good := slug(value)
	switch key {
	case "kind":
		if _, known := docKind(good); !known {
			return "write the kind plainly, without brackets or quotes: department, topic or relation"
		}
		return "write the kind plainly, without brackets or quotes:  kind: " + good
	case "order":
		// order: [3 closed as order: [3] is a list, not the number
		if digits := strings.TrimLeft(strings.Trim(value, "[]{}\"' \t"), "+"); digits != "" && strings.Trim(digits, "0123456789") == "" && len(digits) < 10 {
			return "order: takes a whole number: write it plainly, without brackets or quotes:  order: " + digits
		}
		return "order: takes a whole number: write it plainly, without brackets or quotes, such as  order: 10"
	case "id", "group", "from", "to":
		plainly := key + ": takes an id: write it plainly, in lower-case letters, digits and -, without brackets or quotes"
		if good == "section" || len(good) > MaxID {
			return plainly
		}
		return plainly + ":  " + key + ": " + good
	}
	return fix
}

// fullWidthClose is the full-width form of a closing bracket, which a
// Chinese input method types ("" for any other text). A switch, not a
// map: the package's initialisers build nothing (cli TestBinary).
func fullWidthClose(end string) string {
	switch end {
	case "]":
		return "］"
	case "}":
		return "｝"
	}
	return ""
}

// quoteFix is the fix for a front-matter line whose text value starts
// with [ or {, which YAML reads as a list or a mapping (name: [draft]
// Sales): quote the value. It is "" for any other line.
func quoteFix(doc yamlDoc, line string) string {
	key, value, _ := strings.Cut(line, ":")
	value = strings.TrimSpace(value)
	if doc != frontMatterDoc || len(line) > maxEchoedLine || !textKey(key) || !strings.HasPrefix(value, "[") && !strings.HasPrefix(value, "{") {
		return ""
	}
	return fmt.Sprintf("%s: is text, and YAML reads a value starting with %s as a list or a mapping: quote it, as in  %s: %s",
		key, value[:1], key, yamlQuote(value))
}

// hiddenEndLine is the line, up to line from (every line when from is
// out of range), that opens a list or mapping b whose end a comment hides
// (see commentHidesEnd), or 0.
func hiddenEndLine(lines []string, from int, b bracket) int {
	if from <= 0 || from > len(lines) {
		from = len(lines)
	}
	for i := from; i >= 1; i-- {
		l := lines[i-1]
		if hash := strings.Index(l, " #"); hash >= 0 && b.excess(l[:hash]) < 0 {
			if _, ok := commentHidesEnd(strings.TrimSpace(l), b); ok {
				return i
			}
		}
	}
	return 0
}

// commentHidesEnd reports whether the line's list or mapping is closed
// after a " #", which begins a YAML comment, and gives the fix: quote each
// item holding the # (aliases: ["north #1", south]), or in words when the
// line is long, quoted already or a mapping.
func commentHidesEnd(line string, b bracket) (string, bool) {
	hash := strings.Index(line, " #")
	if hash < 0 || !strings.Contains(line[hash:], b.end) {
		return "", false
	}
	words := fmt.Sprintf("quote each item that holds #, as in  [\"north #1\", south]; # after a space begins a comment, so the %s after it is not read", b.end)
	key, value, ok := strings.Cut(line, ":")
	value = strings.TrimSpace(value)
	end := strings.LastIndex(value, b.end)
	if !ok || b.end != "]" || len(line) > maxEchoedLine || !strings.HasPrefix(value, "[") || end < 0 || strings.ContainsAny(value, `"'`) {
		return words, true
	}
	items := strings.Split(value[1:end], ",")
	for i, item := range items {
		item = strings.TrimSpace(item)
		if strings.Contains(" "+item, " #") {
			item = yamlQuote(item)
		}
		items[i] = item
	}
	return fmt.Sprintf("quote each item that holds #:  %s: [%s]%s", key, strings.Join(items, ", "), value[end+1:]), true
}

// maxEchoedLine bounds the line a fix writes out corrected (in bytes): a
// longer one gets the fix in words.
const maxEchoedLine = 200

// textKey reports whether a front-matter key's value is text (name:,
// summary:), not a list (aliases:) or a mapping (traits:).
func textKey(key string) bool {
	_, ok := (&frontMatter{}).field(key).(*string)
	return ok
}

// yamlQuote writes text as a YAML double-quoted string.
func yamlQuote(text string) string {
	return `"` + yamlEscaper.Replace(text) + `"`
}

// yamlEscaper escapes what a YAML double-quoted string cannot hold as is.
var yamlEscaper = strings.NewReplacer(`\`, `\\`, `"`, `\"`)

// yamlParserProblems are the messages of the yaml library's parser (as
// against its scanner), whose "line N" counts from 0 where the scanner's
// counts from 1 (go.yaml.in/yaml/v3, decode.go's parser.fail): the line
// where the construct began, such as a list's "[", or where the fault is
// when the construct began on the first line.
var yamlParserProblems = map[string]bool{
	"did not find expected <stream-start>": true, "did not find expected <document start>": true,
	"found undefined tag handle": true, "did not find expected node content": true,
	"did not find expected '-' indicator": true, "did not find expected key": true,
	"did not find expected ',' or ']'": true, "did not find expected ',' or '}'": true,
	"found duplicate %YAML directive": true, "found incompatible YAML document": true, "found duplicate %TAG directive": true,
}

// unclosedLine is the line (from 1) at or above line from that opens b
// more often than it closes it, or 0. With from 0 (the library gave no
// line: the fault is on the first) every line is looked at.
func unclosedLine(lines []string, from int, b bracket) int {
	if from <= 0 || from > len(lines) {
		from = len(lines)
	}
	for i := from; i >= 1; i-- {
		if b.excess(lines[i-1]) < 0 {
			return i
		}
	}
	return 0
}

// continued reports whether the line after line at (from 1) is indented:
// a list written over several lines, which is not closed on its first.
func continued(lines []string, at int) bool {
	return at < len(lines) && strings.TrimSpace(lines[at]) != "" && (strings.HasPrefix(lines[at], " ") || strings.HasPrefix(lines[at], "\t"))
}

// traits decodes the traits mapping, reporting unknown dimensions.
func (fm *frontMatter) traits(file string, c *collector) map[model.Dimension]string {
	n := &fm.Traits
	if n.Kind == 0 {
		return nil
	}
	if n.Kind != yaml.MappingNode {
		c.add(file, n.Line+1, "write one dimension per line, such as  objective: Build the brand", "traits must be a list of dimension: text lines")
		return nil
	}
	out := make(map[model.Dimension]string)
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], deref(n.Content[i+1])
		if isMergeKey(k) {
			c.add(file, k.Line+1, mergeKeyFix, "a YAML merge key (<<) is not read in traits")
			continue
		}
		if !model.IsDimension(k.Value) {
			c.add(file, k.Line+1, dimensionFix(k.Value, v), "trait %q is not a known dimension", k.Value)
			continue
		}
		if v.Kind == yaml.SequenceNode || v.Kind == yaml.MappingNode {
			what := map[yaml.Kind]string{yaml.SequenceNode: "a list", yaml.MappingNode: "a set of keys and values"}[v.Kind]
			c.add(file, v.Line+1, fmt.Sprintf("write the trait as one sentence after the colon, such as  %s: %s", k.Value, traitExample(v)),
				"trait %q is %s; a trait is one sentence", k.Value, what)
			continue
		}
		if v.Kind != yaml.ScalarNode || strings.TrimSpace(v.Value) == "" {
			c.add(file, v.Line+1, "write one sentence after the colon, or leave the trait out", "trait %q has no text", k.Value)
			continue
		}
		out[model.Dimension(k.Value)] = strings.TrimSpace(cleanDecoded(file, v.Line+1, k.Value, v.Value, c))
	}
	return out
}

// mergeKeyFix explains how to do without YAML's merge key.
const mergeKeyFix = "write the keys out in full; an alias of one value (*name) works"

func isMergeKey(k *yaml.Node) bool { return k.Tag == "!!merge" || k.Value == "<<" }

// deref follows YAML aliases (*name) to the node they stand for.
func deref(n *yaml.Node) *yaml.Node {
	for i := 0; n != nil && n.Kind == yaml.AliasNode && i < 100; i++ {
		n = n.Alias
	}
	return n
}

// yamlInt reads an integer as YAML 1.2's core schema does: decimal digits
// with an optional sign ("010" is ten, not the octal eight of YAML 1.1 that
// the yaml library still follows), 0o for octal, 0x for hexadecimal.
func yamlInt(n *yaml.Node) (int, bool) {
	n = deref(n)
	if n == nil || n.Kind != yaml.ScalarNode {
		return 0, false
	}
	s, base := n.Value, 10
	switch {
	case strings.HasPrefix(s, "0o"):
		s, base = s[2:], 8
	case strings.HasPrefix(s, "0x"):
		s, base = s[2:], 16
	default:
		digits := s
		if digits != "" && (digits[0] == '+' || digits[0] == '-') {
			digits = digits[1:]
		}
		if digits == "" || strings.Trim(digits, "0123456789") != "" {
			return 0, false
		}
	}
	v, err := strconv.ParseInt(s, base, 32)
	return int(v), err == nil
}

func dimensionList() string { return strings.Join(dimensionNames(), ", ") }

func dimensionNames() []string {
	names := make([]string, len(model.Dimensions))
	for i, d := range model.Dimensions {
		names[i] = string(d)
	}
	return names
}

// dimensionFix is the fix for a trait of an unknown dimension, key, whose
// value is v: the dimension a typo away, written out ("did you mean
// level?", as a misspelt department id is told: tryout27 P2), else the
// dimensions there are.
func dimensionFix(key string, v *yaml.Node) string {
	near := closest(key, dimensionNames())
	switch {
	case near == "":
		return "use one of " + dimensionList()
	case v.Kind == yaml.ScalarNode && strings.TrimSpace(v.Value) != "" && len(v.Value) <= 40 && !strings.ContainsAny(v.Value, "\n#:\"'"):
		return fmt.Sprintf("did you mean %s? write  %s: %s", near, near, strings.TrimSpace(v.Value))
	}
	return fmt.Sprintf("did you mean %s? write %s in place of “%s”", near, near, key)
}

// line returns the file line of a front-matter key, or 1.
func (fm *frontMatter) line(key string) int {
	if l, ok := fm.lines[key]; ok {
		return l
	}
	return 1
}

func (fm *frontMatter) String() string { return fmt.Sprintf("%s (%s)", fm.ID, fm.Kind) }

// noFrontMatter says why splitFrontMatter found no front matter in data,
// with a fix that makes it one: the opening --- below blank lines, a
// block closed with YAML's own end marker (...), a block never closed, or
// none at all.
func noFrontMatter(data []byte) (line int, fix, msg string) {
	lines := strings.Split(string(trimBOMs(data)), "\n")
	for i := range lines {
		lines[i] = strings.TrimRight(lines[i], " \t\r")
	}
	first := 0
	for first < len(lines) && lines[first] == "" {
		first++
	}
	switch {
	case first == len(lines):
		return 1, "start the file with a line ---, then id: and name:, then another line ---", "the file is empty"
	case lines[first] != "---" && first+1 < len(lines) && frontMatterLineRe().MatchString(lines[first+1]):
		// "----", "—" or "--- # front" above id: lines: a front matter
		// opened with a line that is not ---, told as the closing one is
		// (hunt27 H9: "the file has no front matter" of a file that shows one).
		if lookalike, what := closingLookalike(lines[first]); lookalike {
			return first + 1, "write exactly three hyphens (---) on this line",
				fmt.Sprintf("%s is not the start of the front matter: it starts with a line of exactly three hyphens (---)%s", lines[first], what)
		}
		fallthrough
	case lines[first] != "---":
		return 1, "start the file with a line ---, then id: and name:, then another line ---", "the file has no front matter"
	case first > 0:
		return first + 1, fmt.Sprintf("delete the %s above it: the front matter's --- must be the file's first line", Count(first, "blank line", "blank lines")),
			"the front matter starts on line " + fmt.Sprint(first+1) + ", not on the first line"
	}
	last := 1 // the last line of the block: up to a blank line or a heading
	for i := 1; i < len(lines); i++ {
		if lookalike, what := closingLookalike(lines[i]); lookalike {
			return i + 1, "write exactly three hyphens (---) on this line",
				fmt.Sprintf("%s is not the end of the front matter opened on line 1: it ends with a line of exactly three hyphens (---)%s", lines[i], what)
		}
		if lines[i] == "..." {
			return i + 1, "write --- instead of ...: dutymap ends the front matter with a line ---",
				"the front matter opened on line 1 ends with YAML's ... marker, not ---"
		}
		if lines[i] == "" || strings.HasPrefix(lines[i], "#") && !strings.HasPrefix(lines[i], "#!") && last > 1 {
			break
		}
		last = i + 1
	}
	return 1, fmt.Sprintf("add a line --- after line %d, the front matter's last key", last), "the front matter opened on line 1 is never closed"
}

// closingLookalike reports whether line was most likely meant as the line
// --- that ends the front matter, and says what it holds instead when
// that is not plain to see: four hyphens or more; dashes a word processor
// or "smart dashes" made of --- (—, –, ―, −); or hyphens spaced out
// (- - -). Such a line is none of the YAML a front matter holds.
func closingLookalike(line string) (bool, string) {
	if rest, ok := strings.CutPrefix(line, "---"); ok && strings.HasPrefix(strings.TrimLeft(rest, " \t"), "#") && rest[0] != '#' {
		// "--- # end": a comment is YAML's, but the line that ends (or
		// opens) the front matter is --- alone
		return true, "; this line has a comment after them (" + strings.TrimSpace(rest) + ")"
	}
	if (len(line) > 3 || line == "--") && strings.Trim(line, "-") == "" {
		return true, ""
	}
	dashes, hyphens, spaced, smart := 0, 0, false, false
	var other []string
	for _, r := range line {
		switch r {
		case '-':
			dashes++
			hyphens++
		case ' ', '\t':
			spaced = dashes > 0
		case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\ufe58', '\ufe63', '\uff0d':
			dashes++
			smart = smart || r == '\u2013' || r == '\u2014'
			name := dashNames[r]
			if !slices.Contains(other, name) {
				other = append(other, name)
			}
		default:
			return false, ""
		}
	}
	switch {
	case len(other) > 0 && smart:
		return true, "; this line holds " + strings.Join(other, " and ") + ", which word processors and smart dashes make of ---"
	case len(other) > 0:
		return true, "; this line holds " + strings.Join(other, " and ")
	case spaced && hyphens >= 2:
		return true, "; this line has spaces between its hyphens"
	}
	return false, ""
}

// dashNames names the dashes closingLookalike knows.
var dashNames = map[rune]string{
	'\u2010': "a Unicode hyphen (U+2010)", '\u2011': "a non-breaking hyphen (U+2011)", '\u2012': "a figure dash (U+2012)",
	'\u2013': "an en dash (–, U+2013)", '\u2014': "an em dash (—, U+2014)", '\u2015': "a horizontal bar (―, U+2015)",
	'\u2212': "a minus sign (−, U+2212)", '\ufe58': "a small em dash (U+FE58)", '\ufe63': "a small hyphen-minus (U+FE63)",
	'\uff0d': "a fullwidth hyphen-minus (－, U+FF0D)",
}

// traitExample is a list's items joined into the sentence a trait could
// be ("Build the brand; win trust"), or a sample sentence.
func traitExample(v *yaml.Node) string {
	var items []string
	for _, item := range v.Content {
		if item = deref(item); item.Kind == yaml.ScalarNode && strings.TrimSpace(item.Value) != "" && len(items) < 3 {
			items = append(items, strings.TrimSpace(clean(item.Value)))
		}
	}
	if len(items) == 0 || v.Kind != yaml.SequenceNode {
		return "Build the brand and win trust"
	}
	text := strings.Join(strings.Fields(strings.Join(items, "; ")), " ")
	if len(text) > maxEchoedLine || strings.ContainsAny(text, ":#") {
		return "Build the brand and win trust"
	}
	return text
}

// onOneLine returns a name, alias or code, which is one line, on one line:
// its lines joined as a paragraph's are (with a space, or none between
// Chinese characters), noted. A YAML block (name: |) or an escape (\n)
// keeps line breaks, and the page's heading broke in two at them while the
// tree showed one line (hunt27 H2); a line break at either end is dropped
// without a word, as YAML's own "|" adds one.
func onOneLine(file string, line int, what, fix, value string, c *collector) string {
	t := strings.TrimSpace(value)
	if !strings.ContainsAny(t, "\n\r\u2028\u2029") {
		return value
	}
	var joined string
	for part := range strings.FieldsFuncSeq(t, func(r rune) bool { return r == '\n' || r == '\r' || r == 0x2028 || r == 0x2029 }) {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		if joined == "" {
			joined = part
		} else {
			joined = linebreak.Join(joined, part)
		}
	}
	c.note(file, line, fmt.Sprintf(fix, yamlQuote(termsafe.CutArg(joined, maxEchoedLine))),
		"the %s is written on several lines (a YAML block such as | keeps its line breaks, as does \\n), and it is one line: dutymap reads it as %q", what, termsafe.CutArg(joined, 80))
	return joined
}

// unfoldCJK takes out the spaces YAML put between Chinese characters
// where a text value goes on over lines: YAML folds each line break of a
// plain, quoted or > value into a space, and "summary: 负责公司" then
// "  财务管理。" read "负责公司 财务管理。" (hunt27 H7). Markdown joins such
// lines without a space (linebreak.SoftBreak), and so do name:, summary:
// and traits now.
func (fm *frontMatter) unfoldCJK(text []byte, doc *yaml.Node) {
	if !bytes.ContainsFunc(text, func(r rune) bool { return r >= 0x1100 }) {
		return
	}
	lines := strings.Split(strings.ReplaceAll(string(text), "\r\n", "\n"), "\n")
	next := func(pairs []*yaml.Node, i, end int) int { // the last line the value at i may take
		if i+2 < len(pairs) {
			return pairs[i+2].Line - 1
		}
		return end
	}
	for i := 0; i+1 < len(doc.Content); i += 2 {
		k, v := doc.Content[i], doc.Content[i+1]
		end := next(doc.Content, i, len(lines))
		switch {
		case k.Value == "name" && fm.lines["name"] == k.Line+1 && !fm.bad["name"]:
			fm.Name = unfolded(fm.Name, v, lines, end)
		case k.Value == "summary" && fm.lines["summary"] == k.Line+1 && !fm.bad["summary"]:
			fm.Summary = unfolded(fm.Summary, v, lines, end)
		case k.Value == "traits" && v.Kind == yaml.MappingNode:
			for j := 0; j+1 < len(v.Content); j += 2 {
				if t := v.Content[j+1]; t.Kind == yaml.ScalarNode {
					t.Value = unfolded(t.Value, t, lines, next(v.Content, j, end))
				}
			}
		}
	}
}

// unfolded is value, a scalar read from lines v.Line to end, with the
// space of each line break YAML folded between two characters Markdown
// joins without one taken out.
func unfolded(value string, v *yaml.Node, lines []string, end int) string {
	if v.Kind != yaml.ScalarNode || v.Style&yaml.LiteralStyle != 0 || v.Line < 1 || end > len(lines) || end <= v.Line {
		return value
	}
	at := 0
	prev := strings.TrimRight(lines[v.Line-1], " \t")
	for n := v.Line + 1; n <= end; n++ {
		line := strings.TrimSpace(lines[n-1])
		if line == "" || strings.HasPrefix(line, "#") {
			prev = ""
			continue // a blank line is a line break, not a space; a comment ends a plain value
		}
		if prev != "" && linebreak.Between(prev, line) == "" {
			a := lastRune(prev)
			fold := string(a) + " " + string(firstRune(line))
			if k := strings.Index(value[at:], fold); k >= 0 {
				k += at + utf8.RuneLen(a)
				value = value[:k] + value[k+1:]
				at = k
			}
		}
		prev = line
	}
	return value
}
