package ownership

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dutymap/dutymap/model"
)

// wording is the work (duties and topics' points) worded the same
// (sameText), in document order.
type wording struct {
	text string
	work []*model.Node
}

// wordings groups the work the checks look at (duties) by its wording,
// the groups in the order their first duty comes. Built once: the groups
// of identical duties across departments (double-owner) and the duties
// written twice in one unit (duty-repeat) both read it.
func (r *run) wordings() []wording {
	if r.byWording == nil {
		at := map[string]int{}
		r.byWording = []wording{}
		for _, n := range r.duties() {
			k := sameText(n)
			if k == "" {
				continue
			}
			i, ok := at[k]
			if !ok {
				i = len(r.byWording)
				at[k] = i
				r.byWording = append(r.byWording, wording{text: k})
			}
			r.byWording[i].work = append(r.byWording[i].work, n)
		}
	}
	return r.byWording
}

// sameText is a duty's text as identical duties share it: its English
// text (or else its Chinese), whatever language the messages are in, so
// that check finds the same groups in both; folded as model.Wording does
// (case, spacing and the punctuation it starts or ends with aside).
func sameText(n *model.Node) string {
	t := n.Title[model.En]
	if t == "" {
		t = n.Title[model.Zh]
	}
	return model.Wording(t)
}

// firstCopy is the first duty of n's unit worded as n is (n itself unless
// n repeats it: see dutyRepeats).
func (r *run) firstCopy(n *model.Node) *model.Node {
	if r.copyOf == nil {
		r.copyOf = map[*model.Node]*model.Node{}
		for _, w := range r.wordings() {
			if len(w.work) < 2 {
				continue
			}
			first := map[*model.Node]*model.Node{}
			for _, d := range w.work {
				if f := first[d.Parent]; f != nil {
					r.copyOf[d] = f
				} else {
					first[d.Parent] = d
				}
			}
		}
	}
	if f := r.copyOf[n]; f != nil {
		return f
	}
	return n
}

// dutyRepeats reports a duty written more than once in one unit: under
// the same position, section or department, worded the same as identical
// duties are (sameText). It is one duty, and the copies can only disagree:
// an import of a sheet with a row twice, or a paste. One finding per
// unit and wording, at the second copy; when the copies' RACI lines
// differ, the finding says how, since the fix must keep the right one.
func (r *run) dutyRepeats() {
	for _, w := range r.wordings() {
		if len(w.work) < 2 {
			continue
		}
		var units []*model.Node
		under := map[*model.Node][]*model.Node{}
		for _, n := range w.work {
			if under[n.Parent] == nil {
				units = append(units, n.Parent)
			}
			under[n.Parent] = append(under[n.Parent], n)
		}
		for _, u := range units {
			if copies := under[u]; len(copies) > 1 {
				r.repeated(u, copies)
			}
		}
	}
}

// repeated reports one duty written several times under unit, at the
// first copy the fix deletes.
func (r *run) repeated(unit *model.Node, copies []*model.Node) {
	t := r.t()
	lang := r.lang
	if copies[0].Loc[lang].File == "" {
		lang = lang.Other()
	}
	// The copy the fix keeps: the first, or, when the copies' RACI lines
	// differ, the first that has lines (a row repeated with its RACI
	// cells left empty is the usual case).
	said := r.raciSaid(copies, lang)
	keep := copies[0]
	if said != "" {
		for _, n := range copies {
			if raciKey(n) != "" {
				keep = n
				break
			}
		}
	}
	others := slices.DeleteFunc(slices.Clone(copies), func(n *model.Node) bool { return n == keep })
	at := r.loc(others[0])
	if !r.keeps(DutyRepeat, at) {
		r.unlisted[DutyRepeat]++
		return
	}
	lines := func(ns []*model.Node, l model.Lang) string {
		out := make([]string, len(ns))
		for i, n := range ns {
			out[i] = strconv.Itoa(n.Loc[l].Line)
		}
		return r.joinNumbers(out)
	}
	del := fmt.Sprintf(t.repeatDutyDelete[min(len(others), 2)-1], lines(others, lang))
	if other := lang.Other(); others[0].Loc[other].File != "" {
		del += fmt.Sprintf(t.repeatDutyAlso[min(len(others), 2)-1], others[0].Loc[other].File, lines(others, other))
	}
	fix := fmt.Sprintf(t.repeatDutyFix, del)
	if said != "" {
		fix = fmt.Sprintf(t.repeatDutyRACIFix, said, keep.Loc[lang].Line, del)
	}
	times := t.twice
	if len(copies) > 2 {
		times = fmt.Sprintf(t.times, len(copies))
	}
	f := r.add(DutyRepeat, others[0], at, fix, t.repeatDutyMsg, r.name(copies[0]), times, r.inText(unit.Breadcrumb(r.lang, true)), lines(copies, lang))
	f.Related = slices.DeleteFunc(slices.Clone(copies), func(n *model.Node) bool { return n == others[0] })
}

