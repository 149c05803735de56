package cli

import (
	"io"

	"github.com/dutymap/dutymap/diagram"
	"github.com/dutymap/dutymap/model"
)

// diagramWriters write the organisation as the source of a picture: a
// Mermaid flowchart (GitHub and GitLab draw it in Markdown; mermaid.live),
// or a Graphviz graph for dot (dot -Tsvg org.dot > org.svg).
var diagramWriters = map[string]func(io.Writer, *diagram.Graph) error{
	"mermaid": diagram.Mermaid,
	"mmd":     diagram.Mermaid,
	"dot":     diagram.DOT,
	"gv":      diagram.DOT,
}

// diagramExporter is the exporter of a diagram format, or nil for any
// other format. Labels carry each language asked for, a line each.
func diagramExporter(format string, positions bool) func(io.Writer, *model.Org, []model.Lang) error {
	write, ok := diagramWriters[format]
	if !ok {
		return nil
	}
	return func(w io.Writer, org *model.Org, langs []model.Lang) error {
		return write(w, diagram.Build(org, diagram.Options{Langs: langs, Positions: positions}))
	}
}
