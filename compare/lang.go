package compare

import (
	"fmt"

	"github.com/dutymap/dutymap/model"
)

// What a comparison says about languages, in the reader's language l, the
// same in every output (Markdown, the explorer): a department not written
// in l is named under the title (LanguageNote), and a pair set side by
// side in another language than l (PairLang) shows its texts in that
// language (PairText) and says so (ComparedIn).

// LanguageNote is the sentence a comparison in l shows under its title
// when some duties of department d are not written in l (Untranslated),
// or "" when all are. name is d's name as the output writes it (escaped
// for Markdown, or plain). It walks d's duties: O(duties).
func LanguageNote(d *model.Node, name string, l model.Lang) string {
	missing, total := Untranslated(d, l)
	w := &labels[l]
	switch {
	case missing == 0:
		return ""
	case missing == total:
		return fmt.Sprintf(w.notIn, name, w.langs[l], w.langs[l.Other()])
	}
	return fmt.Sprintf(w.notAllIn, name, missing, total, w.langs[l], w.langs[l.Other()])
}

// ComparedIn is what follows a pair's tier and score when the pair is set
// side by side in another language than l (", compared in Chinese"), or
// "" when it is compared in l.
func ComparedIn(p model.Pair, l model.Lang) string {
	pl := PairLang(p, l)
	if pl == l {
		return ""
	}
	return fmt.Sprintf(labels[l].comparedIn, labels[l].langs[pl])
}

// PairText is duty n's sentence as a pair compared in pl shows it to a
// reader of l: its text in l and, when pl is another language and n is
// written in both, its text in pl in brackets, the words that were
// compared. A duty not written in l (missing, or left in the other
// language: model.Text.WrittenIn) shows its text in pl alone, not the
// same words twice. Plain text: Markdown escapes it whole.
func PairText(n *model.Node, l, pl model.Lang) string {
	if pl == l || !n.Title.Has(pl) {
		return n.Title.In(l)
	}
	if !n.Title.WrittenIn(l) {
		return n.Title[pl]
	}
	return n.Title[l] + fmt.Sprintf(labels[l].aside, n.Title[pl])
}
