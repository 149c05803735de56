package search

import (
	"strings"

	"github.com/dutymap/dutymap/model"
	"github.com/dutymap/dutymap/model/analysis"
)

// A question asking for a department ("which department does market
// research?", 哪个部门负责市场调研, "which team runs the show floor?") is
// answered with departments: each counts the matching duties of its
// positions with its own, so that a department whose market research
// supervisor holds ten of them does not read as the weakest owner beside
// its own supervisor. Its positions follow the departments, as the
// evidence of who inside it does the work.

// deptNouns are the unit nouns (analysis.IsUnitNoun) that name a
// department or a part of one, not a position or a person: "which team"
// asks for a department, "which role" for a position.
var deptNouns = []string{"department", "dept", "division", "unit", "team", "group", "section", "office", "function",
	"branch", "branches", "部门", "部", "处", "科", "室", "科室", "组", "小组", "班组", "团队", "队", "单位", "机构", "分部", "职能部门"}

// deptNoun reports whether a folded unit noun after a word asking which
// names a department ("team", "departments", 部门).
func deptNoun(folded string) bool {
	for _, n := range deptNouns {
		if folded == n || analysis.Singular(folded) == n {
			return true
		}
	}
	return false
}

// asksDeptWord reports whether a folded word is a question word that asks
// for a department by itself (哪个部门, which the segmenter may keep whole).
func asksDeptWord(folded string) bool {
	return strings.HasSuffix(folded, "部门") && analysis.AsksWho(folded)
}

// byDepartment regroups owners, best first, for a question asking for a
// department: one owner per department, in the order of its best owner,
// counting the duties and mentions of all its owners (its own and its
// positions', Owner.Parts), then the positions in their order, but for
// one that is all its department holds; at most limit (all when
// limit <= 0). A department is proved by its best owner
// with a matching duty of its own, or by its best owner when none has one.
func byDepartment(owners []Owner, limit int) []Owner {
	at := map[*model.Node]int{}
	var out []Owner
	for _, o := range owners {
		i, ok := at[o.Department]
		if !ok {
			i = len(out)
			at[o.Department] = i
			out = append(out, Owner{Department: o.Department, Score: o.Score})
		}
		d := &out[i]
		d.Duties += o.Duties
		d.Mentions += o.Mentions
		d.Named = d.Named || o.Named && o.Position == nil // the department itself, not a position in it
		d.Parts = append(d.Parts, o)
	}
	for i := range out {
		d := &out[i]
		proof := d.Parts[0]
		for _, p := range d.Parts {
			if p.Duties > 0 {
				proof = p
				break
			}
		}
		d.Proof, d.BySummary, d.Responsible, d.Accountable = proof.Proof, proof.BySummary, proof.Responsible, proof.Accountable
		if len(d.Parts) == 1 && d.Parts[0].Position == nil {
			d.Parts = nil // the department alone: nothing to say of its positions
		}
	}
	// A position that is all its department holds is said in the
	// department's row ("1 duty, the recruiter's"): no row of its own.
	for _, o := range owners {
		if o.Position != nil && len(out[at[o.Department]].Parts) > 1 {
			out = append(out, o)
		}
	}
	if limit > 0 && len(out) > limit {
		out = out[:limit]
	}
	return out
}

// Share is the position of a department owner (Owner.Parts) holding the
// most of its matching duties, and how many, when a position holds any;
// nil and 0 otherwise.
func (o Owner) Share() (*model.Node, int) {
	var pos *model.Node
	n := 0
	for _, p := range o.Parts {
		if p.Position != nil && p.Duties > n {
			pos, n = p.Position, p.Duties
		}
	}
	return pos, n
}
