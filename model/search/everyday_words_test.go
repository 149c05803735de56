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

// A noun in -ing of its own sense is the thing, not its verb's act
// (tryout27 P6): "who looks after the building" is not answered by
// "Take part in building the company website." (the verb, before its
// object) nor by "the booths to be built", but by the duty that says the
// building; the verb's question still finds them, and a noun in -ing
// that names the act ("the planning") is its verb's, as before.
func TestIngThingIsNoVerbForm(t *testing.T) {
	ix := New(model.NewOrg([]*model.Node{
		doc(model.KindDepartment, "web", "Web team", "网站组",
			sec("work", "Work", "工作",
				duty("Take part in building the company website.", "参与建设公司网站。"),
				duty("Take part in planning the events.", "参与策划活动。"))),
		doc(model.KindDepartment, "events", "Events", "活动部",
			sec("work", "Work", "工作",
				duty("Arrange for the booths to be built.", "安排搭建展位。"))),
		doc(model.KindDepartment, "facilities", "Facilities", "后勤部",
			sec("work", "Work", "工作",
				duty("Keep the office building clean.", "保持办公楼整洁。"))),
	}, nil))
	res := find(t, ix, "who looks after the building", model.En, 5)
	for _, r := range res.List {
		if r.Match == Words && r.Node.Path != "facilities/work/1" {
			t.Errorf("who looks after the building: %q is a match", r.Node.Title.In(model.En))
		}
	}
	if os := res.Owners(1); len(os) == 0 || os[0].Department.ID != "facilities" {
		t.Errorf("who looks after the building: owners %v, want Facilities", ownerNames(os))
	}
	for q, want := range map[string]string{"who builds the website": "web/work/1", "who does the planning": "web/work/2", "who builds booths": "events/work/1"} {
		res := find(t, ix, q, model.En, 5)
		if res.NoMention || len(res.List) == 0 || res.List[0].Node.Path != want || res.List[0].Match != Words {
			t.Errorf("%q: list %v, want %s first, a match", q, paths(res.List), want)
		}
	}
}

// Goods are merchandise, no "good" anything (tryout27 P12: "who
// delivers the goods" listed "Win retailers over to good merchandising").
func TestGoodsAreNoGood(t *testing.T) {
	ix := New(model.NewOrg([]*model.Node{
		dept("sales", "Sales", "Keep the flow of goods smooth.", "Win retailers over to good merchandising."),
	}, nil))
	for _, q := range []string{"goods", "who delivers the goods"} {
		var got []string
		for _, r := range find(t, ix, q, model.En, 5).List {
			if r.Match == Words {
				got = append(got, r.Node.Title[model.En])
			}
		}
		if len(got) != 1 || got[0] != "Keep the flow of goods smooth." {
			t.Errorf("%q: matches %q, want only the flow of goods", q, got)
		}
	}
}
