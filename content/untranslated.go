package content

import (
	"fmt"
	"strings"

	"github.com/dutymap/dutymap/model"
)

// noteUntranslated notes, in an organisation written in two languages,
// the duties and points whose text in one language is left in the other
// (model.Text.InOtherLanguage): Chinese pasted into the English file, or
// an English duty the Chinese file copied and never translated. The
// content loads as written (a note, not a problem), and `dutymap check`
// reports the same duties as lang-parity; tags are the language folders'
// tags ("de" when the English slot holds German).
func (ld *loader) noteUntranslated(org *model.Org, tags [model.NumLangs]string) {
	if !org.HasLang(model.En) || !org.HasLang(model.Zh) {
		return
	}
	for _, n := range org.Nodes() {
		if !n.Kind.IsLeaf() {
			continue
		}
		for _, l := range model.Langs {
			if !n.Title.Has(l.Other()) || !n.Title.InOtherLanguage(l) {
				continue
			}
			msg, fix := untranslatedNote(n, l, tags)
			ld.c.note(n.Loc[l].File, n.Loc[l].Line, fix, "%s", msg)
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
	there := n.Loc[o].File
	if n.Loc[o].Line > 0 {
		there += fmt.Sprintf(":%d", n.Loc[o].Line)
	}
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
