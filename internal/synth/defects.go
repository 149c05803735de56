package synth

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
)

// Planted is a defect planted in a generated organisation: the finding
// `dutymap check` must give for it. Check is the check's name; Path the
// node the finding is about (for double-owner, either duty of the pair,
// Other the second).
type Planted struct {
	Check, Path, Other string
}

func (p Planted) String() string {
	if p.Other != "" {
		return p.Check + " " + p.Path + " ~ " + p.Other
	}
	return p.Check + " " + p.Path
}

// Defective is a generated organisation with ownership defects planted at
// random places: content files of a base layer (en/ and zh/) and of a
// second layer written in English only, and the defects planted.
type Defective struct {
	Base, Layer map[string]string // file name ("en/d007.md") -> text
	Planted     []Planted
}

// The checks' names, as ownership names them (synth does not import the
// checks it feeds).
const (
	noOwner          = "no-owner"
	doubleOwner      = "double-owner"
	multiAccountable = "multi-accountable"
	noResponsible    = "no-responsible"
	danglingHandOff  = "dangling-handoff"
	langParity       = "lang-parity"
	raciRepeat       = "raci-repeat"
	dutyRepeat       = "duty-repeat"
)

// Defects generates an organisation of about n duties in English and
// Chinese, with clean RACI lines, topics of shared work and relations
// whose hand-offs link both ends, then plants perKind defects of each
// kind the ownership checks report, each at a random place of its own:
// points of shared work with no owner or no responsible unit, a duty
// copied into another department, two accountable units, hand-off links
// to nothing, to the wrong end or back the wrong way, text in one
// language only (whole departments, and a layer replacing a position's
// duties in English only), RACI lines that repeat a unit, and a duty
// written again in its own section (as a sheet's row twice). With perKind 0 it is a clean organisation on
// which no check finds anything. The same n, seed and perKind give the
// same files.
//
// Every duty names an account, project or product line of its own
// ("Review product prices for the Kalove line"), so that no two duties of
// the base read alike; a planted copy is the only near-same duty of its
// original.
func Defects(n int, seed uint64, perKind int) *Defective {
	g := &defectGen{r: rand.New(rand.NewPCG(seed, seed^0x5851f42d4c957f2d)), used: map[string]bool{}}
	g.build(max(n, 1), perKind)
	g.plant(perKind)
	return g.write()
}

// defectGen holds the organisation being generated.
type defectGen struct {
	r       *rand.Rand
	depts   []*gdoc
	topics  []*gdoc
	rels    []*gdoc
	names   int             // names handed out
	used    map[string]bool // nodes a defect already uses: one defect per place
	combos  [][2]int        // verb and object pairs not used yet
	planted []Planted
}

// gdoc is a generated document; gsec a section; gleaf a duty or point.
type (
	gdoc struct {
		id, kind     string
		name         pair
		order        int
		concerns     []string
		from, to     string
		secs         []*gsec
		englishOnly  bool
		replacedSecs map[*gsec]bool
	}
	gsec struct {
		id, role string
		title    pair
		attrs    []string // attribute lines under the heading, in the English file
		leaves   []*gleaf
		base     []*gleaf // the base layer's duties, when the English layer replaces leaves
		subs     []*gsec
		path     string
	}
	gleaf struct {
		text  pair
		attrs []string // attribute lines under the duty, in the English file
		path  string
	}
)

// syllables make the names of accounts, projects and product lines.
var syllables = strings.Fields("ka lo ve ri mon tas bel dor fin gal hex jun qui ros sel tor ula vin wex zam")

// name returns a new name, never handed out before: "Kalove".
func (g *defectGen) name() string {
	k := g.names
	g.names++
	var b strings.Builder
	for i := 0; i < 3 || k > 0; i++ {
		b.WriteString(syllables[k%len(syllables)])
		k /= len(syllables)
	}
	s := b.String()
	return strings.ToUpper(s[:1]) + s[1:]
}

// kinds are what a named duty is about: "the Kalove account".
var kinds = []pair{{"account", "客户"}, {"project", "项目"}, {"product line", "产品线"}, {"contract", "合同"}, {"site", "站点"}}

