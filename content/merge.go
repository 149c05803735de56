package content

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/dutymap/dutymap/model"
)

// pairLanguages merges the English and Chinese files of one document
// (either may be missing).
func (ld *loader) pairLanguages(pair [model.NumLangs]*parsedDoc) *model.Node {
	en, zh := pair[model.En], pair[model.Zh]
	switch {
	case en != nil && zh != nil:
		checkSameMeta(en, zh, &ld.c)
		if en.node.Kind != zh.node.Kind {
			// A department's duties are no topic's points: matched one by
			// one they would differ in ways that say nothing of the fault
			// ("has id 1 here, but … has id 1"), which is the kind.
			kindWrittenOnce(en, zh, &ld.c)
			return en.node
		}
		mergeLang(en.node, zh.node, model.Zh, en.file, zh.file, &ld.c, ld.named)
		return en.node
	case en != nil:
		return en.node
	default:
		return zh.node
	}
}

// kindWrittenOnce reports a document whose kind one language's file
// writes (kind: topic) and the other's leaves out, which makes it a
// department there; both written and different, checkSameMeta says so.
func kindWrittenOnce(a, b *parsedDoc, c *collector) {
	for _, d := range [][2]*parsedDoc{{a, b}, {b, a}} {
		missing, written := d[0], d[1]
		if missing.fm.Kind == "" && written.fm.Kind != "" {
			if written.fm.Kind == "relation" {
				// Its hand-off lines follow from the missing kind: line,
				// and are right once it is written.
				c.list = slices.DeleteFunc(c.list, func(p Problem) bool {
					return p.File == missing.file && p.Kind == KindLinkOutsideRelation
				})
			}
			c.add(missing.file, missing.fm.line("id"),
				fmt.Sprintf("add the line  kind: %s  to its front matter, as %s has it: structural keys must be the same in both languages", written.fm.Kind, written.file),
				"no kind: line, so this file is a department, but %s:%d says kind: %s", written.file, written.fm.line("kind"), written.fm.Kind)
		}
	}
}

// checkSameMeta reports structural front-matter keys given differently in
// the two languages.
func checkSameMeta(a, b *parsedDoc, c *collector) {
	fix := "structural keys must be the same in both languages; write them once or make them equal"
	// Each side is reported at its own line, naming the other's: the
	// user may mean either value, and each file needs to be looked at.
	diff := func(key string, x, y any) {
		if fmt.Sprint(x) != fmt.Sprint(y) {
			c.add(b.file, b.fm.line(key), fix, "%s: differs from %s:%d (%v here, %v there)", key, a.file, a.fm.line(key), y, x)
			c.add(a.file, a.fm.line(key), fix, "%s: differs from %s:%d (%v here, %v there)", key, b.file, b.fm.line(key), x, y)
		}
	}
	// Values that are ids differ only if every id is known: a misspelt
	// one is the one problem (see collector.idDiffs).
	diffIDs := func(key string, x, y any, ids []string, of idKind) {
		if fmt.Sprint(x) != fmt.Sprint(y) {
			c.differIDs(of, ids, b.file, b.fm.line(key), fix, "%s: differs from %s:%d (%v here, %v there)", key, a.file, a.fm.line(key), y, x)
			c.differIDs(of, ids, a.file, a.fm.line(key), fix, "%s: differs from %s:%d (%v here, %v there)", key, b.file, b.fm.line(key), x, y)
		}
	}
	if a.fm.Kind != "" && b.fm.Kind != "" && a.fm.Kind != b.fm.Kind {
		// Not "write it once": the file without it is a department
		// (kindWrittenOnce).
		kindFix := "a document is one kind in both languages: write the same kind: line in both files"
		c.add(b.file, b.fm.line("kind"), kindFix, "kind: differs from %s:%d (%s here, %s there)", a.file, a.fm.line("kind"), b.fm.Kind, a.fm.Kind)
		c.add(a.file, a.fm.line("kind"), kindFix, "kind: differs from %s:%d (%s here, %s there)", b.file, b.fm.line("kind"), a.fm.Kind, b.fm.Kind)
	}
	if a.fm.Order != nil && b.fm.Order != nil {
		diff("order", *a.fm.Order, *b.fm.Order)
	}
	for _, k := range []struct {
		key  string
		x, y []string
		of   idKind
	}{{"sources", a.fm.Sources, b.fm.Sources, sourceIDs}, {"concerns", a.fm.Concerns, b.fm.Concerns, deptIDs}} {
		if len(k.x) > 0 && len(k.y) > 0 {
			diffIDs(k.key, k.x, k.y, append(slices.Clone(k.x), k.y...), k.of)
		}
	}
	if a.fm.Code != "" && b.fm.Code != "" {
		diff("code", a.fm.Code, b.fm.Code)
	}
	for _, k := range []struct {
		key, x, y string
		of        idKind
	}{{"from", a.fm.From, b.fm.From, deptIDs}, {"to", a.fm.To, b.fm.To, deptIDs}, {"group", a.fm.Group, b.fm.Group, groupIDs}} {
		if k.x != "" && k.y != "" {
			diffIDs(k.key, k.x, k.y, []string{k.x, k.y}, k.of)
		}
	}
	if b.fm.Order != nil && a.fm.Order == nil {
		a.node.Edit().Order = *b.fm.Order
	}
}

