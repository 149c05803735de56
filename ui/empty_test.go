package ui

import (
	"strings"
	"testing"

	"github.com/dutymap/dutymap/model"
)

// TestEmptyDepartmentPageSaysSoOnce (tryout12 nit): the trade union
// office's page, on screen, says once that the source gives it no duties
// (its summary), not a second time in the page's own words.
func TestEmptyDepartmentPageSaysSoOnce(t *testing.T) {
	for _, c := range []struct {
		lang          model.Lang
		summary, page string
	}{
		{model.En, "The source only names this office and gives no duties for it.", "list no duties"},
		{model.Zh, "资料只提到这个部门的名称，没有给出职责。", "没有列出具体职责"},
	} {
		d := newDriver(t, 120, 35, c.lang).reveal("trade-union")
		scr := d.screen()
		if !strings.Contains(normal(scr), normal(c.summary)) || strings.Contains(normal(scr), normal(c.page)) {
			t.Errorf("%s: the page should say it once, in the summary %q, without %q:\n%s", c.lang.Code(), c.summary, c.page, scr)
		}
	}
}
