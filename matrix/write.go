package matrix

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/dutymap/dutymap/model"
	"github.com/dutymap/dutymap/page"
	"github.com/dutymap/dutymap/sheet"
)

// Legend explains the letters, in l.
func Legend(l model.Lang) string {
	if l == model.Zh {
		return "R 负责（做事）· A 批准（担责、拍板）· C 咨询（事前征求意见）· I 知会（事后告知）"
	}
	return "R responsible (does the work) · A accountable (answers for it) · C consulted (asked before) · I informed (told after)"
}

// Markdown writes the matrix as a Markdown table of duty texts and unit
// names, followed by the legend.
func (m Matrix) Markdown(w io.Writer, l model.Lang) error {
	var b strings.Builder
	duty := "Duty"
	if l == model.Zh {
		duty = "职责"
	}
	b.WriteString("| " + duty)
	for _, u := range m.Units {
		b.WriteString(" | " + page.Escape(u.Title.In(l)))
	}
	b.WriteString(" |\n|---")
	for range m.Units {
		b.WriteString("|:-:")
	}
	b.WriteString("|\n")
	for _, r := range m.Rows {
		b.WriteString("| " + page.Escape(r.Duty.Title.In(l)))
		for _, c := range r.Cells {
			b.WriteString(" | " + c)
		}
		b.WriteString(" |\n")
	}
	fmt.Fprintf(&b, "\n%s\n", Legend(l))
	_, err := io.WriteString(w, b.String())
	return err
}

// CSV writes the matrix as CSV: a header of path, duty and the units'
// paths, then one row per duty. Cells a spreadsheet would run as a formula
// are neutralised (see sheet.Neutralise).
func (m Matrix) CSV(w io.Writer, l model.Lang) error {
	cw := csv.NewWriter(w)
	head := []string{"path", "duty"}
	for _, u := range m.Units {
		head = append(head, sheet.Neutralise(u.Path))
	}
	if err := cw.Write(head); err != nil {
		return err
	}
	for _, r := range m.Rows {
		rec := append([]string{sheet.Neutralise(r.Duty.Path), sheet.Neutralise(r.Duty.Title.In(l))}, r.Cells...)
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// The JSON form, for scripts.
type (
	jsonMatrix struct {
		Lang  string     `json:"lang"`
		Role  string     `json:"role,omitempty"`
		Units []jsonUnit `json:"units"`
		Rows  []jsonRow  `json:"rows"`
	}
	jsonUnit struct {
		Path string `json:"path"`
		Name string `json:"name"`
		Kind string `json:"kind"`
	}
	jsonRow struct {
		Path  string   `json:"path"`
		Duty  string   `json:"duty"`
		Where string   `json:"where"`
		Cells []string `json:"cells"`
		// RACI gives, per role, the paths of the units holding it.
		RACI map[string][]string `json:"raci"`
		// Implicit lists the roles that fell to the duty's department
		// because no line named anyone.
		Implicit []string `json:"implicit"`
	}
)

// JSON writes the matrix as one JSON object: lang, role (when filtered),
// units (path, name, kind) and rows (path, duty, where, cells aligned with
// units, raci: role -> unit paths, implicit: the roles no line gave).
func (m Matrix) JSON(w io.Writer, l model.Lang, tag string) error {
	out := jsonMatrix{Lang: tag, Units: []jsonUnit{}, Rows: []jsonRow{}}
	if m.Role != nil {
		out.Role = m.Role.String()
	}
	for _, u := range m.Units {
		kind := u.Kind.String()
		if u.Kind == model.KindSection {
			kind = string(u.Role)
		}
		out.Units = append(out.Units, jsonUnit{Path: u.Path, Name: u.Title.In(l), Kind: kind})
	}
	for _, r := range m.Rows {
		row := jsonRow{Path: r.Duty.Path, Duty: r.Duty.Title.In(l), Where: r.Duty.Owner(l), Cells: r.Cells, RACI: map[string][]string{}, Implicit: []string{}}
		for _, role := range model.RACIRoles {
			ps := []string{}
			for _, u := range r.Assignment.Units[role] {
				ps = append(ps, u.Path)
			}
			row.RACI[role.String()] = ps
			if r.Assignment.Implicit[role] {
				row.Implicit = append(row.Implicit, role.String())
			}
		}
		out.Rows = append(out.Rows, row)
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}
