package compare

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"

	"github.com/dutymap/dutymap/model"
)

// Report is a comparison in one language, shaped for JSON output. Lists are
// never null, so scripts can iterate without checks.
type Report struct {
	Lang      string       `json:"lang"`
	A         Dept         `json:"a"`
	B         Dept         `json:"b"`
	Traits    []TraitRow   `json:"traits"`
	Shared    []SharedDuty `json:"shared"`
	Split     []SplitDuty  `json:"split"`
	OnlyA     []Duty       `json:"only_a"`
	OnlyB     []Duty       `json:"only_b"`
	Relations []Relation   `json:"relations"`
	Topics    []Topic      `json:"topics"`
	// Self: A and B are the same department (every duty then pairs with
	// itself).
	Self bool `json:"self"`
}

// Dept names one compared department. Untranslated counts its duties not
// written in the report's language: they are shown, and paired, in
// another (Written.Untranslated, PairLang).
type Dept struct {
	ID           string `json:"id"`
	Name         string `json:"name"`
	Untranslated int    `json:"untranslated"`
}

func dept(d *model.Node, l model.Lang, w Written) Dept {
	missing, _ := w.Untranslated(d, l)
	return Dept{d.ID, d.Title.In(l), missing}
}

// TraitRow is one dimension; A or B is "" when that side says nothing.
type TraitRow struct {
	Dimension string `json:"dimension"`
	Label     string `json:"label"`
	A         string `json:"a"`
	B         string `json:"b"`
}

// Duty is one duty with its path (for `dutymap show`) and owner section,
// and the paths of the units accountable for it and responsible for it.
type Duty struct {
	Path        string   `json:"path"`
	Text        string   `json:"text"`
	Section     string   `json:"section,omitempty"`
	Accountable []string `json:"accountable"`
	Responsible []string `json:"responsible"`
}

// SplitDuty is a duty of the work the two split by RACI (Result.Split):
// Department is the id of the department it is written under, or Topic
// the id of the topic whose shared work it is a point of; its accountable
// and responsible units say who does what. Paired marks a duty that is in
// a similar pair (Shared) too.
type SplitDuty struct {
	Duty
	Department string `json:"department,omitempty"`
	Topic      string `json:"topic,omitempty"`
	Paired     bool   `json:"paired"`
}

// SharedDuty pairs a duty of A with the duty of B worded most like it.
// Tier says how alike: "very similar", "similar" or "related" (Tier);
// Score is Figure's two decimals, which agree with it. Lang is the
// language the two were compared in (PairLang): the report's, unless one
// of them is not written in it; then each duty's Compared holds its text
// in Lang.
type SharedDuty struct {
	A     PairedDuty `json:"a"`
	B     PairedDuty `json:"b"`
	Score float64    `json:"score"`
	Tier  string     `json:"tier"`
	Lang  string     `json:"lang"`
}

// PairedDuty is a duty of a pair: a Duty, with its text in the language
// the pair was compared in when that is not the report's.
type PairedDuty struct {
	Duty
	Compared string `json:"compared,omitempty"`
}

// Relation is a hand-off between the two departments. Links holds, for
// each point, the paths of the nodes its hand-off lines name: the duties
// or units that hand it over (from), that take it up (to) and what comes
// back (returns).
type Relation struct {
	ID     string      `json:"id"`
	From   string      `json:"from"`
	To     string      `json:"to"`
	Name   string      `json:"name"`
	Points []string    `json:"points"`
	Links  []PointLink `json:"links"`
}

// PointLink is what one point of a relation links to.
type PointLink struct {
	From    []string `json:"from"`
	To      []string `json:"to"`
	Returns []string `json:"returns"`
}

// Topic is a topic about both departments.
type Topic struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

// Report returns r in language l.
func (r *Result) Report(l model.Lang) Report {
	rep := Report{
		Lang:      l.Code(),
		A:         dept(r.A, l, r.Written),
		B:         dept(r.B, l, r.Written),
		Traits:    make([]TraitRow, 0, len(r.Traits)),
		Shared:    make([]SharedDuty, 0, len(r.Shared)),
		Split:     make([]SplitDuty, 0, len(r.Split)),
		OnlyA:     duties(r.OnlyA, l),
		OnlyB:     duties(r.OnlyB, l),
		Relations: make([]Relation, 0, len(r.Relations)),
		Topics:    make([]Topic, 0, len(r.Topics)),
		Self:      r.Self(),
	}
	for _, t := range r.Traits {
		rep.Traits = append(rep.Traits, traitRow(t, l))
	}
	for _, p := range r.Shared {
		rep.Shared = append(rep.Shared, sharedDuty(p, l))
	}
	for _, n := range r.Split {
		rep.Split = append(rep.Split, r.splitDuty(n, l))
	}
	for _, rel := range r.Relations {
		rep.Relations = append(rep.Relations, relation(rel, l))
	}
	for _, t := range r.Topics {
		rep.Topics = append(rep.Topics, topic(t, l))
	}
	return rep
}

// The rows of a Report, made one at a time by Report and WriteJSON alike.

func traitRow(t Trait, l model.Lang) TraitRow {
	return TraitRow{string(t.Dimension), t.Dimension.Label(l), t.A.In(l), t.B.In(l)}
}

