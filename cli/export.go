package cli

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/dutymap/dutymap/content"
	"github.com/dutymap/dutymap/internal/termsafe"
	"github.com/dutymap/dutymap/model"
	"github.com/dutymap/dutymap/page"
	"github.com/dutymap/dutymap/sheet"
	"github.com/spf13/cobra"
)

func init() { subcommands = append(subcommands, (*app).exportCmd) }

// exportVersion is the "version" field of the JSON export; raise it when a
// change to the format would break a reader (see docs/export.schema.json).
const exportVersion = 1

func (a *app) exportCmd() *cobra.Command {
	var format, lang, out string
	var positions, force bool
	aliases, exts := formatOthers()
	cmd := &cobra.Command{
		Use:   "export",
		Short: "Write the whole knowledge base as Markdown, JSON, CSV or a diagram",
		Long: `export writes every department, topic, relation and source to standard output,
or with --out to a file (an existing file is replaced only with --force; the
file is written whole or not at all). With --out and no --format, the file's
extension chooses the format (` + formatExts() + `; any other
gets Markdown); a --format the extension contradicts is refused.

Formats:
  md    one Markdown document: departments with their traits table, sections and
        duties (each with its RACI roles, as show lists them); then topics,
        relations and the list of sources
  json  one JSON document, described by docs/export.schema.json: departments,
        topics and relations as trees of nodes, and the sources
  csv   quoted as RFC 4180 says, lines ending in LF; a header row, then one
        row per department, topic, relation, section and duty (or point):
        path, kind, department_en, …, section_…, duty_…, description_…,
        code, aliases_…, sources, concerns, from, to;
        dutymap import reads it back (docs/import.md). A cell that begins
        with =, +, - or @ (or a tab or carriage return) starts with an
        apostrophe, so that a spreadsheet shows it as text and never runs it
        as a formula; import takes the apostrophe away
  xlsx  the same rows as an Excel workbook (redirect it to a file)
  mermaid  a Mermaid flowchart: a box per department with its duty count,
        an arrow per hand-off labelled with what goes and how many items
  dot   the same as a Graphviz graph: dutymap export --format dot | dot -Tsvg
        > org.svg
Other --format names: ` + aliases + `.
Other --out extensions: ` + exts + `.

--positions adds each department's positions to a diagram, under it, grouped
by the sections that hold them. Names in a diagram are escaped: no name can
change its structure.

--lang chooses the languages: en, zh or all (the default). With all, the Markdown
document holds each language in turn, JSON texts carry both, CSV has a text
column per language, and a diagram's labels give each language on a line.
Languages the content has no text in are left out, so a single-language
organisation exports that language only; asked for a language the content has
none of, CSV, XLSX and JSON hold the language it has (as import reads them). A
text missing in one language is left out (JSON) or empty (CSV, XLSX); the
Markdown falls back to the other language.

The output is deterministic: the same content always exports to the same bytes.`,
		Example: `  dutymap export --format md > handbook.md
  dutymap export --format json | jq '.departments[].id'
  dutymap export --format csv --lang en > duties.csv
  dutymap export --format xlsx > org.xlsx
  dutymap export --format xlsx -o org.xlsx
  dutymap export --format mermaid --lang en > org.mmd
  dutymap export --format dot --positions | dot -Tsvg > org.svg
  dutymap --content ./myorg --builtin=false export --format json > myorg.json`,
		Args: a.noArgs("dutymap export --format json"),
		RunE: func(cmd *cobra.Command, args []string) error {
			if out == "-" {
				out = "" // standard output, as for other tools
			}
			format, f, err := a.chooseFormat(format, cmd.Flags().Changed("format"), out)
			if err != nil {
				return err
			}
			if positions && f.draw == nil {
				return &exitError{2, a.say(positionsFor, formatNames(true))}
			}
			write, xlsx, example := f.writer(positions), f.name == "xlsx", "org."+f.ext()
			// The fixes repeat the user's own --content/--builtin (commandLine):
			// without them the command printed exports the built-in content.
			if force && out == "" && a.host == nil {
				return &exitError{2, a.say(forceNeedsOut, a.commandLine(fmt.Sprintf("export --format %s -o %s --force", format, example)))}
			}
			if out != "" || force {
				if a.host != nil {
					return &exitError{2, a.say(outOverSSH, format, example)}
				}
				if err := a.checkOutFile(out, force, example); err != nil {
					return err
				}
			}
			if xlsx && a.io.IsTerminal && out == "" {
				return &exitError{2, a.say(workbookTerminal, a.commandLine("export --format xlsx > org.xlsx"))}
			}
			if xlsx && a.sessionTerminal() {
				return &exitError{2, a.say(workbookSession)}
			}
			tag, err := a.exportTag(lang)
			if err != nil {
				return err
			}
			org, err := a.load()
			if err != nil {
				return err
			}
			langs, err := a.exportLangs(org, tag)
			if err != nil {
				return err
			}
			present := presentLangs(org, langs)
			if !org.HasLang(present[0]) {
				fmt.Fprintln(a.io.Err, a.say(exportNoText, present[0].Name(), org.Tag(present[0])))
				if f.table {
					// A sheet's columns name their language: en text under
					// _zh columns would import as Chinese, and empty _zh
					// columns import as nothing. The language the content
					// has is what round-trips.
					present = presentLangs(org, model.Langs[:])
				}
			}
			if out != "" {
				return a.exportFile(out, xlsx, func(w io.Writer) error { return write(w, org, present) })
			}
			if xlsx {
				// A workbook is binary: it goes out unfiltered (never to a
				// terminal, see above), its text cells already clean.
				// A failed write takes the one path every other output's
				// takes (see Run): a reader that has gone ends the command
				// quietly, a full disk is reported.
				out := &failedWrite{w: a.tty}
				switch err := write(out, org, present); {
				case out.err != nil:
					return &writeError{out.err}
				case err != nil:
					return &exitError{1, a.say(noWorkbook, err)}
				}
				return nil
			}
			return write(a.io.Out, org, present)
		},
	}
	cmd.Flags().StringVarP(&format, "format", "f", "md", formatNames(false)+" (with --out, the file's extension chooses it)")
	cmd.Flags().BoolVar(&positions, "positions", false, "diagrams: draw each department's positions under it")
	cmd.Flags().StringVarP(&out, "out", "o", "", "the file to write (default, or -: standard output)")
	cmd.Flags().BoolVar(&force, "force", false, "with --out: replace the file if it exists")
	// This local --lang shadows the global one so that it can accept "all".
	cmd.Flags().StringVar(&lang, "lang", "all", "languages to export: en, zh or all")
	return cmd
}

