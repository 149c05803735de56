package matrix

import (
	"bufio"
	"bytes"
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
// names, followed by the legend; a text that two rows share says where
// each is ("Hire engineers. · People team"). It writes as it goes, a row at a time:
// the table of a large organisation is tens of megabytes, which were once
// built whole in memory (with the matrix) and ran a 4 GB host out of it.
func (m Matrix) Markdown(w io.Writer, l model.Lang) error {
	b := bufio.NewWriterSize(w, bufSize)
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
	// A text that two rows share says where each is (Places), as the
	// explorer's matrix does: two identical rows would not say which is
	// which.
	places := Places(m.Rows, l)
	for _, r := range m.Rows {
		b.WriteString("| " + page.Escape(r.Duty.Title.In(l)))
		if p, ok := places[r.Duty]; ok {
			b.WriteString(DutySep + page.Escape(strings.Join(p, PlaceSep)))
		}
		marks := r.marks
		for j := range m.Units {
			b.WriteString(" | ")
			if len(marks) > 0 && marks[0].Col == j {
				b.WriteString(marks[0].Letters)
				marks = marks[1:]
			}
		}
		if _, err := b.WriteString(" |\n"); err != nil {
			return err // the reader has gone (a closed pipe): stop, not write the rest into the buffer's error
		}
	}
	fmt.Fprintf(b, "\n%s\n", Legend(l))
	return b.Flush()
}

// bufSize is what a writer gathers before it writes.
const bufSize = 64 << 10

// fill sets cells (a row's width, all "") to the row's marks and returns
// it; clear empties it again for the next row.
func (r Row) fill(cells []string) []string {
	for _, mk := range r.marks {
		cells[mk.Col] = mk.Letters
	}
	return cells
}

func (r Row) clear(cells []string) {
	for _, mk := range r.marks {
		cells[mk.Col] = ""
	}
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
	rec := make([]string, 2+len(m.Units)) // one row's, reused: the writer streams
	for _, r := range m.Rows {
		rec[0], rec[1] = sheet.Neutralise(r.Duty.Path), sheet.Neutralise(r.Duty.Title.In(l))
		r.fill(rec[2:])
		err := cw.Write(rec)
		r.clear(rec[2:])
		if err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// The JSON form, for scripts.
type (
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
		// Implicit lists the roles that fell to the unit the duty is written in
		// because no line named anyone.
		Implicit []string `json:"implicit"`
	}
)

// JSON writes the matrix as one JSON object: lang, role (when filtered),
// units (path, name, kind) and rows (path, duty, where, cells aligned with
// units, raci: role -> unit paths, implicit: the roles no line gave). It
// writes a row at a time, the same text as encoding the whole object with
// a two-space indent.
func (m Matrix) JSON(w io.Writer, l model.Lang, tag string) error {
	b := bufio.NewWriterSize(w, bufSize)
	// value writes v as an element of a list of the object (two levels
	// in), without its line end.
	var one bytes.Buffer
	item := json.NewEncoder(&one)
	item.SetEscapeHTML(false)
	item.SetIndent("    ", "  ")
	value := func(v any) error {
		one.Reset()
		if err := item.Encode(v); err != nil {
			return err
		}
		_, err := b.Write(bytes.TrimSuffix(one.Bytes(), []byte("\n")))
		return err
	}
	head := struct {
		Lang string `json:"lang"`
		Role string `json:"role,omitempty"`
	}{Lang: tag}
	if m.Role != nil {
		head.Role = m.Role.String()
	}
	one.Reset()
	top := json.NewEncoder(&one)
	top.SetEscapeHTML(false)
	top.SetIndent("", "  ")
	if err := top.Encode(head); err != nil {
		return err
	}
	// {"lang": …, "role": …} less its closing brace, then the lists.
	b.Write(bytes.TrimSuffix(one.Bytes(), []byte("\n}\n")))
	b.WriteString(",\n  \"units\": [")
	for i, u := range m.Units {
		kind := u.Kind.String()
		if u.Kind == model.KindSection {
			kind = string(u.Role)
		}
		b.WriteString(sep(i))
		if err := value(jsonUnit{Path: u.Path, Name: u.Title.In(l), Kind: kind}); err != nil {
			return err
		}
	}
	b.WriteString(end(len(m.Units)) + ",\n  \"rows\": [")
	cells := make([]string, len(m.Units)) // one row's, reused
	for i, r := range m.Rows {
		row := jsonRow{Path: r.Duty.Path, Duty: r.Duty.Title.In(l), Where: r.Duty.Owner(l), Cells: r.fill(cells), RACI: map[string][]string{}, Implicit: []string{}}
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
		b.WriteString(sep(i))
		err := value(row)
		r.clear(cells)
		if err != nil {
			return err
		}
	}
	b.WriteString(end(len(m.Rows)) + "\n}\n")
	return b.Flush()
}

// sep goes before the i-th element of a list in JSON indented as
// encoding/json indents it; end closes a list of n.
func sep(i int) string {
	if i == 0 {
		return "\n    "
	}
	return ",\n    "
}

func end(n int) string {
	if n == 0 {
		return "]"
	}
	return "\n  ]"
}
