package synth

import (
	"math/rand/v2"
	"strconv"

	"github.com/dutymap/dutymap/model"
)

// WithHandOffs returns an organisation of the given number of departments,
// about dutiesEach duties each, and relations between them as a company's
// content has them: each department hands work to the next one, and every
// third pair also hands something back (a loop, as marketing and sales
// do). Each relation has one to nine points. The same arguments give the
// same organisation.
func WithHandOffs(departments, dutiesEach int, seed uint64) *model.Org {
	g := &gen{r: rand.New(rand.NewPCG(seed, seed^0x51ed2705cbd3a2c1))}
	docs := make([]*model.Node, 0, departments*2)
	for i := range departments {
		docs = append(docs, g.department(i, max(dutiesEach, 1)))
	}
	depts := docs[:departments:departments]
	order := 10
	relation := func(from, to *model.Node) {
		r := &model.Node{
			ID: "handoff-" + strconv.Itoa(order/10), Kind: model.KindRelation, Details: &model.Details{From: from.ID, To: to.ID, Order: order}, Title: model.Text{
				"What the " + from.Title[model.En] + " gives the " + to.Title[model.En],
				from.Title[model.Zh] + "向" + to.Title[model.Zh] + "提供什么",
			},
		}
		order += 10
		sec := section("items", model.RoleGroup, pair{"Handed over", "交付内容"})
		for k := range 1 + g.r.IntN(9) {
			o := g.pick(objects)
			sec.Children = append(sec.Children, &model.Node{ID: strconv.Itoa(k + 1), Kind: model.KindPoint,
				Title: model.Text{"The " + o.en + ".", o.zh + "。"}})
		}
		r.Children = []*model.Node{sec}
		docs = append(docs, r)
	}
	for i := 0; i+1 < len(depts); i++ {
		relation(depts[i], depts[i+1])
		if i%3 == 0 {
			relation(depts[i+1], depts[i])
		}
	}
	return model.NewOrg(docs, nil)
}
