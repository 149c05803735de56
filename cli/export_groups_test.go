package cli

import (
	"encoding/json"
	"strings"
	"testing"
)

// TestExportJSONGroups: the JSON export lists the groups of departments
// with their names in each exported language, and each department names
// its group; the schema holds group to departments.
func TestExportJSONGroups(t *testing.T) {
	sch := exportSchema(t)
	for _, lang := range []string{"all", "zh"} {
		r := run(t, "export", "--format", "json", "--lang", lang).ok(t)
		if err := validateJSON(sch, r.out); err != nil {
			t.Fatalf("--lang %s: the export does not follow the schema: %v", lang, err)
		}
		var doc struct {
			Groups []struct {
				ID      string            `json:"id"`
				Name    map[string]string `json:"name"`
				Sources []string          `json:"sources"`
			} `json:"groups"`
			Departments []struct {
				ID    string `json:"id"`
				Group string `json:"group"`
			} `json:"departments"`
		}
		if err := json.Unmarshal([]byte(r.out), &doc); err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, g := range doc.Groups {
			got = append(got, g.ID+"="+g.Name["zh"]+"/"+g.Name["en"]+"/"+strings.Join(g.Sources, ","))
		}
		want := "front-office=前端部门/Front-office departments/sina-org important=重要部门/Important departments/sina-org other=其他部门/Other departments/sina-org"
		if lang == "zh" {
			want = "front-office=前端部门//sina-org important=重要部门//sina-org other=其他部门//sina-org"
		}
		if strings.Join(got, " ") != want {
			t.Errorf("--lang %s: groups %q, want %q", lang, strings.Join(got, " "), want)
		}
		in := map[string]string{}
		for _, d := range doc.Departments {
			in[d.ID] = d.Group
		}
		for id, g := range map[string]string{"sales": "front-office", "hr": "important", "logistics": "other", "planning": ""} {
			if in[id] != g {
				t.Errorf("--lang %s: %s is in group %q, want %q", lang, id, in[id], g)
			}
		}
	}
	// The schema refuses a group on anything but a department.
	bad := `{"format":"dutymap-export","version":1,"languages":["en"],"departments":[],"relations":[],"sources":[],
		"topics":[{"id":"t","path":"t","kind":"topic","title":{"en":"T"},"concerns":["a"],"group":"g"}]}`
	if validateJSON(sch, bad) == nil {
		t.Error("the schema accepts a topic with a group")
	}
}
