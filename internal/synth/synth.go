// Package synth generates large, realistic-looking organisations for
// benchmarks: departments with responsibilities, positions and units, and
// duties written in English and Chinese from word lists. The same size and
// seed always give the same organisation.
package synth

import (
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"

	"github.com/dutymap/dutymap/model"
)

// dutiesPerDept is the typical size of a generated department.
const dutiesPerDept = 500

// Generate returns an organisation with n duties.
func Generate(n int, seed uint64) *model.Org {
	return model.NewOrg(departments(n, seed), nil)
}

// departments builds the department trees, both languages filled in and
// ids given as the content loader would give them.
func departments(n int, seed uint64) []*model.Node {
	g := &gen{r: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))}
	count := max(1, (n+dutiesPerDept-1)/dutiesPerDept)
	docs := make([]*model.Node, count)
	for i := range docs {
		quota := n / count
		if i < n%count {
			quota++
		}
		docs[i] = g.department(i, quota)
	}
	return docs
}

type gen struct{ r *rand.Rand }

func (g *gen) department(i, quota int) *model.Node {
	fn := functions[i%len(functions)]
	rg := regions[i/len(functions)%len(regions)]
	suffix := ""
	if round := i / (len(functions) * len(regions)); round > 0 {
		suffix = " " + strconv.Itoa(round+1)
	}
	d := &model.Node{
		ID:    slug(rg.en + " " + fn.en + suffix),
		Kind:  model.KindDepartment,
		Title: model.Text{rg.en + " " + strings.ToLower(fn.en) + " department" + suffix, rg.zh + fn.zh + "部" + strings.TrimSpace(suffix)},
		Details: &model.Details{Summary: model.Text{
			"Runs " + strings.ToLower(fn.en) + " for the " + rg.en + " region.",
			"负责" + rg.zh + "地区的" + fn.zh + "工作。",
		}, Order: (i + 1) * 10},
	}
	d.Edit().Aliases[model.En] = []string{initials(d.Title[model.En])}

	resp := section("responsibilities", model.RoleGroup, pair{"Responsibilities", "职责"})
	g.duties(resp, max(1, quota/10))
	left := quota - len(resp.Children)
	pos := section("positions", model.RoleGroup, pair{"Positions", "岗位"})
	g.positions(pos, fn, left/2)
	left -= pos.Duties
	d.Children = []*model.Node{resp, pos}
	if left > 0 {
		us := section("units", model.RoleGroup, pair{"Units", "下属小组"})
		perUnit := max(1, left/len(units))
		for j, u := range units {
			if left == 0 {
				break
			}
			take := perUnit
			if j == len(units)-1 || take > left {
				take = left
			}
			un := section(slug(u.en), model.RoleUnit, u)
			g.positions(un, fn, take)
			left -= un.Duties
			us.Children = append(us.Children, un)
		}
		d.Children = append(d.Children, us)
	}
	return d
}

func section(id string, role model.Role, title pair) *model.Node {
	return &model.Node{ID: id, Kind: model.KindSection, Role: role, Title: model.Text{title.en, title.zh}}
}

// positions fills parent with positions holding k duties in all, 5 to 15
// each, with distinct ids.
func (g *gen) positions(parent *model.Node, fn pair, k int) {
	order := g.r.Perm(len(positions))
	for j := 0; k > 0; j++ {
		take := min(k, 5+g.r.IntN(11))
		if j >= len(order) { // every title used: lengthen the last position
			g.duties(parent.Children[len(parent.Children)-1], k)
			parent.Duties += k
			return
		}
		p := positions[order[j]]
		sec := section(slug(p.en), model.RolePosition, pair{fn.en + " " + strings.ToLower(p.en), fn.zh + p.zh})
		g.duties(sec, take)
		parent.Children = append(parent.Children, sec)
		parent.Duties += take
		k -= take
	}
}

// duties appends k duties to parent, numbered on from its last one.
func (g *gen) duties(parent *model.Node, k int) {
	for range k {
		n := len(parent.Children) + 1
		parent.Children = append(parent.Children, &model.Node{ID: strconv.Itoa(n), Kind: model.KindDuty, Title: g.sentence()})
	}
}

// sentence writes one duty. Most join two clauses, as real duties often do,
// which keeps nearly every sentence unique; the rest are short and repeat
// now and then across departments, as real duties do too.
func (g *gen) sentence() model.Text {
	v, o, q := g.pick(verbs), g.pick(objects), g.pick(quals)
	en := v.en + " " + o.en
	if q.en != "" {
		en += " " + q.en
	}
	zh := q.zh + v.zh + o.zh
	switch k := g.r.IntN(10); {
	case k < 6:
		v2, o2 := g.pick(verbs), g.pick(objects)
		en += " and " + strings.ToLower(v2.en[:1]) + v2.en[1:] + " " + o2.en
		zh += "，并" + v2.zh + o2.zh
	case k == 6:
		t := g.pick(tails)
		en += " " + t.en
		zh += t.zh
	}
	return model.Text{en + ".", zh + "。"}
}

func (g *gen) pick(list []pair) pair { return list[g.r.IntN(len(list))] }

// slug makes an id: lower-case words joined by "-".
func slug(s string) string {
	return strings.Join(strings.Fields(strings.ToLower(strings.NewReplacer("-", " ", "&", " ").Replace(s))), "-")
}

func initials(s string) string {
	var b strings.Builder
	for _, w := range strings.Fields(s) {
		b.WriteString(strings.ToLower(w[:1]))
	}
	return b.String()
}

// Describe says what was generated, for benchmark reports.
func Describe(org *model.Org) string {
	var duties, sections int
	for _, n := range org.Nodes() {
		switch n.Kind {
		case model.KindDuty:
			duties++
		case model.KindSection:
			sections++
		}
	}
	return fmt.Sprintf("%d departments, %d sections, %d duties", len(org.Departments), sections, duties)
}