// duty writes a duty about a thing of its own. No two duties share their
// verb and object until every pair of them has been used (about 5,000):
// two duties that differ only in the thing they are about read alike.
func (g *defectGen) duty() pair {
	if len(g.combos) == 0 {
		for i := range verbs {
			for j := range objects {
				g.combos = append(g.combos, [2]int{i, j})
			}
		}
		g.r.Shuffle(len(g.combos), func(i, j int) { g.combos[i], g.combos[j] = g.combos[j], g.combos[i] })
	}
	c := g.combos[len(g.combos)-1]
	g.combos = g.combos[:len(g.combos)-1]
	v, o, k, nm := verbs[c[0]], objects[c[1]], g.pick(kinds), g.name()
	return pair{fmt.Sprintf("%s %s for the %s %s.", v.en, o.en, nm, k.en), fmt.Sprintf("为%s%s%s%s。", nm, k.zh, v.zh, o.zh)}
}

func (g *defectGen) pick(list []pair) pair { return list[g.r.IntN(len(list))] }

// build makes the clean organisation: departments of about 500 duties,
// a topic of shared work per four departments, a relation per three.
func (g *defectGen) build(n, perKind int) {
	count := max(8, (n+499)/500, 2*perKind)
	per := n / count
	for i := range count {
		fn, rg := functions[i%len(functions)], regions[i/len(functions)%len(regions)]
		d := &gdoc{id: fmt.Sprintf("d%03d", i), kind: "department", order: (i + 1) * 10,
			name: pair{fmt.Sprintf("%s %s department %d", rg.en, strings.ToLower(fn.en), i), fmt.Sprintf("%s%s部%d", rg.zh, fn.zh, i)}}
		resp := &gsec{id: "responsibilities", role: "group", title: pair{"Responsibilities", "职责"}}
		pos := &gsec{id: "positions", role: "group", title: pair{"Positions", "岗位"}}
		left := max(per, 4)
		for range max(1, left/3) {
			resp.leaves = append(resp.leaves, &gleaf{text: g.duty()})
		}
		left -= len(resp.leaves)
		for j, p := range positions {
			if left <= 0 {
				break
			}
			take := min(left, 3+g.r.IntN(6))
			s := &gsec{id: slug(p.en), role: "position", title: p}
			for range take {
				s.leaves = append(s.leaves, &gleaf{text: g.duty()})
			}
			left -= take
			pos.subs = append(pos.subs, s)
			if j == len(positions)-1 && left > 0 {
				for range left {
					s.leaves = append(s.leaves, &gleaf{text: g.duty()})
				}
				left = 0
			}
		}
		d.secs = []*gsec{resp, pos}
		g.depts = append(g.depts, d)
	}
	g.index()
	// Clean RACI lines: a few duties consult, inform or answer to another
	// department; some positions keep one informed.
	for _, d := range g.depts {
		for _, l := range g.allLeaves(d) {
			switch k := g.r.IntN(40); {
			case k == 0:
				l.attrs = append(l.attrs, "Consulted: "+g.other(d).id)
			case k == 1:
				a, b := g.other(d).id, g.other(d).id
				if a != b {
					a += ", " + b
				}
				l.attrs = append(l.attrs, "Informed: "+a) // a unit named twice would be a defect (raci-repeat)
			case k == 2:
				l.attrs = append(l.attrs, "Accountable: "+g.other(d).id)
			}
		}
		if s := d.secs[1].subs; len(s) > 0 && g.r.IntN(4) == 0 {
			s[0].attrs = append(s[0].attrs, "Informed: "+g.other(d).id)
		}
	}
	for i := 0; i < max(2, count/4); i++ {
		a, b := g.depts[g.r.IntN(count)], g.depts[g.r.IntN(count)]
		for b == a {
			b = g.depts[g.r.IntN(count)]
		}
		t := &gdoc{id: fmt.Sprintf("t%03d", i), kind: "topic", order: (i + 1) * 10, concerns: []string{a.id, b.id},
			name: pair{fmt.Sprintf("Work shared by %s and %s", a.id, b.id), fmt.Sprintf("%s与%s的共同工作", a.id, b.id)}}
		work := &gsec{id: "work", role: "group", title: pair{"Shared work", "共同的工作"}}
		for range 3 {
			work.leaves = append(work.leaves, &gleaf{text: g.duty(), attrs: []string{"Responsible: " + t.concerns[g.r.IntN(2)]}})
		}
		background := &gsec{id: "background", role: "group", title: pair{"Background", "背景"},
			leaves: []*gleaf{{text: pair{"The two departments meet every month.", "两个部门每月碰一次头。"}}}}
		t.secs = []*gsec{work, background}
		g.topics = append(g.topics, t)
	}
	for i := 0; i < max(2, count/3); i++ {
		a, b := g.depts[g.r.IntN(count)], g.depts[g.r.IntN(count)]
		for b == a {
			b = g.depts[g.r.IntN(count)]
		}
		r := &gdoc{id: fmt.Sprintf("r%03d", i), kind: "relation", order: (i + 1) * 10, from: a.id, to: b.id,
			name: pair{fmt.Sprintf("What %s hands %s", a.id, b.id), fmt.Sprintf("%s交给%s什么", a.id, b.id)}}
		items := &gsec{id: "items", role: "group", title: pair{"Items", "事项"},
			attrs: []string{"From: " + a.id + "/responsibilities/1"}}
		for k := range 3 {
			it := &gleaf{text: pair{fmt.Sprintf("The %s report.", g.name()), fmt.Sprintf("%s报告。", g.name())}}
			if k == 0 {
				it.attrs = append(it.attrs, "To: "+b.id+"/responsibilities/"+strconv.Itoa(1+g.r.IntN(len(b.secs[0].leaves))))
			}
			items.leaves = append(items.leaves, it)
		}
		r.secs = []*gsec{items}
		g.rels = append(g.rels, r)
	}
	// A relation's reply: an item of a relation going back answers the
	// first item of the one it answers.
	for _, r := range g.rels {
		for _, back := range g.rels {
			if back.from == r.to && back.to == r.from && back != r {
				r.secs[0].leaves[1].attrs = append(r.secs[0].leaves[1].attrs, "Returns: "+back.id+"/items/1")
				break
			}
		}
	}
	g.index()
}

