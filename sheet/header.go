package sheet

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/dutymap/dutymap/content"
	"github.com/dutymap/dutymap/internal/lazyre"
	"github.com/dutymap/dutymap/internal/termsafe"
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
		FieldDepartment:     "department|dept|division|business unit|organisation|organization|org unit|部门|部门名称|部门名|所属部门",
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

// foldHeader prepares a header for lookup: as it shows (shownHeader),
// lower case, "_" and "-" as spaces, one space between words and none
// between two Han characters.
func foldHeader(s string) string {
	s = strings.NewReplacer("_", " ", "-", " ").Replace(strings.ToLower(shownHeader(s)))
	var b strings.Builder
	for i, w := range strings.Fields(s) {
		if i > 0 {
			last, _ := utf8.DecodeLastRuneInString(b.String())
			first, _ := utf8.DecodeRuneInString(w)
			if !unicode.Is(unicode.Han, last) || !unicode.Is(unicode.Han, first) {
				b.WriteByte(' ')
			}
		}
		b.WriteString(w)
	}
	return b.String()
}

// shownHeader is a header as a spreadsheet shows it, so that one that
// looks like "Department" reads as one: without the characters that show
// nothing (a second byte order mark, a zero-width space or soft hyphen
// pasted from a web page) and in the compatibility form of its letters
// (NFKC: the full-width "Ｄｕｔｙ（ｚｈ）" of an input method is "Duty(zh)", the
// full-width space of "部　门" a space).
func shownHeader(s string) string {
	s = strings.Map(func(r rune) rune {
		if unicode.In(r, unicode.Cf, unicode.Other_Default_Ignorable_Code_Point) {
			return -1
		}
		return r
	}, s)
	return strings.TrimSpace(norm.NFKC.String(s))
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
	// IgnoredTwice is the letter of the first of them whose header heads
	// another column too, which --column names by its letter ("Duty
	// (column C)": --column FIELD=C); "" for none.
	IgnoredTwice string
}

// MappingError is a header that --column must settle: two columns read as
// one field, or a --column that names no column, or two. Fix says the
// --column that settles it. Twice is true for two columns of one field:
// the rest of the header is read, and checked, as if it were settled.
type MappingError struct {
	Msg, Fix string
	Twice    bool
}

func (e *MappingError) Error() string { return e.Msg }

// mapFix is the fix of an error of Map.
func mapFix(err error) string {
	if e, ok := err.(*MappingError); ok && e.Fix != "" {
		return e.Fix
	}
	return "name the columns with --column FIELD=HEADER (see docs/import.md)"
}

// Map reads a header row. given maps field names ("duty", "section",
// "duty_zh") to headers or column letters ("D"), for the columns to take
// without guessing; a field that may repeat takes its headers in the order
// given. A column guessed as a field that given names for another column
// is ignored: --column description=Notes settles a sheet with both Notes
// and Details.
func Map(header []string, given [][2]string) (Mapping, error) {
	m := Mapping{Columns: make([]Column, len(header))}
	taken := map[int]bool{}
	chosen := map[string]bool{} // the fields (and languages) given
	for _, g := range given {
		name, head := g[0], g[1]
		f, lang, ok := parseFieldName(name)
		if !ok {
			if near := nearField(name); near != "" {
				return m, fmt.Errorf("--column %s=%s: %q is not a field; did you mean %s? (--column %s=%s)", name, head, name, near, near, head)
			}
			return m, fmt.Errorf("--column %s=%s: %q is not a field; use one of %s", name, head, name, fieldList())
		}
		i, err := findColumn(header, name, head)
		if err != nil {
			return m, err
		}
		m.Columns[i] = Column{Header: header[i], Field: f, Lang: lang, Role: roleOf(f, foldHeader(header[i])), Dim: dimOf(name)}
		taken[i] = true
		chosen[m.Columns[i].key()] = true
	}
	// A sheet with a Kind column is written in the export's shape, whose
	// from, to, returns, concerns and cites columns are then read in any
	// case ("From", as a user heads the rest): elsewhere a "From" column
	// is more likely a date (tryout28 Y11).
	exportShaped := slices.ContainsFunc(header, func(h string) bool { return guess(h).Field == FieldKind })
	for i, h := range header {
		if taken[i] {
			continue
		}
		m.Columns[i] = guess(h)
		if exportShaped && m.Columns[i].Field == FieldNone {
			if low := strings.ToLower(strings.TrimSpace(h)); low != h {
				if c := guess(low); c.Field != FieldNone {
					m.Columns[i] = Column{Header: h, Field: c.Field}
				}
			}
		}
		if c := m.Columns[i]; !c.Field.repeats() && chosen[c.key()] {
			m.Columns[i] = Column{Header: h} // --column took another column for its field
		}
		if m.Columns[i].Field == FieldNone && strings.TrimSpace(h) != "" {
			if headedTwice(header, i) {
				h = fmt.Sprintf("%s (column %s)", h, ColumnName(i))
				if m.IgnoredTwice == "" {
					m.IgnoredTwice = ColumnName(i)
				}
			}
			m.Ignored = append(m.Ignored, h)
		}
	}
	// One column per field and language, but for section levels. Every
	// field read twice is reported.
	var twice []error
	seen := map[string]int{}
	for i, c := range m.Columns {
		if c.Field.repeats() {
			continue
		}
		j, ok := seen[c.key()]
		if !ok {
			seen[c.key()] = i
			continue
		}
		msg := fmt.Sprintf("columns %s (%s) and %s (%s) both read as the %s", ColumnName(j), header[j], ColumnName(i), header[i], c.name())
		if taken[i] && taken[j] {
			fix := fmt.Sprintf("give one --column %s=…", c.name())
			if c.Field.textual() && hasHan(header[i]) != hasHan(header[j]) {
				// A two-language sheet's columns of one field: the
				// Chinese one named as such (tryout28 Y15).
				zh := i
				if hasHan(header[j]) {
					zh = j
				}
				fix = fmt.Sprintf("if the two are the same %s in two languages, name the Chinese one with _zh: --column %s_zh=%s", c.name(), c.name(), quoteArg(strings.TrimSpace(header[zh])))
			}
			twice = append(twice, &MappingError{Msg: msg + " (both named by --column)", Fix: fix, Twice: true})
			continue
		}
		// Name the column headed as the field (Duty of Task and Duty), else
		// the first; by its header when no other column has it, else by
		// its letter.
		if foldHeader(header[i]) == c.name() && foldHeader(header[j]) != c.name() {
			i, j = j, i
		}
		pick, other := quoteArg(strings.TrimSpace(header[j])), header[i]
		if headedTwice(header, j) {
			pick, other = ColumnName(j), "column "+ColumnName(i)
		}
		twice = append(twice, &MappingError{Msg: msg, Fix: fmt.Sprintf("choose one: add --column %s=%s (%s is then ignored), or rename one of the two headers", c.name(), pick, other), Twice: true})
	}
	return m, errors.Join(twice...)
}

