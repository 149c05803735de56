package content

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/dutymap/dutymap/model"
)

// ResolveRefs fills in what org's RACI lines, Overlaps lines and hand-off
// links name, as Load does once the organisation is whole: for an
// organisation restored from its references as written (dutymap's cache).
// Its problems were reported when the content was first loaded.
func ResolveRefs(org *model.Org) { resolveRefs(org, &collector{}, true, nil, nil, false) }

// resolveRefs fills in the units RACI lines name and the nodes hand-off
// links name, and reports RACI references that name no unit and lines the
// two languages give differently. With someBroken (a file could not be
// read into a document) a reference that names nothing is not reported: it
// may name what that file holds, and the file's problem is the one to fix.
//
// A RACI reference must name exactly one unit (a department, position or
// sub-department) by its path, id, name, alias or code: a line that names
// nothing is a mistake the content cannot be read past. A hand-off link
// that names nothing is kept, and `dutymap check` reports it: a link names
// a duty, and duties come and go with content layers.
//
// twins are the ids of documents written under one id in one language and
// another in the other (reported already): a reference naming both halves
// follows from that problem and is not reported again.
//
// langDirs is the language folder of each file, as shown (see restoreDept).
// overBuiltin says the organisation was read without the built-in
// content, which --content layers under it by default: see
// resolver.overBuiltin.
func resolveRefs(org *model.Org, c *collector, someBroken bool, twins map[string]bool, langDirs map[string]string, overBuiltin bool) {
	r := &resolver{org: org, c: c, memo: map[string][]*model.Node{}, lists: map[listKey][]*model.Node{}, quiet: someBroken, failed: map[model.Loc]bool{}, twins: twins, langDirs: langDirs, overBuiltin: overBuiltin}
	resolved := map[*model.Node]bool{} // the nodes of the organisation whose lines were resolved
	for _, n := range org.Nodes() {
		if n.RACI() != nil || n.Overlap() != nil || n.Links() != nil {
			resolved[n] = true
		}
		r.node = n
		if n.RACI() != nil {
			for _, role := range model.RACIRoles {
				if refs := n.RACI().Refs[role]; refs != nil {
					n.RACI().Units[role] = r.units(refs, raciAttr(role), n.RACI().At[role])
				}
				if role == model.Accountable {
					r.noteAccountable(n.RACI().Units[role], n.RACI().At[role])
				}
			}
		}
		if o := n.Overlap(); o != nil {
			o.Duties = r.overlapped(n, o.Refs, o.At)
		}
		if n.Links() != nil {
			for k := range model.NumLinks {
				if refs := n.Links().Refs[k]; refs != nil {
					n.Links().Nodes[k], n.Links().Named[k] = r.nodes(refs)
				}
			}
		}
	}
	for _, t := range c.twins {
		// A document a later layer replaced is not in the organisation:
		// its lines were never resolved, and they no longer matter.
		if resolved[t.node] {
			r.compareTwin(t)
		}
	}
	c.twins = nil
	r.reportLooseRoles(c.looseRoles)
	c.looseRoles = nil
	r.node = nil
	r.reportPersonRoles(c.personRoles)
	c.personRoles = nil
}

// noteAccountable notes an Accountable: line at that names several units.
func (r *resolver) noteAccountable(units []*model.Node, at model.Loc) {
	if len(units) > 1 {
		lang := r.fileLang(at.File)
		keys := r.c.langAt(at.File, at.Line, lang) // the others in the words of this line
		r.c.note(at.File, at.Line, fmt.Sprintf("keep the one unit that answers for the work on this line and name the others %s or %s (dutymap check reports it as multi-accountable)",
			attrResponsible.label(keys), attrConsulted.label(keys)),
			"%s names %d units, but a duty has one accountable unit", r.c.labelAt(at.File, at.Line, attrAccountable, lang), len(units))
	}
}

