package search

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/dutymap/dutymap/content"
	"github.com/dutymap/dutymap/model"
)

// gluedOrg is an organisation whose Chinese duties use words the
// segmenter's dictionary lacks (退款, 续订, 备份: it cuts them into their
// characters), each approved by a RACI line (tryout28's imported sheet).
func gluedOrg(t *testing.T) *Index {
	t.Helper()
	dir := t.TempDir()
	for name, text := range map[string]string{
		"en/support.md": "---\nid: support\nname: Customer support\n---\n\n## Support agent {#agent .position}\n\n- Issue refunds for faulty orders.\n  Accountable: Customer support\n",
		"en/it.md":      "---\nid: it\nname: IT operations\n---\n\n## System administrator {#admin .position}\n\n- Back up the servers every night.\n  Accountable: IT operations\n- Renew software licences.\n",
		"zh/support.md": "---\nid: support\nname: 客服中心\n---\n\n## 客服专员 {#agent .position}\n\n- 为有问题的订单办理退款。\n  批准：客服中心\n",
		"zh/it.md":      "---\nid: it\nname: 运维部\n---\n\n## 系统管理员 {#admin .position}\n\n- 每晚备份服务器。\n  批准：运维部\n- 续订软件许可证。\n",
	} {
		if err := os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	org, err := content.Load(content.Dir(dir))
	if err != nil {
		t.Fatal(err)
	}
	return New(org)
}

// 谁批准退款 asks who approves refunds, whatever the dictionary makes of
// 退款 (tryout28 Y6): the role's verb is a word of its own, not glued to
// the characters after it (批准退款, which no duty says) nor cut by them
// (批, 准备, 份 of 谁批准备份). The plain search, which lists the duties by
// the question as typed, finds the duty the approver's answer (--owners:
// the work without the verb) names, so the two never disagree.
func TestChineseRoleVerbApartFromTheWork(t *testing.T) {
	ix := gluedOrg(t)
	for _, c := range []struct {
		query, duty, holder string
	}{
		{"谁批准退款", "support/agent/1", "support"},
		{"谁审批退款", "support/agent/1", "support"},
		{"退款谁审批", "support/agent/1", "support"},
		{"谁来审核退款", "support/agent/1", "support"},
		{"谁批准续订", "it/admin/2", ""},
		{"谁批准备份", "it/admin/1", "it"},
		{"由谁批准备份", "it/admin/1", "it"},
	} {
		rq, ok := AsksRole(c.query)
		if !ok || rq.Role != model.Accountable {
			t.Errorf("%s: read as a role question %v (%v), want the accountable role", c.query, ok, rq.Role)
			continue
		}
		listed := find(t, ix, rq.List, model.Zh, 10)
		if listed.NoMention || len(listed.List) == 0 || listed.List[0].Node.Path != c.duty {
			terms, _ := listed.NotMentioned()
			t.Errorf("%s: the plain search (%q) lists %s, not mentioned %q, want %s first", c.query, rq.List, paths(listed.List), terms, c.duty)
		}
		if c.holder == "" {
			continue // the duty names no approver: the owners are its own
		}
		var holders []string
		for _, h := range find(t, ix, rq.Work, model.Zh, 0).Holders(rq.Role, 3) {
			holders = append(holders, h.Unit.Path+" "+h.Proof.Node.Path)
		}
		if want := c.holder + " " + c.duty; len(holders) == 0 || holders[0] != want {
			t.Errorf("%s: the approvers (%q) are %q, want %q first", c.query, rq.Work, holders, want)
		}
	}
}

// When no duty mentions the work a role question asks about, the note
// names the work, never the role's verb (tryout28 Y6: 谁批准付款 said no
// duty mentions “批准” or “付款”): the verb is the question's, as 负责 of
// 谁负责付款 is.
func TestRoleVerbIsNeverMissingWork(t *testing.T) {
	for _, c := range []struct {
		ix    *Index
		query string
		lang  model.Lang
		want  []string
	}{
		{gluedOrg(t), "谁批准付款", model.Zh, []string{"付款"}},
		{gluedOrg(t), "谁审批招聘", model.Zh, []string{"招聘"}},
		{builtin(t), "谁批准招聘", model.Zh, []string{"招聘"}},
		{gluedOrg(t), "who approves hiring", model.En, []string{"hiring"}},
	} {
		rq, ok := AsksRole(c.query)
		if !ok {
			t.Errorf("%s: not read as a role question", c.query)
			continue
		}
		res := find(t, c.ix, rq.List, c.lang, 10)
		if got, _ := res.NotMentioned(); !slices.Equal(got, c.want) {
			t.Errorf("%s: the note says no duty mentions %q, want %q", c.query, got, c.want)
		}
	}
}

// tryout28 Y3, P8: the lexicon's words of one sense find each other
// (付款 支付, 出差 差旅), a word the dictionary lacks (差旅) by its
// characters. (A verb of one character after its object standing for the
// words that hold it, 订 of 会议室怎么订 for 预订, was taken back: it found
// 拟订, drawing up, and 建议 for 建, and made 活 of 定价是谁的活 required
// work: verify28 W5, W6.)
func TestChineseVerbCharAndPlainSynonyms(t *testing.T) {
	dir := t.TempDir()
	for name, text := range map[string]string{
		"zh/office.md":  "---\nid: office\nname: 行政部\n---\n\n## 行政主管 {#manager .position}\n\n- 为员工预订会议室和差旅。\n",
		"zh/it.md":      "---\nid: it\nname: 运维部\n---\n\n## 系统管理员 {#admin .position}\n\n- 续订软件许可证。\n",
		"zh/finance.md": "---\nid: finance\nname: 财务组\n---\n\n## 会计 {#accountant .position}\n\n- 按时支付供应商发票。\n",
	} {
		if err := os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	org, err := content.Load(content.Dir(dir))
	if err != nil {
		t.Fatal(err)
	}
	ix := New(org)
	for _, c := range []struct{ query, first, missing string }{
		{"谁给供应商付款", "finance/accountant/1", ""},
		{"谁负责出差", "office/manager/1", ""},
		{"出差谁订票", "office/manager/1", "订票"},
	} {
		res := find(t, ix, c.query, model.Zh, 10)
		if len(res.List) == 0 || res.List[0].Node.Path != c.first {
			t.Errorf("%s: lists %s, want %s first", c.query, paths(res.List), c.first)
		}
		got, _ := res.NotMentioned()
		if want := []string{c.missing}; c.missing == "" && len(got) > 0 || c.missing != "" && !slices.Equal(got, want) {
			t.Errorf("%s: the note says no duty mentions %q, want %q", c.query, got, c.missing)
		}
	}
}
