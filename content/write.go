package content

import (
	"bytes"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/dutymap/dutymap/model"
	"go.yaml.in/yaml/v3"
)

// File is one file of a content folder written by Write.
type File struct {
	Name string // slash-separated, inside the folder: "en/sales.md", "sources.yaml"
	Data []byte
	// Origin tells, for each line (Origin[i] is line i+1), which node and
	// which of its fields the line was written from, so that a problem the
	// loader finds in the folder can be traced back to where the text came
	// from: an imported spreadsheet's row and column.
	Origin []Origin
}

// Origin is the node and field a written line came from.
type Origin struct {
	Node  *model.Node // nil for lines of no node (sources.yaml, "---")
	Field Field
}

// Field names a part of a node, in written lines' origins.
type Field uint8

const (
	FieldNone Field = iota
	FieldID
	FieldTitle
	FieldDescription
	FieldCode
	FieldAliases
	FieldSources
	FieldSummary
	FieldTraits
	FieldOverlaps
	// The RACI lines, one field per role in model.RACIRoles' order, then
	// a hand-off's link lines in model.Link's order (From, To, Returns):
	// see RACIField and LinkField.
	FieldResponsible
	FieldAccountable
	FieldConsulted
	FieldInformed
	FieldFrom
	FieldTo
	FieldReturns
	FieldGroup // a department's group: and the name of that group in groups.yaml
)

// RACIField is the field of a RACI role's line.
func RACIField(r model.RACIRole) Field { return FieldResponsible + Field(r) }

// LinkField is the field of a hand-off's link line.
func LinkField(k model.Link) Field { return FieldFrom + Field(k) }

// Write renders an organisation as a content folder that Load reads back as
// the same organisation: one file per document and language (in a folder
// named by the language's tag, Org.Tag), sources.yaml and groups.yaml. Documents get
// an order: in the organisation's order. Sections and duties keep their
// order: a duty that follows a sub-section is written as a .duty heading.
// Text that Markdown would read as structure (a description line that
// starts a list or a heading) is escaped with a backslash.
//
// Write does not check the organisation: load what it writes to find out
// whether it is valid (a section nested deeper than ###### is not).
func Write(org *model.Org) []File {
	var files []File
	docs := org.Documents()
	for _, l := range model.Langs {
		refs := map[string]string{} // a reference -> as l's files write it
		if !org.HasLang(l) {
			continue
		}
		for i, d := range docs {
			if !d.Title.Has(l) {
				continue
			}
			w := &writer{lang: l, order: (i + 1) * 10, org: org, refs: refs}
			w.document(d)
			// Copied to their length: the buffers grew by doubling, and a
			// sheet's import holds every file while it loads them to check.
			files = append(files, File{Name: org.Tag(l) + "/" + d.ID + ".md", Data: bytes.Clone(w.buf.Bytes()), Origin: slices.Clone(w.origin)})
		}
	}
	if len(org.Sources) > 0 {
		files = append(files, writeSources(org))
	}
	if len(org.Groups) > 0 {
		files = append(files, writeGroups(org))
	}
	return files
}

// writer writes one content file.
type writer struct {
	lang   model.Lang
	order  int
	org    *model.Org
	refs   map[string]string // see ref
	buf    bytes.Buffer
	origin []Origin
}

func (w *writer) line(n *model.Node, f Field, s string) {
	w.buf.WriteString(s)
	w.buf.WriteByte('\n')
	w.origin = append(w.origin, Origin{n, f})
}

// frontMatterOut is the front matter in the order the format's docs give.
type frontMatterOut struct {
	ID       string     `yaml:"id"`
	Kind     string     `yaml:"kind,omitempty"`
	Name     string     `yaml:"name"`
	Aliases  []string   `yaml:"aliases,omitempty,flow"`
	Code     string     `yaml:"code,omitempty"`
	Order    int        `yaml:"order,omitempty"`
	Summary  string     `yaml:"summary,omitempty"`
	Sources  []string   `yaml:"sources,omitempty,flow"`
	Traits   *yaml.Node `yaml:"traits,omitempty"`
	Group    string     `yaml:"group,omitempty"`
	Concerns []string   `yaml:"concerns,omitempty,flow"`
	From     string     `yaml:"from,omitempty"`
	To       string     `yaml:"to,omitempty"`
}

var frontMatterFields = map[string]Field{"id": FieldID, "name": FieldTitle, "aliases": FieldAliases, "code": FieldCode,
	"summary": FieldSummary, "sources": FieldSources, "traits": FieldTraits, "group": FieldGroup}

