package ui

import (
	"strings"
	"testing"

	"github.com/dutymap/dutymap/model"
)

// The explorer reads 审核 as the CLI does (tryout27 X10): 谁审核预算 heads
// the approvers, Finance first; 谁审核促销费用, which a duty says, is the
// question of who does it, under the plain owners' heading; 谁为销售计划负责
// heads the responsible units with Sales (X2), not the production plan's
// Marketing under 由谁负责.
func TestSearchReviewAndResponsibleFor(t *testing.T) {
	for _, tc := range []struct {
		q, heading, first string
		role              bool
	}{
		{"谁审核预算", "── 批准方 ──", "财务部", true},
		{"谁审核促销费用", "── 由谁负责 ──", "策划部", false},
		{"谁为销售计划负责", "── 负责方 ──", "销售部", true},
	} {
		d := newDriver(t, 120, 40, model.Zh).keys("/").typeText(tc.q)
		s, scr := d.search(), d.screen()
		if (s.role != nil) != tc.role || !strings.Contains(scr, tc.heading) || len(s.owners) == 0 || s.owners[0].node.Title.In(model.Zh) != tc.first {
			t.Errorf("%q: role %v, want %q over %s:\n%s", tc.q, s.role, tc.heading, tc.first, scr)
		}
	}
}
