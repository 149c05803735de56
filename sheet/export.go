// Package sheet holds organisations as spreadsheet rows: the layout of
// `dutymap export --format csv|xlsx`, and the reading of spreadsheets for
// `dutymap import`, both dutymap's own exports and the sheets people keep
// (a column per level of units, a duty per row, headers guessed from common
// names). An export imports back to the same organisation, so that export,
// import and export again give the same bytes.
package sheet

import (
	"io"
	"iter"
	"slices"
	"strings"

	"github.com/dutymap/dutymap/model"
)

// The export's columns. Text columns get a language suffix: duty_en.
const (
	colPath        = "path"
	colKind        = "kind"
	colDepartment  = "department"
	colSection     = "section"
	colDuty        = "duty"
	colDescription = "description"
	colCode        = "code"
	colAliases     = "aliases"
	colSources     = "sources"
	colConcerns    = "concerns"
	colFrom        = "from"
	colTo          = "to"
	colReturns     = "returns"
	colOverlaps    = "overlaps"
	colSummary     = "summary"
	colTrait       = "trait"
	colGroupID     = "group_id"
	colGroupName   = "group_name"
	colCites       = "cites"
)

// raciColumns are the RACI columns, in model.RACIRoles' order.
var raciColumns = [model.NumRACIRoles]string{"responsible", "accountable", "consulted", "informed"}

// partSep joins the sections of a unit path in one cell; nameSep joins
// names (aliases), idSep ids (sources, concerns).
const (
	partSep = " › "
	nameSep = "; "
	idSep   = ";"
)

// TableRows yields the export's rows of cells one at a time: a header, then one
// row per department, topic and relation, per section and per duty (or
// point), in document order, so that sections without duties are kept.
// One at a time, so that an export's memory does not grow with the
// organisation (a 60,000-duty workbook under `ulimit -v 1000000` died in a
// Go fatal "out of memory" when every row was built first). langs are the
// languages to write; their columns are named by the organisation's tags
// (department_en, department_zh). A row carries its node's own values:
// sources written on it, its code, its aliases; the last column, cites,
// is the sources it cites, its own or else its nearest ancestor's, for
// readers (import ignores it). The RACI, hand-off (from, to, returns) and
// overlaps columns hold the node's lines of the same names.
func TableRows(org *model.Org, langs []model.Lang) iter.Seq[[]string] {
	return func(yield func([]string) bool) {
		if !yield(headerRow(org, langs)) {
			return
		}
		for _, d := range org.Documents() {
			more := d.Walk(func(n *model.Node) bool {
				var cites []string
				for _, s := range org.SourcesOf(n) {
					cites = append(cites, s.ID)
				}
				cells := append(row(n, d, langs), documentCells(org, n, langs)...)
				return yield(append(cells, strings.Join(cites, idSep)))
			})
			if !more {
				return
			}
		}
	}
}

// Table is every row TableRows yields, for tests and callers that need them
// all at once.
func Table(org *model.Org, langs []model.Lang) [][]string {
	return slices.Collect(TableRows(org, langs))
}

// RowCount is the number of rows TableRows yields, header included, counted
// without making them.
func RowCount(org *model.Org) int {
	n := 1
	for _, d := range org.Documents() {
		d.Walk(func(*model.Node) bool { n++; return true })
	}
	return n
}

// ExportXLSX writes the export as a workbook (see WriteXLSX), refused
// before it is begun when it would have more rows than a sheet holds
// (counted, not made: a million rows took a while to make and then
// failed).
func ExportXLSX(w io.Writer, org *model.Org, langs []model.Lang) error {
	if n := RowCount(org); n > maxWorkbookRows {
		return tooManyRows(n)
	}
	return WriteXLSX(w, TableRows(org, langs))
}

// headerRow is the export's header row.
func headerRow(org *model.Org, langs []model.Lang) []string {
	header := []string{colPath, colKind}
	for _, col := range []string{colDepartment, colSection, colDuty, colDescription} {
		for _, l := range langs {
			header = append(header, col+"_"+org.Tag(l))
		}
	}
	header = append(header, colCode)
	for _, l := range langs {
		header = append(header, colAliases+"_"+org.Tag(l))
	}
	header = append(header, colSources, colConcerns, colFrom, colTo, colReturns)
	header = append(header, raciColumns[:]...)
	header = append(header, colOverlaps)
	for _, l := range langs {
		header = append(header, colSummary+"_"+org.Tag(l))
	}
	for _, dim := range model.Dimensions {
		for _, l := range langs {
			header = append(header, colTrait+"_"+string(dim)+"_"+org.Tag(l))
		}
	}
	header = append(header, colGroupID)
	for _, l := range langs {
		header = append(header, colGroupName+"_"+org.Tag(l))
	}
	return append(header, colCites)
}

