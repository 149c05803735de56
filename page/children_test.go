package page

import (
	"fmt"
	"strings"
	"testing"

	"github.com/dutymap/dutymap/model"
)

func leaf(title string) *model.Node {
	return &model.Node{ID: "x", Kind: model.KindDuty, Title: model.Text{title, title}}
}

func sectionOf(id, title string, children ...*model.Node) *model.Node {
	for i, c := range children {
		if c.Kind == model.KindDuty {
			c.ID = fmt.Sprint(i + 1)
		}
	}
	return &model.Node{ID: id, Kind: model.KindSection, Title: model.Text{title, title}, Children: children}
}

// TestDepartmentPageListsItsDuties checks a department's page holds every
// duty under its section and sub-section headings, with their counts.
func TestDepartmentPageListsItsDuties(t *testing.T) {
	d := &model.Node{ID: "d", Kind: model.KindDepartment, Title: model.Text{"Kitchen", "厨房"}, Children: []*model.Node{
		leaf("Keep the kitchen running."),
		sectionOf("pos", "Positions",
			sectionOf("head", "Head baker", leaf("Write the recipes."), leaf("Order the flour.")),
			sectionOf("baker", "Baker", leaf("Shape the dough.")),
		),
	}}
	org := model.NewOrg([]*model.Node{d}, nil)
	md := Render(org, d, Options{Lang: model.En})
	want := "1. Keep the kitchen running.\n\n## Positions — 3 duties\n\n### Head baker — 2 duties\n\n" +
		"1. Write the recipes.\n2. Order the flour.\n\n### Baker — 1 duty\n\n1. Shape the dough.\n"
	if !strings.Contains(md, want) {
		t.Fatalf("page lacks the duties under their headings:\n%s", md)
	}
}

// TestDepartmentPageIsBounded checks a huge department lists maxListed
// duties, across its sections, and counts the rest.
func TestDepartmentPageIsBounded(t *testing.T) {
	var a, b []*model.Node
	for i := range 400 {
		a = append(a, leaf(fmt.Sprintf("Duty a%d.", i)))
		b = append(b, leaf(fmt.Sprintf("Duty b%d.", i)))
	}
	d := &model.Node{ID: "big", Kind: model.KindDepartment, Title: model.Text{"Big", "大"},
		Children: []*model.Node{sectionOf("a", "A", a...), sectionOf("b", "B", b...)}}
	org := model.NewOrg([]*model.Node{d}, nil)
	md := Render(org, d, Options{Lang: model.En})
	listed := strings.Count(md, ". Duty ")
	last := fmt.Sprintf("Duty b%d.", maxListed-400-1)
	if listed != maxListed || !strings.Contains(md, last) {
		t.Fatalf("want %d duties listed, the last %q; got %d:\n%s", maxListed, last, listed, md[max(len(md)-400, 0):])
	}
	if !strings.Contains(md, fmt.Sprintf("… and %d more", 800-maxListed)) {
		t.Fatalf("the rest is not counted:\n%s", md[len(md)-400:])
	}
	// tryout19 §9: the note was inside the last duty's item ("100. Duty
	// b99. … and 300 more"), told apart only by italics, lost without
	// colour. On screen it is a paragraph of its own at the page's margin.
	lines := strings.Split(Terminal(md, StylePlain, 80), "\n")
	for i, l := range lines {
		if strings.Contains(l, "… and") {
			if !strings.HasPrefix(l, "  … and") || i == 0 || strings.TrimSpace(lines[i-1]) != "" {
				t.Fatalf("the count of the rest is not a paragraph of its own:\n%s", strings.Join(lines[max(i-3, 0):], "\n"))
			}
		}
	}
}
