package compare

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/dutymap/dutymap/model"
)

// RefError says why a reference named no single department. Candidates are
// the departments that fit equally well, or every department when none did.
type RefError struct {
	Ref        string
	Candidates []*model.Node
	Ambiguous  bool
}

func (e *RefError) Error() string {
	var b strings.Builder
	if e.Ambiguous {
		fmt.Fprintf(&b, "%q could mean %d departments:\n", e.Ref, len(e.Candidates))
	} else {
		fmt.Fprintf(&b, "no department matches %q; the departments are:\n", e.Ref)
	}
	width := 0
	for _, d := range e.Candidates {
		width = max(width, len(d.ID))
	}
	for _, d := range e.Candidates {
		fmt.Fprintf(&b, "  %-*s  %s\n", width, d.ID, names(d))
	}
	if len(e.Candidates) > 0 {
		fmt.Fprintf(&b, "Choose one by its id (for example %q), or give more of its name.", e.Candidates[0].ID)
	} else {
		b.WriteString("The content has no departments.")
	}
	return b.String()
}

// names joins a department's names in every language: "Marketing
// department / 市场部".
func names(d *model.Node) string {
	var out []string
	for _, t := range d.Title {
		if t != "" && !slices.Contains(out, t) {
			out = append(out, t)
		}
	}
	return strings.Join(out, " / ")
}

// Match tiers, best first. Resolve takes the best tier any department
// reaches; a tie within it is ambiguous.
const (
	tierExact  = iota // id, name or alias, ignoring case
	tierPrefix        // the start of an id, name or alias
	tierWord          // the start of a later word, or (2+ runes) anywhere inside
	tierAbbrev        // letters in order from the first: "mkt" in "marketing"
	tierNone
)

// Resolve finds the department ref names: its id, its name or an alias in
// any language, or failing that the start of one, a word of one, or an
// abbreviation ("mkt", "fin", "市场"). It returns a *RefError listing the
// candidates when ref fits several departments equally or none.
func Resolve(org *model.Org, ref string) (*model.Node, error) {
	q := norm(ref)
	if d := org.Department(strings.TrimSpace(ref)); d != nil {
		return d, nil
	}
	best := tierNone
	var found []*model.Node
	for _, d := range org.Departments {
		t := tierOf(q, d)
		switch {
		case t < best:
			best, found = t, []*model.Node{d}
		case t == best && t != tierNone:
			found = append(found, d)
		}
	}
	switch {
	case q != "" && len(found) == 1:
		return found[0], nil
	case q != "" && len(found) > 1:
		return nil, &RefError{Ref: ref, Candidates: found, Ambiguous: true}
	}
	return nil, &RefError{Ref: ref, Candidates: org.Departments}
}

// tierOf is the best tier at which q matches any of d's names.
func tierOf(q string, d *model.Node) int {
	best := tierNone
	for _, name := range keys(d) {
		best = min(best, matchTier(q, norm(name)))
	}
	return best
}

// keys are every string a department answers to.
func keys(d *model.Node) []string {
	out := []string{d.ID}
	for l := range model.NumLangs {
		if d.Title[l] != "" {
			out = append(out, d.Title[l])
		}
		out = append(out, d.Aliases[l]...)
	}
	return out
}

func matchTier(q, name string) int {
	switch {
	case q == "" || name == "":
		return tierNone
	case q == name:
		return tierExact
	case strings.HasPrefix(name, q):
		return tierPrefix
	case strings.Contains(" "+name, " "+q),
		utf8.RuneCountInString(q) >= 2 && strings.Contains(name, q):
		return tierWord
	case isAbbrev(q, name):
		return tierAbbrev
	}
	return tierNone
}

// isAbbrev reports whether q's runes occur in name in order, starting with
// name's first rune, so "mkt" abbreviates "marketing" but not "party-mass
// work department".
func isAbbrev(q, name string) bool {
	qr, nr := []rune(q), []rune(name)
	if len(qr) < 2 || qr[0] != nr[0] {
		return false
	}
	i := 0
	for _, r := range nr {
		if i < len(qr) && r == qr[i] {
			i++
		}
	}
	return i == len(qr)
}

// norm lower-cases and treats "-", "_" and runs of spaces as one space, so
// "general-office", "General office" and "general  office" are alike.
func norm(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	s = strings.NewReplacer("-", " ", "_", " ", "’", "'").Replace(s)
	return strings.Join(strings.Fields(s), " ")
}