// mergeLang copies src's language into dst, matching children by id, and
// reports sections or duties present in only one of the two files.
func mergeLang(dst, src *model.Node, l model.Lang, dstFile, srcFile string, c *collector, named map[attrPlace]model.Loc) {
	dst.Title[l], dst.Loc[l] = src.Title[l], src.Loc[l]
	if src.Details != nil || dst.Details != nil {
		d := dst.Edit()
		d.Body[l], d.Summary[l], d.Aliases[l] = src.Body()[l], src.Summary()[l], src.Aliases()[l]
	}
	if dst.Kind.IsDocument() {
		// Front matter was compared key by key in checkSameMeta.
		dst.Edit().Sources = firstNonEmpty(dst.Sources(), src.Sources())
		dst.Edit().Code = cmp.Or(dst.Code(), src.Code())
	} else {
		mergeAttrs(c, dst, src, l, srcFile, src.Loc[l].Line, dstFile, dst.Loc[1-l].Line, named)
	}
	if s := src.Details; s != nil {
		d := dst.Edit()
		d.Concerns = firstNonEmpty(d.Concerns, s.Concerns)
		d.From, d.To = cmp.Or(d.From, s.From), cmp.Or(d.To, s.To)
		d.Group = cmp.Or(d.Group, s.Group)
	}
	if dst.Role == model.RoleGroup && src.Role != model.RoleGroup {
		dst.Role = src.Role
	}
	for d, t := range src.Traits() {
		x := dst.Edit()
		if x.Traits == nil {
			x.Traits = map[model.Dimension]model.Text{}
		}
		cur := x.Traits[d]
		cur[l] = t[l]
		x.Traits[d] = cur
	}
	dl, sl := countLeaves(dst), countLeaves(src)
	if dl != sl {
		c.add(srcFile, src.Loc[l].Line, countFix(dst, src, l, dstFile, srcFile),
			"%q has %s here but %d in %s", titleOf(src, l), Count(sl, "duty", "duties"), dl, dstFile)
	}
	// Twins usually stand at the same index; a map is built only for the
	// rare section whose two files order children differently.
	var byID map[string]int
	twinOf := func(i int, id string) int {
		if i < len(dst.Children) && dst.Children[i].ID == id {
			return i
		}
		if byID == nil {
			byID = make(map[string]int, len(dst.Children))
			for k, d := range dst.Children {
				byID[d.ID] = k
			}
		}
		if k, ok := byID[id]; ok {
			return k
		}
		return -1
	}
	matched := make([]bool, len(dst.Children))
	var lost [2][]*model.Node // src's children without a twin: sections, duties
	for i, ch := range src.Children {
		k := twinOf(i, ch.ID)
		if k < 0 || dst.Children[k].Kind != ch.Kind {
			lost[leafIndex(ch)] = append(lost[leafIndex(ch)], ch)
			continue
		}
		matched[k] = true
		mergeLang(dst.Children[k], ch, l, dstFile, srcFile, c, named)
	}
	var alone [2][]*model.Node // dst's children without a twin
	for i, ch := range dst.Children {
		if !matched[i] {
			alone[leafIndex(ch)] = append(alone[leafIndex(ch)], ch)
		}
	}
	s := twinSides{src: src, dst: dst, l: l, dstFile: dstFile, srcFile: srcFile, c: c}
	s.report(lost[0], alone[0], false)
	if dl == sl { // otherwise the count is the one problem
		s.report(lost[1], alone[1], true)
	}
}

func leafIndex(n *model.Node) int {
	if n.Kind.IsLeaf() {
		return 1
	}
	return 0
}

// twinSides reports the children of a node that found no twin in the other
// language's file.
type twinSides struct {
	src, dst         *model.Node // the parents whose children are paired
	l                model.Lang  // the language of src
	dstFile, srcFile string
	c                *collector
}