// overlapped resolves the references of n's Overlaps line at to duties of
// other departments (nil where one names none, which it notes).
func (r *resolver) overlapped(n *model.Node, refs []string, at model.Loc) []*model.Node {
	duties := make([]*model.Node, len(refs))
	for i, ref := range refs {
		if found := r.named(ref); len(found) == 1 && found[0].Kind == model.KindDuty && found[0].Root() != n.Root() {
			duties[i] = found[0]
		} else if dept, _, _ := strings.Cut(ref, "/"); !r.quiet && len(found) == 0 && strings.Contains(ref, "/") && validID(dept) && r.org.Department(dept) == nil {
			// The department the path begins with is gone (most often
			// deleted): a duty of another department in its place would be
			// false; the line goes, or the department comes back.
			fix, kind := goneFix(ref, len(refs), restoreDept(r.langDirs[at.File], dept, false))
			r.c.note(at.File, at.Line, fix, "%s%q names no duty: there is no department %q, so the overlap is not acknowledged", r.c.keyAt(at.File, at.Line, attrOverlaps, r.fileLang(at.File)), ref, dept).as(kind, ref)
		} else if !r.quiet {
			// The line has no other meaning: a path that names nothing is
			// a slip, and the pair it was written for would be reported
			// again by check, which told the user to write this line
			// (tryout17 #6b).
			// The key as the file writes it (重叠： in a Chinese file),
			// as the RACI lines' messages do.
			r.c.add(at.File, at.Line, r.overlapHint(n, ref),
				"%s%q names no duty of another department", r.c.keyAt(at.File, at.Line, attrOverlaps, r.fileLang(at.File)), ref)
		}
	}
	return duties
}

// overlapHint is the fix for an Overlaps reference of n that names no
// duty of another department: the duties of other departments it nearly
// names ("did you mean"), else how to find a duty's path.
func (r *resolver) overlapHint(n *model.Node, ref string) string {
	var near []string
	for _, m := range r.org.Suggest(ref, 12) {
		if m.Kind == model.KindDuty && m.Root() != n.Root() && len(near) < 3 {
			near = append(near, m.Path)
		}
	}
	if len(near) > 0 {
		return "did you mean " + strings.Join(near, " or ") + "? (or delete the line)"
	}
	return `write the path of a duty of another department (dutymap search "a few words of the duty" prints each duty's path first), or delete the line`
}

// resolver resolves references, remembering what each one named: an
// organisation of 100,000 duties names its few units over and over.
type resolver struct {
	org  *model.Org
	c    *collector
	memo map[string][]*model.Node
	// lists holds the units of each reference list every reference of
	// which named one unit, by the list's first element: lines that share
	// a list (see unitLists) share its units.
	lists map[listKey][]*model.Node
	seen  map[*model.Node]bool // see units, which clears it after each line
	// quiet leaves out references that name nothing (see resolveRefs).
	quiet bool
	// failed holds the RACI lines with a reference that does not name
	// one unit: their problem is the one to fix, and a line of the other
	// language that differs from them follows from it.
	failed map[model.Loc]bool
	// twins, langDirs: see resolveRefs.
	twins    map[string]bool
	langDirs map[string]string
	// node is the node whose lines are being resolved (for personFix).
	node *model.Node
	// overBuiltin says the content was read without the built-in
	// content: a fix that names a unit is then read both ways (validate
	// checks a folder alone and over the built-in content, and --content
	// reads it over it), so it names the unit by a name only when the
	// built-in content does not name another unit so (see namesAlone).
	overBuiltin bool
}

// named returns the nodes ref names exactly (a path, code, id, name or
// alias; not a mere start or abbreviation, so that a new department
// cannot change what an old line means).
func (r *resolver) named(ref string) []*model.Node {
	if ns, ok := r.memo[ref]; ok {
		return ns
	}
	ns, tier := r.org.Resolve(ref)
	if tier != model.TierExact {
		ns = nil
	}
	r.memo[ref] = ns
	return ns
}