// index fills in the paths of every section and leaf.
func (g *defectGen) index() {
	for _, d := range g.docs() {
		var walk func(prefix string, s *gsec)
		walk = func(prefix string, s *gsec) {
			s.path = prefix + "/" + s.id
			for i, l := range s.leaves {
				l.path = s.path + "/" + strconv.Itoa(i+1)
			}
			for _, sub := range s.subs {
				walk(s.path, sub)
			}
		}
		for _, s := range d.secs {
			walk(d.id, s)
		}
	}
}

func (g *defectGen) docs() []*gdoc {
	return slices.Concat(g.depts, g.topics, g.rels)
}

// allLeaves returns a document's duties in document order.
func (g *defectGen) allLeaves(d *gdoc) []*gleaf {
	var out []*gleaf
	var walk func(s *gsec)
	walk = func(s *gsec) {
		out = append(out, s.leaves...)
		for _, sub := range s.subs {
			walk(sub)
		}
	}
	for _, s := range d.secs {
		walk(s)
	}
	return out
}

// other returns a department other than d.
func (g *defectGen) other(d *gdoc) *gdoc {
	for {
		if o := g.depts[g.r.IntN(len(g.depts))]; o != d {
			return o
		}
	}
}

// freeDuty picks a department duty with no attribute lines, in a section
// with none, that no defect uses yet, in a department not written in one
// language only.
func (g *defectGen) freeDuty() (*gdoc, *gleaf) {
	for {
		d := g.depts[g.r.IntN(len(g.depts))]
		if d.englishOnly || len(d.replacedSecs) > 0 {
			continue
		}
		secs := append([]*gsec{d.secs[0]}, d.secs[1].subs...)
		s := secs[g.r.IntN(len(secs))]
		if len(s.leaves) == 0 || len(s.attrs) > 0 {
			continue
		}
		l := s.leaves[g.r.IntN(len(s.leaves))]
		if len(l.attrs) == 0 && !g.used[l.path] {
			g.used[l.path] = true
			return d, l
		}
	}
}