// report pairs the lost children of the two files in order: a pair stands
// in the same place with different ids, and is one problem whose fix gives
// both the same id; a child left over is missing from the other file.
func (s twinSides) report(lost, alone []*model.Node, leaves bool) {
	ol := 1 - s.l
	what, end := "section", "heading"
	if leaves {
		what, end = "duty", "duty's line"
	}
	for j := range max(len(lost), len(alone)) {
		switch {
		case j < len(lost) && j < len(alone):
			// Reported once the organisation is whole, when the paths
			// other lines name are known (reportTwinIDs).
			s.c.twinIDs = append(s.c.twinIDs, twinID{twinSides: s, src: lost[j], dst: alone[j], what: what, end: end})
		case j < len(lost):
			s.missing(lost[j], s.l, s.srcFile, s.dstFile)
		default:
			s.missing(alone[j], ol, s.dstFile, s.srcFile)
		}
	}
}

// twinID is a section or duty whose twin in the other language's file
// stands in its place under another id.
type twinID struct {
	twinSides
	src, dst  *model.Node // the child of src's file, and its twin in dst's file
	what, end string      // "section", "heading" or "duty", "duty's line"
}

// report reports t. The fix keeps the first file's id, unless only a
// duty's number, or unless more lines (hand-offs, Overlaps, RACI) name the
// other file's path, so that no line is left naming nothing; and it may
// only suggest an id its file does not use already (the other file's id
// may be a duplicate there, reported on its own). named counts the lines
// that name a path or a path below it (lineRefCounts).
func (t twinID) report(named map[string]int) {
	ol := 1 - t.l
	src, dst, end := t.src, t.dst, t.end
	srcPath := dst.Path
	if i := strings.LastIndexByte(srcPath, '/'); i >= 0 {
		srcPath = srcPath[:i+1] + src.ID
	}
	nSrc, nDst := 0, 0
	if dst.Path != "" { // not in the organisation: a later layer replaced it
		nSrc, nDst = named[srcPath], named[dst.Path]
	}
	here := fmt.Sprintf("end this %s with {#%s}", end, dst.ID)
	there := fmt.Sprintf("end the %s at %s:%d with {#%s}", end, t.dstFile, dst.Loc[ol].Line, src.ID)
	hereOK, thereOK := !usedBesides(t.twinSides.src, dst.ID, src), !usedBesides(t.twinSides.dst, src.ID, dst)
	var fix string
	left, gone, kept := 0, "", ""
	switch {
	case thereOK && (!hereOK || nSrc > nDst || nSrc == nDst && numeric(dst.ID) && !numeric(src.ID)):
		fix, left, gone, kept = there, nDst, dst.Path, srcPath
	case hereOK:
		fix, left, gone, kept = here, nSrc, srcPath, dst.Path
	default:
		fix = fmt.Sprintf("end this %s and the %s at %s:%d with the same new {#id}, one neither file uses yet", end, end, t.dstFile, dst.Loc[ol].Line)
	}
	if left > 0 {
		fix += fmt.Sprintf(", and change the %s to %s to name %s", Count(left, "line", "lines"), gone, kept)
	}
	t.c.add(t.srcFile, src.Loc[t.l].Line, "give both the same id: "+fix,
		"%s %q has id %s here, but the %s in its place in %s:%d, %q, has id %s", t.what, src.Title[t.l], src.ID, t.what, t.dstFile, dst.Loc[ol].Line, dst.Title[ol], dst.ID)
}

// reportTwinIDs reports the twins with different ids collected while the
// languages were merged, once the organisation is whole (its nodes have
// their paths). refs gives lineRefCounts of the organisation.
func (c *collector) reportTwinIDs(refs func() map[string]int) {
	if len(c.twinIDs) == 0 {
		return
	}
	named := refs()
	for _, t := range c.twinIDs {
		t.report(named)
	}
	c.twinIDs = nil
}

// lineRefCounts counts, for each path, the RACI, Overlaps and hand-off
// lines of docs (and of twins, the other language's lines) that name it or
// a path below it: "sales/pricing" counts for sales/pricing and for sales.
// A line's path is read as Org.Resolve reads it, without spaces and
// slashes around it.
func lineRefCounts(docs []*model.Node, twins []twinLine) map[string]int {
	counts := map[string]int{}
	count := func(refs []string) {
		for _, r := range refs {
			if r = strings.Trim(strings.TrimSpace(r), "/"); r == "" {
				continue
			}
			for i := range len(r) {
				if r[i] == '/' {
					counts[r[:i]]++
				}
			}
			counts[r]++
		}
	}
	for _, d := range docs {
		d.Walk(func(n *model.Node) bool {
			if r := n.RACI(); r != nil {
				for _, role := range model.RACIRoles {
					count(r.Refs[role])
				}
			}
			if o := n.Overlap(); o != nil {
				count(o.Refs)
			}
			if l := n.Links(); l != nil {
				for k := range model.NumLinks {
					count(l.Refs[k])
				}
			}
			return true
		})
	}
	for _, t := range twins {
		count(t.refs)
	}
	return counts
}