// namesAlone reports whether a fix may name unit u by ref, a name of
// it: ref names u alone here and, for content read without the built-in
// content, in it too (or only the unit u merges into, of its path). A
// name both have names two units once the folder is layered over the
// built-in content, as --content and validate read it (tryout27 X1:
// 负责：财务部 offered for a person, then "names 2 units"); a path never
// does, as a path is looked up before any name.
func (r *resolver) namesAlone(ref string, u *model.Node) bool {
	if found := r.named(ref); len(found) != 1 || found[0] != u {
		return false
	}
	if !r.overBuiltin {
		return true
	}
	b := BuiltinOrg()
	if b == nil {
		return true
	}
	found, tier := b.Resolve(ref)
	if tier != model.TierExact {
		return true
	}
	for _, n := range found {
		if n.Path != u.Path {
			return false
		}
	}
	return true
}

// refFor is how a fix names unit u on a line of a file in lang: by its
// name there when that names u alone (namesAlone), else by its path.
func (r *resolver) refFor(u *model.Node, lang model.Lang) string {
	if name := u.Title.In(lang); name != "" && r.namesAlone(name, u) {
		return name
	}
	return u.Path
}

// shownUnit is unit u as a fix lists it among units to choose from: its
// path, and its name in lang after it when a line may name it so.
func (r *resolver) shownUnit(u *model.Node, lang model.Lang) string {
	if name := u.Title.In(lang); name != "" && name != u.Path && r.namesAlone(name, u) {
		return u.Path + " (" + name + ")"
	}
	return u.Path
}

// BuiltinOrg is the built-in organisation, read once (without notes) when
// first needed and shared: by the fixes that must not name a unit by a name
// the built-in content gives another (namesAlone), and by validate's notes
// on what a folder changes over it; nil if it could not be read. Callers
// read it and never change it.
func BuiltinOrg() *model.Org {
	builtinOnce.Do(func() { builtinUnits, _ = check(false, Builtin()) })
	return builtinUnits
}

var (
	builtinOnce  sync.Once
	builtinUnits *model.Org
)

// halvesOfATwin reports whether units all belong to the documents of one
// id twin (see resolveRefs).
func (r *resolver) halvesOfATwin(units []*model.Node) bool {
	for _, u := range units {
		if !r.twins[u.Root().ID] {
			return false
		}
	}
	return true
}

// units resolves a RACI line's references to units, reporting those that
// do not name exactly one.
func (r *resolver) units(refs []string, key attr, at model.Loc) []*model.Node {
	if len(refs) == 0 {
		return nil
	}
	list := listKey{&refs[0], len(refs)}
	if units, ok := r.lists[list]; ok {
		return units
	}
	var out []*model.Node
	var seen map[*model.Node]bool // for a long line: a unit named twice is kept once
	if len(refs) > 16 {
		if r.seen == nil {
			r.seen = map[*model.Node]bool{}
		}
		seen = r.seen
		defer clear(seen)
	}
	clean := true
	for _, ref := range refs {
		found := r.named(ref)
		units := found
		if !allUnits(found) {
			units = slices.DeleteFunc(slices.Clone(found), func(n *model.Node) bool { return !model.IsUnit(n) })
		}
		if len(units) != 1 {
			r.failed[at] = true
			clean = false
		}
		switch {
		case len(units) == 1 && seen != nil:
			if !seen[units[0]] {
				seen[units[0]] = true
				out = append(out, units[0])
			}
		case len(units) == 1:
			if !slices.Contains(out, units[0]) {
				out = append(out, units[0])
			}
		case len(units) > 1 && r.halvesOfATwin(units):
			// The twin's problem is the one to fix; fixed, this names one.
		case len(units) > 1:
			r.c.add(at.File, at.Line, "write the path of the one you mean: "+strings.Join(paths(units), " or "),
				"%s%q names %d units", r.c.keyAt(at.File, at.Line, key, r.fileLang(at.File)), ref, len(units)).as(KindOther, ref)
		case len(found) > 0:
			n := found[0]
			fix := fmt.Sprintf("name the department it belongs to (%s)", n.Root().ID)
			if n.Root().Kind != model.KindDepartment {
				fix = unitOfTopicFix(n.Root())
			} else if n.Kind == model.KindSection {
				fix += fmt.Sprintf(", or make the section a unit: end its heading with {#%s .position} or {#%s .unit}", n.ID, n.ID)
			}
			r.c.add(at.File, at.Line, fix, "%s%q is a %s, not a unit: RACI lines name departments, positions and sub-departments", r.c.keyAt(at.File, at.Line, key, r.fileLang(at.File)), ref, kindWord(n)).as(KindOther, ref)
		case !r.quiet:
			fix, kind, offered := r.unitHint(ref, len(refs), key, at)
			p := r.c.add(at.File, at.Line, fix, "%s%q names no unit", r.c.keyAt(at.File, at.Line, key, r.fileLang(at.File)), ref)
			p.as(kind, ref)
			p.Offered = offered
		}
	}
	out = slices.Clip(out)
	if clean {
		r.lists[list] = out
	}
	return out
}

