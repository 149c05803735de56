package page

import (
	"strings"
	"testing"

	"github.com/dutymap/dutymap/model"
)

// citedOrg has one section citing two sources; its first duty cites one
// of them itself, its second a third source, its third nothing of its own.
// A second section's duties all inherit its one source.
func citedOrg() *model.Org {
	src := func(id, title string) *model.Source {
		return &model.Source{ID: id, Title: model.Text{title, title}}
	}
	duty := func(id, title string, sources ...string) *model.Node {
		return &model.Node{ID: id, Kind: model.KindDuty, Title: model.Text{title, title}, Details: &model.Details{Sources: sources}}
	}
	dept := &model.Node{ID: "sales", Kind: model.KindDepartment, Title: model.Text{"Sales", "销售部"}, Children: []*model.Node{
		{ID: "selling", Kind: model.KindSection, Title: model.Text{"Selling", "销售"}, Details: &model.Details{Sources: []string{"a", "b"}}, Children: []*model.Node{
			duty("1", "Sell booths.", "a"),
			duty("2", "Sell advertising.", "c"),
			duty("3", "Visit customers."),
		}},
		{ID: "service", Kind: model.KindSection, Title: model.Text{"Service", "服务"}, Details: &model.Details{Sources: []string{"b"}}, Children: []*model.Node{
			duty("1", "Serve customers after the sale."),
		}},
	}}
	return model.NewOrg([]*model.Node{dept}, []*model.Source{src("a", "Source A"), src("b", "Source B"), src("c", "Source C")})
}

func TestSectionPageMarksEachDutysSources(t *testing.T) {
	org := citedOrg()
	got := Render(org, org.Node("sales/selling"), Options{Lang: model.En})
	for _, want := range []string{
		"1. Sell booths. [1]\n",
		"2. Sell advertising. [3]\n",
		"3. Visit customers. [1,2]\n", // no sources of its own: the section's
		"## Sources\n\n1. Source A\n2. Source B\n3. Source C\n",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("section page lacks %q:\n%s", want, got)
		}
	}
}

func TestSectionPageWithoutOwnCitationsHasNoMarks(t *testing.T) {
	org := citedOrg()
	got := Render(org, org.Node("sales/service"), Options{Lang: model.En})
	if !strings.Contains(got, "1. Serve customers after the sale.\n") || !strings.Contains(got, "## Sources\n\n- Source B\n") {
		t.Errorf("a section whose duties all cite it should list its sources once, unmarked:\n%s", got)
	}
}

func TestDutyPageListsItsOwnSources(t *testing.T) {
	org := citedOrg()
	for path, want := range map[string]string{
		"sales/selling/2": "## Sources\n\n- Source C\n",
		"sales/selling/3": "## Sources\n\n- Source A\n- Source B\n",
	} {
		got := Render(org, org.Node(path), Options{Lang: model.En})
		if !strings.Contains(got, want) || strings.Contains(got, "[") {
			t.Errorf("%s: page lacks %q or carries a mark:\n%s", path, want, got)
		}
	}
}

// TestDepartmentPageMarksASectionOnce: on the department's page a section
// whose duties all cite the same sources carries the mark once, on its
// heading, and its duties none (the marketing page repeated "[5,4]" 54
// times, tryout24 H12); a mark lists its numbers in ascending order; a
// section whose duties differ keeps a mark on each.
func TestDepartmentPageMarksASectionOnce(t *testing.T) {
	src := func(id string) *model.Source { return &model.Source{ID: id, Title: model.Text{"Source " + id, id}} }
	duty := func(id, title string, sources ...string) *model.Node {
		return &model.Node{ID: id, Kind: model.KindDuty, Title: model.Text{title, title}, Details: &model.Details{Sources: sources}}
	}
	dept := &model.Node{ID: "sales", Kind: model.KindDepartment, Title: model.Text{"Sales", "销售部"}, Details: &model.Details{Sources: []string{"a"}}, Children: []*model.Node{
		// b is numbered 2 here, so Selling's c and b are 3 and 2.
		{ID: "intro", Kind: model.KindSection, Title: model.Text{"Intro", "简介"}, Children: []*model.Node{duty("1", "Greet.", "b")}},
		{ID: "selling", Kind: model.KindSection, Title: model.Text{"Selling", "销售"}, Details: &model.Details{Sources: []string{"c", "b"}}, Children: []*model.Node{
			duty("1", "Sell booths."),
			duty("2", "Sell advertising."),
		}},
		{ID: "service", Kind: model.KindSection, Title: model.Text{"Service", "服务"}, Children: []*model.Node{
			duty("1", "Serve customers.", "b"),
			duty("2", "Answer complaints.", "c"),
		}},
	}}
	org := model.NewOrg([]*model.Node{dept}, []*model.Source{src("a"), src("b"), src("c")})
	got := Render(org, org.Node("sales"), Options{Lang: model.En})
	for _, want := range []string{
		"## Selling — 2 duties [2,3]\n\n1. Sell booths.\n2. Sell advertising.\n",
		"## Intro — 1 duty\n\n1. Greet. [2]\n",
		"## Service — 2 duties\n\n1. Serve customers. [2]\n2. Answer complaints. [3]\n",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("department page lacks %q:\n%s", want, got)
		}
	}
}

// TestDepartmentPageCitesEachDutyOnce: a section's marks are computed once
// and serve both its heading's shared mark and its duties' own (each
// duty's mark was computed twice: once to find the shared one, once to
// write it); the page is what TestDepartmentPageMarksASectionOnce says.
func TestDepartmentPageCitesEachDutyOnce(t *testing.T) {
	duty := func(id, title string) *model.Node {
		return &model.Node{ID: id, Kind: model.KindDuty, Title: model.Text{title, title}}
	}
	dept := &model.Node{ID: "sales", Kind: model.KindDepartment, Title: model.Text{"Sales", "销售部"}, Children: []*model.Node{
		duty("1", "Lead the department."),
		{ID: "selling", Kind: model.KindSection, Title: model.Text{"Selling", "销售"}, Children: []*model.Node{
			duty("1", "Sell booths."), duty("2", "Sell advertising."),
		}},
		{ID: "service", Kind: model.KindSection, Title: model.Text{"Service", "服务"}, Children: []*model.Node{
			duty("1", "Serve customers."), duty("2", "Answer complaints."),
		}},
	}}
	marks := map[string]string{"Lead the department.": " [1]", "Sell booths.": " [2]", "Sell advertising.": " [2]", "Serve customers.": " [1]", "Answer complaints.": " [2]"}
	cited := map[*model.Node]int{}
	cite := func(c *model.Node) string {
		cited[c]++
		return marks[c.Title.In(model.En)]
	}
	org := model.NewOrg([]*model.Node{dept}, nil)
	var b strings.Builder
	writeChildren(&b, org.Node("sales"), model.En, words[model.En], cite)
	want := "1. Lead the department. [1]\n\n" +
		"## Selling — 2 duties [2]\n\n1. Sell booths.\n2. Sell advertising.\n\n" +
		"## Service — 2 duties\n\n1. Serve customers. [1]\n2. Answer complaints. [2]\n\n"
	if b.String() != want {
		t.Errorf("got\n%q\nwant\n%q", b.String(), want)
	}
	for c, n := range cited {
		if n != 1 {
			t.Errorf("%s cited %d times", c.Title.In(model.En), n)
		}
	}
	if len(cited) != 5 {
		t.Errorf("%d duties cited, want 5", len(cited))
	}
}