// raciKey is what a duty's own RACI and Overlaps lines name, as units'
// and duties' paths: two copies with the same key say the same.
func raciKey(n *model.Node) string {
	var parts []string
	for _, role := range model.RACIRoles {
		if n.RACI().Has(role) {
			ids := strings.Split(ids(n.RACI().Units[role]), ", ")
			slices.Sort(ids)
			parts = append(parts, role.Name(model.En)+":"+strings.Join(ids, ","))
		}
	}
	if o := n.Overlap(); o != nil {
		var paths []string
		for _, d := range o.Duties {
			if d != nil {
				paths = append(paths, d.Path)
			}
		}
		slices.Sort(paths)
		parts = append(parts, "Overlaps:"+strings.Join(paths, ","))
	}
	return strings.Join(parts, ";")
}

// raciSaid says, when the copies of a duty do not all have the same RACI
// and Overlaps lines (by the units and duties they name), what each one's
// lines say: "line 10: Accountable: Finance; line 12: no RACI line". It
// is empty when they agree.
func (r *run) raciSaid(copies []*model.Node, lang model.Lang) string {
	same := true
	for _, n := range copies[1:] {
		same = same && raciKey(n) == raciKey(copies[0])
	}
	if same {
		return ""
	}
	said := make([]string, len(copies))
	for i, n := range copies {
		var written []string
		for _, role := range model.RACIRoles {
			if n.RACI().Has(role) {
				written = append(written, role.Name(model.En)+": "+strings.Join(n.RACI().Refs[role], ", "))
			}
		}
		if o := n.Overlap(); o != nil {
			written = append(written, "Overlaps: "+strings.Join(o.Refs, ", "))
		}
		if len(written) == 0 {
			written = []string{r.t().noRACILine}
		}
		said[i] = fmt.Sprintf(r.t().lineSays, n.Loc[lang].Line, strings.Join(written, r.t().lineSep))
	}
	return strings.Join(said, r.t().saidSep)
}

// joinAnd joins items as a sentence lists them: "10, 12 and 14".
// joinNumbers joins line numbers as joinAnd does, with the spaces
// Chinese text keeps around Arabic numerals: "第 18 和 21 行", not
// "第 18和21 行".
func (r *run) joinNumbers(items []string) string {
	if r.lang != model.Zh {
		return r.joinAnd(items)
	}
	if len(items) < 2 {
		return strings.Join(items, "")
	}
	return strings.Join(items[:len(items)-1], "、") + " " + r.t().and + " " + items[len(items)-1]
}

// inText is a name set into a sentence of the messages' language: in
// Chinese a space parts it from the characters on a side where it begins
// or ends in a Latin letter or a digit ("在 People team › Training 下"),
// as Chinese typesetting spaces embedded Latin text.
func (r *run) inText(s string) string {
	if r.lang != model.Zh || s == "" {
		return s
	}
	first, _ := utf8.DecodeRuneInString(s)
	last, _ := utf8.DecodeLastRuneInString(s)
	if latinOrDigit(first) {
		s = " " + s
	}
	if latinOrDigit(last) {
		s += " "
	}
	return s
}

func latinOrDigit(c rune) bool {
	return c < utf8.RuneSelf && (unicode.IsLetter(c) || unicode.IsDigit(c)) || unicode.In(c, unicode.Latin)
}

func (r *run) joinAnd(items []string) string {
	if len(items) < 2 {
		return strings.Join(items, "")
	}
	return strings.Join(items[:len(items)-1], r.lang.ListSep()) + r.t().and + items[len(items)-1]
}