// listKey is a reference list by its first element and length.
type listKey struct {
	first *string
	n     int
}

// allUnits reports whether every node of ns is a unit.
func allUnits(ns []*model.Node) bool {
	for _, n := range ns {
		if !model.IsUnit(n) {
			return false
		}
	}
	return true
}

// unitOfTopicFix is the fix for a RACI line naming a topic or relation, or
// something of one: those belong to no department; the departments the
// document concerns (or hands work between) are the likely units.
func unitOfTopicFix(doc *model.Node) string {
	var ids []string
	switch doc.Kind {
	case model.KindTopic:
		ids = doc.Concerns()
	case model.KindRelation:
		ids = []string{doc.From(), doc.To()}
	}
	ids = slices.DeleteFunc(slices.Clone(ids), func(id string) bool { return id == "" })
	if len(ids) == 0 {
		return fmt.Sprintf("name a department, position or sub-department: a %s belongs to no department", doc.Kind)
	}
	return fmt.Sprintf("name a department, position or sub-department, such as one the %s concerns (%s): a %s belongs to no department", doc.Kind, strings.Join(ids, ", "), doc.Kind)
}

// kindWord says what a node is, for messages: "duty", "topic", "section".
func kindWord(n *model.Node) string {
	if n.Kind == model.KindSection && n.Role != model.RoleGroup {
		return string(n.Role) + " section"
	}
	return n.Kind.String()
}

// goneFix is the fix for ref, one of refs references on a line, when it
// names a department that is gone: delete the line, or remove ref from
// it; or restore the department (restore, from restoreDept). kind says
// which (import rewrites the fix in a sheet's terms).
func goneFix(ref string, refs int, restore string) (fix string, kind Kind) {
	if refs == 1 {
		return "delete this line (or " + restore + ")", KindGoneLine
	}
	return fmt.Sprintf("remove “%s” from this line (or %s)", ref, restore), KindGoneRef
}