// noArgs rejects stray arguments with an example of the right call.
func (a *app) noArgs(example string) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if err := a.oneDashLong(cmd); err != nil {
			return err
		}
		if len(args) == 0 {
			return nil
		}
		return &exitError{2, a.say(noArgsTaken, cmd.Name(), termsafe.QuoteArg(args[0]), example)}
	}
}

// chooseFormat is the format to write: --format when given, else the one
// the extension of --out names, else Markdown; with the name it goes by in
// messages (--format as typed, in lower case), and nil for a name no
// format has. A --format the extension contradicts is refused, since the
// file would be read as its extension says (export -o x.xlsx writing
// Markdown made a workbook no program opens).
func (a *app) chooseFormat(format string, given bool, out string) (string, *exportFormat, error) {
	byExt := formatOfExt(filepath.Ext(out))
	if byExt != nil && !given {
		return byExt.name, byExt, nil
	}
	names, aliases := exportFormatNames()
	name, err := a.formatIn("dutymap export", format, names, aliases)
	if err != nil {
		return "", nil, err
	}
	named := formatNamed(name)
	if byExt != nil && named != byExt {
		shown := termsafe.QuoteName(out)
		return "", nil, &exitError{2, a.say(extContradicts, shown, a.say(byExt.what), strings.ToLower(format), byExt.name, termsafe.QuoteName(strings.TrimSuffix(out, filepath.Ext(out))+"."+named.ext()))}
	}
	return name, named, nil
}

// exportTag reads --lang: "" for all languages, or a language tag.
func (a *app) exportTag(s string) (string, error) {
	if s == "" || strings.EqualFold(s, "all") {
		return "", nil
	}
	tag, err := model.ParseTag(s)
	if err != nil {
		return "", &exitError{2, a.say(exportLangCode, termsafe.QuoteArg(s))}
	}
	return tag, nil
}

