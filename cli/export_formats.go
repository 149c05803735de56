package cli

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/dutymap/dutymap/diagram"
	"github.com/dutymap/dutymap/model"
)

// exportFormat is one format export writes. exportFormats is the one
// place its names and extensions are known: --format reads them, --out's
// extension chooses by them, and the help, the refusals and their fixes
// list them.
type exportFormat struct {
	name    string                 // the name help and fixes give
	aliases []string               // other names --format takes for it
	exts    []string               // extensions that choose it with --out, without the dot; the usual one first
	what    [model.NumLangs]string // what a file of it is, for the mismatch refusal
	// table is set for the formats whose columns or keys name their
	// language (import reads them by it): they hold only languages the
	// content has text in, where a document or diagram falls back.
	table bool
	// write writes a document; draw a diagram (a Mermaid flowchart that
	// GitHub and GitLab draw in Markdown, or a Graphviz graph for dot).
	write func(io.Writer, *model.Org, []model.Lang) error
	draw  func(io.Writer, *diagram.Graph) error
}

var exportFormats = []exportFormat{
	{name: "md", aliases: []string{"markdown"}, exts: []string{"md", "markdown"}, what: [model.NumLangs]string{"a Markdown document", "Markdown 文档"}, write: exportMarkdown},
	{name: "json", exts: []string{"json"}, what: [model.NumLangs]string{"a JSON document", "JSON 文档"}, table: true, write: exportJSON},
	{name: "csv", exts: []string{"csv"}, what: [model.NumLangs]string{"a CSV sheet", "CSV 表格"}, table: true, write: exportCSV},
	{name: "xlsx", exts: []string{"xlsx"}, what: [model.NumLangs]string{"an Excel workbook", "Excel 工作簿"}, table: true, write: exportXLSX},
	{name: "mermaid", aliases: []string{"mmd"}, exts: []string{"mmd", "mermaid"}, what: [model.NumLangs]string{"a Mermaid diagram", "Mermaid 图"}, draw: diagram.Mermaid},
	{name: "dot", aliases: []string{"gv"}, exts: []string{"dot", "gv"}, what: [model.NumLangs]string{"a Graphviz graph", "Graphviz 图"}, draw: diagram.DOT},
}

// exportFormatNames are the formats' names, and their aliases (alias →
// name), as formatIn reads --format.
func exportFormatNames() (names []string, aliases map[string]string) {
	aliases = map[string]string{}
	for _, f := range exportFormats {
		names = append(names, f.name)
		for _, a := range f.aliases {
			aliases[a] = f.name
		}
	}
	return names, aliases
}

// formatNamed is the format named name (see formatIn), or nil.
func formatNamed(name string) *exportFormat {
	for i, f := range exportFormats {
		if f.name == name || slices.Contains(f.aliases, name) {
			return &exportFormats[i]
		}
	}
	return nil
}

// formatOfExt is the format a file's extension (".xlsx", any case)
// chooses, or nil.
func formatOfExt(ext string) *exportFormat {
	ext, ok := strings.CutPrefix(strings.ToLower(ext), ".")
	if !ok {
		return nil
	}
	for i, f := range exportFormats {
		if slices.Contains(f.exts, ext) {
			return &exportFormats[i]
		}
	}
	return nil
}

// ext is the format's usual extension, for the file names fixes give.
func (f *exportFormat) ext() string { return f.exts[0] }

// writer writes the organisation in the format; a diagram's labels carry
// each language asked for, a line each, and its positions when asked.
func (f *exportFormat) writer(positions bool) func(io.Writer, *model.Org, []model.Lang) error {
	if f.draw == nil {
		return f.write
	}
	return func(w io.Writer, org *model.Org, langs []model.Lang) error {
		return f.draw(w, diagram.Build(org, diagram.Options{Langs: langs, Positions: positions}))
	}
}

// formatNames lists the formats by name as help offers a choice, the
// diagrams' only when diagrams is set: "md, json, csv, xlsx, mermaid or dot".
func formatNames(diagrams bool) string {
	var names []string
	for _, f := range exportFormats {
		if !diagrams || f.draw != nil {
			names = append(names, f.name)
		}
	}
	if len(names) < 2 {
		return strings.Join(names, "")
	}
	return strings.Join(names[:len(names)-1], ", ") + " or " + names[len(names)-1]
}

// formatExts lists each format's usual extension: ".md, .json, …".
func formatExts() string {
	exts := make([]string, len(exportFormats))
	for i, f := range exportFormats {
		exts[i] = "." + f.ext()
	}
	return strings.Join(exts, ", ")
}

// formatOthers lists, for help, the other names --format takes and the
// other extensions that choose a format, each with the format's name:
// "markdown (md), mmd (mermaid), …" and ".markdown (md), …".
func formatOthers() (aliases, exts string) {
	var a, e []string
	for _, f := range exportFormats {
		for _, x := range f.aliases {
			a = append(a, fmt.Sprintf("%s (%s)", x, f.name))
		}
		for _, x := range f.exts[1:] {
			e = append(e, fmt.Sprintf(".%s (%s)", x, f.name))
		}
	}
	return strings.Join(a, ", "), strings.Join(e, ", ")
}
