package compare_test

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/dutymap/dutymap/compare"
	"github.com/dutymap/dutymap/content"
	"github.com/dutymap/dutymap/model"
)

// TestComparisonShowsWhoHoldsAndHandsOff: for marketing and sales, each
// similar duty says who is accountable and responsible, and each hand-off
// where it goes and what comes back, in Markdown and JSON.
func TestComparisonShowsWhoHoldsAndHandsOff(t *testing.T) {
	org, err := content.Load(content.Builtin())
	if err != nil {
		t.Fatal(err)
	}
	r := compare.Departments(org, nil, org.Department("marketing"), org.Department("sales"))
	md := compare.Markdown(r, model.En)
	lines := strings.Split(md, "\n")
	applied := slices.IndexFunc(lines, func(l string) bool {
		return strings.Contains(l, "≈ Apply the prices the marketing department has set.")
	})
	if applied < 1 || !strings.HasSuffix(lines[applied], " — A: Marketing department · R: Sales department") ||
		!strings.HasSuffix(lines[applied-1], " — A/R: Marketing department") {
		t.Errorf("the pair with applying prices does not say who holds each side:\n%s", md)
	}
	pop := "- The plan for placing POP material, together with the plan for handing out promotional and public-relations gifts. → *Put up point-of-purchase (POP) material in the stores and use it to support the publicity.* ↩ *How POP material has been handed out.*\n"
	if !strings.Contains(md, pop) {
		t.Errorf("Markdown lacks %q:\n%s", pop, md)
	}
	if zh := compare.Markdown(r, model.Zh); !strings.Contains(zh, "A：市场部 · R：销售部") {
		t.Errorf("Chinese holders:\n%s", zh)
	}
	out, err := compare.JSON(r, model.En)
	if err != nil {
		t.Fatal(err)
	}
	var rep compare.Report
	if err := json.Unmarshal(out, &rep); err != nil {
		t.Fatal(err)
	}
	for _, p := range rep.Shared {
		if p.B.Path == "sales/field-execution/2" && (!slices.Equal(p.B.Accountable, []string{"marketing"}) || !slices.Equal(p.B.Responsible, []string{"sales"})) {
			t.Errorf("applying prices: %+v", p.B)
		}
	}
	for _, rel := range rep.Relations {
		if rel.ID == "marketing-to-sales" {
			if l := rel.Links[2]; !slices.Equal(l.To, []string{"sales/in-store/4"}) || !slices.Equal(l.Returns, []string{"sales-to-marketing/reports/3"}) {
				t.Errorf("POP plan links %+v", l)
			}
		}
	}
}
