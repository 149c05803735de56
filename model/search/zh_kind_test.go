package search

import (
	"testing"

	"github.com/dutymap/dutymap/model"
)

// A Chinese compound no text holds, read by its head (byHead, byFullForm),
// answers through a word built on the head (税务 for 税 of 报税: about tax
// itself), and through a word ending in it (货款, payment for goods, a
// kind of 款) only in a text that also says the compound's first
// character: 收回…货款 answers 收款, but pays nothing, refunds nothing
// (付款, 退款). Those are not mentioned, and the duty is only the
// closest (search21: 谁负责付款 answered 销售部's 货款).
func TestHeadEndingWordAnswersOnlyItsOwnKind(t *testing.T) {
	ix := tiny([2]string{"Collect the payment for goods sold.", "收回已售货物的货款。"},
		[2]string{"Handle tax matters.", "办理税务事宜。"},
		[2]string{"Plan campaigns.", "策划活动。"})
	for _, c := range []struct {
		query    string
		answered bool
		via      string
	}{
		{"谁付款", false, ""}, // a short form: 支付 款项
		{"谁负责付款", false, ""},
		{"谁退款", false, ""},    // no short form: its head alone
		{"谁收款", true, ""},     // 收 of 收回, which answers it as typed
		{"谁报税", true, "税务"},   // built on 税
		{"谁负责纳税", true, "税务"}, // a short form: 缴纳 税款
	} {
		res := find(t, ix, c.query, model.Zh, 10)
		answered := !res.NoMention && len(res.Owners(1)) > 0
		var via string
		if len(res.Through) > 0 && len(res.Through[0].Via) > 0 {
			via = res.Through[0].Via[0]
		}
		if answered != c.answered || via != c.via {
			t.Errorf("%s: answered %v through %q (no mention %v, list %v); want answered %v through %q",
				c.query, answered, via, res.NoMention, paths(res.List), c.answered, c.via)
		}
		if !c.answered && (len(res.List) == 0 || res.List[0].Node.Path != "d/s/1") {
			t.Errorf("%s: closest %v, want the 货款 duty first", c.query, paths(res.List))
		}
	}
}
