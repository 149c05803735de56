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

func (e *RefError) Error() string { return e.In(model.En) }

// The words of a RefError, per language.
var (
	refAmbiguous = [model.NumLangs]string{"%s could mean %d departments:\n", "%s 可能指 %d 个部门：\n"}
	refNamesNot  = [model.NumLangs]string{"%s names %s, not a department; the departments are:\n", "%s 指的是%s，不是部门；各部门是：\n"}
	refNoMatch   = [model.NumLangs]string{"no department matches %s; the departments are:\n", "没有部门与 %s 匹配；各部门是：\n"}
	refChoose    = [model.NumLangs]string{"Choose one by its id (for example %q), or give more of its name.", "请用 id 选择其中一个（如 %q），或写出更多的名称。"}
	refNone      = [model.NumLangs]string{"The content has no departments.", "内容中没有部门。"}
	refThe       = [model.NumLangs]string{"the %s “%s”", "%s“%s”"}
	refIn        = [model.NumLangs]string{" in %s (%s)", "（属于%s，%s）"}
)

// In is the message in lang: the command's own words in the language the
// user reads, the names as the content writes them.
func (e *RefError) In(lang model.Lang) string {
	var b strings.Builder
	if e.Ambiguous {
		fmt.Fprintf(&b, refAmbiguous[lang], termsafe.QuoteArg(e.Ref), len(e.Candidates))
	} else if e.Names != nil {
		fmt.Fprintf(&b, refNamesNot[lang], termsafe.QuoteArg(e.Ref), whatItIs(e.Names, lang))
	} else {
		fmt.Fprintf(&b, refNoMatch[lang], termsafe.QuoteArg(e.Ref))
	}
	width := 0
	for _, d := range e.Candidates {
		width = max(width, len(d.ID))
	}
	for _, d := range e.Candidates {
		fmt.Fprintf(&b, "  %-*s  %s\n", width, d.ID, names(d))
	}
	if len(e.Candidates) > 0 {
		fmt.Fprintf(&b, refChoose[lang], e.Candidates[0].ID)
	} else {
		b.WriteString(refNone[lang])
	}
	return b.String()
}

// whatItIs says what kind of node n is, its name and where it stands:
// "the topic “How marketing and sales differ”", "the position
// “Marketing manager” in Marketing department (marketing)". Names are
// plain text, in lang when the node has it.
func whatItIs(n *model.Node, lang model.Lang) string {
	name := func(n *model.Node) string {
		for _, l := range []model.Lang{lang, model.En, model.Zh} {
			if t := n.Title.In(l); t != "" {
				return termsafe.Plain(t)
			}
		}
		return ""
	}
	kind := [model.NumLangs]string{n.Kind.String(), kindZh(n.Kind)}
	switch {
	case n.Kind == model.KindSection && n.Role == model.RolePosition:
		kind = [model.NumLangs]string{"position", "岗位"}
	case n.Kind == model.KindSection && n.Role == model.RoleUnit:
		kind = [model.NumLangs]string{"unit", "单位"}
	}
	out := fmt.Sprintf(refThe[lang], kind[lang], name(n))
	if d := n.Root(); d != n {
		out += fmt.Sprintf(refIn[lang], name(d), d.ID)
	}
	return out
}

// kindZh is the Chinese of k.String().
func kindZh(k model.Kind) string {
	return [...]string{"部门", "章节", "职责", "专题", "关系", "要点"}[k]
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
