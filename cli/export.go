package cli

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/dutymap/dutymap/model"
	"github.com/spf13/cobra"
)

func init() { subcommands = append(subcommands, (*app).exportCmd) }

// exportVersion is the "version" field of the JSON export; raise it when a
// change to the format would break a reader (see docs/export.schema.json).
const exportVersion = 1

func (a *app) exportCmd() *cobra.Command {
	var format, lang string
	cmd := &cobra.Command{
		Use:   "export",
		Short: "Write the whole knowledge base as Markdown, JSON or CSV",
		Long: `export writes every department, topic, relation and source to standard output.

Formats:
  md    one Markdown document: departments with their traits table, sections and
        duties; then topics, relations and the list of sources
  json  one JSON document, described by docs/export.schema.json: departments,
        topics and relations as trees of nodes, and the sources
  csv   one row per duty (or point of a topic or relation), RFC 4180, with a
        header row: path, department, section, kind, text_en, text_zh, sources.
        A cell that begins with =, +, - or @ (or a tab or carriage return) starts
        with an apostrophe, so that a spreadsheet shows it as text and never runs
        it as a formula

--lang chooses the languages: en, zh or all (the default). With all, the Markdown
document holds each language in turn, JSON texts carry both, and CSV has a text
column per language. Languages the content has no text in are left out, so a
single-language organisation exports that language only. A text missing in one
language is left out (JSON) or empty (CSV); the Markdown falls back to the other
language.

The output is deterministic: the same content always exports to the same bytes.`,
		Example: `  dutymap export --format md > handbook.md
  dutymap export --format json | jq '.departments[].id'
  dutymap export --format csv --lang en > duties.csv
  dutymap --content ./myorg --builtin=false export --format json > myorg.json`,
		Args: noArgs("dutymap export --format json"),
		RunE: func(cmd *cobra.Command, args []string) error {
			write, ok := exporters[format]
			if !ok {
				return &exitError{2, fmt.Sprintf("dutymap export: unknown format %q; use --format md, json or csv", format)}
			}
			langs, err := exportLangs(lang)
			if err != nil {
				return err
			}
			org, err := a.load()
			if err != nil {
				return err
			}
			present := presentLangs(org, langs)
			if !org.HasLang(present[0]) {
				fmt.Fprintf(a.io.Err, "dutymap export: the content has no text in %s (%s); names and duties are exported in the language it has.\n", present[0].Name(), present[0].Code())
			}
			return write(a.io.Out, org, present)
		},
	}
	cmd.Flags().StringVarP(&format, "format", "f", "md", "md, json or csv")
	// This local --lang shadows the global one so that it can accept "all".
	cmd.Flags().StringVar(&lang, "lang", "all", "languages to export: en, zh or all")
	return cmd
}

// noArgs rejects stray arguments with an example of the right call.
func noArgs(example string) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) == 0 {
			return nil
		}
		return &exitError{2, fmt.Sprintf("dutymap %s: takes no arguments, got %q\nexample: %s", cmd.Name(), args[0], example)}
	}
}

var exporters = map[string]func(io.Writer, *model.Org, []model.Lang) error{
	"md":       exportMarkdown,
	"markdown": exportMarkdown,
	"json":     exportJSON,
	"csv":      exportCSV,
}

