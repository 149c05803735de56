package search

import (
	"strings"
	"testing"

	"github.com/dutymap/dutymap/model"
)

// A compound the query writes (人事档案, personnel files) is not answered by
// a text holding its head only as another kind of it (客户档案, customer
// files), but by the one handling its modifier's domain (人事管理); its
// head asked alone (谁管档案) still finds the other kind whole.
func TestCompoundHeadInAnotherKindIsNoAnswer(t *testing.T) {
	service := sec("service", "Customer service specialist", "客服专员",
		duty("Set up customer files.", "建立客户档案。"),
		duty("Visit customers.", "拜访客户。"))
	service.Role = model.RolePosition
	synthetic := New(model.NewOrg([]*model.Node{
		doc(model.KindDepartment, "hr", "Human resources", "人力资源部", sec("d", "Duties", "职责",
			duty("Manage the company's personnel matters.", "负责公司的人事管理。"),
			duty("Organise staff training.", "组织员工培训。"))),
		doc(model.KindDepartment, "marketing", "Marketing", "市场部", sec("positions", "Positions", "岗位", service)),
		doc(model.KindDepartment, "sales", "Sales", "销售部", sec("d", "Duties", "职责",
			duty("Sell the products.", "销售产品。"))),
	}, nil))
	for _, c := range []struct {
		name string
		ix   *Index
	}{{"synthetic", synthetic}, {"built-in", builtin(t)}} {
		for _, q := range []string{"谁管人事档案", "谁负责人事档案", "人事档案归谁管", "人事档案"} {
			os := find(t, c.ix, q, model.Zh, 20).Owners(3)
			// A question puts the owners that answer it first; a plain
			// query ranks them by score, and says the same of each.
			question := strings.HasPrefix(q, "谁") || strings.HasSuffix(q, "谁管")
			if question && (len(os) == 0 || os[0].Department.ID != "hr") {
				t.Errorf("%s: %s: owners %s, want 人力资源部 first", c.name, q, ownerList(os, model.Zh))
			}
			for _, o := range os {
				switch {
				case o.Department.ID == "hr" && o.Duties == 0:
					t.Errorf("%s: %s: owners %s, want 人力资源部 answering by its 人事管理", c.name, q, ownerList(os, model.Zh))
				case o.Position != nil && o.Position.Title[model.Zh] == "客服专员" && o.Duties != 0:
					t.Errorf("%s: %s: owners %s, want 客服专员 in part (客户档案 is no 人事档案)", c.name, q, ownerList(os, model.Zh))
				}
			}
		}
		os := find(t, c.ix, "谁管档案", model.Zh, 20).Owners(1)
		if len(os) == 0 || os[0].Position == nil || os[0].Position.Title[model.Zh] != "客服专员" || os[0].Duties == 0 {
			t.Errorf("%s: 谁管档案: owners %s, want 客服专员 by 建立客户档案", c.name, ownerList(os, model.Zh))
		}
	}
}