// exportLangs is every language for tag "", or the one tag names, which
// the content must be written in.
func (a *app) exportLangs(org *model.Org, tag string) ([]model.Lang, error) {
	if tag == "" {
		return model.Langs[:], nil
	}
	l, err := contentLang(org, tag, true)
	if err != nil {
		return nil, &exitError{2, a.say(exportLangOf, strings.Join(orgTags(org), a.say(listSep)), termsafe.QuoteArg(tag))}
	}
	return []model.Lang{l}, nil
}

// orgTags lists the language tags the content is written in.
func orgTags(org languages) []string {
	var out []string
	for _, l := range model.Langs {
		if org.HasLang(l) || l == model.En {
			out = append(out, org.Tag(l))
		}
	}
	return out
}

// presentLangs keeps the languages the organisation has text in, so that an
// English-only organisation exports no empty or duplicate Chinese texts
// (sources.yaml titles written once count for every language).
func presentLangs(org *model.Org, langs []model.Lang) []model.Lang {
	var out []model.Lang
	for _, l := range langs {
		if org.HasLang(l) {
			out = append(out, l)
		}
	}
	if len(out) == 0 {
		return langs[:1]
	}
	return out
}

// ---- Markdown ----

// mdWords are the fixed words of the Markdown export.
type mdWords struct {
	title, intro, departments, topics, relations, sources, traits, dimension, value, from, to, concerns string
}

var exportWords = [model.NumLangs]mdWords{
	model.En: {"Departments and duties", "%s, %s and %s; %s.", "Departments", "Topics", "Relations", "Sources", "Traits", "Dimension", "This department", "From", "To", "Concerns"},
	model.Zh: {"部门与职责", "共 %d 个部门、%d 个专题、%d 个关系；%d 项职责。", "部门", "专题", "关系", "来源", "特征", "维度", "本部门", "提供方", "接收方", "涉及部门"},
}

func exportMarkdown(w io.Writer, org *model.Org, langs []model.Lang) error {
	bw := bufio.NewWriter(w)
	for i, l := range langs {
		if i > 0 {
			bw.WriteString("\n---\n\n")
		}
		writeMarkdown(bw, org, l)
	}
	return bw.Flush()
}

func writeMarkdown(w *bufio.Writer, org *model.Org, l model.Lang) {
	words := exportWords[l]
	duties := 0
	for _, d := range org.Departments {
		duties += d.Duties
	}
	fmt.Fprintf(w, "# %s\n\n", words.title)
	if l == model.Zh {
		fmt.Fprintf(w, words.intro+"\n\n", len(org.Departments), len(org.Topics), len(org.Relations), duties)
	} else {
		fmt.Fprintf(w, words.intro+"\n\n", content.Count(len(org.Departments), "department", "departments"), content.Count(len(org.Topics), "topic", "topics"),
			content.Count(len(org.Relations), "relation", "relations"), content.Count(duties, "duty", "duties"))
	}
	groups := []struct {
		name string
		docs []*model.Node
	}{{words.departments, org.Departments}, {words.topics, org.Topics}, {words.relations, org.Relations}}
	for _, g := range groups {
		if len(g.docs) == 0 {
			continue
		}
		fmt.Fprintf(w, "# %s\n\n", g.name)
		for _, d := range g.docs {
			writeDocument(w, org, d, l)
		}
	}
	if len(org.Sources) > 0 {
		fmt.Fprintf(w, "# %s\n\n", words.sources)
		for _, s := range org.Sources {
			line := fmt.Sprintf("- `%s`%s%s", s.ID, l.Colon(), mdEsc(s.Title.In(l)))
			if s.URL != "" {
				line += " <" + s.URL + ">"
			}
			fmt.Fprintln(w, line)
		}
		fmt.Fprintln(w)
	}
}

