package search

import (
	"fmt"
	"strings"
	"testing"

	"github.com/dutymap/dutymap/model"
)

// matchOf returns how query matched the result at path, or "absent".
func matchOf(res *Results, path string) string {
	for _, r := range res.List {
		if r.Node.Path == path {
			return r.Match.String()
		}
	}
	return "absent"
}

// A Chinese query word the dictionary holds whole (市场调研, 客户服务) is
// said by a text that holds it, or all of its pieces wherever they stand
// (调研 … 市场); a text holding one piece (市场 alone) says it in part, as
// it says "市场 调研" typed with a space in part.
func TestCompoundWordNeedsAllItsPieces(t *testing.T) {
	mkt := doc(model.KindDepartment, "marketing", "Marketing", "市场部",
		sec("duties", "Duties", "职责",
			duty("Draw up the market research plan.", "编制市场调研计划。"),
			duty("Research the target market.", "调研目标市场。"),
			duty("Report market news to marketing.", "向市场部反馈市场动态。"),
			duty("Open new markets.", "开拓新市场。"),
			duty("Keep the market in order.", "维护市场秩序。")))
	ix := New(model.NewOrg([]*model.Node{mkt}, nil))
	for _, q := range []string{"市场调研", "市场 调研"} {
		res := find(t, ix, q, model.Zh, 20)
		for path, want := range map[string]string{
			"marketing/duties/1": "words",   // the compound
			"marketing/duties/2": "words",   // both pieces, apart
			"marketing/duties/3": "partial", // 市场 only
			"marketing/duties/4": "partial",
		} {
			if got := matchOf(res, path); got != want {
				t.Errorf("%s: %s matched %s, want %s", q, path, got, want)
			}
		}
	}

	builtinIx := builtin(t)
	for _, c := range []struct{ query, path, want string }{
		{"市场调研", "marketing/positions/compilation-scheme/market-research-supervisor/1", "words"}, // 编制市场调研计划并组织落实
		{"市场调研", "sales/feedback/2", "partial"},                                                  // 向市场部反馈市场动态 holds 市场 only
		{"客户服务", "operations/on-site/exhibit-logistics/1", "partial"},                            // 为展品提供物流服务 holds 服务 only
		{"客户服务", "sales/customer-service/2", "words"},                                            // 为客户提供售后服务 holds 客户 and 服务
		{"市场营销", "marketing/positions/compilation-scheme/market-research-supervisor/4", "words"}, // 协助经理编制各类市场营销计划
	} {
		if got := matchOf(find(t, builtinIx, c.query, model.Zh, 300), c.path); got != c.want {
			t.Errorf("built-in: %s: %s matched %s, want %s", c.query, c.path, got, c.want)
		}
	}
}

// The department asked about answers with the duties that say the
// compound; one that only mentions the market answers in part, in
// Chinese as in English.
func TestCompoundWordOwnersAsInEnglish(t *testing.T) {
	ix := builtin(t)
	for _, c := range []struct {
		query string
		lang  model.Lang
	}{{"哪个部门负责市场调研", model.Zh}, {"which department handles market research", model.En}} {
		var sales, marketing *Owner
		owners := find(t, ix, c.query, c.lang, 20).Owners(10)
		for i, o := range owners {
			if o.Position != nil {
				continue
			}
			switch o.Department.ID {
			case "sales":
				sales = &owners[i]
			case "marketing":
				marketing = &owners[i]
			}
		}
		if marketing == nil || owners[0].Department.ID != "marketing" || marketing.Duties == 0 {
			t.Errorf("%s: owners %s, want the marketing department first, by duties that say it", c.query, ownerList(owners, c.lang))
		}
		if sales == nil || sales.Duties != 0 {
			t.Errorf("%s: owners %s, want the sales department in part (0 duties)", c.query, ownerList(owners, c.lang))
		}
	}
}

func ownerList(os []Owner, lang model.Lang) string {
	var b strings.Builder
	for _, o := range os {
		fmt.Fprintf(&b, "%s (%d of %d); ", o.Name(lang), o.Duties, o.Mentions)
	}
	return b.String()
}
