package ownership

import (
	"fmt"

	"github.com/dutymap/dutymap/model"
)

// duties returns the leaves the RACI checks look at, in document order:
// every duty of a department, and the points of a topic's lists of shared
// work (see model.IsWork).
func (r *run) duties() []*model.Node {
	if r.work == nil {
		for _, doc := range r.org.Documents() {
			if doc.Kind == model.KindRelation {
				continue
			}
			doc.Walk(func(n *model.Node) bool {
				if model.IsWork(n) {
					r.work = append(r.work, n)
				}
				return true
			})
		}
	}
	return r.work
}

// multiAccountable reports duties with more than one accountable unit. A
// section's Accountable line is reported once, for all its duties.
func (r *run) multiAccountable() {
	seen := map[*model.Node]bool{}
	for _, n := range r.duties() {
		a := model.AssignmentOf(n)
		units := a.Units[model.Accountable]
		if len(units) < 2 {
			continue
		}
		if a.Implicit[model.Accountable] {
			r.add(MultiAccountable, n, r.loc(n), fmt.Sprintf(r.t().multiImplicitFix, units[0].Path, r.key(model.Accountable, n, r.loc(n))),
				r.t().multiImplicitMsg, r.name(n), len(units), r.names(units)).Related = units
			continue
		}
		line := a.From[model.Accountable]
		if seen[line] {
			continue
		}
		seen[line] = true
		at, other := r.line(line, line.RACI().At[model.Accountable], line.RACI().Twin[model.Accountable])
		kl := r.keyLang(model.Accountable, line, at) // the others named in the same language, as lines beside it
		fix := r.alsoThere(fmt.Sprintf(r.t().multiFix, units[0].Path, model.Accountable.Key(kl), model.Responsible.Key(kl), model.Consulted.Key(kl), keyed(model.Accountable.Key(kl), units[0].Path)), other)
		if line == n {
			r.add(MultiAccountable, n, at, fix, r.t().multiDutyMsg, r.name(n), len(units), r.names(units)).Related = units
			continue
		}
		k := 0
		for _, d := range model.Leaves(line) {
			if model.AssignmentOf(d).From[model.Accountable] == line {
				k++
			}
		}
		r.add(MultiAccountable, line, at, fix, r.t().multiSectionMsg,
			r.name(line), len(units), r.names(units), k).Related = units
	}
}

// noResponsible reports duties someone answers for but nobody does: only a
// topic's points can lack a Responsible unit, since a department's duty is
// done by its department unless a line names another.
func (r *run) noResponsible() {
	for _, n := range r.duties() {
		a := model.AssignmentOf(n)
		if len(a.Units[model.Responsible]) > 0 || len(a.Units[model.Accountable]) == 0 {
			continue
		}
		acc := a.Units[model.Accountable]
		r.add(NoResponsible, n, r.loc(n), fmt.Sprintf(r.t().noRespFix, acc[0].Path, r.key(model.Responsible, n, r.loc(n)), keyed(r.key(model.Responsible, n, r.loc(n)), acc[0].Path)),
			r.t().noRespMsg, r.name(n), r.names(acc), verb(len(acc), "answers", "answer")).Related = acc
	}
}

// verb agrees with a count: "answers" for one, "answer" for several.
func verb(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// noOwner reports the points of a topic's shared work that no unit is
// responsible or accountable for and no department the topic concerns
// lists as a duty of its own (the same or a near-same duty).
func (r *run) noOwner() {
	for _, n := range r.duties() {
		if n.Kind != model.KindPoint {
			continue
		}
		a := model.AssignmentOf(n)
		if len(a.Units[model.Responsible]) > 0 || len(a.Units[model.Accountable]) > 0 {
			continue
		}
		concerned := r.concerned(n.Root())
		if r.heldBy(n, concerned) {
			continue
		}
		suggest, among := "", ""
		if len(concerned) > 0 {
			suggest, among = concerned[0].ID, fmt.Sprintf(r.t().noOwnerAmong, ids(concerned))
		} else if len(r.org.Departments) > 0 {
			suggest = r.org.Departments[0].ID
		}
		msg := r.t().noOwnerMsg
		if len(concerned) > 0 {
			msg = r.t().noOwnerConcernMsg
		}
		at := r.loc(n)
		responsible := r.key(model.Responsible, n, at)
		r.add(NoOwner, n, at, fmt.Sprintf(r.t().noOwnerFix, suggest, among, responsible, r.key(model.Accountable, n, at), keyed(responsible, suggest)), msg, r.name(n))
	}
}

// concerned returns the departments a topic concerns.
func (r *run) concerned(topic *model.Node) []*model.Node {
	var out []*model.Node
	for _, id := range topic.Concerns() {
		if d := r.org.Department(id); d != nil {
			out = append(out, d)
		}
	}
	return out
}
