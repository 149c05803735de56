package content

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/dutymap/dutymap/model"
)

// TestGroupsCaseFolder validates testdata/groups, an organisation whose
// groups are wrong in every way (see its README), and checks the report
// line by line: each problem at its file and line.
func TestGroupsCaseFolder(t *testing.T) {
	_, ps := Check(Dir("testdata/groups"))
	var got []string
	for _, p := range ps {
		got = append(got, p.String())
	}
	want := []string{
		`testdata/groups/en/clash.md:5: a topic has no group`,
		`testdata/groups/en/finance.md:4: group: differs from testdata/groups/zh/finance.md:4 (back-office here, front-office there)`,
		`testdata/groups/en/sales.md:4: unknown group "front"`,
		`testdata/groups/groups.yaml:9: group "back-office" is declared twice (line 5 declares it too)`,
		`testdata/groups/groups.yaml:11: group "staff" has no name`,
		`testdata/groups/groups.yaml:11: note: no department belongs to group "staff"`,
		`testdata/groups/groups.yaml:12: note: no department belongs to group "unused"`,
		`testdata/groups/zh/finance.md:4: group: differs from testdata/groups/en/finance.md:4 (front-office here, back-office there)`,
	}
	if len(got) != len(want) {
		t.Fatalf("%d problems, want %d:\n%s", len(got), len(want), strings.Join(got, "\n"))
	}
	for i := range want {
		if !strings.HasPrefix(got[i], want[i]) {
			t.Errorf("problem %d:\n got %s\nwant %s", i, got[i], want[i])
		}
	}
	if !strings.Contains(ps[2].Fix, "use one of front-office, back-office, staff, unused") {
		t.Errorf("the unknown group's fix does not list the declared groups: %s", ps[1].Fix)
	}
}

const groupedEn = "---\nid: %s\nname: %s\norder: %d\ngroup: %s\n---\n## S {#s}\n- Work.\n"

func dept(id, name string, order int, group string) string {
	s := strings.Replace(groupedEn, "%s", id, 1)
	s = strings.Replace(s, "%s", name, 1)
	s = strings.Replace(s, "%d", string(rune('0'+order)), 1)
	if group == "" {
		return strings.Replace(s, "group: %s\n", "", 1)
	}
	return strings.Replace(s, "%s", group, 1)
}

// TestGroupsLoad: groups come in the order groups.yaml declares them, each
// with its departments in their order; departments of no group apart; a
// duty's group is its department's.
func TestGroupsLoad(t *testing.T) {
	org, err := Load(layer(map[string]string{
		"groups.yaml":  "- id: support\n  name:\n    en: Support\n    zh: 支持\n  sources: [s1]\n" + grps,
		"sources.yaml": srcs,
		"en/a.md":      dept("a", "A", 1, "front"),
		"en/b.md":      dept("b", "B", 2, "support"),
		"en/c.md":      dept("c", "C", 3, ""),
		"en/d.md":      dept("d", "D", 4, "front"),
	}))
	if err != nil {
		t.Fatal(err)
	}
	groups, members, alone := org.Grouped()
	var got []string
	for i, g := range groups {
		ids := []string{}
		for _, d := range members[i] {
			ids = append(ids, d.ID)
		}
		got = append(got, g.ID+"="+strings.Join(ids, ","))
	}
	if want := []string{"support=b", "front=a,d"}; !slices.Equal(got, want) {
		t.Errorf("groups %v, want %v", got, want)
	}
	if len(alone) != 1 || alone[0].ID != "c" {
		t.Errorf("ungrouped %v, want [c]", alone)
	}
	if g := org.GroupOf(org.Node("d/s/1")); g == nil || g.Name[model.Zh] != "前端部门" || g.Name[model.En] != "Front-office departments" {
		t.Errorf("the group of d/s/1 is %+v", g)
	}
	if g := org.GroupOf(org.Node("c")); g != nil {
		t.Errorf("c is in no group, got %+v", g)
	}
	if org.Groups[0].Sources[0] != "s1" {
		t.Errorf("sources %v", org.Groups[0].Sources)
	}
}

