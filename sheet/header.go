package sheet

import (
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/dutymap/dutymap/internal/lazyre"
	"github.com/dutymap/dutymap/model"
)

// Field is what a column holds.
type Field uint8

const (
	FieldNone           Field = iota
	FieldPath                 // the row's node's path of ids: sales/selling/3
	FieldID                   // the row's node's own id (or, with a "/", its path)
	FieldKind                 // department, topic, relation; section, position, stage, unit, role; duty, point
	FieldDepartment           // the first level of units: the department (or topic, relation)
	FieldSection              // a level of units below it; several columns are several levels
	FieldPosition             // a level of units that are positions
	FieldDuty                 // the duty (or point) the row is about; empty on a section's row
	FieldDescription          // the description of the row's node
	FieldCode                 // the code of the row's node
	FieldDepartmentCode       // the code of the row's department
	FieldSectionCode          // the code of the section in the last section column
	FieldPositionCode         // the code of the row's position
	FieldAliases              // other names of the row's node, separated by ; or ,
	FieldSources              // source ids the row's node cites
	FieldConcerns             // the departments a topic concerns
	FieldFrom                 // a relation's giving department; on a hand-off's row, who hands it over
	FieldTo                   // a relation's receiving department; on a hand-off's row, who takes it up
	FieldReturns              // on a hand-off's row, the hand-offs that come back in answer
	FieldResponsible          // RACI: the units that do the work of the row's duty (or section)
	FieldAccountable          // RACI: the unit that answers for it
	FieldConsulted            // RACI: the units asked before
	FieldInformed             // RACI: the units told after
	FieldOverlaps             // the near-same duties of other departments the row's duty is knowingly held beside
	FieldSummary              // a department's (or topic's, relation's) one-sentence summary
	FieldTrait                // a department's trait along one dimension: Column.Dim; one column per dimension and language
	FieldGroup                // the id of the group a department belongs to (groups.yaml)
	FieldGroupName            // that group's name
	FieldLanguage             // the language of the row's text columns that name none
	FieldCites                // the export's cites: sources worked out from the tree, not read
)

// fieldNames are the names --column takes, and how fields are named in
// messages.
var fieldNames = map[Field]string{
	FieldPath: "path", FieldID: "id", FieldKind: "kind", FieldDepartment: "department", FieldSection: "section",
	FieldPosition: "position", FieldDuty: "duty", FieldDescription: "description", FieldCode: "code",
	FieldDepartmentCode: "department-code", FieldSectionCode: "section-code", FieldPositionCode: "position-code",
	FieldAliases: "aliases", FieldSources: "sources", FieldConcerns: "concerns", FieldFrom: "from", FieldTo: "to",
	FieldReturns: "returns", FieldResponsible: "responsible", FieldAccountable: "accountable", FieldConsulted: "consulted",
	FieldInformed: "informed", FieldOverlaps: "overlaps", FieldSummary: "summary", FieldTrait: "trait",
	FieldGroup: "group-id", FieldGroupName: "group-name", FieldLanguage: "language", FieldCites: "cites",
}

func (f Field) String() string { return fieldNames[f] }

// name is how a column's field is named in messages and --column:
// "trait-objective" for a trait.
func (c Column) name() string {
	if c.Field == FieldTrait {
		return "trait-" + string(c.Dim)
	}
	return c.Field.String()
}

// textual fields hold text in a language: they may carry a language suffix.
func (f Field) textual() bool {
	switch f {
	case FieldDepartment, FieldSection, FieldPosition, FieldDuty, FieldDescription, FieldAliases, FieldSummary, FieldTrait, FieldGroupName:
		return true
	}
	return false
}

// repeats reports fields of which a sheet may have several columns.
func (f Field) repeats() bool { return f == FieldSection || f == FieldNone }

