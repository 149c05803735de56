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
			if n.Links == nil {
				return true
			}
			for k := range model.NumLinks {
				for i, ref := range n.Links.Refs[k] {
					r.checkLink(rel, n, k, i, ref, n.Links.Nodes[k][i])
				}
			}
			return true
		})
	}
}

// checkLink checks one reference of a hand-off line.
func (r *run) checkLink(rel, n *model.Node, k model.Link, i int, ref string, target *model.Node) {
	at := n.Links.At[k]
	from, to := r.org.Department(rel.From), r.org.Department(rel.To)
	end := from // the department this link's nodes belong to
	what := "the duty or unit that hands the item over"
	if k == model.LinkTo {
		end, what = to, "the duty or unit that takes the item up"
	}
	if k == model.LinkReturns {
		what = "a hand-off of a relation from " + rel.To + " to " + rel.From
	}
	if target == nil {
		if named := n.Links.Named[k]; i < len(named) && named[i] > 1 {
			found, _ := r.org.Resolve(ref)
			ps := make([]string, len(found))
			for i, f := range found {
				ps[i] = f.Path
			}
			r.add(DanglingHandOff, n, at, "write the path of the one you mean: "+strings.Join(ps, " or "),
				"%s: %q names %d nodes", k, ref, len(found))
			return
		}
		r.add(DanglingHandOff, n, at, r.linkHint(ref, what, k, rel), "%s: %q names nothing", k, ref)
		return
	}
	switch k {
	case model.LinkFrom, model.LinkTo:
		if !model.IsUnit(target) && target.Kind != model.KindDuty {
			r.add(DanglingHandOff, n, at, fmt.Sprintf("name %s: a department, position or duty of %s", what, end.ID),
				"%s: %q is a %s: a hand-off's ends are units and duties", k, ref, target.Kind)
			return
		}
		if end != nil && target.Root() != end {
			r.add(DanglingHandOff, n, at, fmt.Sprintf("name %s in %s (%s: %s will do), or move the item to a relation of %s", what, end.ID, k, end.ID, target.Root().ID),
				"%s: %q is in %s, but this relation's items %s %s", k, ref, target.Root().Title.In(r.lang), map[model.Link]string{model.LinkFrom: "come from", model.LinkTo: "go to"}[k], end.Title.In(r.lang)).Related = []*model.Node{target}
		}
	case model.LinkReturns:
		back := target.Root()
		if back.Kind != model.KindRelation || (target != back && target.Kind != model.KindPoint) {
			r.add(DanglingHandOff, n, at, fmt.Sprintf("name %s, or delete the line", what),
				"%s: %q is a %s, not a hand-off", k, ref, target.Kind).Related = []*model.Node{target}
			return
		}
		if back.From != rel.To || back.To != rel.From {
			r.add(DanglingHandOff, n, at, fmt.Sprintf("name %s, or delete the line", what),
				"%s: %q goes from %s to %s, so it does not come back from %s to %s", k, ref, back.From, back.To, rel.To, rel.From).Related = []*model.Node{target}
		}
	}
}

// linkHint is the fix for a link that names nothing: the nodes under the
// longest part of its path that exists (sales/selling/9 suggests the
// duties of sales/selling), or where to look.
func (r *run) linkHint(ref, what string, k model.Link, rel *model.Node) string {
	var near []string
	parts := strings.Split(strings.Trim(ref, "/"), "/")
	for i := len(parts) - 1; i > 0 && len(near) == 0; i-- {
		if n := r.org.Node(strings.Join(parts[:i], "/")); n != nil {
			for _, c := range n.Children[:min(3, len(n.Children))] {
				near = append(near, c.Path)
			}
		}
	}
	if len(near) > 0 {
		return fmt.Sprintf("write the path of %s: did you mean %s? Or delete the line", what, strings.Join(near, " or "))
	}
	look := rel.From
	if k != model.LinkFrom {
		look = rel.To
	}
	return fmt.Sprintf("write the path of %s (dutymap show %s lists them), or delete the line", what, look)
}