// writeDocument writes a department, topic or relation and its sections.
func writeDocument(w *bufio.Writer, org *model.Org, d *model.Node, l model.Lang) {
	words := exportWords[l]
	fmt.Fprintf(w, "## %s\n\n", mdEsc(d.Title.In(l)))
	fmt.Fprintf(w, "`%s`\n\n", d.Path)
	if s := d.Summary().In(l); s != "" {
		fmt.Fprintf(w, "**%s**\n\n", mdEsc(s))
	}
	if d.Kind == model.KindRelation {
		fmt.Fprintf(w, "%s%s**%s** → %s%s**%s**\n\n", words.from, l.Colon(), mdEsc(deptName(org, d.From(), l)), words.to, l.Colon(), mdEsc(deptName(org, d.To(), l)))
	}
	if len(d.Concerns()) > 0 {
		names := make([]string, len(d.Concerns()))
		for i, id := range d.Concerns() {
			names[i] = deptName(org, id, l)
		}
		fmt.Fprintf(w, "%s%s%s\n\n", words.concerns, l.Colon(), mdEsc(strings.Join(names, l.ListSep())))
	}
	// The traits given, as the department's page lists them (model.GivenTraits).
	if dims := model.GivenTraits(d.Traits(), l); d.Kind == model.KindDepartment && len(dims) > 0 {
		fmt.Fprintf(w, "| %s | %s |\n|---|---|\n", words.dimension, words.value)
		for _, dim := range dims {
			// A trait of several lines keeps them apart (<br>): a line
			// break would end the table.
			fmt.Fprintf(w, "| %s | %s |\n", dim.Label(l), page.EscapeCell(d.Traits()[dim].In(l)))
		}
		fmt.Fprintln(w)
	}
	writeSection(w, org, d, l, 2)
}

// writeSection writes a node's description, its duties, then its
// sub-sections one heading level deeper. Markdown stops at ######, so
// deeper sections get a bold line instead of a heading.
func writeSection(w *bufio.Writer, org *model.Org, n *model.Node, l model.Lang, level int) {
	if level > 2 {
		title := mdEsc(n.Title.In(l))
		if level <= 6 {
			fmt.Fprintf(w, "%s %s\n\n", strings.Repeat("#", level), title)
		} else {
			fmt.Fprintf(w, "**%s**\n\n", title)
		}
	}
	if len(n.Sources()) > 0 {
		fmt.Fprintf(w, "*%s%s%s*\n\n", exportWords[l].sources, l.Colon(), citedSources(org, n, l, level == 2))
	}
	if body := strings.TrimSpace(n.Body().In(l)); body != "" {
		fmt.Fprintf(w, "%s\n\n", body)
	}
	leaves := false
	for _, c := range n.Children {
		if c.Kind.IsLeaf() {
			fmt.Fprintf(w, "- %s%s\n", mdEsc(c.Title.In(l)), dutySources(c, l))
			// Who holds the duty, as its page says it: a handbook must answer
			// "who is accountable" as show does.
			for _, line := range page.HolderLines(c, l) {
				fmt.Fprintf(w, "  - %s\n", line)
			}
			leaves = true
		}
	}
	if leaves {
		fmt.Fprintln(w)
	}
	for _, c := range n.Children {
		if !c.Kind.IsLeaf() {
			writeSection(w, org, c, l, level+1)
		}
	}
}

// dutySources marks a duty that cites its own sources with their ids:
// " *[five-differences, market-vs-sales-zh]*" (in Chinese the ids are
// parted by "、"). A duty without the mark cites what its section cites.
func dutySources(n *model.Node, l model.Lang) string {
	if len(n.Sources()) == 0 {
		return ""
	}
	return " *[" + mdEsc(strings.Join(n.Sources(), l.ListSep())) + "]*"
}

// exportAside sets a source's title after its id with the reader's dash
// (titles have brackets of their own), and sourcesSep parts the sources,
// whose titles have commas of their own.
var (
	exportAside = [model.NumLangs]string{" — %s", "——%s"}
	sourcesSep  = [model.NumLangs]string{"; ", "；"}
)

// citedSources lists the sources n cites by id: "sina-org, baike-marketing".
// A document's line (withTitles) gives each one's title too, "sina-org —
// Sina article on …; …": the ids its sections and duties cite are then
// read under the document's own name, not only in the closing list.
func citedSources(org *model.Org, n *model.Node, l model.Lang, withTitles bool) string {
	items := make([]string, len(n.Sources()))
	for i, id := range n.Sources() {
		items[i] = mdEsc(id)
		if s := org.Source(id); withTitles && s != nil && s.Title.In(l) != "" && s.Title.In(l) != id {
			items[i] += fmt.Sprintf(exportAside[l], mdEsc(s.Title.In(l)))
		}
	}
	if withTitles {
		return strings.Join(items, sourcesSep[l])
	}
	return strings.Join(items, l.ListSep())
}

func deptName(org *model.Org, id string, l model.Lang) string {
	if d := org.Department(id); d != nil {
		return d.Title.In(l)
	}
	return id
}

// mdEsc keeps titles from being read as Markdown structure.
var mdEsc = strings.NewReplacer("*", `\*`, "_", `\_`, "`", "\\`", "[", `\[`, "<", `\<`).Replace

