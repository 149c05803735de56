package search

import (
	"testing"

	"github.com/dutymap/dutymap/model"
)

// Everyday words meet the words a duty writes for them (tryout27 P5,
// P11): a phone is a telephone (电话 a 电话机), a stocktake counts the
// stock; and shipping goods out is no receiving of deliveries, which the
// synonym list relates only: "who ships orders" is answered by the
// Shipping duty, not "“ships” is matched through “deliveries”".
func TestEverydayWordsMeetTheDutysWords(t *testing.T) {
	ix := New(model.NewOrg([]*model.Node{
		doc(model.KindDepartment, "service", "Customer service", "客服部",
			sec("calls", "Calls", "来电",
				duty("Stay in touch with customers by telephone.", "通过电话机与客户保持联系。"),
				duty("Answer letters.", "回复信件。"))),
		doc(model.KindDepartment, "warehouse", "Warehouse", "仓库",
			sec("receiving", "Receiving", "收货",
				duty("Check deliveries against the purchase order.", "按采购单核对到货。"),
				duty("Count the stock every month.", "每月清点存货。")),
			sec("out", "Goods out", "出库",
				duty("Ship customer orders.", "发出客户订单。"))),
	}, nil))
	for _, c := range []struct {
		query string
		lang  model.Lang
		want  string // the first duty matched in full (duties matched in part rank where they rank)
	}{
		{"who answers the phone", model.En, "service/calls/1"},
		{"phone", model.En, "service/calls/1"},
		{"谁接电话", model.Zh, "service/calls/1"},
		{"who does the stocktake", model.En, "warehouse/receiving/2"},
		{"stocktaking", model.En, "warehouse/receiving/2"},
		{"who ships orders", model.En, "warehouse/out/1"},
	} {
		res := find(t, ix, c.query, c.lang, 5)
		first := ""
		for _, r := range res.List {
			if r.Match == Words {
				first = r.Node.Path
				break
			}
		}
		if res.NoMention || first != c.want {
			t.Errorf("%q: no mention %v, list %v, first match %q; want %s", c.query, res.NoMention, paths(res.List), first, c.want)
		}
	}
	// Receiving deliveries is not shipping: "ships" finds no delivery
	// check, and says nothing is matched through "deliveries".
	res := find(t, ix, "who ships orders", model.En, 5)
	for _, r := range res.List {
		if r.Node.Path == "warehouse/receiving/1" && r.Match == Words {
			t.Errorf("who ships orders: %q is a match", r.Node.Title.In(model.En))
		}
	}
	if len(res.Through) > 0 {
		t.Errorf("who ships orders: matched through %+v", res.Through)
	}
}