// usedBesides reports whether a child of parent other than n has the id.
func usedBesides(parent *model.Node, id string, n *model.Node) bool {
	for _, ch := range parent.Children {
		if ch != n && ch.ID == id {
			return true
		}
	}
	return false
}

// missing reports a section written in file only.
func (s twinSides) missing(n *model.Node, l model.Lang, file, other string) {
	if n.Kind.IsLeaf() {
		return // counted above: the lists' lengths differ
	}
	fix := fmt.Sprintf("add it to %s: a heading ending in {#%s} at the same level", other, n.ID)
	if k := countLeaves(n); k > 0 {
		fix += fmt.Sprintf(", with its %s translated", Count(k, "duty", "duties"))
	}
	s.c.add(file, n.Loc[l].Line, fix, "section %q (id %s) is missing from %s", n.Title[l], n.ID, other)
}

// numeric reports an id made of digits: a duty numbered by its place.
func numeric(id string) bool { return id != "" && strings.Trim(id, "0123456789") == "" }

func titleOf(n *model.Node, l model.Lang) string { return n.Title[l] }

func countLeaves(n *model.Node) int {
	k := 0
	for _, ch := range n.Children {
		if ch.Kind.IsLeaf() {
			k++
		}
	}
	return k
}

func firstNonEmpty(a, b []string) []string {
	if len(a) > 0 {
		return a
	}
	return b
}

// overlayDetails is overlay for the fields of model.Details.
func overlayDetails(dst, src *model.Details) {
	for l := range model.NumLangs {
		if src.Body.Has(l) {
			dst.Body[l] = src.Body[l]
		}
		if src.Summary.Has(l) {
			dst.Summary[l] = src.Summary[l]
		}
		if len(src.Aliases[l]) > 0 {
			dst.Aliases[l] = src.Aliases[l]
		}
	}
	dst.Code = cmp.Or(src.Code, dst.Code)
	if src.RACI != nil {
		dst.RACI = src.RACI
	}
	for d, t := range src.Traits {
		if dst.Traits == nil {
			dst.Traits = map[model.Dimension]model.Text{}
		}
		cur := dst.Traits[d]
		for l := range model.NumLangs {
			if t.Has(l) {
				cur[l] = t[l]
			}
		}
		dst.Traits[d] = cur
	}
	dst.Sources = firstNonEmpty(src.Sources, dst.Sources)
	dst.Concerns = firstNonEmpty(src.Concerns, dst.Concerns)
	if src.From != "" {
		dst.From, dst.To = src.From, src.To
	}
	dst.Group = cmp.Or(src.Group, dst.Group)
	if src.Order != 0 {
		dst.Order = src.Order
	}
}

// overlay applies a later layer's document on top of an earlier one:
// texts and traits it gives replace the old ones, sections with the same id
// merge, new sections are added, and a section that lists duties replaces
// the old section's duties. A node whose kind the layer changes (a
// department into a topic, a section into a duty) is reported, not merged.
// path is the node's path of ids, for messages.
func (ld *loader) overlay(dst, src *model.Node, path string) {
	if dst.Kind != src.Kind {
		file, line := locOf(src)
		fix := fmt.Sprintf("give it another id to add a new %s", src.Kind)
		if src.Kind.IsDocument() && dst.Kind.IsDocument() {
			fix += fmt.Sprintf(", or write  kind: %s  to change the %s", dst.Kind, dst.Kind)
		}
		ld.c.add(file, line, fix, "%q is a %s in %s; this layer cannot make it a %s", path, dst.Kind, dst.Layer, src.Kind)
		return
	}
	for l := range model.NumLangs {
		if src.Title.Has(l) {
			ld.keepNamed(dst, src, l)
			dst.Title[l] = src.Title[l]
			dst.Loc[l] = src.Loc[l]
		}
	}
	if src.Details != nil {
		overlayDetails(dst.Edit(), src.Details)
	}
	if src.Role != model.RoleGroup {
		dst.Role = src.Role
	}
	dst.Layer = src.Layer
	if countLeaves(src) > 0 {
		dst.Children = slices.DeleteFunc(dst.Children, func(n *model.Node) bool { return n.Kind.IsLeaf() })
	}
	for _, ch := range src.Children {
		i := slices.IndexFunc(dst.Children, func(n *model.Node) bool { return n.ID == ch.ID })
		switch {
		case i < 0:
			dst.Children = append(dst.Children, ch)
		case dst.Children[i].Kind.IsLeaf() != ch.Kind.IsLeaf():
			ld.overlay(dst.Children[i], ch, path+"/"+ch.ID) // reports the change of kind
		case ch.Kind.IsLeaf():
			dst.Children = append(dst.Children, ch) // the old duty of that id was removed above
		default:
			ld.overlay(dst.Children[i], ch, path+"/"+ch.ID)
		}
	}
}

