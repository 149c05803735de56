package ownership

import (
	"fmt"

	"github.com/dutymap/dutymap/model"
)

// langParity reports, in an organisation written in two languages, the
// documents written in one of them only (one finding for the document
// rather than one per duty) and the duties and points of the others that
// have text in one language only (as a content layer written in one
// language leaves them when it replaces a section's duties).
func (r *run) langParity() {
	if !r.org.HasLang(model.En) || !r.org.HasLang(model.Zh) {
		return
	}
	for _, doc := range r.org.Documents() {
		if l, ok := missing(doc); ok {
			k := doc.Duties
			r.add(LangParity, doc, model.Loc{}, fmt.Sprintf("write a file in %s/ with  id: %s  and the same sections, translating its %d %s", r.org.Tag(l), doc.ID, k, plural(doc, k)),
				"%s is written in %s only: its %d %s have no %s text", r.name(doc), r.org.Tag(l.Other()), k, plural(doc, k), r.org.Tag(l))
			continue
		}
		doc.Walk(func(n *model.Node) bool {
			if l, ok := missing(n); ok && n.Kind.IsLeaf() {
				r.add(LangParity, n, model.Loc{}, fmt.Sprintf("translate it into %s, in its place in the list", fileOf(doc, l)),
					"%s %s has no %s text", n.Kind, r.name(n), r.org.Tag(l))
			}
			return true
		})
	}
}

// missing returns the language n has no title in, if any.
func missing(n *model.Node) (model.Lang, bool) {
	for _, l := range model.Langs {
		if !n.Title.Has(l) {
			return l, true
		}
	}
	return 0, false
}

// fileOf names the document's file in l.
func fileOf(doc *model.Node, l model.Lang) string {
	if f := doc.Loc[l].File; f != "" {
		return f
	}
	return "the " + l.Code() + " file of " + doc.ID
}

func plural(doc *model.Node, k int) string {
	one, many := "duty", "duties"
	if doc.Kind != model.KindDepartment {
		one, many = "point", "points"
	}
	if k == 1 {
		return one
	}
	return many
}