// guesses maps common header names, folded (see foldHeader), to fields:
// made when a sheet is first read, not in every process.
var guesses = sync.OnceValue(func() map[string]Field {
	guesses := map[string]Field{}
	for f, names := range map[Field]string{
		FieldPath:           "path|node path",
		FieldID:             "id|key|slug",
		FieldKind:           "kind",
		FieldDepartment:     "department|dept|division|business unit|organisation|organization|org unit|部门|部门名称",
		FieldSection:        "section|sub department|subdepartment|team|group|unit|function|area|subsection|sub section|process|process group|category|科室|处室|小组|子部门",
		FieldPosition:       "position|job title|job|title|occupation|role|post|job role|岗位|职位|职务|岗位名称",
		FieldDuty:           "duty|duties|task|tasks|task statement|responsibility|responsibilities|activity|job duty|element|职责|任务|工作内容|工作职责|岗位职责",
		FieldDescription:    "description|details|detail|notes|note|explanation|说明|描述|备注|详细说明",
		FieldCode:           "code|task id|task code|number|no|no.|ref|reference|hierarchy id|duty code|编号|代码",
		FieldDepartmentCode: "department code|dept code|division code|部门编号|部门代码",
		FieldSectionCode:    "section code|team code|unit code|group code|科室编号",
		FieldPositionCode:   "position code|job code|occupation code|role code|岗位编号|职位编号",
		FieldAliases:        "aliases|alias|also known as|aka|other names|alternative names|alternative labels|alt labels|synonyms|别名",
		FieldSources:        "sources|source|来源",
		FieldLanguage:       "language|lang|locale|语言",
		FieldResponsible:    "responsible|负责|负责方",
		FieldAccountable:    "accountable|批准|批准方",
		FieldConsulted:      "consulted|咨询|咨询方",
		FieldInformed:       "informed|知会|知会方",
		FieldOverlaps:       "overlaps|重叠",
		FieldSummary:        "summary|概要|摘要",
		FieldGroup:          "group id|department group id|部门分组编号",
		FieldGroupName:      "group name|department group|部门分组|分组",
	} {
		for _, n := range strings.Split(names, "|") {
			guesses[n] = f
		}
	}
	return guesses
})

// sectionNumbered reads "section 2", "level 3": further section columns.
var sectionNumbered = lazyre.New(`^(?:section|level|sub section|subsection|unit|team)\s*\d+$`)

// roleOf gives the sections of a unit column their role, from its header.
func roleOf(f Field, folded string) model.Role {
	switch {
	case f == FieldPosition:
		return model.RolePosition
	case folded == "unit" || folded == "sub department" || folded == "subdepartment" || folded == "子部门":
		return model.RoleUnit
	}
	return model.RoleGroup
}

// foldHeader prepares a header for lookup: lower case, "_" and "-" as
// spaces, one space between words.
func foldHeader(s string) string {
	s = strings.NewReplacer("_", " ", "-", " ").Replace(strings.ToLower(strings.TrimSpace(s)))
	return strings.Join(strings.Fields(s), " ")
}

// langSuffix splits a language off a header: "duty_en", "Duty (zh)",
// "Duty [de-AT]", "职责（中文）", "Task (English)".
var langSuffix = lazyre.New(`^(.*?)\s*(?:_|\s-\s|\(|\[|（)\s*([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*|[Ee]nglish|[Cc]hinese|中文|英文)\s*[)\]）]?$`)

var langNames = map[string]string{"english": "en", "chinese": "zh", "中文": "zh", "英文": "en"}

// Column is what one column of a sheet holds.
type Column struct {
	Header string
	Field  Field
	Lang   string          // the language tag of a text column that names one: "zh" for duty_zh
	Role   model.Role      // of a unit column's sections
	Dim    model.Dimension // of a trait column
}

// Mapping is the columns of a sheet, as read from its header.
type Mapping struct {
	Columns []Column
	// Ignored lists the headers no field was found for.
	Ignored []string
}

// Map reads a header row. given maps field names ("duty", "section",
// "duty_zh") to headers, for the columns to take without guessing; a field
// that may repeat takes its headers in the order given.
func Map(header []string, given [][2]string) (Mapping, error) {
	m := Mapping{Columns: make([]Column, len(header))}
	taken := map[int]bool{}
	for _, g := range given {
		name, head := g[0], g[1]
		f, lang, ok := parseFieldName(name)
		if !ok {
			return m, fmt.Errorf("--column %s=%s: %q is not a field; use one of %s", name, head, name, fieldList())
		}
		i := slices.IndexFunc(header, func(h string) bool { return strings.TrimSpace(h) == strings.TrimSpace(head) })
		if i < 0 {
			return m, fmt.Errorf("--column %s=%s: the sheet has no column %q; its columns are: %s", name, head, head, strings.Join(header, ", "))
		}
		m.Columns[i] = Column{Header: header[i], Field: f, Lang: lang, Role: roleOf(f, foldHeader(header[i])), Dim: dimOf(name)}
		taken[i] = true
	}
	for i, h := range header {
		if taken[i] {
			continue
		}
		m.Columns[i] = guess(h)
		if m.Columns[i].Field == FieldNone && strings.TrimSpace(h) != "" {
			m.Ignored = append(m.Ignored, h)
		}
	}
	// One column per field and language, but for section levels.
	seen := map[string]int{}
	for i, c := range m.Columns {
		if c.Field.repeats() {
			continue
		}
		key := c.name() + "_" + c.Lang
		if j, ok := seen[key]; ok {
			return m, fmt.Errorf("columns %s (%s) and %s (%s) both read as the %s; choose one with --column %s=HEADER",
				ColumnName(j), header[j], ColumnName(i), header[i], c.name(), c.name())
		}
		seen[key] = i
	}
	return m, nil
}

