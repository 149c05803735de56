package cli

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"
)

// placesOrg writes an organisation where one duty is written the same in
// several places: twice in engineering and finance, once in people,
// sales and support (tryout12 #6).
func placesOrg(t *testing.T) string {
	t.Helper()
	dept := func(id, name, zh string, twice bool) map[string]string {
		en := "---\nid: " + id + "\nname: " + name + "\n---\n\n## Responsibilities {#duties}\n\n- Hire engineers.\n- Keep " + id + " records.\n"
		cn := "---\nid: " + id + "\nname: " + zh + "\n---\n\n## 职责 {#duties}\n\n- 招聘工程师。\n- 管好" + zh + "的记录。\n"
		if twice {
			en += "\n## Positions {#positions}\n\n### Tech lead {#lead .position}\n\n- Hire engineers.\n"
			cn += "\n## 岗位 {#positions}\n\n### 技术主管 {#lead .position}\n\n- 招聘工程师。\n"
		}
		return map[string]string{"en/" + id + ".md": en, "zh/" + id + ".md": cn}
	}
	files := map[string]string{}
	for _, d := range []struct {
		id, name, zh string
		twice        bool
	}{
		{"engineering", "Engineering department", "工程部", true},
		{"finance", "Finance department", "财务部", true},
		{"people", "People team", "人事部", false},
		{"sales", "Sales department", "销售部", false},
		{"support", "Support department", "支持部", false},
	} {
		for k, v := range dept(d.id, d.name, d.zh, d.twice) {
			files[k] = v
		}
	}
	return writeFiles(t, files)
}

// TestSearchNamesTheOtherDepartments: a text written the same in several
// departments names the others on its line, in the line's language; the
// places inside its own department are counted; --json lists every
// department holding it.
func TestSearchNamesTheOtherDepartments(t *testing.T) {
	dir := placesOrg(t)
	r := searchIn(t, dir, "hire engineers", "--limit", "1").ok(t)
	want := "engineering/duties/1  Engineering department › Responsibilities › Hire engineers. (2 places in this department; also: Finance department, 2 places; People team › Responsibilities; Sales department › Responsibilities; 1 more department)\n"
	if r.out != want {
		t.Errorf("got:\n%s\nwant:\n%s", r.out, want)
	}
	r = searchIn(t, dir, "--lang", "zh", "招聘工程师", "--limit", "1").ok(t)
	want = "engineering/duties/1  工程部 › 职责 › 招聘工程师。（本部门 2 处；另见：财务部 2 处；人事部 › 职责；销售部 › 职责；另有 1 个部门）\n"
	if r.out != want {
		t.Errorf("zh got:\n%s\nwant:\n%s", r.out, want)
	}
	r = searchIn(t, dir, "hire engineers", "--limit", "1", "--json").ok(t)
	var h searchHit
	if err := json.Unmarshal([]byte(r.out), &h); err != nil {
		t.Fatal(err)
	}
	if want := []string{"Engineering department", "Finance department", "People team", "Sales department", "Support department"}; !slices.Equal(h.Departments, want) || len(h.Places) != 7 {
		t.Errorf("--json departments %q, places %q; want %q and 7 places", h.Departments, h.Places, want)
	}

	// Within one department only: counted, no department named.
	for _, id := range []string{"finance", "people", "sales", "support"} {
		writeFile(t, dir+"/en/"+id+".md", strings.ReplaceAll(readFile(t, dir+"/en/"+id+".md"), "Hire engineers.", "Pay the bills."))
	}
	r = searchIn(t, dir, "hire engineers", "--limit", "1").ok(t)
	if want := "engineering/duties/1  Engineering department › Responsibilities › Hire engineers. (2 places)\n"; r.out != want {
		t.Errorf("one department, got:\n%s\nwant:\n%s", r.out, want)
	}
}
