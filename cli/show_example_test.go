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
