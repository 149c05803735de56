package content

import (
	"fmt"
	"strings"

	"github.com/dutymap/dutymap/model"
)

// noteUntranslated notes, in an organisation written in two languages,
// the duties and points whose text in one language is left in the other
// (model.Text.InOtherLanguage): Chinese pasted into the English file, or
// an English duty the Chinese file copied and never translated; once for
// a file none of whose duties is translated yet (model.UntranslatedLeaves). The
// content loads as written (a note, not a problem), and `dutymap check`
// reports the same duties as lang-parity; tags are the language folders'
// tags ("de" when the English slot holds German).
func (ld *loader) noteUntranslated(org *model.Org, tags [model.NumLangs]string) {
	if !org.HasLang(model.En) || !org.HasLang(model.Zh) {
		return
	}
	for _, doc := range org.Documents() {
		untranslated, wholeDoc := model.UntranslatedLeaves(doc)
		for _, l := range model.Langs {
			leaves, whole := untranslated[l], wholeDoc[l]
			if whole {
				first, last, o := leaves[0], leaves[len(leaves)-1], l.Other()
				kinds := first.Kind.String() + "s"
				if first.Kind == model.KindDuty {
					kinds = "duties"
				}
				ld.c.note(first.Loc[l].File, first.Loc[l].Line, fmt.Sprintf("write them in %s, from here down to %s:%d", langName(l, tags), last.Loc[l].File, last.Loc[l].Line),
					"none of the %d %s of %q is translated: each is in %s, as at %s:%d",
					len(leaves), kinds, doc.ID, langName(o, tags), first.Loc[o].File, first.Loc[o].Line)
				continue
			}
			for _, n := range leaves {
				msg, fix := untranslatedNote(n, l, tags)
				ld.c.note(n.Loc[l].File, n.Loc[l].Line, fix, "%s", msg)
			}
		}
	}
}

// untranslatedNote is what is wrong with leaf n, whose text in l is left
// in the other language (model.Text.InOtherLanguage), and the fix, in
// English: the loader's note and `dutymap check`'s lang-parity finding
// say the same. It names where the other language's text is written:
//
//	duty "Review pull requests." is not translated (same as en/engineering.md:13)
//	  write it in Chinese here
func untranslatedNote(n *model.Node, l model.Lang, tags [model.NumLangs]string) (msg, fix string) {
	o := l.Other()
	there := n.Loc[o].String()
	text := n.Title[l]
	if n.Title[o] == text {
		msg = fmt.Sprintf("%s %q is not translated (same as %s)", n.Kind, text, there)
	} else {
		msg = fmt.Sprintf("%s %q is in %s, not %s (%s has its %s text)", n.Kind, text, langName(o, tags), langName(l, tags), there, langName(o, tags))
	}
	return msg, fmt.Sprintf("write it in %s here", langName(l, tags))
}

// langName is the name of the language of l's folders for messages:
// "Chinese", "English", or else the folders' tag ("de").
func langName(l model.Lang, tags [model.NumLangs]string) string {
	t := tags[l]
	switch {
	case l == model.Zh:
		return "Chinese"
	case t == "" || t == "en" || strings.HasPrefix(t, "en-"):
		return "English"
	}
	return "the language of " + t + "/"
}