func sharedDuty(p model.Pair, l model.Lang) SharedDuty {
	pl := PairLang(p, l)
	side := func(n *model.Node) PairedDuty {
		d := PairedDuty{Duty: dutyOf(n, l)}
		if pl != l {
			d.Compared = n.Title[pl]
		}
		return d
	}
	return SharedDuty{side(p.A), side(p.B), Figure(p.Score), Tier(p.Score).String(), pl.Code()}
}

func (r *Result) splitDuty(n *model.Node, l model.Lang) SplitDuty {
	d := SplitDuty{Duty: dutyOf(n, l), Department: n.Root().ID, Paired: r.InPair(n)}
	if n.Root().Kind == model.KindTopic {
		d.Department, d.Topic = "", n.Root().ID
	}
	return d
}

func relation(rel *model.Node, l model.Lang) Relation {
	points, links := make([]string, 0, rel.Duties), make([]PointLink, 0, rel.Duties)
	for _, p := range model.Leaves(rel) {
		points = append(points, p.Title.In(l))
		ends, _ := model.LinksOf(p)
		links = append(links, PointLink{paths(ends[model.LinkFrom]), paths(ends[model.LinkTo]), paths(ends[model.LinkReturns])})
	}
	return Relation{rel.ID, rel.From(), rel.To(), rel.Title.In(l), points, links}
}

func topic(t *model.Node, l model.Lang) Topic { return Topic{t.ID, t.Title.In(l)} }

func duties(ns []*model.Node, l model.Lang) []Duty {
	out := make([]Duty, 0, len(ns))
	for _, n := range ns {
		out = append(out, dutyOf(n, l))
	}
	return out
}

func dutyOf(n *model.Node, l model.Lang) Duty {
	a := model.AssignmentOf(n)
	return Duty{Path: n.Path, Text: n.Title.In(l), Section: Section(n, l),
		Accountable: paths(a.Units[model.Accountable]), Responsible: paths(a.Units[model.Responsible])}
}

// JSON returns r's Report in l as indented JSON ending in a newline. Text
// is left as written ("R&D", "<brand>"), not HTML-escaped.
func JSON(r *Result, l model.Lang) ([]byte, error) {
	var b bytes.Buffer
	err := WriteJSON(&b, r, l)
	return b.Bytes(), err
}

// WriteJSON writes what JSON returns to w as it goes: one duty at a time,
// never the whole Report, so that a comparison of a million duties takes
// the memory of one duty's line. It returns the first error of w.
func WriteJSON(w io.Writer, r *Result, l model.Lang) error {
	j := &jsonWriter{w: bufio.NewWriterSize(w, 64<<10)}
	j.enc = json.NewEncoder(&j.buf)
	j.enc.SetEscapeHTML(false)
	j.w.WriteString("{")
	j.field("lang", l.Code(), true)
	j.field("a", dept(r.A, l, r.Written), false)
	j.field("b", dept(r.B, l, r.Written), false)
	array(j, "traits", r.Traits, func(t Trait) any { return traitRow(t, l) })
	array(j, "shared", r.Shared, func(p model.Pair) any { return sharedDuty(p, l) })
	array(j, "split", r.Split, func(n *model.Node) any { return r.splitDuty(n, l) })
	array(j, "only_a", r.OnlyA, func(n *model.Node) any { return dutyOf(n, l) })
	array(j, "only_b", r.OnlyB, func(n *model.Node) any { return dutyOf(n, l) })
	array(j, "relations", r.Relations, func(rel *model.Node) any { return relation(rel, l) })
	array(j, "topics", r.Topics, func(t *model.Node) any { return topic(t, l) })
	j.field("self", r.Self(), false)
	j.w.WriteString("\n}\n")
	if err := j.w.Flush(); err != nil && j.err == nil {
		j.err = err
	}
	return j.err
}

// jsonWriter writes a JSON object field by field, indented as
// json.Encoder with SetIndent("", "  ") indents a whole value.
type jsonWriter struct {
	w   *bufio.Writer
	buf bytes.Buffer
	enc *json.Encoder
	err error
}

// value writes v indented for the given depth (in steps of two spaces).
func (j *jsonWriter) value(v any, indent string) {
	j.buf.Reset()
	j.enc.SetIndent(indent, "  ")
	if err := j.enc.Encode(v); err != nil && j.err == nil {
		j.err = err
	}
	j.w.Write(bytes.TrimSuffix(j.buf.Bytes(), []byte("\n")))
}

func (j *jsonWriter) field(name string, v any, first bool) {
	if !first {
		j.w.WriteString(",")
	}
	j.w.WriteString("\n  \"" + name + "\": ")
	j.value(v, "  ")
}

// array writes the field name with each item of list made by conv.
func array[T any](j *jsonWriter, name string, list []T, conv func(T) any) {
	j.w.WriteString(",\n  \"" + name + "\": [")
	for i, item := range list {
		if i > 0 {
			j.w.WriteString(",")
		}
		j.w.WriteString("\n    ")
		j.value(conv(item), "    ")
	}
	if len(list) > 0 {
		j.w.WriteString("\n  ")
	}
	j.w.WriteString("]")
}