// plant adds perKind defects of each kind.
func (g *defectGen) plant(perKind int) {
	if perKind == 0 {
		return
	}
	// Text in one language only: whole departments, and positions whose
	// duties a second layer replaces in English.
	wholes := perKind / 2
	for len(g.planted) < wholes {
		d := g.depts[g.r.IntN(len(g.depts))]
		if !d.englishOnly && !g.referenced(d) {
			d.englishOnly = true
			g.planted = append(g.planted, Planted{Check: langParity, Path: d.id})
		}
	}
	for parity := wholes; parity < perKind; {
		d := g.depts[g.r.IntN(len(g.depts))]
		if d.englishOnly || len(d.secs[1].subs) == 0 {
			continue
		}
		s := d.secs[1].subs[g.r.IntN(len(d.secs[1].subs))]
		if d.replacedSecs[s] || len(s.attrs) > 0 || slices.ContainsFunc(s.leaves, func(l *gleaf) bool { return g.used[l.path] || len(l.attrs) > 0 }) {
			continue
		}
		if d.replacedSecs == nil {
			d.replacedSecs = map[*gsec]bool{}
		}
		d.replacedSecs[s] = true
		k := min(perKind-parity, 1+g.r.IntN(3))
		s.base, s.leaves = s.leaves, nil
		for range k {
			t := g.duty()
			s.leaves = append(s.leaves, &gleaf{text: pair{t.en, ""}})
		}
		parity += k
	}
	g.index()
	for _, d := range g.depts {
		for s := range d.replacedSecs {
			for _, l := range s.leaves {
				g.used[l.path] = true
				g.planted = append(g.planted, Planted{Check: langParity, Path: l.path})
			}
		}
	}
	for range perKind {
		// A copy of a duty in another department, exactly or with other
		// small words.
		d, l := g.freeDuty()
		o := g.other(d)
		for o.englishOnly {
			o = g.other(d)
		}
		text := l.text
		if g.r.IntN(2) == 0 {
			text = pair{strings.Replace(text.en, " for the ", " for all of the ", 1), strings.Replace(text.zh, "为", "也为", 1)}
		}
		copied := &gleaf{text: text}
		o.secs[0].leaves = append(o.secs[0].leaves, copied)
		g.index()
		g.used[copied.path] = true
		g.planted = append(g.planted, Planted{Check: doubleOwner, Path: l.path, Other: copied.path})
	}
	for range perKind {
		d, l := g.freeDuty()
		a, b := g.other(d), g.other(d)
		for b == a {
			b = g.other(d)
		}
		l.attrs = append(l.attrs, "Accountable: "+a.id+", "+b.id)
		g.planted = append(g.planted, Planted{Check: multiAccountable, Path: l.path})
	}
	for range perKind {
		t := g.topics[g.r.IntN(len(g.topics))]
		t.secs[0].leaves = append(t.secs[0].leaves, &gleaf{text: g.duty()})
		g.index()
		g.planted = append(g.planted, Planted{Check: noOwner, Path: t.secs[0].leaves[len(t.secs[0].leaves)-1].path})
	}
	for range perKind {
		t := g.topics[g.r.IntN(len(g.topics))]
		t.secs[0].leaves = append(t.secs[0].leaves, &gleaf{text: g.duty(), attrs: []string{"Accountable: " + t.concerns[g.r.IntN(2)]}})
		g.index()
		g.planted = append(g.planted, Planted{Check: noResponsible, Path: t.secs[0].leaves[len(t.secs[0].leaves)-1].path})
	}
	for range perKind {
		r := g.rels[g.r.IntN(len(g.rels))]
		it := &gleaf{text: pair{fmt.Sprintf("The %s plan.", g.name()), fmt.Sprintf("%s计划。", g.name())}}
		switch g.r.IntN(3) {
		case 0:
			it.attrs = []string{"To: " + r.to + "/nowhere/9"}
		case 1:
			it.attrs = []string{"From: " + r.to + "/responsibilities/1"}
		default:
			it.attrs = []string{"Returns: " + r.id + "/items/1"}
		}
		r.secs[0].leaves = append(r.secs[0].leaves, it)
		g.index()
		g.planted = append(g.planted, Planted{Check: danglingHandOff, Path: it.path})
	}
	for i := range perKind {
		// A unit named twice on one line, or the unit a duty is written
		// in (its position, else its department) consulted on it, which
		// it does and answers for by the rule.
		d, l := g.freeDuty()
		if i%2 == 0 {
			o := g.other(d).id
			l.attrs = append(l.attrs, "Informed: "+o+", "+o)
		} else {
			unit := d.id
			if g.sectionOf(d, l).role == "position" {
				unit = l.path[:strings.LastIndex(l.path, "/")]
			}
			l.attrs = append(l.attrs, "Consulted: "+unit)
		}
		g.planted = append(g.planted, Planted{Check: raciRepeat, Path: l.path})
	}
	for range perKind {
		// A duty written again at the end of its own section, in other
		// capitals and without its full stop; the finding is at the copy.
		d, l := g.freeDuty()
		s := g.sectionOf(d, l)
		copied := &gleaf{text: pair{strings.TrimSuffix(strings.ToLower(l.text.en), "."), l.text.zh}}
		s.leaves = append(s.leaves, copied)
		g.index()
		g.used[copied.path] = true
		g.planted = append(g.planted, Planted{Check: dutyRepeat, Path: copied.path})
	}
}