func (w *writer) document(d *model.Node) {
	l := w.lang
	fm := frontMatterOut{ID: d.ID, Name: d.Title[l], Aliases: d.Aliases()[l], Code: d.Code(), Order: w.order,
		Summary: d.Summary()[l], Sources: d.Sources(), Group: d.Group(), Concerns: d.Concerns(), From: d.From(), To: d.To()}
	if d.Kind != model.KindDepartment {
		fm.Kind = d.Kind.String()
	}
	if len(d.Traits()) > 0 {
		traits := &yaml.Node{Kind: yaml.MappingNode}
		for _, dim := range model.Dimensions {
			if t := d.Traits()[dim]; t.Has(l) {
				traits.Content = append(traits.Content, &yaml.Node{Kind: yaml.ScalarNode, Value: string(dim)}, &yaml.Node{Kind: yaml.ScalarNode, Value: t[l]})
			}
		}
		if len(traits.Content) > 0 {
			fm.Traits = traits
		}
	}
	var yb bytes.Buffer
	enc := yaml.NewEncoder(&yb)
	enc.SetIndent(2)
	if err := enc.Encode(fm); err != nil {
		panic(err) // plain strings, lists and a mapping always encode
	}
	w.line(nil, FieldNone, "---")
	field := FieldNone
	for _, s := range strings.Split(strings.TrimRight(yb.String(), "\n"), "\n") {
		if key, _, ok := strings.Cut(s, ":"); ok && !strings.HasPrefix(s, " ") {
			field = frontMatterFields[key]
		}
		w.line(d, field, s)
	}
	w.line(nil, FieldNone, "---")
	w.body(d)
	w.children(d, 1)
}

// children writes n's sections and duties; level is n's heading level (1
// for the document).
func (w *writer) children(n *model.Node, level int) {
	afterSection := false
	leaf := 0
	for _, c := range n.Children {
		if !c.Title.Has(w.lang) {
			continue // the loader reports the missing twin
		}
		switch {
		case !c.Kind.IsLeaf():
			w.section(c, level+1)
			afterSection = true
		case afterSection:
			leaf++
			w.dutyHeading(c, level+1, leaf)
		default:
			leaf++
			w.listItem(c, leaf)
		}
	}
}

func (w *writer) section(s *model.Node, level int) {
	attrs := "#" + s.ID
	if s.Role != model.RoleGroup && s.Role != "" {
		attrs += " ." + string(s.Role)
	}
	w.heading(s, level, attrs)
	if len(s.Children) > 0 && s.Children[0].Kind.IsLeaf() {
		w.line(nil, FieldNone, "")
	}
	w.children(s, level)
}

// dutyHeading writes a duty that follows a sub-section as a .duty heading.
func (w *writer) dutyHeading(d *model.Node, level, position int) {
	attrs := ".duty"
	if d.Kind == model.KindPoint {
		attrs = ".point"
	}
	if d.ID != strconv.Itoa(position) {
		attrs = "#" + d.ID + " " + attrs
	}
	w.heading(d, level, attrs)
}

// heading writes n as a heading of level with its {attrs}, after a blank
// line, then its attribute lines and its text: a section's and a duty's
// heading alike.
func (w *writer) heading(n *model.Node, level int, attrs string) {
	w.line(nil, FieldNone, "")
	w.line(n, FieldTitle, strings.Repeat("#", level)+" "+bodyTitle(n.Title[w.lang])+" {"+attrs+"}")
	w.attributes(n, "")
	w.body(n)
}

// body writes n's text in the writer's language, after a blank line, if
// it has any.
func (w *writer) body(n *model.Node) {
	if body := n.Body()[w.lang]; body != "" {
		w.line(nil, FieldNone, "")
		w.text(n, escapeBody(body), "")
	}
}