// mappingErrors are the errors err, of Map, joins.
func mappingErrors(err error) []error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		return j.Unwrap()
	}
	return []error{err}
}

// settled reports whether every error of Map is a field read twice: the
// mapping is whole otherwise.
func settled(errs []error) bool {
	for _, err := range errs {
		if e, ok := err.(*MappingError); !ok || !e.Twice {
			return false
		}
	}
	return true
}

// key tells the columns apart that a sheet may have one of each.
func (c Column) key() string { return c.name() + "_" + c.Lang }

// findColumn is the column --column name=head names: the one headed head,
// or else the column of that letter.
func findColumn(header []string, name, head string) (int, error) {
	var found []int
	for _, same := range []func(h string) bool{
		func(h string) bool { return strings.TrimSpace(h) == strings.TrimSpace(head) },
		func(h string) bool { return foldHeader(h) == foldHeader(head) },                           // duty=duty for a Duty column
		func(h string) bool { return plainHeader(h) != "" && plainHeader(h) == plainHeader(head) }, // department=Dept for a Dept. column
	} {
		for i, h := range header {
			if same(h) {
				found = append(found, i)
			}
		}
		if len(found) > 0 {
			break
		}
	}
	switch {
	case len(found) == 1:
		return found[0], nil
	case len(found) > 1:
		letters := make([]string, len(found))
		for k, i := range found {
			letters[k] = ColumnName(i)
		}
		all := "all"
		if len(found) == 2 {
			all = "both"
		}
		return 0, &MappingError{
			Msg: fmt.Sprintf("--column %s=%s: columns %s and %s are %s headed %q", name, head,
				strings.Join(letters[:len(letters)-1], ", "), letters[len(letters)-1], all, strings.TrimSpace(header[found[0]])),
			Fix: fmt.Sprintf("name one by its letter: --column %s=%s", name, letters[0]),
		}
	}
	if i, ok := columnIndex(head); ok && i < len(header) {
		return i, nil
	}
	return 0, &MappingError{
		Msg: fmt.Sprintf("--column %s=%s: the sheet has no column %q; its columns are: %s", name, head, head, columnList(header)),
		Fix: fmt.Sprintf("give a header as the sheet writes it, or a column's letter (A to %s): --column %s=LETTER", ColumnName(len(header)-1), name),
	}
}

// headedTwice reports whether another column has column i's header.
func headedTwice(header []string, i int) bool {
	h := strings.TrimSpace(header[i])
	for j := range header {
		if j != i && strings.TrimSpace(header[j]) == h {
			return true
		}
	}
	return false
}

// columnList names the first few columns by letter and header.
func columnList(header []string) string {
	const listed = 10
	var names []string
	for i, h := range header[:min(len(header), listed)] {
		names = append(names, fmt.Sprintf("%s (%s)", ColumnName(i), showHeader(h)))
	}
	list := strings.Join(names, ", ")
	if more := len(header) - listed; more > 0 {
		list += fmt.Sprintf(" and %s", content.Count(more, "more column", "more columns"))
	}
	return list
}

// maxListedHeaders is how many headers a message lists: a header row
// may have 16,384 cells, each of up to 32,767 characters.
const maxListedHeaders = 10

