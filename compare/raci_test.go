package compare_test

import (
	"encoding/json"
	"os"
	"path/filepath"
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

// TestSplitWorkIsNotOnlyInOne: a duty of sales whose RACI lines make
// finance responsible or accountable is work the two split, listed as
// such with who does what (tryout24 H14: it was "Only in Sales", its
// R/A lines unsaid); a duty finance is only consulted on stays sales'
// alone.
func TestSplitWorkIsNotOnlyInOne(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"finance.md": "---\nid: finance\nname: Finance\n---\n\n## Duties {#duties}\n\n- Pay suppliers.\n- Close the books each month.\n",
		"sales.md": "---\nid: sales\nname: Sales\n---\n\n## Duties {#duties}\n\n- Sell the products to customers.\n" +
			"- Set the discount for large orders.\n  Accountable: finance\n" +
			"- Approve price changes.\n  Responsible: finance\n" +
			"- Plan the sales calls.\n  Consulted: finance\n",
	}
	if err := os.MkdirAll(filepath.Join(dir, "en"), 0o755); err != nil {
		t.Fatal(err)
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, "en", name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	org := loadDir(t, dir)
	for _, order := range [][2]string{{"finance", "sales"}, {"sales", "finance"}} {
		r := compare.Departments(org, nil, org.Department(order[0]), org.Department(order[1]))
		var split []string
		for _, n := range r.Split {
			split = append(split, n.Path)
		}
		if want := []string{"sales/duties/2", "sales/duties/3"}; !slices.Equal(split, want) {
			t.Errorf("%v: split %v, want %v", order, split, want)
		}
		md := compare.Markdown(r, model.En)
		for _, want := range []string{
			"## Work they split (2)",
			"- Set the discount for large orders. — *Sales › Duties* — A: Finance · R: Sales\n",
			"- Approve price changes. — *Sales › Duties* — A: Sales · R: Finance\n",
			"## Only in Sales (2)",
		} {
			if !strings.Contains(md, want) {
				t.Errorf("%v: Markdown lacks %q:\n%s", order, want, md)
			}
		}
		if only := md[strings.Index(md, "## Only in Sales"):]; strings.Contains(only, "Approve price changes") || !strings.Contains(only, "Plan the sales calls.") {
			t.Errorf("%v: only in sales:\n%s", order, only)
		}
		out, err := compare.JSON(r, model.En)
		if err != nil {
			t.Fatal(err)
		}
		var rep compare.Report
		if err := json.Unmarshal(out, &rep); err != nil {
			t.Fatal(err)
		}
		if len(rep.Split) != 2 || rep.Split[1].Department != "sales" || !slices.Equal(rep.Split[1].Responsible, []string{"finance"}) {
			t.Errorf("%v: JSON split %+v", order, rep.Split)
		}
	}
	r := compare.Departments(org, nil, org.Department("sales"), org.Department("finance"))
	if zh := compare.Markdown(r, model.Zh); !strings.Contains(zh, "## 两者分担的工作（2）") {
		t.Errorf("Chinese heading:\n%s", zh)
	}
}

// TestNoPairSaysWhy: a department written in Chinese only compared with
// one written in English only pairs nothing, and says why instead of a
// bare "None." (tryout24 H23); one sharing a language says "None.".
func TestNoPairSaysWhy(t *testing.T) {
	dir := t.TempDir()
	for name, text := range map[string]string{
		"zh/it.md":     "---\nid: it\nname: 信息部\n---\n\n## 运维 {#ops}\n\n- 维护网络。\n",
		"en/people.md": "---\nid: people\nname: People team\n---\n\n## Duties {#duties}\n\n- Hire engineers.\n",
		"en/legal.md":  "---\nid: legal\nname: Legal\n---\n\n## Duties {#duties}\n\n- Review contracts.\n",
	} {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	org := loadDir(t, dir)
	r := compare.Departments(org, nil, org.Department("it"), org.Department("people"))
	if md, want := compare.Markdown(r, model.En), "*No duty can be paired: 信息部 is written in Chinese only and People team in English only.*"; !strings.Contains(md, want) {
		t.Errorf("lacks %q:\n%s", want, md)
	}
	if md, want := compare.Markdown(r, model.Zh), "*没有可以配对的职责：信息部只有中文文本，People team只有英文文本。*"; !strings.Contains(md, want) {
		t.Errorf("lacks %q:\n%s", want, md)
	}
	r = compare.Departments(org, nil, org.Department("legal"), org.Department("people"))
	if md := compare.Markdown(r, model.En); !strings.Contains(md, "## Similar duties (0)\n\n*None.*") {
		t.Errorf("two English departments:\n%s", md)
	}
}