// ---- JSON ----

// The JSON export's shape; docs/export.schema.json must follow it.
type (
	jsonExport struct {
		Format      string        `json:"format"`
		Version     int           `json:"version"`
		Languages   []string      `json:"languages"`
		Departments []*jsonNode   `json:"departments"`
		Topics      []*jsonNode   `json:"topics"`
		Relations   []*jsonNode   `json:"relations"`
		Sources     []*jsonSource `json:"sources"`
		Groups      []*jsonGroup  `json:"groups"`
	}
	jsonNode struct {
		ID       string                       `json:"id"`
		Path     string                       `json:"path"`
		Kind     string                       `json:"kind"`
		Role     string                       `json:"role,omitempty"`
		Title    jsonText                     `json:"title"`
		Summary  jsonText                     `json:"summary,omitempty"`
		Body     jsonText                     `json:"body,omitempty"`
		Code     string                       `json:"code,omitempty"`
		Aliases  map[string][]string          `json:"aliases,omitempty"`
		Sources  []string                     `json:"sources,omitempty"`
		Cites    []string                     `json:"cites,omitempty"`
		Traits   map[model.Dimension]jsonText `json:"traits,omitempty"`
		Group    string                       `json:"group,omitempty"`
		Concerns []string                     `json:"concerns,omitempty"`
		From     string                       `json:"from,omitempty"`
		To       string                       `json:"to,omitempty"`
		RACI     map[string][]string          `json:"raci,omitempty"`
		Links    map[string][]string          `json:"links,omitempty"`
		Overlaps []string                     `json:"overlaps,omitempty"`
		Children []*jsonNode                  `json:"children,omitempty"`
	}
	jsonSource struct {
		ID    string   `json:"id"`
		Title jsonText `json:"title"`
		URL   string   `json:"url,omitempty"`
		Ref   string   `json:"ref,omitempty"`
	}
	jsonGroup struct {
		ID      string   `json:"id"`
		Name    jsonText `json:"name"`
		Sources []string `json:"sources,omitempty"`
	}
	// jsonText maps a language code to the text in that language.
	jsonText map[string]string
)

// exportJSON writes the JSON export, byte for byte as json.Encoder with
// SetIndent("", "  ") writes jsonDocument(org, langs, true), but one department,
// topic or relation at a time: the whole document as a tree of jsonNodes,
// then compact, then indented, held three copies of the organisation, and
// 30,000 duties under ulimit -v 1000000 ended in a Go fatal "out of
// memory" after the content had loaded.
func exportJSON(w io.Writer, org *model.Org, langs []model.Lang) error {
	doc, ls := jsonDocument(org, langs, false)
	bw := bufio.NewWriter(w)
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	// value writes v indented as an element at depth*2 spaces.
	value := func(v any, depth int) error {
		buf.Reset()
		enc.SetIndent(strings.Repeat("  ", depth), "  ")
		if err := enc.Encode(v); err != nil {
			return err
		}
		_, err := bw.Write(bytes.TrimSuffix(buf.Bytes(), []byte("\n")))
		return err
	}
	nodes := func(list []*model.Node) error {
		if len(list) == 0 {
			_, err := bw.WriteString("[]")
			return err
		}
		bw.WriteString("[\n")
		for i, n := range list {
			if i > 0 {
				bw.WriteString(",\n")
			}
			bw.WriteString("    ")
			if err := value(toJSON(org, n, ls), 2); err != nil {
				return err
			}
		}
		_, err := bw.WriteString("\n  ]")
		return err
	}
	fields := []struct {
		name  string
		write func() error
	}{
		{"format", func() error { return value(doc.Format, 1) }},
		{"version", func() error { return value(doc.Version, 1) }},
		{"languages", func() error { return value(doc.Languages, 1) }},
		{"departments", func() error { return nodes(org.Departments) }},
		{"topics", func() error { return nodes(org.Topics) }},
		{"relations", func() error { return nodes(org.Relations) }},
		{"sources", func() error { return value(doc.Sources, 1) }},
		{"groups", func() error { return value(doc.Groups, 1) }},
	}
	bw.WriteString("{\n")
	for i, f := range fields {
		if i > 0 {
			bw.WriteString(",\n")
		}
		fmt.Fprintf(bw, "  %q: ", f.name)
		if err := f.write(); err != nil {
			return err
		}
	}
	bw.WriteString("\n}\n")
	return bw.Flush()
}

