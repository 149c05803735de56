package content

import (
	"strings"
	"testing"

	"github.com/dutymap/dutymap/model"
)

// TestDutiesAndSectionsInAnyOrder: a duty written as a heading with .duty
// stands where a list item cannot, after a sub-section, and keeps its place.
func TestDutiesAndSectionsInAnyOrder(t *testing.T) {
	doc := `---
id: ops
name: Operations
---
## Plan {#plan}
Code: 1.1

- Forecast demand. {#forecast}

### Schedule {#schedule}
Code: 1.1.2

- Book the line.

### Balance the line {.duty}
Code: 1.1.3
Aliases: line balancing

Spread work evenly over the stations.

### Review {#review}

- Look back.
`
	org, err := Load(layer(map[string]string{"en/ops.md": doc}))
	if err != nil {
		t.Fatal(err)
	}
	plan := org.Node("ops/plan")
	var got []string
	for _, c := range plan.Children {
		got = append(got, c.Kind.String()+":"+c.ID)
	}
	if strings.Join(got, " ") != "duty:forecast section:schedule duty:2 section:review" {
		t.Errorf("children of plan in order: %v", got)
	}
	d := org.Node("ops/plan/2")
	if d.Title.In(model.En) != "Balance the line" || d.Code() != "1.1.3" || d.Body().In(model.En) != "Spread work evenly over the stations." || d.Aliases()[model.En][0] != "line balancing" {
		t.Errorf("duty heading: title %q code %q body %q aliases %q", d.Title.In(model.En), d.Code(), d.Body().In(model.En), d.Aliases()[model.En])
	}
	if plan.Duties != 4 || org.Node("ops/plan/schedule").Duties != 1 {
		t.Errorf("duty counts: plan %d", plan.Duties)
	}
}

func TestDutyHeadingHoldsNothing(t *testing.T) {
	cases := []struct{ body, want string }{
		{"## S {#s}\n### D {.duty}\n- item\n", "org/en/a.md:7: a list item under a duty: a duty written as a heading holds no duties"},
		{"## S {#s}\n### D {.duty}\n#### E {#e}\n- item\n", "org/en/a.md:7: a heading under a duty"},
		{"## S {#s .duty .position}\n", "org/en/a.md:5: a heading is both a duty and a .position"},
	}
	for _, tc := range cases {
		if report := problemsOf(t, loadErr(map[string]string{"en/a.md": "---\nid: a\nname: A\n---\n" + tc.body})); !strings.Contains(report, tc.want) {
			t.Errorf("report lacks %q:\n%s", tc.want, report)
		}
	}
}

// TestListUnderDutyHeadingIsOneProblem: the items under a duty heading
// were a problem each, and each after the first a duplicate id ""
// problem whose fix (another {#id}) was wrong (tryout23 G10). When a
// line that is not a heading stands between, its note comes first and
// the problem's fix is that line's, not removing .duty (which would put
// the items in the wrong section).
func TestListUnderDutyHeadingIsOneProblem(t *testing.T) {
	report := problemsOf(t, loadErr(map[string]string{"en/a.md": fmA + "## S {#s}\n### D {.duty}\n- a\n- b\n\n  More.\n- c\n"}))
	want := "org/en/a.md:7: 3 list items under a duty (lines 7, 8 and 11): a duty written as a heading holds no duties\n  fix: remove .duty from the heading on line 6 to make it a section\n1 problem found"
	if report != want {
		t.Errorf("got:\n%s\nwant:\n%s", report, want)
	}
	// Headings under it likewise, their duties no "duplicate id" either.
	report = problemsOf(t, loadErr(map[string]string{"en/a.md": fmA + "## S {#s}\n### D {.duty}\n#### E {#e}\n- a\n- b\n#### F {#f}\n- c\n"}))
	want = "org/en/a.md:7: 2 headings under a duty (lines 7 and 10): a duty written as a heading holds no sections\n  fix: remove .duty from the heading on line 6 to make it a section\n1 problem found"
	if report != want {
		t.Errorf("got:\n%s\nwant:\n%s", report, want)
	}
	_, ps := Check(layer(map[string]string{"en/a.md": fmA + "## S {#s}\n### D {.duty}\n##Pricing\n- a\n- b\n"}))
	report = ps.Error()
	note := strings.Index(report, "org/en/a.md:7: note: this line looks like a heading")
	problem := strings.Index(report, "org/en/a.md:8: 2 list items under a duty (lines 8–9)")
	if note < 0 || problem < note || !strings.Contains(report, "fix: line 7, which looks like their heading, is not one: write it  ## Pricing") || strings.Contains(report, "remove .duty") {
		t.Errorf("want the note on line 7, then the problem pointing at it:\n%s", report)
	}
}

// TestHeadingPastSixLevels: a seventh # was read as text, and its list
// joined the section above without a word.
func TestHeadingPastSixLevels(t *testing.T) {
	body := "## 2 {#l2}\n### 3 {#l3}\n#### 4 {#l4}\n##### 5 {#l5}\n###### 6 {#l6}\n- Six.\n####### 7 {#l7}\n- Seven.\n"
	_, err := Load(layer(map[string]string{"en/a.md": "---\nid: a\nname: A\n---\n" + body}))
	report := problemsOf(t, err)
	if !strings.Contains(report, "org/en/a.md:11: a heading of 7 #s: Markdown headings stop at six") || !strings.HasSuffix(report, "\n1 problem found") {
		t.Errorf("want one problem at line 11:\n%s", report)
	}
}
