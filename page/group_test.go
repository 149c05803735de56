package page

import (
	"strings"
	"testing"

	"github.com/dutymap/dutymap/content"
	"github.com/dutymap/dutymap/model"
)

// TestDepartmentPageNamesItsGroup: a department's page names the group it
// belongs to under its title, in the page's language, beside its code; a
// department of no group and the pages below a department do not.
func TestDepartmentPageNamesItsGroup(t *testing.T) {
	org, err := content.Load(content.Builtin())
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		path string
		lang model.Lang
		top  string
	}{
		{"marketing", model.En, "# Marketing department\n\nGroup: **Front-office departments**\n\n**"},
		{"marketing", model.Zh, "# 市场部\n\n分组：**前端部门**\n\n**"},
		{"finance", model.En, "# Finance department\n\nGroup: **Important departments**\n\n"},
		{"security", model.Zh, "# 保卫部\n\n分组：**其他部门**\n\n"},
		{"planning", model.En, "# Planning department\n\n**"},
		{"marketing/positions", model.En, "*Marketing department*\n\n# Positions\n\n"},
	} {
		got := Render(org, org.Node(tc.path), Options{Lang: tc.lang})
		if !strings.HasPrefix(got, tc.top) {
			t.Errorf("%s in %s begins\n%q\nwant\n%q", tc.path, tc.lang.Name(), got[:min(len(got), 90)], tc.top)
		}
	}
}