// jsonDocument is the JSON export's document; with nodes false, without its
// departments, topics and relations (exportJSON writes them one by one).
func jsonDocument(org *model.Org, langs []model.Lang, nodes bool) (jsonExport, langSet) {
	ls := langSet{list: langs}
	for l := range model.NumLangs {
		ls.tag[l] = org.Tag(model.Lang(l))
	}
	out := jsonExport{
		Format: "dutymap-export", Version: exportVersion,
		Sources: make([]*jsonSource, 0, len(org.Sources)),
		Groups:  make([]*jsonGroup, 0, len(org.Groups)),
	}
	if nodes {
		out.Departments = jsonNodes(org, org.Departments, ls)
		out.Topics = jsonNodes(org, org.Topics, ls)
		out.Relations = jsonNodes(org, org.Relations, ls)
	}
	for _, l := range langs {
		out.Languages = append(out.Languages, org.Tag(l))
	}
	for _, s := range org.Sources {
		out.Sources = append(out.Sources, &jsonSource{ID: s.ID, Title: textOf(s.Title, ls), URL: s.URL, Ref: s.Ref})
	}
	for _, g := range org.Groups {
		out.Groups = append(out.Groups, &jsonGroup{ID: g.ID, Name: textOf(g.Name, ls), Sources: g.Sources})
	}
	return out, ls
}

// langSet is the exported languages and the tags that name them.
type langSet struct {
	list []model.Lang
	tag  [model.NumLangs]string
}

func jsonNodes(org *model.Org, nodes []*model.Node, langs langSet) []*jsonNode {
	out := make([]*jsonNode, 0, len(nodes))
	for _, n := range nodes {
		out = append(out, toJSON(org, n, langs))
	}
	return out
}

func toJSON(org *model.Org, n *model.Node, langs langSet) *jsonNode {
	j := &jsonNode{
		ID: n.ID, Path: n.Path, Kind: n.Kind.String(),
		Title: textOf(n.Title, langs), Summary: textOf(n.Summary(), langs), Body: textOf(n.Body(), langs), Code: n.Code(),
		Sources: n.Sources(), Group: n.Group(), Concerns: n.Concerns(), From: n.From(), To: n.To(),
	}
	// What the node cites: its own sources, or its nearest ancestor's (a
	// duty without a Sources: line cites its section's).
	for _, src := range org.SourcesOf(n) {
		j.Cites = append(j.Cites, src.ID)
	}
	if n.Kind == model.KindSection {
		j.Role = string(n.Role)
		if j.Role == "" {
			j.Role = string(model.RoleGroup)
		}
	}
	for _, l := range langs.list {
		if len(n.Aliases()[l]) > 0 {
			if j.Aliases == nil {
				j.Aliases = map[string][]string{}
			}
			j.Aliases[langs.tag[l]] = n.Aliases()[l]
		}
	}
	for d, t := range n.Traits() {
		if txt := textOf(t, langs); len(txt) > 0 {
			if j.Traits == nil {
				j.Traits = map[model.Dimension]jsonText{}
			}
			j.Traits[d] = txt
		}
	}
	j.RACI, j.Links = raciJSON(n)
	if o := n.Overlap(); o != nil {
		for i, d := range o.Duties {
			if d != nil {
				j.Overlaps = append(j.Overlaps, d.Path)
			} else {
				j.Overlaps = append(j.Overlaps, o.Refs[i])
			}
		}
	}
	if len(n.Children) > 0 {
		j.Children = jsonNodes(org, n.Children, langs)
	}
	return j
}

// raciJSON gives a node's RACI lines (role: the paths of the units named)
// and hand-off lines (from, to, returns: the paths named, or the reference
// as written where it names nothing), as written on the node itself.
func raciJSON(n *model.Node) (raci, links map[string][]string) {
	for _, role := range model.RACIRoles {
		if n.RACI().Has(role) {
			if raci == nil {
				raci = map[string][]string{}
			}
			paths := []string{}
			for _, u := range n.RACI().Units[role] {
				paths = append(paths, u.Path)
			}
			raci[role.String()] = paths
		}
	}
	for k := range model.NumLinks {
		if n.Links().Has(k) {
			if links == nil {
				links = map[string][]string{}
			}
			paths := []string{}
			for i, t := range n.Links().Nodes[k] {
				if t != nil {
					paths = append(paths, t.Path)
				} else {
					paths = append(paths, n.Links().Refs[k][i])
				}
			}
			links[strings.ToLower(k.String())] = paths
		}
	}
	return raci, links
}