// guess finds a header's field from its name.
func guess(h string) Column {
	folded := foldHeader(h)
	// concerns, from, to and returns are the export's own, lower-case,
	// headers: a "From" column of someone's sheet is more likely a date.
	switch h {
	case colReturns:
		return Column{Header: h, Field: FieldReturns}
	case colConcerns:
		return Column{Header: h, Field: FieldConcerns}
	case colFrom:
		return Column{Header: h, Field: FieldFrom}
	case colTo:
		return Column{Header: h, Field: FieldTo}
	case colCites:
		return Column{Header: h, Field: FieldCites}
	}
	if f, ok := guesses()[folded]; ok {
		return Column{Header: h, Field: f, Role: roleOf(f, folded)}
	}
	if d, ok := traitHeader(folded); ok {
		return Column{Header: h, Field: FieldTrait, Dim: d}
	}
	if sectionNumbered().MatchString(folded) {
		return Column{Header: h, Field: FieldSection, Role: model.RoleGroup}
	}
	if m := langSuffix().FindStringSubmatch(strings.TrimSpace(h)); m != nil {
		base := foldHeader(m[1])
		f, ok := guesses()[base]
		if !ok && sectionNumbered().MatchString(base) {
			f, ok = FieldSection, true
		}
		d, isTrait := traitHeader(base)
		if isTrait {
			f, ok = FieldTrait, true
		}
		tag := langNames[strings.ToLower(m[2])]
		if tag == "" {
			tag, _ = model.ParseTag(m[2])
		}
		if ok && f.textual() && tag != "" {
			return Column{Header: h, Field: f, Lang: tag, Role: roleOf(f, base), Dim: d}
		}
	}
	return Column{Header: h}
}

// traitHeader reads a trait column's folded header: "trait objective",
// "trait level" (the export's trait_objective_en).
func traitHeader(folded string) (model.Dimension, bool) {
	rest, ok := strings.CutPrefix(folded, "trait ")
	if !ok {
		return "", false
	}
	if model.IsDimension(rest) {
		return model.Dimension(rest), true
	}
	return "", false
}

// dimOf is the dimension of a --column field name "trait-objective" or
// "trait-objective_zh", or "".
func dimOf(name string) model.Dimension {
	name = strings.ToLower(strings.TrimSpace(name))
	rest, ok := strings.CutPrefix(name, "trait-")
	if !ok {
		return ""
	}
	rest, _, _ = strings.Cut(rest, "_")
	return model.Dimension(rest)
}

// parseFieldName reads a --column field: "duty", "duty_zh", "position-code",
// "trait-objective_en".
func parseFieldName(s string) (Field, string, bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	if d := dimOf(s); d != "" {
		if !model.IsDimension(string(d)) {
			return FieldNone, "", false
		}
		tag := ""
		if _, rest, ok := strings.Cut(s, "_"); ok {
			t, err := model.ParseTag(rest)
			if err != nil {
				return FieldNone, "", false
			}
			tag = t
		}
		return FieldTrait, tag, true
	}
	for f, n := range fieldNames {
		if s == n {
			return f, "", true
		}
		if rest, ok := strings.CutPrefix(s, n+"_"); ok && f.textual() {
			if tag, err := model.ParseTag(rest); err == nil {
				return f, tag, true
			}
		}
	}
	return FieldNone, "", false
}

func fieldList() string {
	var names []string
	for f := FieldPath; f < FieldCites; f++ {
		if f == FieldTrait {
			names = append(names, "trait-DIMENSION (trait-objective, trait-level, …)")
			continue
		}
		names = append(names, f.String())
	}
	return strings.Join(names, ", ")
}

// ColumnName is a column's spreadsheet letter: A, B, …, Z, AA, AB, ….
func ColumnName(i int) string {
	name := ""
	for i++; i > 0; i = (i - 1) / 26 {
		name = string(rune('A'+(i-1)%26)) + name
	}
	return name
}
