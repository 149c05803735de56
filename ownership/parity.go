package ownership

import (
	"fmt"
	"strings"

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
			r.add(LangParity, doc, model.Loc{}, fmt.Sprintf(r.t().parityDocFix, r.twinFile(doc, l), doc.ID, k, r.plural(doc, k)),
				r.t().parityDocMsg, r.name(doc), r.org.Tag(l.Other()), k, r.plural(doc, k), r.org.Tag(l))
			continue
		}
		doc.Walk(func(n *model.Node) bool {
			if l, ok := missing(n); ok && n.Kind.IsLeaf() {
				r.add(LangParity, n, model.Loc{}, fmt.Sprintf(r.t().parityLeafFix, r.org.Tag(l), r.twinFile(n, l), doc.ID),
					r.t().parityLeafMsg, r.t().kinds[n.Kind], r.name(n), r.org.Tag(l))
			}
			return true
		})
		leaves, whole := model.UntranslatedLeaves(doc)
		for _, l := range model.Langs {
			r.untranslated(doc, l, leaves[l], whole[l])
		}
	}
}

// untranslated reports leaves, the duties and points of doc whose text in
// l is left in the other language (model.Text.InOtherLanguage: the test a
// comparison's untranslated count and the loader's note use too), each at
// the line that holds it, naming the line of the other language's text;
// once when they are the whole file (model.UntranslatedLeaves).
func (r *run) untranslated(doc *model.Node, l model.Lang, leaves []*model.Node, whole bool) {
	o := l.Other()
	if whole {
		first, last := leaves[0], leaves[len(leaves)-1]
		r.add(LangParity, first, first.Loc[l], fmt.Sprintf(r.t().parityWholeFix, r.org.Tag(l), last.Loc[l].Line),
			r.t().parityWholeMsg, len(leaves), r.plural(doc, len(leaves)), r.org.Tag(o), first.Loc[o].File)
		return
	}
	for _, n := range leaves {
		there := n.Loc[o].String()
		fix := fmt.Sprintf(r.t().parityOtherFix, r.org.Tag(l))
		text := r.quote(n.Title[l])
		if n.Title[l] == n.Title[o] {
			r.add(LangParity, n, n.Loc[l], fix, r.t().paritySameMsg, r.t().kinds[n.Kind], text, there)
			continue
		}
		r.add(LangParity, n, n.Loc[l], fix, r.t().parityOtherMsg, r.t().kinds[n.Kind], text, r.org.Tag(o), r.org.Tag(l), there, r.org.Tag(o))
	}
}

// twinFile is where the text of n in l belongs: beside the file that
// wrote n in the other language, in the same content layer, under l's
// language folder ("myorg/en/sales.md" gives "myorg/zh/sales.md").
func (r *run) twinFile(n *model.Node, l model.Lang) string {
	f := n.Loc[l.Other()].File
	from, to := r.org.Tag(l.Other()), r.org.Tag(l)
	if rest, ok := strings.CutPrefix(f, from+"/"); ok {
		return to + "/" + rest
	}
	if i := strings.LastIndex(f, "/"+from+"/"); i >= 0 {
		return f[:i+1] + to + f[i+1+len(from):]
	}
	return "a file in " + to + "/"
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

func (r *run) plural(doc *model.Node, k int) string {
	words := r.t().duties
	if doc.Kind != model.KindDepartment {
		words = r.t().points
	}
	if k == 1 {
		return words[0]
	}
	return words[1]
}
