package cli

import (
	"strings"
	"testing"
)

// 谁批准退款 on an organisation whose word 退款 the dictionary lacks
// (tryout28 Y6): the plain search lists the refund duty, with the note
// naming its approver, as --owners does; before, it said no duty mentions
// “批准退款”, exit 1, while --owners named 客服中心. 谁批准备份 failed both
// ways (批, 准备, 份); 谁批准付款 names 付款 alone as work no duty mentions.
func TestSearchChineseRoleVerbApart(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"zh/support.md": "---\nid: support\nname: 客服中心\n---\n\n## 客服专员 {#agent .position}\n\n- 为有问题的订单办理退款。\n  批准：客服中心\n",
		"zh/it.md":      "---\nid: it\nname: 运维部\n---\n\n## 系统管理员 {#admin .position}\n\n- 每晚备份服务器。\n  批准：运维部\n",
	})
	for q, want := range map[string][2]string{
		"谁批准退款": {"support/agent/1  客服中心 › 客服专员 › 为有问题的订单办理退款。\n", "批准：客服中心  (1 项职责)\n    support/agent/1  为有问题的订单办理退款。\n"},
		"谁审批退款": {"support/agent/1  客服中心 › 客服专员 › 为有问题的订单办理退款。\n", "批准：客服中心  (1 项职责)\n    support/agent/1  为有问题的订单办理退款。\n"},
		"谁批准备份": {"it/admin/1  运维部 › 系统管理员 › 每晚备份服务器。\n", "批准：运维部  (1 项职责)\n    it/admin/1  每晚备份服务器。\n"},
	} {
		if r := searchIn(t, dir, "--limit", "1", q).ok(t); r.out != want[0] || !strings.Contains(r.err, "客服中心") && !strings.Contains(r.err, "运维部") {
			t.Errorf("search --limit 1 %q:\n%s%s\nwant\n%s(and a note naming the approver)", q, r.out, r.err, want[0])
		}
		if r := searchIn(t, dir, "--owners", "--limit", "1", q).ok(t); r.out != want[1] {
			t.Errorf("search --owners --limit 1 %q:\n%s%s\nwant\n%s", q, r.out, r.err, want[1])
		}
	}
	r := searchIn(t, dir, "谁批准付款")
	if r.code != 1 || !strings.Contains(r.err, "“付款”") || strings.Contains(r.err, "批准") {
		t.Errorf("search 谁批准付款: exit %d, %q; want exit 1 naming “付款” alone", r.code, r.err)
	}
}
