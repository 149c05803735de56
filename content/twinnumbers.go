package content

import (
	"slices"
	"strings"

	"github.com/dutymap/dutymap/model"
)

// noteTwinNumbers notes, in an organisation written in two languages, a
// duty or point whose two texts both hold numbers, but not the same ones
// ("Submit form 12 by the 5th" beside "每月20日前完成盘点"). Twins are
// matched by their order, so a duty added to one language's list alone,
// its twin appended elsewhere, pairs every duty after it with another's
// translation without a word from validate (tryout25 T16); numbers are the
// one thing a translation keeps that can be compared without translating.
// A number written in one text only (20th century, 世纪末) says nothing.
func (ld *loader) noteTwinNumbers(org *model.Org) {
	if !org.HasLang(model.En) || !org.HasLang(model.Zh) {
		return
	}
	for _, n := range org.Nodes() {
		if !n.Kind.IsLeaf() {
			continue
		}
		en, zh := n.Title[model.En], n.Title[model.Zh]
		if en == "" || zh == "" || en == zh || !hasDigit(en) || !hasDigit(zh) {
			continue
		}
		a, b := numbersIn(en), numbersIn(zh)
		if slices.Equal(a, b) {
			continue
		}
		ld.c.note(n.Loc[model.Zh].File, n.Loc[model.Zh].Line,
			"twins are matched by their order: if a duty was added in one language only, add its twin at the same place in the other list; otherwise make the numbers agree",
			"%s %q says %s, but its twin at %s, %q, says %s", n.Kind, zh, strings.Join(b, ", "), n.Loc[model.En], en, strings.Join(a, ", "))
	}
}

// hasDigit reports whether s holds an ASCII or full-width digit.
func hasDigit(s string) bool {
	return strings.ContainsFunc(s, func(r rune) bool { return r >= '0' && r <= '9' || r >= '０' && r <= '９' })
}

// numbersIn returns the numbers written in s with digits, sorted, each
// once: full-width digits read as ASCII ones, a thousands separator left
// out (1,000 is 1000), a decimal point kept.
func numbersIn(s string) []string {
	var out []string
	var cur strings.Builder
	end := func() {
		if cur.Len() > 0 {
			num := cur.String()
			if !slices.Contains(out, num) {
				out = append(out, num)
			}
			cur.Reset()
		}
	}
	for i, r := range s {
		switch {
		case r >= '0' && r <= '9':
			cur.WriteRune(r)
		case r >= '０' && r <= '９':
			cur.WriteRune('0' + (r - '０'))
		case r == '.' && cur.Len() > 0 && digitsAt(s, i+1, 1):
			cur.WriteRune(r) // 3.5
		case r == ',' && cur.Len() > 0 && digitsAt(s, i+1, 3) && !digitsAt(s, i+4, 1):
			// 1,000: a comma before three digits groups them.
		default:
			end()
		}
	}
	end()
	slices.Sort(out)
	return out
}

// digitsAt reports whether s holds k ASCII digits from byte i.
func digitsAt(s string, i, k int) bool {
	if i+k > len(s) {
		return false
	}
	for _, c := range []byte(s[i : i+k]) {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}
