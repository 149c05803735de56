package search

import (
	"slices"
	"strings"
	"testing"

	"github.com/dutymap/dutymap/model"
)

// A Chinese compound no duty holds (回款) is about its head, its last
// character (款); the words that end in it are kinds of it (货款), as much
// as those built on it (税务 for 税 of 报税). When the duties saying them
// are one department's, that department answers, and the answer says
// what matched in the compound's place.
func TestCompoundHeadEndsOtherWords(t *testing.T) {
	sales := doc(model.KindDepartment, "sales", "Sales", "销售部",
		sec("duties", "Duties", "职责",
			duty("Collect the payment for the goods sold.", "收回已售货物的货款。"),
			duty("Visit customers.", "拜访客户。")))
	fin := doc(model.KindDepartment, "finance", "Finance", "财务部",
		sec("duties", "Duties", "职责", duty("Draw up budgets.", "编制预算。")))
	synthetic := New(model.NewOrg([]*model.Node{sales, fin}, nil))
	for _, c := range []struct {
		name string
		ix   *Index
	}{{"synthetic", synthetic}, {"built-in", builtin(t)}} {
		const q = "谁负责回款"
		res := find(t, c.ix, q, model.Zh, 20)
		got := ownersSeen(t, c.ix, q, model.Zh, 3)
		if !strings.HasPrefix(got, "销售部 (1) sales/") || !strings.Contains(strings.SplitN(got, "\n", 2)[0], "收回已售货物的货款") {
			t.Errorf("%s: %s: owners\n%swant 销售部 first, proved by 收回已售货物的货款", c.name, q, got)
		}
		if !slices.Contains(res.Missing, "回款") {
			t.Errorf("%s: %s: missing %q, want 回款 among them", c.name, q, res.Missing)
		}
		if want := []Through{{Typed: "回款", Via: []string{"货款"}}}; !slices.EqualFunc(res.Through, want, func(a, b Through) bool {
			return a.Typed == b.Typed && slices.Equal(a.Via, b.Via)
		}) {
			t.Errorf("%s: %s: through %v, want %v", c.name, q, res.Through, want)
		}
	}
}
