package content

import (
	"cmp"
	"fmt"
	"slices"

	"github.com/dutymap/dutymap/model"
)

// pairLanguages merges the English and Chinese files of one document. When
// the layer has both languages, each document must exist in both.
func (ld *loader) pairLanguages(l Layer, pair [model.NumLangs]*parsedDoc, both bool) *model.Node {
	en, zh := pair[model.En], pair[model.Zh]
	switch {
	case en != nil && zh != nil:
		checkSameMeta(en, zh, &ld.c)
		mergeLang(en.node, zh.node, model.Zh, en.file, zh.file, &ld.c)
		return en.node
	case both:
		have, miss := en, model.Zh
		if have == nil {
			have, miss = zh, model.En
		}
		ld.c.add(have.file, 1, fmt.Sprintf("write its %s twin under %s/ with  id: %s  (or remove this file)", miss.Name(), miss.Code(), have.node.ID), "%q has no %s version", have.node.ID, miss.Name())
		return have.node
	case en != nil:
		return en.node
	default:
		return zh.node
	}
}

// checkSameMeta reports structural front-matter keys given differently in
// the two languages.
func checkSameMeta(a, b *parsedDoc, c *collector) {
	fix := "structural keys must be the same in both languages; write them once or make them equal"
	diff := func(key string, x, y any) {
		if fmt.Sprint(x) != fmt.Sprint(y) {
			c.add(b.file, b.fm.line(key), fix, "%s: differs from %s (%v here, %v there)", key, a.file, y, x)
		}
	}
	if a.fm.Kind != "" && b.fm.Kind != "" {
		diff("kind", a.fm.Kind, b.fm.Kind)
	}
	if a.fm.Order != nil && b.fm.Order != nil {
		diff("order", *a.fm.Order, *b.fm.Order)
	}
	for _, k := range []struct {
		key  string
		x, y []string
	}{{"sources", a.fm.Sources, b.fm.Sources}, {"concerns", a.fm.Concerns, b.fm.Concerns}} {
		if len(k.x) > 0 && len(k.y) > 0 {
			diff(k.key, k.x, k.y)
		}
	}
	for _, k := range []struct{ key, x, y string }{{"code", a.fm.Code, b.fm.Code}, {"from", a.fm.From, b.fm.From}, {"to", a.fm.To, b.fm.To}} {
		if k.x != "" && k.y != "" {
			diff(k.key, k.x, k.y)
		}
	}
	if b.fm.Order != nil && a.fm.Order == nil {
		a.node.Order = *b.fm.Order
	}
}

// mergeLang copies src's language into dst, matching children by id, and
// reports sections or duties present in only one of the two files.
func mergeLang(dst, src *model.Node, l model.Lang, dstFile, srcFile string, c *collector) {
	dst.Title[l], dst.Body[l], dst.Summary[l], dst.Aliases[l], dst.Loc[l] = src.Title[l], src.Body[l], src.Summary[l], src.Aliases[l], src.Loc[l]
	if dst.Kind.IsDocument() {
		// Front matter was compared key by key in checkSameMeta.
		dst.Sources = firstNonEmpty(dst.Sources, src.Sources)
		dst.Code = cmp.Or(dst.Code, src.Code)
	} else {
		mergeAttrs(c, dst, src, srcFile, src.Loc[l].Line, dstFile, dst.Loc[1-l].Line)
	}
	dst.Concerns = firstNonEmpty(dst.Concerns, src.Concerns)
	if dst.From == "" {
		dst.From, dst.To = src.From, src.To
	}
	if dst.Role == model.RoleGroup && src.Role != model.RoleGroup {
		dst.Role = src.Role
	}
	for d, t := range src.Traits {
		if dst.Traits == nil {
			dst.Traits = map[model.Dimension]model.Text{}
		}
		cur := dst.Traits[d]
		cur[l] = t[l]
		dst.Traits[d] = cur
	}
	dl, sl := countLeaves(dst), countLeaves(src)
	if dl != sl {
		c.add(srcFile, src.Loc[l].Line, fmt.Sprintf("duties are matched by their order; make both lists the same length (%s:%d)", dstFile, dst.Loc[1-l].Line),
			"%q has %d duties here but %d in %s", titleOf(src, l), sl, dl, dstFile)
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
	for i, ch := range src.Children {
		k := twinOf(i, ch.ID)
		if k < 0 || dst.Children[k].Kind != ch.Kind {
			if !ch.Kind.IsLeaf() {
				c.add(srcFile, ch.Loc[l].Line, fmt.Sprintf("add a heading ending in {#%s} to %s, or check the id's spelling", ch.ID, dstFile), "section %q (id %s) is missing from %s", ch.Title[l], ch.ID, dstFile)
			}
			continue
		}
		matched[k] = true
		mergeLang(dst.Children[k], ch, l, dstFile, srcFile, c)
	}
	for i, ch := range dst.Children {
		if !matched[i] && !ch.Kind.IsLeaf() {
			ol := 1 - l
			c.add(dstFile, ch.Loc[ol].Line, fmt.Sprintf("add a heading ending in {#%s} to %s, or check the id's spelling", ch.ID, srcFile), "section %q (id %s) is missing from %s", ch.Title[ol], ch.ID, srcFile)
		}
	}
}

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

// overlay applies a later layer's document on top of an earlier one:
// texts and traits it gives replace the old ones, sections with the same id
// merge, new sections are added, and a section that lists duties replaces
// the old section's duties.
func overlay(dst, src *model.Node) {
	for l := range model.NumLangs {
		if src.Title.Has(l) {
			dst.Title[l] = src.Title[l]
			dst.Loc[l] = src.Loc[l]
		}
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
	if src.Order != 0 {
		dst.Order = src.Order
	}
	if src.Role != model.RoleGroup {
		dst.Role = src.Role
	}
	dst.Layer = src.Layer
	if countLeaves(src) > 0 {
		dst.Children = slices.DeleteFunc(dst.Children, func(n *model.Node) bool { return n.Kind.IsLeaf() })
	}
	for _, ch := range src.Children {
		if i := slices.IndexFunc(dst.Children, func(n *model.Node) bool { return n.ID == ch.ID && !n.Kind.IsLeaf() }); i >= 0 && !ch.Kind.IsLeaf() {
			overlay(dst.Children[i], ch)
			continue
		}
		dst.Children = append(dst.Children, ch)
	}
}
