package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
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

// TestSheetRoundTripKeepsDocuments: the built-in organisation exported as
// CSV and as XLSX and imported back compares as before: the same traits,
// summaries and duties (compare marketing sales prints the same), and the
// same groups on the chart's source (the JSON export's groups).
func TestSheetRoundTripKeepsDocuments(t *testing.T) {
	want := run(t, "compare", "marketing", "sales").ok(t).out
	if !strings.Contains(want, "| Decision level | Strategic") {
		t.Fatalf("compare shows no traits:\n%.600s", want)
	}
	groupsOf := func(args ...string) string {
		out := run(t, append(args, "export", "--format", "json")...).ok(t).out
		var doc struct {
			Groups      json.RawMessage `json:"groups"`
			Departments []struct {
				ID, Group string
			} `json:"departments"`
		}
		if err := json.Unmarshal([]byte(out), &doc); err != nil {
			t.Fatal(err)
		}
		var b strings.Builder
		for _, d := range doc.Departments {
			b.WriteString(d.ID + "=" + d.Group + " ")
		}
		// Group sources are not in a sheet.
		return b.String() + strings.Join(strings.Fields(regexp.MustCompile(`,?\s*"sources": \[[^\]]*\]`).ReplaceAllString(string(doc.Groups), "")), "")
	}
	wantGroups := groupsOf()
	for _, format := range []string{"csv", "xlsx"} {
		dir := t.TempDir()
		file := filepath.Join(dir, "org."+format)
		if err := os.WriteFile(file, []byte(run(t, "export", "--format", format).ok(t).out), 0o644); err != nil {
			t.Fatal(err)
		}
		out := filepath.Join(dir, "org")
		run(t, "import", file, "--out", out).ok(t)
		if got := run(t, "--content", out, "--builtin=false", "compare", "marketing", "sales").ok(t).out; got != want {
			t.Errorf("%s: compare marketing sales differs after export and import:\n%s", format, firstLineDiff(want, got))
		}
		if got := groupsOf("--content", out, "--builtin=false"); got != wantGroups {
			t.Errorf("%s: groups after export and import:\n%s\nwant\n%s", format, got, wantGroups)
		}
	}
}

func firstLineDiff(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := range min(len(al), len(bl)) {
		if al[i] != bl[i] {
			return "- " + al[i] + "\n+ " + bl[i]
		}
	}
	return "lengths differ"
}