// unitHint is the fix for a reference that names no unit (one of refs
// references on a line of key, at at): the units close to it ("did you
// mean"). Else the line may name a department that was deleted or was
// never written: delete the line (or remove the reference), or name a unit
// that exists, the nearest first, or, for an id, create its department's
// file (with the id and name it needs). A Chinese line is told it may name a unit by its id, since units
// without a Chinese name have no other name there.
//
// A reference that reads as a person's name (张三) is told that a RACI
// line names units, with the unit the line's duty is written under
// (personFix; offered are the units it names).
func (r *resolver) unitHint(ref string, refs int, key attr, at model.Loc) (fix string, kind Kind, offered string) {
	if looksLikePerson(ref, false) {
		fix, offered = r.personFix([]string{ref}, refs == 1, key, r.c.keyAt(at.File, at.Line, key, r.fileLang(at.File)), "", at, r.node)
		return fix, KindPerson, offered
	}
	var near []string
	for _, n := range r.org.Suggest(ref, 20) {
		if model.IsUnit(n) && len(near) < 3 {
			near = append(near, n.Path)
		}
	}
	if len(near) == 0 {
		near = r.misspelt(ref)
	}
	if len(near) > 0 {
		return "check the spelling; did you mean " + strings.Join(near, " or ") + "?", KindOther, ""
	}
	lang := r.fileLang(at.File)
	busy := r.onLines(r.node, key)
	units := r.nearestUnits(ref, 4+len(busy))
	if len(units) == 0 {
		return "write the departments first: a RACI line names a department, position or sub-department by its id, path, name or alias", KindOther, ""
	}
	// A unit the duty's lines name already, or that does the work
	// itself, would only move the problem (tryout27 P1: 知会：caiwu
	// offered on caiwu's own duty, then check's raci-repeat).
	units = slices.DeleteFunc(units, func(u *model.Node) bool { return busy[u] })
	units = units[:min(4, len(units))]
	exists := "name a unit that exists (by its id, path, name or alias)"
	if len(units) > 0 {
		shown := make([]string, len(units))
		for i, u := range units {
			shown[i] = r.shownUnit(u, lang)
		}
		exists += ", such as " + strings.Join(shown, ", ")
	}
	switch {
	case lang != model.Zh:
	case len(units) > 0:
		exists = fmt.Sprintf("%s; a Chinese line may name a unit by its id, as in  %s%s", exists, r.c.keyAt(at.File, at.Line, key, lang), units[0].Path)
	default:
		exists += "; a Chinese line may name a unit by its id"
	}
	drop, kind := "delete this line", KindGoneLine
	if refs > 1 {
		drop, kind = fmt.Sprintf("remove “%s” from this line", ref), KindGoneRef
	}
	dir := r.langDirs[at.File]
	var create string
	switch {
	case !validID(ref):
		return exists + "; or " + drop, kind, "" // a sheet's import says it in cells
	case !isASCIIID(ref):
		// A Chinese "id" is most often a name: the department wants it.
		create = fmt.Sprintf("give a department that name (name: %s in its file in %s)", ref, cmp.Or(dir, "the language folder"))
	case dir != "":
		// A file needs a name as much as an id: the fix names both, so
		// that following it gives no new problem (tryout25 T5).
		create = fmt.Sprintf("create %s%s.md with the lines  id: %s  and  %s", dir, ref, ref, nameExample(ref, "", nil, lang))
	default:
		create = fmt.Sprintf("create the department's file with the lines  id: %s  and  %s", ref, nameExample(ref, "", nil, lang))
	}
	return fmt.Sprintf("no unit is called %s: %s; or %s; or %s", ref, drop, exists, create), kind, ""
}

// onLines are the units a fix must not name on a line of key among the
// RACI lines of node n (those being resolved), or check reports
// raci-repeat: a unit may hold Responsible and Accountable together, no
// other two roles of one duty. Those are the units named on its lines and
// on those of the sections above it, which apply to it too, but for
// Responsible and Accountable beside each other; and, for Consulted and
// Informed, the unit n is written in, which does its work and answers
// for it when no line says otherwise (model.AssignmentOf).
func (r *resolver) onLines(n *model.Node, key attr) map[*model.Node]bool {
	busy := map[*model.Node]bool{}
	if u := unitOf(n); u != nil && strength(key) < 2 {
		busy[u] = true
	}
	for p := n; p != nil; p = p.Parent {
		if p.RACI() == nil {
			continue
		}
		for _, role := range model.RACIRoles {
			if held := raciAttr(role); held != key && strength(held) == 2 && strength(key) == 2 {
				continue
			}
			for _, ref := range p.RACI().Refs[role] {
				if found := r.named(ref); len(found) == 1 {
					busy[found[0]] = true
				}
			}
		}
	}
	return busy
}

