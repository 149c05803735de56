package compare_test

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/dutymap/dutymap/compare"
	"github.com/dutymap/dutymap/content"
	"github.com/dutymap/dutymap/matrix"
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
	pop := "- *Hand the plans to the sales department with the explanation, training and discussion they need (see the relation \"What marketing gives sales\").* → The plan for placing POP material, together with the plan for handing out promotional and public-relations gifts. → *Put up point-of-purchase (POP) material in the stores and use it to support the publicity.* ↩ *How POP material has been handed out.*\n"
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

// TestSplitHoldsWhatTheMatrixSplits (verify24 V4): "Work they split" holds
// every duty or point that the matrix of the two shows as split between
// them: a point of a topic's shared work whose lines make both
// responsible or accountable (saying it is the topic's), a third
// department's duty doing the same, and a duty that is in a similar pair
// too (saying so); in Markdown, in JSON, and on the built-in content.
func TestSplitHoldsWhatTheMatrixSplits(t *testing.T) {
	dir := t.TempDir()
	for name, text := range map[string]string{
		"en/eng.md":    "---\nid: eng\nname: Engineering\n---\n\n## Building {#building}\n\n- Build the product.\n- Hire engineers.\n  Responsible: people\n",
		"en/people.md": "---\nid: people\nname: People team\n---\n\n## Hiring {#hiring}\n\n- Hire engineers.\n- Run onboarding.\n",
		"en/legal.md":  "---\nid: legal\nname: Legal\n---\n\n## Work {#work}\n\n- Review the hiring contracts.\n  Responsible: people\n  Accountable: eng\n- Review the sales contracts.\n  Responsible: eng\n",
		"en/close.md": "---\nid: close\nkind: topic\nname: Quarter close\nconcerns: [eng, people]\n---\n\n## Shared work {#shared}\n\n" +
			"- Count the laptops at quarter end.\n  Responsible: eng, people\n  Accountable: people\n" +
			"- Book the last invoices.\n  Responsible: eng\n",
		"zh/close.md": "---\nid: close\nkind: topic\nname: 季度结算\nconcerns: [eng, people]\n---\n\n## 共同工作 {#shared}\n\n- 季度末清点笔记本电脑。\n- 入账最后的发票。\n",
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
	r := compare.Departments(org, nil, org.Department("eng"), org.Department("people"))
	md := compare.Markdown(r, model.En)
	want := "## Work they split (3)\n\n" +
		"*Duties of one whose RACI lines give the other a part, and work written elsewhere whose lines give both one: each does the work (R) or answers for it (A).*\n\n" +
		"- Hire engineers. — *Engineering › Building* — A: Engineering · R: People team (also among the similar duties)\n" +
		"- Review the hiring contracts. — *Legal › Work* — A: Engineering · R: People team\n" +
		"- Count the laptops at quarter end. — *shared work of the topic Quarter close* — A: People team · R: Engineering, People team\n\n"
	if !strings.Contains(md, want) {
		t.Errorf("Markdown lacks\n%s\nin\n%s", want, md)
	}
	if zh, want := compare.Markdown(r, model.Zh), "- 季度末清点笔记本电脑。 — *专题“季度结算”的共同工作* — A：People team · R：Engineering、People team\n"; !strings.Contains(zh, want) {
		t.Errorf("Chinese Markdown lacks %q:\n%s", want, zh)
	}
	out, err := compare.JSON(r, model.En)
	if err != nil {
		t.Fatal(err)
	}
	var rep compare.Report
	if err := json.Unmarshal(out, &rep); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, d := range rep.Split {
		got = append(got, fmt.Sprintf("%s dept=%s topic=%s paired=%v", d.Path, d.Department, d.Topic, d.Paired))
	}
	if want := []string{"eng/building/2 dept=eng topic= paired=true", "legal/work/1 dept=legal topic= paired=false", "close/shared/1 dept= topic=close paired=false"}; !slices.Equal(got, want) {
		t.Errorf("JSON split\n%q\nwant\n%q", got, want)
	}

	// The split of the comparison is the matrix's rows where both hold
	// R or A, here and on the built-in content.
	builtin, err := content.Load(content.Builtin())
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		org  *model.Org
		a, b string
	}{{org, "eng", "people"}, {org, "people", "eng"}, {builtin, "marketing", "sales"}, {builtin, "sales", "marketing"}} {
		a, b := c.org.Department(c.a), c.org.Department(c.b)
		var fromMatrix []string
		for _, row := range matrix.Of(c.org, []*model.Node{a, b}, matrix.Options{Shared: true}).Rows {
			if compare.SharesWorkWith(row.Duty, a) && compare.SharesWorkWith(row.Duty, b) {
				fromMatrix = append(fromMatrix, row.Duty.Path)
			}
		}
		var split []string
		for _, n := range compare.Departments(c.org, nil, a, b).Split {
			split = append(split, n.Path)
		}
		if !slices.Equal(split, fromMatrix) || len(split) == 0 {
			t.Errorf("%s vs %s: split %v, the matrix splits %v", c.a, c.b, split, fromMatrix)
		}
	}
}

// TestHandOffShowsWhoHandsItOver: a hand-off item's From line is shown as
// its To line is, in Markdown (*QA engineer* → the item → *Support lead*)
// and in JSON (links' from); tryout28 P10 saw only the To.
func TestHandOffShowsWhoHandsItOver(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"eng.md":     "---\nid: eng\nname: Engineering\n---\n\n## QA engineer {#qa .position}\n\n- Test every release.\n",
		"support.md": "---\nid: support\nname: Support\n---\n\n## Support lead {#lead .position}\n\n- Answer tickets.\n",
		"eng-to-support.md": "---\nid: eng-to-support\nkind: relation\nname: Engineering to support\nfrom: eng\nto: support\n---\n\n" +
			"- Release notes.\n  From: QA engineer\n  To: Support lead\n- Known issues.\n",
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
	r := compare.Departments(org, nil, org.Department("eng"), org.Department("support"))
	md := compare.Markdown(r, model.En)
	for _, want := range []string{"\n- *QA engineer* → Release notes. → *Support lead*\n", "\n- Known issues.\n"} {
		if !strings.Contains(md, want) {
			t.Errorf("Markdown lacks %q:\n%s", want, md)
		}
	}
	out, err := compare.JSON(r, model.En)
	if err != nil {
		t.Fatal(err)
	}
	var rep compare.Report
	if err := json.Unmarshal(out, &rep); err != nil {
		t.Fatal(err)
	}
	if len(rep.Relations) != 1 || len(rep.Relations[0].Links) != 2 {
		t.Fatalf("relations %+v", rep.Relations)
	}
	if l := rep.Relations[0].Links[0]; !slices.Equal(l.From, []string{"eng/qa"}) || !slices.Equal(l.To, []string{"support/lead"}) {
		t.Errorf("release notes links %+v", l)
	}
	if !strings.Contains(string(out), `"from": []`) {
		t.Errorf("an item with no From line has no empty from list:\n%s", out)
	}
}