// headerList lists the first maxListedHeaders headers, each as
// showHeader shows it, then how many more there are.
func headerList(header []string) string {
	shown := make([]string, 0, maxListedHeaders)
	for _, h := range header[:min(len(header), maxListedHeaders)] {
		shown = append(shown, showHeader(h))
	}
	list := strings.Join(shown, ", ")
	if more := len(header) - len(shown); more > 0 {
		list += " and " + content.Count(more, "more column", "more columns")
	}
	return list
}

// showHeader is a header as a message quotes it: on one line, cut to
// termsafe.MaxArgCells cells, in $'…' when a character in it would not
// show (a zero-width space: the user sees why "Department" was not read).
func showHeader(h string) string {
	return termsafe.QuoteName(termsafe.CutArg(h, termsafe.MaxArgCells))
}

// columnIndex reads a column letter: "D" is 3, "aa" is 26. It is false
// for more than three letters (XFD is a sheet's last column).
func columnIndex(s string) (int, bool) {
	s = strings.ToUpper(strings.TrimSpace(s))
	if s == "" || len(s) > 3 {
		return 0, false
	}
	i := 0
	for _, r := range s {
		if r < 'A' || r > 'Z' {
			return 0, false
		}
		i = i*26 + int(r-'A'+1)
	}
	return i - 1, true
}

// maxNamingHeader bounds the headers guess reads: every name it knows,
// with a language after it, is far shorter, and a header cell of 32,767
// characters (a paragraph pasted in row 1) took the language pattern
// milliseconds, for each of up to 16,384 cells, three times.
const maxNamingHeader = 256

// guess finds a header's field from its name.
func guess(h string) Column {
	if len(strings.TrimSpace(h)) > maxNamingHeader {
		return Column{Header: h}
	}
	folded := foldHeader(h)
	shown := shownHeader(h)
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
	if f, base, ok := lookupHeader(folded); ok {
		return Column{Header: h, Field: f, Role: roleOf(f, base)}
	}
	if d, ok := traitHeader(folded); ok {
		return Column{Header: h, Field: FieldTrait, Dim: d}
	}
	if sectionNumbered().MatchString(folded) {
		return Column{Header: h, Field: FieldSection, Role: model.RoleGroup}
	}
	if m := langSuffix().FindStringSubmatch(shown); m != nil {
		base := foldHeader(m[1])
		f, name, ok := lookupHeader(base)
		if ok {
			base = name
		}
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

// plainFolded is a folded header without its dots and the colons or
// asterisks around it, on either side: "dept.", "*department:" and
// ":department" are "dept", "department" and "department".
func plainFolded(folded string) string {
	return strings.Trim(strings.ReplaceAll(folded, ".", ""), " :：*")
}

// plainHeader is a header as plainFolded reads it.
func plainHeader(h string) string { return plainFolded(foldHeader(h)) }

// lookupHeader finds the field of a folded header: one of the names
// guesses knows, or one written in an everyday variant of it (tryout26
// U4: "Dept." was no department column): without its dots or a colon or
// asterisk after it ("Dept.", "Department:", "Duty*"), in the plural
// ("Departments", "Teams"), or with "name" after a unit's or duty's name
// ("Department name", "Team name", "岗位名"). It also gives the known name
// the header was read as, for roleOf.
func lookupHeader(folded string) (Field, string, bool) {
	if f, ok := guesses()[folded]; ok {
		return f, folded, true
	}
	plain := plainFolded(folded)
	if plain == "" {
		return FieldNone, "", false
	}
	for _, name := range []string{plain, strings.TrimSuffix(plain, "s"), strings.TrimSuffix(plain, "es")} {
		if f, ok := guesses()[name]; ok && name != "" {
			return f, name, true
		}
	}
	named := ""
	for _, suffix := range []string{" names", " name", "名称", "名"} {
		if rest, ok := strings.CutSuffix(plain, suffix); ok {
			named = rest
			break
		}
	}
	if rest, ok := strings.CutPrefix(plain, "name of "); ok && named == "" {
		named = strings.TrimPrefix(rest, "the ")
	}
	if named == "" {
		return FieldNone, "", false
	}
	for _, name := range []string{named, strings.TrimSuffix(named, "s")} {
		switch f := guesses()[name]; f {
		case FieldDepartment, FieldSection, FieldPosition, FieldDuty:
			return f, name, true
		}
	}
	return FieldNone, "", false
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

// nearField is the field a name that is none most likely means: the one
// it begins (desc for description) or a typo away from (sectoin), or "".
func nearField(name string) string {
	n := strings.ToLower(strings.TrimSpace(name))
	if len(n) < 3 {
		return ""
	}
	var prefixed, typo []string
	for f := FieldPath; f < FieldCites; f++ {
		if f == FieldTrait {
			continue
		}
		s := f.String()
		switch {
		case strings.HasPrefix(s, n):
			prefixed = append(prefixed, s)
		case model.EditDistance(n, s) <= model.TypoLimit(n):
			typo = append(typo, s)
		}
	}
	switch {
	case len(prefixed) == 1:
		return prefixed[0]
	case len(prefixed) == 0 && len(typo) == 1:
		return typo[0]
	}
	return ""
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