// sectionOf returns the section of d that holds l.
func (g *defectGen) sectionOf(d *gdoc, l *gleaf) *gsec {
	var found *gsec
	var walk func(s *gsec)
	walk = func(s *gsec) {
		if slices.Contains(s.leaves, l) {
			found = s
		}
		for _, sub := range s.subs {
			walk(sub)
		}
	}
	for _, s := range d.secs {
		walk(s)
	}
	return found
}

// referenced reports whether a relation or topic names department d (a
// department written in one language only stays out of them, to keep
// each defect the only finding at its place).
func (g *defectGen) referenced(d *gdoc) bool {
	for _, x := range slices.Concat(g.topics, g.rels) {
		if x.from == d.id || x.to == d.id || slices.Contains(x.concerns, d.id) {
			return true
		}
		for _, s := range x.secs {
			for _, l := range s.leaves {
				for _, a := range l.attrs {
					if strings.Contains(a, d.id) {
						return true
					}
				}
			}
		}
	}
	return false
}

// write renders the organisation as content files.
func (g *defectGen) write() *Defective {
	out := &Defective{Base: map[string]string{}, Layer: map[string]string{}, Planted: g.planted}
	for _, d := range g.docs() {
		for _, l := range []string{"en", "zh"} {
			if l == "zh" && d.englishOnly {
				continue
			}
			out.Base[l+"/"+d.id+".md"] = g.doc(d, l, nil)
		}
		if len(d.replacedSecs) > 0 {
			out.Layer["en/"+d.id+".md"] = g.doc(d, "en", d.replacedSecs)
		}
	}
	return out
}

// doc writes one document in one language: with only set, just the
// sections in it (a layer's file), and in the base the others' old
// duties (the layer replaces them).
func (g *defectGen) doc(d *gdoc, lang string, only map[*gsec]bool) string {
	var b strings.Builder
	text := func(p pair) string {
		if lang == "zh" {
			return p.zh
		}
		return p.en
	}
	fmt.Fprintf(&b, "---\nid: %s\n", d.id)
	if d.kind != "department" {
		fmt.Fprintf(&b, "kind: %s\n", d.kind)
	}
	fmt.Fprintf(&b, "name: %s\norder: %d\n", text(d.name), d.order)
	if len(d.concerns) > 0 {
		fmt.Fprintf(&b, "concerns: [%s]\n", strings.Join(d.concerns, ", "))
	}
	if d.from != "" {
		fmt.Fprintf(&b, "from: %s\nto: %s\n", d.from, d.to)
	}
	b.WriteString("---\n")
	var sec func(s *gsec, level int, inLayer bool)
	sec = func(s *gsec, level int, inLayer bool) {
		if only != nil && !inLayer && !only[s] && !g.holds(s, only) {
			return
		}
		inLayer = inLayer || only[s]
		class := ""
		if s.role != "group" {
			class = " ." + s.role
		}
		fmt.Fprintf(&b, "\n%s %s {#%s%s}\n", strings.Repeat("#", level), text(s.title), s.id, class)
		if lang == "en" {
			for _, a := range s.attrs {
				b.WriteString(a + "\n")
			}
		}
		leaves := s.leaves
		if only == nil && s.base != nil {
			leaves = s.base
		}
		if len(leaves) > 0 && (only == nil || inLayer) {
			b.WriteString("\n")
			for _, l := range leaves {
				b.WriteString("- " + text(l.text) + "\n")
				if lang == "en" {
					for _, a := range l.attrs {
						b.WriteString("  " + a + "\n")
					}
				}
			}
		}
		for _, sub := range s.subs {
			sec(sub, level+1, inLayer)
		}
	}
	for _, s := range d.secs {
		sec(s, 2, false)
	}
	return b.String()
}

// holds reports whether s has a section of only beneath it.
func (g *defectGen) holds(s *gsec, only map[*gsec]bool) bool {
	for _, sub := range s.subs {
		if only[sub] || g.holds(sub, only) {
			return true
		}
	}
	return false
}
