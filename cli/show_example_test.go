package cli

import (
	"strings"
	"testing"
)

// show's "no match" message gives an example path of the content loaded,
// which shows a page as given: on one's own content it named the
// built-in content's marketing/positions/manager, which is not there
// (tryout15 #15). The built-in content's example is unchanged.
func TestShowNoMatchExampleIsARealPath(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"zh/仓储部.md": "---\nid: 仓储部\nname: 仓储部\n---\n## 发货员 {#发货员 .position}\n\n- 两天内发出客户订单\n",
		"zh/销售部.md": "---\nid: 销售部\nname: 销售部\n---\n## 销售员 {#销售员 .position}\n\n- 拜访客户\n",
	})
	r := run(t, "--content", dir, "--builtin=false", "show", "shouhuoyuan").fails(t, 1)
	want := "dutymap show: no department, section or duty matches \"shouhuoyuan\".\nGive a path such as 仓储部/发货员, or a department's id, name or alias.\nDepartments: 仓储部, 销售部\n"
	if r.err != want {
		t.Errorf("stderr:\n%s\nwant:\n%s", r.err, want)
	}
	mustContain(t, run(t, "--content", dir, "--builtin=false", "show", "仓储部/发货员").ok(t).out, "两天内发出客户订单")
	r = run(t, "--content", dir, "--builtin=false", "show", "/").fails(t, 2)
	mustContain(t, r.err, "give a path such as 仓储部/发货员 or a department's name")

	r = run(t, "show", "nosuchthingzz").fails(t, 1)
	mustContain(t, r.err, "Give a path such as marketing/roles/intelligence, or")
	if strings.Contains(r.err, "Did you mean") {
		t.Fatalf("a suggestion list instead of the example:\n%s", r.err)
	}
	run(t, "show", "marketing/roles/intelligence").ok(t)
}

// A question or several words given to show names no page: the message
// points to search with the words, on the same content (tryout27 P7); a
// name or path that matches nothing gets no such pointer.
func TestShowNoMatchPointsQuestionsToSearch(t *testing.T) {
	for _, q := range []string{"who sets prices", "谁负责定价", "pricing and budgets"} {
		r := run(t, "show", q).fails(t, 1)
		mustContain(t, r.err, "no department, section or duty matches \""+q+"\".\nshow opens a page by its name or path; to search the duties for these words:\n\tdutymap search \""+q+"\"\n")
	}
	dir := writeFiles(t, map[string]string{"en/wh.md": "---\nid: wh\nname: Warehouse\n---\n## Work {#work}\n- Pack orders.\n"})
	r := run(t, "--content", dir, "--builtin=false", "show", "who packs orders").fails(t, 1)
	mustContain(t, r.err, "\tdutymap --builtin=false --content "+dir+" search \"who packs orders\"\n")
	for _, ref := range []string{"nosuchthingzz", "marketing/nope"} {
		if r := run(t, "show", ref).fails(t, 1); strings.Contains(r.err, "search") {
			t.Errorf("show %s points to search:\n%s", ref, r.err)
		}
	}
}