// textOf keeps the chosen languages that have text: no fallback, so a
// reader can tell a missing translation from a real one.
func textOf(t model.Text, langs langSet) jsonText {
	out := jsonText{}
	for _, l := range langs.list {
		if t.Has(l) {
			out[langs.tag[l]] = t[l]
		}
	}
	return out
}

// ---- CSV and XLSX ----

// exportCSV writes the sheet of sheet.TableRows: one row per department, topic,
// relation, section and duty, which dutymap import reads back.
func exportCSV(w io.Writer, org *model.Org, langs []model.Lang) error {
	return sheet.WriteCSV(w, sheet.TableRows(org, langs))
}

// failedWrite keeps the first error of writes to w, to tell a write that
// failed from a workbook that could not be made (a cell too long).
type failedWrite struct {
	w   io.Writer
	err error
}

func (f *failedWrite) Write(p []byte) (int, error) {
	n, err := f.w.Write(p)
	if err != nil && f.err == nil {
		f.err = err
	}
	return n, err
}

func exportXLSX(w io.Writer, org *model.Org, langs []model.Lang) error {
	return sheet.ExportXLSX(w, org, langs)
}

// checkOutFile refuses the file export --out is to write before anything
// is loaded: a file that exists (without force), a folder, a link (as
// import and init, export never writes through one) or a special file.
func (a *app) checkOutFile(name string, force bool, example string) error {
	shown := termsafe.QuoteName(name)
	info, err := os.Lstat(name)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		if d, err := os.Stat(filepath.Dir(name)); err != nil || !d.IsDir() {
			return &exitError{1, a.say(noOutFolder, shown, termsafe.QuoteName(filepath.Dir(name)))}
		}
		return nil
	case err != nil:
		return &exitError{1, a.say(cannotUseOut, shown, a.sysErr(err))}
	case info.Mode()&fs.ModeSymlink != 0:
		target, _ := os.Readlink(name)
		return &exitError{1, a.say(outIsLink, shown, termsafe.QuoteName(target))}
	case info.IsDir():
		return &exitError{1, a.say(outIsFolder, shown, termsafe.QuoteName(filepath.Join(name, example)))}
	case !info.Mode().IsRegular():
		return &exitError{1, a.say(outNotFile, shown)}
	case !force:
		return &exitError{1, a.say(outExists, shown)}
	}
	return nil
}