// listItem writes a duty as a list item: its attributes indented under it,
// its description after a blank line, indented as far as its text.
func (w *writer) listItem(d *model.Node, position int) {
	title := bodyTitle(d.Title[w.lang])
	if d.ID != strconv.Itoa(position) || strings.HasSuffix(title, "}") {
		title += " {#" + d.ID + "}"
	}
	if isThematicBreak("- " + title) {
		title = `\` + title // "- - -" is a horizontal rule; "- \- -" the duty "- -"
	}
	w.line(d, FieldTitle, "- "+title)
	w.attributes(d, "  ")
	if body := d.Body()[w.lang]; body != "" {
		w.line(nil, FieldNone, "")
		w.text(d, escapeDescription(body), "  ")
		w.line(nil, FieldNone, "")
	}
}

// attributes writes the attribute lines of a section or duty. Structural
// ones (Code, Sources, RACI) are written in every language's file: equal,
// they agree.
func (w *writer) attributes(n *model.Node, indent string) {
	key := func(a attr) string {
		if w.lang == model.Zh {
			return indent + attrNamesZh[a] + "："
		}
		return indent + a.String() + ": "
	}
	if n.Code() != "" {
		w.line(n, FieldCode, key(attrCode)+oneLine(n.Code()))
	}
	if a := n.Aliases()[w.lang]; len(a) > 0 {
		w.line(n, FieldAliases, key(attrAliases)+strings.Join(a, ", "))
	}
	if len(n.Sources()) > 0 {
		w.line(n, FieldSources, key(attrSources)+strings.Join(n.Sources(), ", "))
	}
	if r := n.RACI(); r != nil {
		for _, role := range model.RACIRoles {
			if refs := r.Refs[role]; len(refs) > 0 {
				w.line(n, RACIField(role), key(raciAttr(role))+w.refList(refs))
			}
		}
	}
	if o := n.Overlap(); o != nil && len(o.Refs) > 0 {
		w.line(n, FieldOverlaps, key(attrOverlaps)+w.refList(o.Refs))
	}
	if ls := n.Links(); ls != nil {
		for k := range model.NumLinks {
			if refs := ls.Refs[k]; len(refs) > 0 {
				w.line(n, LinkField(k), key(linkAttr(k))+w.refList(refs))
			}
		}
	}
}

// refList is a line's references as the writer's language writes them
// (see ref), joined.
func (w *writer) refList(refs []string) string {
	out := make([]string, len(refs))
	for i, r := range refs {
		out[i] = w.ref(r)
	}
	return strings.Join(out, ", ")
}

// ref is how the file of the writer's language writes a reference that
// names a unit by one of its names: by the unit's name in that language
// when that name names it alone, else by its path. A sheet's RACI cell
// "Legal", on rows that name the department 法务部 too, is 批准：法务部 in
// the Chinese file, not 批准：Legal (tryout28 P12). A reference by id or
// path as written ("legal"), by code or alias, or one that names no unit or several, is written as
// given: the loader reports the ones that are wrong.
func (w *writer) ref(ref string) string {
	if out, ok := w.refs[ref]; ok {
		return out
	}
	out := ref
	// An id or path as written ("finance", not "Finance") is the same in
	// every language.
	if found, tier := w.org.Resolve(ref); w.org.Node(ref) == nil && tier == model.TierExact && len(found) == 1 {
		n, q := found[0], model.Fold(ref)
		own := n.Title[w.lang]
		named := slices.ContainsFunc(n.Title[:], func(t string) bool { return t != "" && model.Fold(t) == q })
		if named && own != "" && model.Fold(own) != q {
			out = n.Path
			if again, t := w.org.Resolve(own); t == model.TierExact && len(again) == 1 && again[0] == n {
				out = own
			}
		}
	}
	w.refs[ref] = out
	return out
}

// text writes lines of a description, each indented (blank lines stay
// empty).
func (w *writer) text(n *model.Node, lines []string, indent string) {
	for _, s := range lines {
		if s != "" {
			s = indent + s
		}
		w.line(n, FieldDescription, s)
	}
}

var lineBreaks = strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ")

// oneLine joins a text's lines: titles and codes are one line. Spaces
// inside a line are kept, as the parser keeps them.
func oneLine(s string) string {
	if strings.ContainsAny(s, "\r\n") {
		s = lineBreaks.Replace(s)
	}
	return strings.TrimSpace(s)
}

// bodyTitle is a heading's or duty's title as written in the body, so
// that the loader reads back the same text (decodeEntities): one line; a
// backslash before ASCII punctuation doubled, since the loader reads "\#"
// as "#"; "&" written "&#38;" where it would begin an entity ("R&amp;D"
// stays "R&amp;D"); and a closing run of #s escaped, which a heading would
// otherwise lose as decoration ("Ticket #").
func bodyTitle(s string) string {
	s = oneLine(s)
	if !strings.ContainsAny(s, "&\\#") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '\\' && i+1 < len(s) && isASCIIPunct(s[i+1]):
			b.WriteString(`\\`)
		case c == '&' && entityAtRe().MatchString(s[i:]):
			b.WriteString("&#38;")
		default:
			b.WriteByte(c)
		}
	}
	out := b.String()
	if t := strings.TrimRight(out, "#"); t != out && (t == "" || strings.HasSuffix(t, " ") || strings.HasSuffix(t, "\t")) {
		out = t + `\` + out[len(t):]
	}
	return out
}

// escapeBody splits a section's or document's description into lines and
// escapes those the body parser would read as structure: headings and list
// items (outside code blocks). Markdown shows "\#" and "\-" as "#" and "-".
func escapeBody(text string) []string {
	lines := strings.Split(text, "\n")
	fence := ""
	for i, s := range lines {
		switch {
		case fence != "":
			if strings.HasPrefix(strings.TrimSpace(s), fence) {
				fence = ""
			}
		case isFence(s) != "":
			fence = isFence(s)
		default:
			lines[i] = escapeStructure(s)
		}
	}
	return lines
}

// escapeDescription escapes a duty description's first line when it starts
// a list, which the parser would read as sub-duties.
func escapeDescription(text string) []string {
	lines := strings.Split(text, "\n")
	if _, ok := parseItem(lines[0]); ok {
		lines[0] = escapeStructure(lines[0])
	}
	return lines
}

// escapeStructure puts a backslash before the character that makes a line
// a heading or a list item.
func escapeStructure(s string) string {
	if level, _ := parseHeading(s); level > 0 {
		return `\` + s
	}
	if _, ok := parseItem(s); !ok || isThematicBreak(s) { // "* * *" is a rule, which the parser reads as one
		return s
	}
	lead := len(s) - len(strings.TrimLeft(s, " "))
	rest := s[lead:]
	if rest[0] >= '0' && rest[0] <= '9' { // "1. x" becomes "1\. x"
		k := strings.IndexAny(rest, ".)")
		return s[:lead] + rest[:k] + `\` + rest[k:]
	}
	return s[:lead] + `\` + rest
}

// sourceOut is one entry of sources.yaml as written.
type sourceOut struct {
	ID    string `yaml:"id"`
	Title any    `yaml:"title"`
	URL   string `yaml:"url,omitempty"`
	Ref   string `yaml:"ref,omitempty"`
}

func writeSources(org *model.Org) File {
	out := make([]sourceOut, 0, len(org.Sources))
	for _, s := range org.Sources {
		title := perLang(org, s.Title)
		if title == nil {
			title = s.ID
		}
		out = append(out, sourceOut{ID: s.ID, Title: title, URL: s.URL, Ref: s.Ref})
	}
	return yamlFile("sources.yaml", out)
}

// groupOut is one entry of groups.yaml as written.
type groupOut struct {
	ID      string   `yaml:"id"`
	Name    any      `yaml:"name"`
	Sources []string `yaml:"sources,omitempty,flow"`
}

func writeGroups(org *model.Org) File {
	out := make([]groupOut, 0, len(org.Groups))
	for _, g := range org.Groups {
		name := perLang(org, g.Name)
		if name == nil {
			name = g.ID
		}
		out = append(out, groupOut{ID: g.ID, Name: name, Sources: g.Sources})
	}
	return yamlFile(groupsDoc.name, out)
}

// perLang is a text as sources.yaml and groups.yaml write it: once when
// every language of the organisation has the same text, else a line per
// language's tag; nil when it has none. A text in one language of two is
// written under its tag: written once, it would read back as the text of
// both (a group named in English only, then named so in Chinese too).
func perLang(org *model.Org, t model.Text) any {
	var texts []string
	everyLang := true
	for l := range model.NumLangs {
		if t[l] != "" && !slices.Contains(texts, t[l]) {
			texts = append(texts, t[l])
		}
		everyLang = everyLang && (t[l] != "" || !org.HasLang(l))
	}
	switch {
	case len(texts) == 0:
		return nil
	case len(texts) == 1 && everyLang:
		return texts[0]
	}
	m := &yaml.Node{Kind: yaml.MappingNode}
	for _, l := range model.Langs {
		if t[l] != "" {
			m.Content = append(m.Content, &yaml.Node{Kind: yaml.ScalarNode, Value: org.Tag(l)}, &yaml.Node{Kind: yaml.ScalarNode, Value: t[l]})
		}
	}
	return m
}

// yamlFile writes a list as a YAML file of no node.
func yamlFile(name string, list any) File {
	var b bytes.Buffer
	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	if err := enc.Encode(list); err != nil {
		panic(fmt.Sprintf("%s: %v", name, err)) // strings, lists and mappings always encode
	}
	n := bytes.Count(b.Bytes(), []byte("\n"))
	return File{Name: name, Data: b.Bytes(), Origin: make([]Origin, n)}
}
