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

// Written says which languages an organisation is written in
// (model.Org.HasLang). It decides what a comparison says about languages
// as `dutymap check` (lang-parity) and `validate` (the untranslated note)
// decide it, so that the comparison never claims a text is shown in the
// other language where those are silent about it.
type Written [model.NumLangs]bool

// WrittenOf is the languages org is written in.
func WrittenOf(org *model.Org) (w Written) {
	for _, l := range model.Langs {
		w[l] = org.HasLang(l)
	}
	return w
}

func (w Written) bilingual() bool { return w[model.En] && w[model.Zh] }

// Untranslated counts the duties of department d, and those of them whose
// text in l falls back to the other language: missing in l, or, in an
// organisation written in both languages, left in the other language in
// l's file (model.Text.WrittenIn: what check's lang-parity reports). In
// an organisation written in one language, a text in its file is its
// text, whatever script it is in: check and validate say nothing of it.
func (w Written) Untranslated(d *model.Node, l model.Lang) (missing, total int) {
	for _, n := range model.Leaves(d) {
		total++
		if !n.Title.Has(l) || w.bilingual() && !n.Title.WrittenIn(l) {
			missing++
		}
	}
	return missing, total
}

// LanguageNote is the sentence a comparison in l shows under its title
// when some duties of department d fall back to the other language
// (Untranslated), or "" when none do, or when the organisation has no
// text in l at all (OrgNote says so once). name is d's name as the output
// writes it (escaped for Markdown, or plain). It walks d's duties:
// O(duties).
func (w Written) LanguageNote(d *model.Node, name string, l model.Lang) string {
	if !w[l] {
		return ""
	}
	missing, total := w.Untranslated(d, l)
	lw := &labels[l]
	switch {
	case missing == 0:
		return ""
	case missing == total:
		return fmt.Sprintf(lw.notIn, name, lw.langs[l], lw.langs[l.Other()])
	}
	return fmt.Sprintf(lw.notAllIn, name, missing, total, lw.langs[l], lw.langs[l.Other()])
}

// OrgNote is the sentence a comparison in l shows under its title when
// the organisation has no text in l (asked for with --lang): it is
// written in the other language only, which every text is shown in. ""
// otherwise.
func (w Written) OrgNote(l model.Lang) string {
	if w[l] || !w[l.Other()] {
		return ""
	}
	return fmt.Sprintf(labels[l].orgNotIn, labels[l].langs[l.Other()])
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

// LangsApart reports whether no duty of A can pair with one of B because
// they share no language: every duty of A is written in la alone and
// every duty of B in lb alone, la ≠ lb (model.Text.WrittenIn). The
// similarity index compares two duties only in a language both are
// written in, so the comparison's similar pairs are then none whatever
// the duties say.
func (r *Result) LangsApart() (la, lb model.Lang, apart bool) {
	la, oneA := onlyLang(r.A)
	lb, oneB := onlyLang(r.B)
	return la, lb, oneA && oneB && la != lb
}

// onlyLang is the one language every duty of d is written in, when there
// is exactly one.
func onlyLang(d *model.Node) (model.Lang, bool) {
	var in [model.NumLangs]bool
	for _, n := range model.Leaves(d) {
		for _, l := range model.Langs {
			if n.Title.WrittenIn(l) {
				in[l] = true
			}
		}
	}
	found, one := model.En, false
	for _, l := range model.Langs {
		if in[l] {
			if one {
				return found, false
			}
			found, one = l, true
		}
	}
	return found, one
}

// NoPairNote says, in l, why a comparison has no similar pairs when its
// departments share no language (LangsApart), or "" when they do.
func NoPairNote(r *Result, l model.Lang) string {
	la, lb, apart := r.LangsApart()
	if !apart {
		return ""
	}
	w := &labels[l]
	return fmt.Sprintf(w.noPair, r.A.Title.In(l), w.langs[la], r.B.Title.In(l), w.langs[lb])
}