// exportFile writes an export to the file name: into a temporary file
// beside it, renamed over it once whole, so that a failed export leaves
// the file as it was. Text passes through termsafe.Plain, as it does on a
// pipe; a workbook (binary) is written as it is.
func (a *app) exportFile(name string, binary bool, write func(io.Writer) error) error {
	shown := termsafe.QuoteName(name)
	tmp, err := os.CreateTemp(filepath.Dir(name), "."+filepath.Base(name)+".*.tmp")
	if err != nil {
		return &exitError{1, a.say(cannotWriteIn, shown, a.sysErr(err), termsafe.QuoteName(filepath.Dir(name)))}
	}
	done := false
	defer func() {
		if !done {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	out := &failedWrite{w: tmp}
	var werr error
	if binary {
		werr = write(out)
	} else {
		plain := termsafe.NewPlainWriter(out)
		if werr = write(plain); werr == nil {
			werr = plain.Flush()
		}
	}
	switch {
	case out.err != nil:
		return &exitError{1, a.say(cannotWriteKept, shown, a.sysErr(out.err))}
	case werr != nil && binary:
		return &exitError{1, a.say(noWorkbook, werr)}
	case werr != nil:
		return werr
	}
	if err := tmp.Chmod(0o644); err != nil {
		return &exitError{1, a.say(cannotWrite, shown, a.sysErr(err))}
	}
	if err := tmp.Close(); err != nil {
		return &exitError{1, a.say(cannotWriteKept, shown, a.sysErr(err))}
	}
	if err := os.Rename(tmp.Name(), name); err != nil {
		return &exitError{1, a.say(cannotWrite, shown, a.quotedErr(err))}
	}
	done = true
	fmt.Fprintln(a.io.Out, a.say(wrote, shown))
	return nil
}

// export's messages.
var (
	positionsFor     = [model.NumLangs]string{"dutymap export: --positions is for diagrams: use it with --format %s", "dutymap export：--positions 用于图表：请配合 --format %s 使用"}
	forceNeedsOut    = [model.NumLangs]string{"dutymap export: --force replaces the file --out names; give it: %s", "dutymap export：--force 替换 --out 指定的文件；请给出它：%s"}
	outOverSSH       = [model.NumLangs]string{"dutymap export: --out is not available over SSH: the file would be written on the server; redirect the output on your side: ssh HOST export --format %s > %s", "dutymap export：--out 不能通过 SSH 使用：文件会写在服务器上；请在你这边重定向输出：ssh HOST export --format %s > %s"}
	workbookTerminal = [model.NumLangs]string{"dutymap export: a workbook is not for the terminal; redirect it to a file: %s", "dutymap export：工作簿不能输出到终端；请重定向到文件：%s"}
	workbookSession  = [model.NumLangs]string{"dutymap export: a workbook is not for the terminal, and this SSH session has one (ssh -t); run ssh without -t and redirect it to a file: ssh -T HOST export --format xlsx > org.xlsx", "dutymap export：工作簿不能输出到终端，而这个 SSH 会话有终端（ssh -t）；请不加 -t 运行 ssh，并重定向到文件：ssh -T HOST export --format xlsx > org.xlsx"}
	exportNoText     = [model.NumLangs]string{"dutymap export: the content has no text in %s (%s); names and duties are exported in the language it has.", "dutymap export：内容中没有%s（%s）的文字；名称和职责按内容已有的语言导出。"}
	noWorkbook       = [model.NumLangs]string{"dutymap export: could not make the workbook: %v", "dutymap export：无法生成工作簿：%v"}
	extContradicts   = [model.NumLangs]string{"dutymap export: %s names %s, but --format is %s\n  fix: leave --format out (the extension chooses %s), or name the file %s", "dutymap export：%s 表示 %s，但 --format 是 %s\n  修正：不写 --format（由扩展名选择 %s），或把文件命名为 %s"}
	exportLangCode   = [model.NumLangs]string{"dutymap export: --lang must be a language code or all, not %s", "dutymap export：--lang 必须是语言代码或 all，而不是 %s"}
	exportLangOf     = [model.NumLangs]string{"dutymap export: --lang must be %s or all, not %s", "dutymap export：--lang 必须是 %s 或 all，而不是 %s"}
	noOutFolder      = [model.NumLangs]string{"dutymap export: cannot write %s: the folder %s does not exist; create it, or choose another file", "dutymap export：无法写入 %s：文件夹 %s 不存在；请创建它，或换一个文件"}
	cannotUseOut     = [model.NumLangs]string{"dutymap export: cannot use %s: %v", "dutymap export：无法使用 %s：%v"}
	outIsLink        = [model.NumLangs]string{"dutymap export: %s is a symbolic link (to %s); dutymap does not write through links. Give the file itself.", "dutymap export：%s 是符号链接（指向 %s）；dutymap 不通过链接写入。请给出文件本身。"}
	outIsFolder      = [model.NumLangs]string{"dutymap export: %s is a folder; give a file name, such as %s", "dutymap export：%s 是文件夹；请给出文件名，如 %s"}
	outNotFile       = [model.NumLangs]string{"dutymap export: %s is not a regular file; give a file name, or leave --out out and redirect the output", "dutymap export：%s 不是普通文件；请给出文件名，或不写 --out 而重定向输出"}
	outExists        = [model.NumLangs]string{"dutymap export: %s already exists, so export will not replace it.\nChoose another name, or pass --force to replace it.", "dutymap export：%s 已存在，export 不会替换它。\n请换一个名称，或加上 --force 替换它。"}
	cannotWriteIn    = [model.NumLangs]string{"dutymap export: cannot write %s: %v\nCheck that you may write to %s, or choose another file.", "dutymap export：无法写入 %s：%v\n请确认你有权写入 %s，或换一个文件。"}
	cannotWriteKept  = [model.NumLangs]string{"dutymap export: cannot write %s: %v; it was left as it was", "dutymap export：无法写入 %s：%v；它保持原样"}
	cannotWrite      = [model.NumLangs]string{"dutymap export: cannot write %s: %v", "dutymap export：无法写入 %s：%v"}
	wrote            = [model.NumLangs]string{"Wrote %s.", "已写入 %s。"}
)