// isASCIIID reports whether an id is written in ASCII only.
func isASCIIID(id string) bool {
	for i := 0; i < len(id); i++ {
		if id[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// nearestUnits returns up to limit units, the nearest to ref first: by the
// edit distance of ref to their id, names or aliases (both folded, names
// over maxTypoBytes left out); see the order below.
func (r *resolver) nearestUnits(ref string, limit int) []*model.Node {
	q := model.Fold(ref)
	type ranked struct {
		n       *model.Node
		d, rank int
	}
	var all []ranked
	for _, n := range r.org.Nodes() {
		if !model.IsUnit(n) {
			continue
		}
		best := maxTypoBytes + 1
		if len(q) <= maxTypoBytes {
			for _, name := range unitNames(n) {
				if f := model.Fold(name); f != "" && len(f) <= maxTypoBytes {
					best = min(best, model.EditDistance(q, f))
				}
			}
		}
		rank := 1
		if n.Kind == model.KindDepartment {
			rank = 0
		}
		all = append(all, ranked{n, best, rank})
	}
	// Close names (half the reference's runes or fewer to change) first,
	// by distance; the other units after them, departments first: a
	// position whose name is merely less unlike is no better a guess.
	half := utf8.RuneCountInString(q) / 2
	far := func(x ranked) int { return min(1, max(0, x.d-half)) }
	slices.SortStableFunc(all, func(a, b ranked) int {
		if c := far(a) - far(b); c != 0 {
			return c
		}
		if far(a) == 1 && a.rank != b.rank {
			return a.rank - b.rank
		}
		if a.d != b.d {
			return a.d - b.d
		}
		return a.rank - b.rank
	})
	out := make([]*model.Node, 0, limit)
	for _, a := range all[:min(limit, len(all))] {
		out = append(out, a.n)
	}
	return out
}

// unitNames are the names a reference may give a unit by: its id, its
// names and its aliases in every language.
func unitNames(n *model.Node) []string {
	names := append([]string{n.ID, n.Title[model.En], n.Title[model.Zh]}, n.Aliases()[model.En]...)
	return append(names, n.Aliases()[model.Zh]...)
}

// fileLang is the language of a content file, read from its language
// folder's name (English when the folder is not known).
func (r *resolver) fileLang(file string) model.Lang {
	dir := strings.TrimSuffix(r.langDirs[file], "/")
	if i := strings.LastIndexAny(dir, `/\`); i >= 0 {
		dir = dir[i+1:]
	}
	if tag, err := model.ParseTag(dir); err == nil {
		return model.TagLang(tag)
	}
	return model.En
}

// misspelt returns up to three units whose id, name or alias is a typo
// away from ref (typo): "salse" for sales, 市场不 for 市场部.
func (r *resolver) misspelt(ref string) []string {
	t := newTypo(ref)
	if t.limit < 0 {
		return nil
	}
	var out []string
	for _, n := range r.org.Nodes() {
		if !model.IsUnit(n) || len(out) == 3 {
			continue
		}
		for _, name := range unitNames(n) {
			if _, ok := t.edits(name); ok {
				out = append(out, n.Path)
				break
			}
		}
	}
	return out
}

// typo is the one rule for "did you mean" on a reference that names
// nothing, for units, departments and sources alike: a name is a typo of
// the reference when, both folded (model.Fold: case, "-" and "_"), it is
// at most one edit away, plus one for every 8 characters of the reference
// ("salse" and 市场不 are one edit from sales and 市场部,
// "furniture-mkting" three from furniture-marketing). A reference under 3
// characters or 4 bytes (s2 is not a typo of s1) or over 40 bytes, and a
// name over 40 bytes, are not compared: the edit distance costs the
// product of the lengths.
type typo struct {
	q     string
	limit int // -1: nothing is near
}

const maxTypoBytes = 40

func newTypo(ref string) typo {
	q := model.Fold(ref)
	n := utf8.RuneCountInString(q)
	if len(q) < 4 || len(q) > maxTypoBytes || n < 3 {
		return typo{limit: -1}
	}
	return typo{q: q, limit: model.TypoLimit(q)}
}

// edits returns the edits between the reference and name, and whether
// name is near enough to suggest.
func (t typo) edits(name string) (int, bool) {
	f := model.Fold(name)
	if t.limit < 0 || f == "" || len(f) > maxTypoBytes {
		return 0, false
	}
	d := model.EditDistance(t.q, f)
	return d, d <= t.limit
}

// nodes resolves a hand-off line's references, nil where one names no
// node or several, and counts the nodes each names.
func (r *resolver) nodes(refs []string) ([]*model.Node, []int) {
	out, named := make([]*model.Node, len(refs)), make([]int, len(refs))
	for i, ref := range refs {
		found := r.named(ref)
		if named[i] = len(found); len(found) == 1 {
			out[i] = found[0]
		}
	}
	return out, named
}

// compareTwin reports a line whose two languages name different nodes.
func (r *resolver) compareTwin(t twinLine) {
	var here, there []*model.Node
	var thereAt model.Loc
	if t.key == attrOverlaps {
		r.compareOverlap(t)
		return
	}
	if t.key.isRACI() {
		role := t.key.role()
		r.node = t.node
		here = r.units(t.refs, t.key, t.at)
		there, thereAt = t.node.RACI().Units[role], t.node.RACI().At[role]
		if r.failed[t.at] || r.failed[thereAt] {
			return // a reference that names no unit is the one problem
		}
	} else {
		k := t.key.link()
		here, _ = r.nodes(t.refs)
		there, thereAt = t.node.Links().Nodes[k], t.node.Links().At[k]
		if slices.Contains(here, nil) || slices.Contains(there, nil) {
			here = nil // a link that names nothing cannot be shown to agree
		}
	}
	if len(here) > 0 && sameNodes(here, there) {
		if t.key == attrAccountable {
			r.noteAccountable(here, t.at) // the fix is on both lines
		}
		return
	}
	label := r.c.labelAt(t.at.File, t.at.Line, t.key, r.fileLang(t.at.File))
	r.c.add(t.at.File, t.at.Line, fmt.Sprintf("name the same %s in both languages, or write %s in one language's file only", unitsWord(t.key), label),
		"%s differs from %s:%d (%s here, %s there)", label, thereAt.File, thereAt.Line, strings.Join(t.refs, ", "), strings.Join(refsAt(t), ", "))
}

// compareOverlap reports an Overlaps line whose two languages name
// different duties; one that says the same as the other language's line
// has the same references that name no duty, noted at it too.
func (r *resolver) compareOverlap(t twinLine) {
	o := t.node.Overlap()
	if slices.Equal(t.refs, o.Refs) {
		r.overlapped(t.node, t.refs, t.at)
		return
	}
	// A reference that names no duty is the one problem, reported at its
	// own line: the difference follows from it.
	if slices.Contains(o.Duties, nil) {
		return
	}
	if here := r.overlapped(t.node, t.refs, t.at); slices.Contains(here, nil) || sameNodes(here, o.Duties) {
		return
	}
	label := r.c.labelAt(t.at.File, t.at.Line, t.key, r.fileLang(t.at.File))
	r.c.add(t.at.File, t.at.Line, "name the same duties in both languages, or write "+label+" in one language's file only",
		"%s differs from %s:%d (%s here, %s there)", label, o.At.File, o.At.Line, strings.Join(t.refs, ", "), strings.Join(o.Refs, ", "))
}

func unitsWord(key attr) string {
	if key.isRACI() {
		return "units"
	}
	return "nodes"
}

// refsAt is what the other language's line says.
func refsAt(t twinLine) []string {
	if t.key.isRACI() {
		return t.node.RACI().Refs[t.key.role()]
	}
	return t.node.Links().Refs[t.key.link()]
}

// sameNodes compares two lists as sets.
func sameNodes(a, b []*model.Node) bool {
	for _, n := range a {
		if !slices.Contains(b, n) {
			return false
		}
	}
	for _, n := range b {
		if !slices.Contains(a, n) {
			return false
		}
	}
	return true
}

func paths(ns []*model.Node) []string {
	out := make([]string, len(ns))
	for i, n := range ns {
		out[i] = n.Path
	}
	return out
}