// TestGroupsLayered: a later layer may rename a group, add one and move a
// department into it, as it may override sources.
func TestGroupsLayered(t *testing.T) {
	base := layer(map[string]string{"groups.yaml": grps, "en/a.md": dept("a", "A", 1, "front"), "en/b.md": dept("b", "B", 2, "front")})
	over := layer(map[string]string{
		"groups.yaml": "- id: front\n  name:\n    en: Customer-facing\n    zh: 面向客户\n- id: back\n  name: Back office\n",
		"en/b.md":     dept("b", "B", 2, "back"),
	})
	org, ps := Check(base, over)
	if org == nil || len(ps) > 0 {
		t.Fatalf("problems: %s", ps)
	}
	if g := org.GroupOf(org.Node("a")); g == nil || g.Name.In(model.En) != "Customer-facing" {
		t.Errorf("a's group %+v, want the renamed front", g)
	}
	if g := org.GroupOf(org.Node("b")); g == nil || g.ID != "back" || g.Name.In(model.Zh) != "Back office" {
		t.Errorf("b's group %+v, want back", g)
	}
}

// TestGroupsNotes: a group no department names, and a group without a name
// in one of the content's languages, load with a note each.
func TestGroupsNotes(t *testing.T) {
	org, ps := Check(layer(map[string]string{
		"groups.yaml": "- id: front\n  name:\n    en: Front\n- id: idle\n  name: Idle\n",
		"en/a.md":     dept("a", "A", 1, "front"),
		"zh/a.md":     okZh,
	}))
	if org == nil {
		t.Fatalf("does not load: %s", ps)
	}
	want := []string{
		`org/groups.yaml:1: note: group "front" has no name in zh; it is shown there as "Front"`,
		`org/groups.yaml:4: note: no department belongs to group "idle"`,
	}
	if len(ps) != len(want) {
		t.Fatalf("%d problems, want %d:\n%s", len(ps), len(want), ps)
	}
	for i, w := range want {
		if !strings.HasPrefix(ps[i].String(), w) {
			t.Errorf("got %s\nwant %s", ps[i], w)
		}
	}
}

// TestGroupsAreInputs: the cache notices groups.yaml changing.
func TestGroupsAreInputs(t *testing.T) {
	in := Inputs(layer(map[string]string{"groups.yaml": grps, "sources.yaml": srcs, "en/a.md": okEn}))
	if want := []string{"en/a.md", "groups.yaml", "sources.yaml"}; !slices.Equal(in, want) {
		t.Errorf("inputs %v, want %v", in, want)
	}
	if _, err := os.Stat("builtin/groups.yaml"); err != nil {
		t.Errorf("the built-in content declares no groups: %v", err)
	}
}

// TestUnreadListsStayUnread: when an earlier layer's sources.yaml or
// groups.yaml cannot be read, what cites or names them is not reported,
// even when a later layer has no such file; the broken file is reported
// once.
func TestUnreadListsStayUnread(t *testing.T) {
	base := layer(map[string]string{"sources.yaml": "- id: s1\n  title: \"One\n", "groups.yaml": "- id: front\n  name: \"Front\n",
		"en/a.md": "---\nid: a\nname: A\ngroup: front\nsources: [s1]\n---\n## S {#s}\n- d\n"})
	over := layer(map[string]string{"en/b.md": "---\nid: b\nname: B\n---\n## S {#s}\n- d\n"})
	_, ps := Check(base, over)
	if len(ps) != 2 || !strings.Contains(ps[0].Msg, "groups.yaml is not valid YAML") || !strings.Contains(ps[1].Msg, "sources.yaml is not valid YAML") {
		t.Fatalf("want the two broken files only:\n%s", ps)
	}
}