// documentCells are the cells only a document's own row fills: its
// summary and a department's traits and group (its id, and its name, so
// that an import declares it), empty on other rows.
func documentCells(org *model.Org, n *model.Node, langs []model.Lang) []string {
	cells := make([]string, 0, len(langs)*(2+len(model.Dimensions))+1)
	doc := n.Kind.IsDocument()
	for _, l := range langs {
		cells = append(cells, pick(doc, n.Summary()[l]))
	}
	for _, dim := range model.Dimensions {
		for _, l := range langs {
			cells = append(cells, pick(doc, n.Traits()[dim][l]))
		}
	}
	g := org.GroupOf(n)
	doc = doc && g != nil
	var id string
	if doc {
		id = g.ID
	}
	cells = append(cells, id)
	for _, l := range langs {
		var name string
		if doc {
			name = g.Name[l]
		}
		cells = append(cells, name)
	}
	return cells
}

func pick(ok bool, s string) string {
	if ok {
		return s
	}
	return ""
}

// row is the cells of one node of document d. References (RACI units,
// hand-off ends, overlapping duties) are written as the content wrote them,
// so that import writes the same lines back.
func row(n, d *model.Node, langs []model.Lang) []string {
	cells := []string{n.Path, kindOf(n)}
	line := n.Lineage()
	var sections []*model.Node
	for _, p := range line[1:] {
		if !p.Kind.IsLeaf() {
			sections = append(sections, p)
		}
	}
	for _, l := range langs {
		cells = append(cells, escapeName(d.Title[l]))
	}
	for _, l := range langs {
		cells = append(cells, sectionCell(sections, l))
	}
	for _, l := range langs {
		if n.Kind.IsLeaf() {
			cells = append(cells, n.Title[l])
		} else {
			cells = append(cells, "")
		}
	}
	for _, l := range langs {
		cells = append(cells, markdownCell(n.Body()[l]))
	}
	cells = append(cells, n.Code())
	for _, l := range langs {
		cells = append(cells, strings.Join(n.Aliases()[l], nameSep))
	}
	cells = append(cells, strings.Join(n.Sources(), idSep), strings.Join(n.Concerns(), idSep))
	// A document's from and to are its departments; a hand-off's (an item
	// or section of a relation) are its From: and To: lines.
	from, to := n.From(), n.To()
	if n.Links() != nil {
		from, to = strings.Join(refs(n.Links(), model.LinkFrom), nameSep), strings.Join(refs(n.Links(), model.LinkTo), nameSep)
	}
	cells = append(cells, from, to, strings.Join(refs(n.Links(), model.LinkReturns), nameSep))
	for _, role := range model.RACIRoles {
		var r []string
		if n.RACI() != nil {
			r = n.RACI().Refs[role]
		}
		cells = append(cells, strings.Join(r, nameSep))
	}
	var overlaps []string
	if n.Overlap() != nil {
		overlaps = n.Overlap().Refs
	}
	return append(cells, strings.Join(overlaps, nameSep))
}

// sectionCell is the names of sections in language l, joined by partSep;
// empty when none is named in l (a department written in one language),
// not " › ", which would read as text in l.
func sectionCell(sections []*model.Node, l model.Lang) string {
	parts := make([]string, len(sections))
	named := false
	for i, s := range sections {
		parts[i] = escapeName(s.Title[l])
		named = named || parts[i] != ""
	}
	if !named {
		return ""
	}
	return strings.Join(parts, partSep)
}

// escapeName is a department's or section's name as a unit cell holds
// it: a › in the name is written \›, so that import does not read it as
// the › between two levels (a section "Plan › Do" is one section).
func escapeName(name string) string {
	return strings.ReplaceAll(name, "›", `\›`)
}

// refs is a hand-off's link line k as written, nil without one.
func refs(l *model.Links, k model.Link) []string {
	if l == nil {
		return nil
	}
	return l.Refs[k]
}

// kindOf is a row's kind: department, topic, relation; section or a
// section's role (position, stage, unit, role); duty or point.
func kindOf(n *model.Node) string {
	if n.Kind == model.KindSection && n.Role != model.RoleGroup && n.Role != "" {
		return string(n.Role)
	}
	return n.Kind.String()
}
