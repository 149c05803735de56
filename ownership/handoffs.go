package ownership

import (
	"fmt"
	"strings"

	"github.com/dutymap/dutymap/model"
)

// danglingHandOffs reports the From, To and Returns lines of hand-offs
// that name nothing, name several nodes, or name a node at the wrong end:
// a From outside the relation's from department, a To outside its to
// department, a Returns that is not a hand-off coming back the other way.
func (r *run) danglingHandOffs() {
	for _, rel := range r.org.Relations {
		rel.Walk(func(n *model.Node) bool {
			if n.Links() == nil {
				return true
			}
			for k := range model.NumLinks {
				for i, ref := range n.Links().Refs[k] {
					r.checkLink(rel, n, k, i, ref, n.Links().Nodes[k][i])
				}
			}
			return true
		})
	}
}

// checkLink checks one reference of a hand-off line.
func (r *run) checkLink(rel, n *model.Node, k model.Link, i int, ref string, target *model.Node) {
	at, other := r.line(n, n.Links().At[k], n.Links().Twin[k])
	key := r.linkKey(n, k, at)
	add := func(fix, format string, args ...any) *Finding {
		return r.add(DanglingHandOff, n, at, r.alsoThere(fix, other), format, args...)
	}
	from, to := r.org.Department(rel.From()), r.org.Department(rel.To())
	end := from // the department this link's nodes belong to
	t := r.t()
	what := t.whatFrom
	if k == model.LinkTo {
		end, what = to, t.whatTo
	}
	if k == model.LinkReturns {
		what = fmt.Sprintf(t.whatReturns, rel.To(), rel.From())
	}
	if target == nil {
		if named := n.Links().Named[k]; i < len(named) && named[i] > 1 {
			found, _ := r.org.Resolve(ref)
			ps := make([]string, len(found))
			for i, f := range found {
				ps[i] = f.Path
			}
			add(fmt.Sprintf(t.linkSeveralFix, strings.Join(ps, t.or)), t.linkSeveralMsg, key, ref, len(found))
			return
		}
		add(r.linkHint(ref, what, k, rel), t.linkNothingMsg, key, ref)
		return
	}
	switch k {
	case model.LinkFrom, model.LinkTo:
		if !model.IsUnit(target) && target.Kind != model.KindDuty {
			add(fmt.Sprintf(t.linkEndFix, what, end.ID), t.linkEndMsg, key, ref, t.kinds[target.Kind])
			return
		}
		if end != nil && target.Root() != end {
			way := map[model.Link]string{model.LinkFrom: t.comeFrom, model.LinkTo: t.goTo}[k]
			add(fmt.Sprintf(t.wrongEndFix, what, end.ID, key, end.ID, target.Root().ID),
				t.wrongEndMsg, key, ref, target.Root().Title.In(r.lang), way, end.Title.In(r.lang)).Related = []*model.Node{target}
		}
	case model.LinkReturns:
		back := target.Root()
		if back.Kind != model.KindRelation || (target != back && target.Kind != model.KindPoint) {
			add(fmt.Sprintf(t.returnsFix, what), t.returnsNotMsg, key, ref, t.kinds[target.Kind]).Related = []*model.Node{target}
			return
		}
		if back.From() != rel.To() || back.To() != rel.From() {
			add(fmt.Sprintf(t.returnsFix, what), t.returnsWayMsg, key, ref, back.From(), back.To(), rel.To(), rel.From()).Related = []*model.Node{target}
		}
	}
}

// linkKey is the key of n's link line k written at at, as that line
// writes it: "From: ", "提供方：" (tryout26 U9: a Chinese file's 提供方：
// line was named From:).
func (r *run) linkKey(n *model.Node, k model.Link, at model.Loc) string {
	return k.Key(n.Links().KeyLang(k, at != n.Links().At[k]))
}

// linkHint is the fix for a link that names nothing: nodes close to it,
// under the longest start of its path that names a node (sales/selling/9
// suggests the duties of sales/selling; 研发中心/开发 the position 开发组 of
// 研发中心, its start read as Resolve reads names), or where to look. A
// Returns line of a relation with no relation coming back can only be
// deleted (tryout28 P6).
func (r *run) linkHint(ref, what string, k model.Link, rel *model.Node) string {
	if k == model.LinkReturns {
		var back []string
		for _, o := range r.org.Relations {
			if o.From() == rel.To() && o.To() == rel.From() {
				for _, p := range model.Leaves(o)[:min(3, len(model.Leaves(o)))] {
					back = append(back, p.Path)
				}
			}
		}
		if len(back) == 0 {
			return fmt.Sprintf(r.t().returnsNoneFix, rel.To(), rel.From())
		}
		return fmt.Sprintf(r.t().linkNearFix, what, strings.Join(back[:min(3, len(back))], r.t().or))
	}
	var near []string
	parts := strings.Split(strings.Trim(ref, "/"), "/")
	for i := len(parts) - 1; i > 0 && len(near) == 0; i-- {
		found, tier := r.org.Resolve(strings.Join(parts[:i], "/"))
		if len(found) != 1 || tier != model.TierExact {
			continue
		}
		kids := found[0].Children
		if close := model.Rank(parts[i], kids); len(close) > 0 {
			kids = close
		}
		for _, c := range kids[:min(3, len(kids))] {
			near = append(near, c.Path)
		}
	}
	if len(near) > 0 {
		return fmt.Sprintf(r.t().linkNearFix, what, strings.Join(near, r.t().or))
	}
	look := rel.From()
	if k != model.LinkFrom {
		look = rel.To()
	}
	// show lists the department's duties without their paths; search
	// prints them (tryout17 #6b).
	return fmt.Sprintf(r.t().linkLookFix, what, r.command("show "+look), r.command(`search "`+r.t().fewWords+`"`))
}
