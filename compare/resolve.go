package compare

import (
	"fmt"
	"slices"
	"strings"

	"github.com/dutymap/dutymap/internal/termsafe"
	"github.com/dutymap/dutymap/model"
)

// RefError says why a reference named no single department. Candidates are
// the departments that fit equally well, or every department when none did.
type RefError struct {
	Ref        string
	Candidates []*model.Node
	Ambiguous  bool
	// Names is the one node that is not a department Ref names exactly
	// (a topic, a position, a section or a duty), when no department
	// fits: the message says what it is and which department holds it.
	Names *model.Node
}

func (e *RefError) Error() string {
	var b strings.Builder
	if e.Ambiguous {
		fmt.Fprintf(&b, "%s could mean %d departments:\n", termsafe.QuoteArg(e.Ref), len(e.Candidates))
	} else if e.Names != nil {
		fmt.Fprintf(&b, "%s names %s, not a department; the departments are:\n", termsafe.QuoteArg(e.Ref), whatItIs(e.Names))
	} else {
		fmt.Fprintf(&b, "no department matches %s; the departments are:\n", termsafe.QuoteArg(e.Ref))
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

// whatItIs says what kind of node n is, its name and where it stands:
// "the topic “How marketing and sales differ”", "the position
// “Marketing manager” in Marketing department (marketing)". Names are
// plain text.
func whatItIs(n *model.Node) string {
	name := func(n *model.Node) string {
		if t := n.Title.In(model.En); t != "" {
			return termsafe.Plain(t)
		}
		return termsafe.Plain(n.Title.In(model.Zh))
	}
	kind := n.Kind.String()
	switch {
	case n.Kind == model.KindSection && n.Role == model.RolePosition:
		kind = "position"
	case n.Kind == model.KindSection && n.Role == model.RoleUnit:
		kind = "unit"
	}
	out := "the " + kind + " “" + name(n) + "”"
	if d := n.Root(); d != n {
		out += " in " + name(d) + " (" + d.ID + ")"
	}
	return out
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

// Resolve finds the department ref names: its id, its name or an alias in
// any language, or failing that the start of one, a word of one, or an
// abbreviation ("mkt", "fin", "市场"), or a few typing slips away ("slaes");
// see model.(*Org).ResolveDepartment. The tier says which: a caller tells
// the user how a reference that is not exact was read. It returns a
// *RefError listing the candidates when ref fits several departments
// equally or none.
func Resolve(org *model.Org, ref string) (*model.Node, model.Tier, error) {
	found, tier := org.ResolveDepartment(ref)
	switch len(found) {
	case 1:
		return found[0], tier, nil
	case 0:
		e := &RefError{Ref: ref, Candidates: org.Departments}
		e.Names = NamesOther(org, ref)
		return nil, tier, e
	}
	return nil, tier, &RefError{Ref: ref, Candidates: found, Ambiguous: true}
}

// NamesOther is the one node ref names exactly that is no department (a
// topic, a relation, a position, a section or a duty), or nil: what a
// reference that found no department to compare named instead.
func NamesOther(org *model.Org, ref string) *model.Node {
	found, tier := org.Resolve(ref)
	if len(found) != 1 || tier != model.TierExact || found[0].Kind == model.KindDepartment {
		return nil
	}
	return found[0]
}