func exportLangs(s string) ([]model.Lang, error) {
	if s == "" || strings.EqualFold(s, "all") {
		return model.Langs[:], nil
	}
	l, err := model.ParseLang(s)
	if err != nil {
		return nil, &exitError{2, "dutymap export: --lang must be en, zh or all, not " + fmt.Sprintf("%q", s)}
	}
	return []model.Lang{l}, nil
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
	model.En: {"Departments and duties", "%d departments, %d topics and %d relations; %d duties.", "Departments", "Topics", "Relations", "Sources", "Traits", "Dimension", "This department", "From", "To", "Concerns"},
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
	fmt.Fprintf(w, words.intro+"\n\n", len(org.Departments), len(org.Topics), len(org.Relations), duties)
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
			line := fmt.Sprintf("- `%s`: %s", s.ID, mdEsc(s.Title.In(l)))
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
	if s := d.Summary.In(l); s != "" {
		fmt.Fprintf(w, "**%s**\n\n", mdEsc(s))
	}
	if d.Kind == model.KindRelation {
		fmt.Fprintf(w, "%s: **%s** → %s: **%s**\n\n", words.from, mdEsc(deptName(org, d.From, l)), words.to, mdEsc(deptName(org, d.To, l)))
	}
	if len(d.Concerns) > 0 {
		names := make([]string, len(d.Concerns))
		for i, id := range d.Concerns {
			names[i] = deptName(org, id, l)
		}
		fmt.Fprintf(w, "%s: %s\n\n", words.concerns, mdEsc(strings.Join(names, ", ")))
	}
	if d.Kind == model.KindDepartment && len(d.Traits) > 0 {
		fmt.Fprintf(w, "| %s | %s |\n|---|---|\n", words.dimension, words.value)
		for _, dim := range model.Dimensions {
			v := "—"
			if t, ok := d.Traits[dim]; ok {
				v = t.In(l)
			}
			fmt.Fprintf(w, "| %s | %s |\n", dim.Label(l), strings.ReplaceAll(mdEsc(v), "|", `\|`))
		}
		fmt.Fprintln(w)
	}
	writeSection(w, d, l, 2)
}

// writeSection writes a node's description, its duties, then its
// sub-sections one heading level deeper. Markdown stops at ######, so
// deeper sections get a bold line instead of a heading.
func writeSection(w *bufio.Writer, n *model.Node, l model.Lang, level int) {
	if level > 2 {
		title := mdEsc(n.Title.In(l))
		if level <= 6 {
			fmt.Fprintf(w, "%s %s\n\n", strings.Repeat("#", level), title)
		} else {
			fmt.Fprintf(w, "**%s**\n\n", title)
		}
	}
	if len(n.Sources) > 0 {
		fmt.Fprintf(w, "*%s: %s*\n\n", exportWords[l].sources, mdEsc(strings.Join(n.Sources, ", ")))
	}
	if body := strings.TrimSpace(n.Body.In(l)); body != "" {
		fmt.Fprintf(w, "%s\n\n", body)
	}
	leaves := false
	for _, c := range n.Children {
		if c.Kind.IsLeaf() {
			fmt.Fprintf(w, "- %s%s\n", mdEsc(c.Title.In(l)), dutySources(c))
			leaves = true
		}
	}
	if leaves {
		fmt.Fprintln(w)
	}
	for _, c := range n.Children {
		if !c.Kind.IsLeaf() {
			writeSection(w, c, l, level+1)
		}
	}
}

// dutySources marks a duty that cites its own sources with their ids:
// " *[five-differences, market-vs-sales-zh]*". A duty without the mark
// cites what its section cites.
func dutySources(n *model.Node) string {
	if len(n.Sources) == 0 {
		return ""
	}
	return " *[" + mdEsc(strings.Join(n.Sources, ", ")) + "]*"
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
	}
	jsonNode struct {
		ID       string                       `json:"id"`
		Path     string                       `json:"path"`
		Kind     string                       `json:"kind"`
		Role     string                       `json:"role,omitempty"`
		Title    jsonText                     `json:"title"`
		Summary  jsonText                     `json:"summary,omitempty"`
		Body     jsonText                     `json:"body,omitempty"`
		Aliases  map[string][]string          `json:"aliases,omitempty"`
		Sources  []string                     `json:"sources,omitempty"`
		Traits   map[model.Dimension]jsonText `json:"traits,omitempty"`
		Concerns []string                     `json:"concerns,omitempty"`
		From     string                       `json:"from,omitempty"`
		To       string                       `json:"to,omitempty"`
		Children []*jsonNode                  `json:"children,omitempty"`
	}
	jsonSource struct {
		ID    string   `json:"id"`
		Title jsonText `json:"title"`
		URL   string   `json:"url,omitempty"`
		Ref   string   `json:"ref,omitempty"`
	}
	// jsonText maps a language code to the text in that language.
	jsonText map[string]string
)