// locOf is where a node was written, in the first language that has it.
func locOf(n *model.Node) (string, int) {
	for _, loc := range n.Loc {
		if loc.File != "" {
			return loc.File, loc.Line
		}
	}
	return "", 0
}

// keepNamed keeps where dst's Code: and Aliases: lines (of language l)
// stand when the later layer's src takes its place without giving them:
// dst keeps the code and aliases (overlayDetails), and a collision of
// theirs is reported at the earlier layer's line, not at src's heading.
func (ld *loader) keepNamed(dst, src *model.Node, l model.Lang) {
	old, now := dst.Loc[l], src.Loc[l]
	if old == now || old.File == "" {
		return
	}
	for _, key := range []attr{attrCode, attrAliases} {
		if key == attrCode && src.Code() != "" || key == attrAliases && len(src.Aliases()[l]) > 0 {
			continue
		}
		if at, ok := ld.named[attrPlace{old, key}]; ok {
			if _, given := ld.named[attrPlace{now, key}]; !given {
				ld.named[attrPlace{now, key}] = at
			}
		}
	}
}

// Bounds of countFix's lists: the pairs shown, and the width a duty's text
// is cut to (a Chinese character counts two).
const (
	countFixPairs = 40
	countFixWidth = 50
)

// countFix is the fix for a section whose two files hold different numbers
// of duties. Duties are twinned by their order, so a duty added to one list
// only shifts every twin after it: the fix shows the two lists paired as
// they are now, numbered, each duty at its file and line, English first.
// The first pair whose texts do not say the same is where a twin is
// missing (tryout25 T16: "make both lists the same length" named neither
// the duty nor its place).
func countFix(dst, src *model.Node, l model.Lang, dstFile, srcFile string) string {
	type side struct {
		file   string
		lang   model.Lang
		duties []*model.Node
	}
	sides := [2]side{{dstFile, 1 - l, leaves(dst)}, {srcFile, l, leaves(src)}}
	if sides[0].lang != model.En {
		sides[0], sides[1] = sides[1], sides[0]
	}
	short := "Chinese"
	if len(sides[0].duties) < len(sides[1].duties) {
		short = "English"
	}
	n := max(len(sides[0].duties), len(sides[1].duties))
	shown := min(n, countFixPairs)
	where := func(s side, i int) string {
		if i >= len(s.duties) {
			return s.file
		}
		return fmt.Sprintf("%s:%d", s.file, s.duties[i].Loc[s.lang].Line)
	}
	width := 0
	for i := range shown {
		for _, s := range sides {
			width = max(width, len(where(s, i)))
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "duties are twinned by their order, and the %s list has no twin for %s: add each twin at the same place as its duty (or delete the duty that has none). Paired as they are now:",
		short, Count(n-min(len(sides[0].duties), len(sides[1].duties)), "duty", "duties"))
	for i := range shown {
		for k, s := range sides {
			num := fmt.Sprintf("%d.", i+1)
			if k == 1 {
				num = ""
			}
			text := "(none)"
			if i < len(s.duties) {
				text = ansi.Truncate(s.duties[i].Title[s.lang], countFixWidth, "…")
			}
			fmt.Fprintf(&b, "\n    %4s  %-*s  %s", num, width, where(s, i), text)
		}
	}
	if n > shown {
		fmt.Fprintf(&b, "\n    … %d more in the longer list", n-shown)
	}
	return b.String()
}

// leaves returns n's duties (its children that are leaves), in order.
func leaves(n *model.Node) []*model.Node {
	var out []*model.Node
	for _, ch := range n.Children {
		if ch.Kind.IsLeaf() {
			out = append(out, ch)
		}
	}
	return out
}