func exportJSON(w io.Writer, org *model.Org, langs []model.Lang) error {
	out := jsonExport{
		Format: "dutymap-export", Version: exportVersion,
		Departments: jsonNodes(org.Departments, langs),
		Topics:      jsonNodes(org.Topics, langs),
		Relations:   jsonNodes(org.Relations, langs),
		Sources:     make([]*jsonSource, 0, len(org.Sources)),
	}
	for _, l := range langs {
		out.Languages = append(out.Languages, l.Code())
	}
	for _, s := range org.Sources {
		out.Sources = append(out.Sources, &jsonSource{ID: s.ID, Title: textOf(s.Title, langs), URL: s.URL, Ref: s.Ref})
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}

func jsonNodes(nodes []*model.Node, langs []model.Lang) []*jsonNode {
	out := make([]*jsonNode, 0, len(nodes))
	for _, n := range nodes {
		out = append(out, toJSON(n, langs))
	}
	return out
}

func toJSON(n *model.Node, langs []model.Lang) *jsonNode {
	j := &jsonNode{
		ID: n.ID, Path: n.Path, Kind: n.Kind.String(),
		Title: textOf(n.Title, langs), Summary: textOf(n.Summary, langs), Body: textOf(n.Body, langs),
		Sources: n.Sources, Concerns: n.Concerns, From: n.From, To: n.To,
	}
	if n.Kind == model.KindSection {
		j.Role = string(n.Role)
		if j.Role == "" {
			j.Role = string(model.RoleGroup)
		}
	}
	for _, l := range langs {
		if len(n.Aliases[l]) > 0 {
			if j.Aliases == nil {
				j.Aliases = map[string][]string{}
			}
			j.Aliases[l.Code()] = n.Aliases[l]
		}
	}
	for d, t := range n.Traits {
		if txt := textOf(t, langs); len(txt) > 0 {
			if j.Traits == nil {
				j.Traits = map[model.Dimension]jsonText{}
			}
			j.Traits[d] = txt
		}
	}
	if len(n.Children) > 0 {
		j.Children = jsonNodes(n.Children, langs)
	}
	return j
}

// textOf keeps the chosen languages that have text: no fallback, so a
// reader can tell a missing translation from a real one.
func textOf(t model.Text, langs []model.Lang) jsonText {
	out := jsonText{}
	for _, l := range langs {
		if t.Has(l) {
			out[l.Code()] = t[l]
		}
	}
	return out
}

// ---- CSV ----

func exportCSV(w io.Writer, org *model.Org, langs []model.Lang) error {
	cw := csv.NewWriter(w)
	// Names follow the first chosen language; texts get a column each.
	name := langs[0]
	header := []string{"path", "department", "section", "kind"}
	for _, l := range langs {
		header = append(header, "text_"+l.Code())
	}
	cw.Write(append(header, "sources"))
	for _, d := range org.Documents() {
		for _, leaf := range model.Leaves(d) {
			row := []string{leaf.Path, d.Title.In(name), sectionPath(leaf, name), leaf.Kind.String()}
			for _, l := range langs {
				row = append(row, leaf.Title[l])
			}
			row = append(row, sourceIDs(org, leaf))
			for i, cell := range row {
				row[i] = spreadsheetText(cell)
			}
			cw.Write(row)
		}
	}
	cw.Flush()
	return cw.Error()
}

// spreadsheetText keeps a cell from being read as a formula when the CSV
// is opened in a spreadsheet (CSV injection: =HYPERLINK(…) leaking data,
// =cmd|… running a program). As OWASP recommends, a cell that begins with
// =, +, -, @, tab or carriage return (or a full-width =, +, - or @, which
// some spreadsheets read the same way) gets a leading apostrophe, which
// spreadsheets take as "this is text". See
// https://owasp.org/www-community/attacks/CSV_Injection.
func spreadsheetText(cell string) string {
	r, _ := utf8.DecodeRuneInString(cell)
	switch r {
	case '=', '+', '-', '@', '\t', '\r', '＝', '＋', '－', '＠':
		return "'" + cell
	}
	return cell
}

// sectionPath is the titles between the document and the leaf.
func sectionPath(leaf *model.Node, l model.Lang) string {
	line := leaf.Lineage()
	var parts []string
	for _, n := range line[1 : len(line)-1] {
		parts = append(parts, n.Title.In(l))
	}
	return strings.Join(parts, " › ")
}

// sourceIDs lists the sources a leaf cites, inherited from its sections.
func sourceIDs(org *model.Org, n *model.Node) string {
	var ids []string
	for _, s := range org.SourcesOf(n) {
		ids = append(ids, s.ID)
	}
	return strings.Join(ids, ";")
}
