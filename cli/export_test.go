package cli

import (
	"encoding/csv"
	"encoding/json"
	"maps"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/dutymap/dutymap/content"
	"github.com/dutymap/dutymap/model"
	"github.com/santhosh-tekuri/jsonschema/v6"
)

const schemaFile = "../docs/export.schema.json"

func exportSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	sch, err := jsonschema.NewCompiler().Compile(schemaFile)
	if err != nil {
		t.Fatalf("docs/export.schema.json does not compile: %v", err)
	}
	return sch
}

func validateJSON(sch *jsonschema.Schema, doc string) error {
	inst, err := jsonschema.UnmarshalJSON(strings.NewReader(doc))
	if err != nil {
		return err
	}
	return sch.Validate(inst)
}

// cases are the organisations and languages every export test covers.
var exportCases = []struct {
	name  string
	flags []string
}{
	{"builtin all", nil},
	{"builtin en", []string{"--lang", "en"}},
	{"builtin zh", []string{"--lang", "zh"}},
	{"myorg", []string{"--content", myorg, "--builtin=false"}},
	{"myorg layered", []string{"--content", myorg}},
}

func TestExportJSONMatchesSchema(t *testing.T) {
	sch := exportSchema(t)
	for _, tc := range exportCases {
		t.Run(tc.name, func(t *testing.T) {
			r := run(t, append([]string{"export", "--format", "json"}, tc.flags...)...).ok(t)
			if err := validateJSON(sch, r.out); err != nil {
				t.Fatalf("export does not match docs/export.schema.json:\n%v", err)
			}
			assertPlain(t, "json", r.out)
		})
	}
}

// The schema must be able to fail: each change below breaks the format.
func TestExportSchemaRejectsBrokenExports(t *testing.T) {
	sch := exportSchema(t)
	out := run(t, "export", "--format", "json").ok(t).out
	for name, breakIt := range map[string]func(map[string]any){
		"missing path":         func(d map[string]any) { delete(dept(d, 0), "path") },
		"unknown kind":         func(d map[string]any) { dept(d, 0)["kind"] = "team" },
		"unknown trait":        func(d map[string]any) { dept(d, 0)["traits"].(map[string]any)["mood"] = map[string]any{"en": "x"} },
		"not a language tag":   func(d map[string]any) { dept(d, 0)["title"].(map[string]any)["English"] = "Marketing" },
		"role on department":   func(d map[string]any) { dept(d, 0)["role"] = "position" },
		"section without role": func(d map[string]any) { delete(child(dept(d, 0), 0), "role") },
		"duty with traits":     func(d map[string]any) { firstLeaf(dept(d, 0))["traits"] = map[string]any{} },
		"relation without to":  func(d map[string]any) { delete(d["relations"].([]any)[0].(map[string]any), "to") },
		"bad id":               func(d map[string]any) { dept(d, 0)["id"] = "Marketing Dept" },
		"extra field":          func(d map[string]any) { d["generated"] = "today" },
		"no version":           func(d map[string]any) { delete(d, "version") },
		"cites not ids":        func(d map[string]any) { firstLeaf(dept(d, 0))["cites"] = []any{"Sina Org"} },
		"cites empty":          func(d map[string]any) { firstLeaf(dept(d, 0))["cites"] = []any{} },
		"department path deep": func(d map[string]any) { dept(d, 0)["path"] = "marketing/core" },
		"path with a space":    func(d map[string]any) { child(dept(d, 0), 0)["path"] = "marketing/the core" },
	} {
		t.Run(name, func(t *testing.T) {
			var doc map[string]any
			if err := json.Unmarshal([]byte(out), &doc); err != nil {
				t.Fatal(err)
			}
			breakIt(doc)
			broken, _ := json.Marshal(doc)
			if validateJSON(sch, string(broken)) == nil {
				t.Error("the schema accepted a broken export")
			}
		})
	}
}

func dept(d map[string]any, i int) map[string]any {
	return d["departments"].([]any)[i].(map[string]any)
}
func child(n map[string]any, i int) map[string]any { return n["children"].([]any)[i].(map[string]any) }

func firstLeaf(n map[string]any) map[string]any {
	for {
		kids, _ := n["children"].([]any)
		if len(kids) == 0 {
			return n
		}
		n = kids[0].(map[string]any)
	}
}

// jsonDoc is the part of the export the content tests read back.
type jsonDoc struct {
	Languages   []string `json:"languages"`
	Departments []*jnode `json:"departments"`
	Topics      []*jnode `json:"topics"`
	Relations   []*jnode `json:"relations"`
	Sources     []struct {
		ID    string            `json:"id"`
		Title map[string]string `json:"title"`
	} `json:"sources"`
}

type jnode struct {
	ID, Path, Kind string
	Title          map[string]string
	Traits         map[string]map[string]string
	Sources        []string
	Cites          []string
	Children       []*jnode
}

func (n *jnode) leaves() []*jnode {
	if n.Kind == "duty" || n.Kind == "point" {
		return []*jnode{n}
	}
	var out []*jnode
	for _, c := range n.Children {
		out = append(out, c.leaves()...)
	}
	return out
}

func TestExportJSONHoldsEveryDuty(t *testing.T) {
	org := loadOrg(t, content.Builtin())
	var doc jsonDoc
	if err := json.Unmarshal([]byte(run(t, "export", "--format", "json").ok(t).out), &doc); err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(doc.Languages, []string{"en", "zh"}) {
		t.Errorf("languages = %v", doc.Languages)
	}
	if len(doc.Departments) != len(org.Departments) || len(doc.Topics) != len(org.Topics) || len(doc.Relations) != len(org.Relations) || len(doc.Sources) != len(org.Sources) {
		t.Fatalf("export has %d/%d/%d/%d departments/topics/relations/sources, content has %d/%d/%d/%d",
			len(doc.Departments), len(doc.Topics), len(doc.Relations), len(doc.Sources),
			len(org.Departments), len(org.Topics), len(org.Relations), len(org.Sources))
	}
	for i, d := range org.Documents() {
		j := slices.Concat(doc.Departments, doc.Topics, doc.Relations)[i]
		want := model.Leaves(d)
		got := j.leaves()
		if len(got) != len(want) {
			t.Fatalf("%s: %d leaves exported, content has %d", d.Path, len(got), len(want))
		}
		for k := range want {
			if got[k].Path != want[k].Path || got[k].Title["en"] != want[k].Title[model.En] || got[k].Title["zh"] != want[k].Title[model.Zh] {
				t.Fatalf("leaf %d of %s: exported %+v, content has %s %q", k, d.Path, got[k], want[k].Path, want[k].Title)
			}
		}
	}
	mkt := doc.Departments[0]
	if mkt.ID != "marketing" || mkt.Traits["objective"]["zh"] == "" || mkt.Traits["objective"]["en"] == "" {
		t.Errorf("marketing traits not exported in both languages: %v", mkt.Traits)
	}
}

// TestExportCarriesDutySources: every export says which source each duty
// came from. JSON gives the sources a duty declares itself (sources) and
// those it cites in effect (cites: its own, or its nearest ancestor's);
// CSV resolves them per row (cites).
func TestExportCarriesDutySources(t *testing.T) {
	var doc jsonDoc
	if err := json.Unmarshal([]byte(run(t, "export", "--format", "json").ok(t).out), &doc); err != nil {
		t.Fatal(err)
	}
	declared := map[string][]string{}
	for _, d := range slices.Concat(doc.Departments, doc.Topics, doc.Relations) {
		for _, l := range d.leaves() {
			declared[l.Path] = l.Sources
		}
	}
	for path, want := range map[string][]string{
		"sales/selling/1":                   {"sina-org"},
		"sales/selling/2":                   {"market-vs-sales-zh"},
		"differences/objectives/3":          {"furniture-marketing"},
		"differences/strategy-vs-tactics/6": {"five-differences", "market-vs-sales-zh"},
		"sales/targets/1":                   nil,
	} {
		if !slices.Equal(declared[path], want) {
			t.Errorf("JSON: %s declares sources %q, want %q", path, declared[path], want)
		}
	}
	// cites: a node's own sources, else its parent's cites; every duty of
	// the built-in content cites something.
	jsonCites := map[string][]string{}
	leaves := 0
	var walk func(n *jnode, inherited []string)
	walk = func(n *jnode, inherited []string) {
		want := inherited
		if len(n.Sources) > 0 {
			want = n.Sources
		}
		if !slices.Equal(n.Cites, want) {
			t.Errorf("JSON: %s cites %q, want %q (its own sources, else its nearest ancestor's)", n.Path, n.Cites, want)
		}
		if (n.Kind == "duty" || n.Kind == "point") && len(n.Cites) == 0 {
			t.Errorf("JSON: %s cites nothing", n.Path)
		}
		if n.Kind == "duty" || n.Kind == "point" {
			leaves++
		}
		jsonCites[n.Path] = n.Cites
		for _, c := range n.Children {
			walk(c, want)
		}
	}
	for _, d := range slices.Concat(doc.Departments, doc.Topics, doc.Relations) {
		walk(d, nil)
	}
	if leaves < 300 {
		t.Fatalf("only %d duties and points read from the JSON export", leaves)
	}

	rows, err := csv.NewReader(strings.NewReader(run(t, "export", "--format", "csv").ok(t).out)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	cites := map[string]string{}
	col := slices.Index(rows[0], "cites")
	for _, r := range rows[1:] {
		cites[r[0]] = r[col]
	}
	for path, want := range map[string]string{
		"sales/selling/1":                "sina-org",
		"sales/selling/2":                "market-vs-sales-zh",
		"sales/targets/1":                "five-differences;furniture-marketing;market-vs-sales-zh",
		"marketing/positions/manager/14": "furniture-marketing",
		"marketing/positions/manager/1":  "furniture-marketing;market-vs-sales-zh",
		"operations/on-site/receiving/3": "sina-org",
	} {
		if cites[path] != want {
			t.Errorf("CSV: %s cites %q, want %q", path, cites[path], want)
		}
		if got := strings.Join(jsonCites[path], ";"); got != want {
			t.Errorf("JSON: %s cites %q, want %q", path, got, want)
		}
	}
	for path, c := range cites {
		if got := strings.Join(jsonCites[path], ";"); got != c {
			t.Errorf("%s: JSON cites %q, CSV %q", path, got, c)
		}
	}
}

func TestExportJSONSingleLanguage(t *testing.T) {
	out := run(t, "--content", myorg, "--builtin=false", "export", "--format", "json").ok(t).out
	var doc jsonDoc
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(doc.Languages, []string{"en"}) {
		t.Errorf("an English-only organisation exports languages %v", doc.Languages)
	}
	if strings.Contains(out, `"zh"`) {
		t.Error(`an English-only organisation exported "zh" texts`)
	}
	ids := []string{}
	for _, d := range doc.Departments {
		ids = append(ids, d.ID)
	}
	if !slices.Equal(ids, []string{"front-of-house", "kitchen", "accounts"}) {
		t.Errorf("departments %v", ids)
	}
	r := run(t, "--content", myorg, "--builtin=false", "export", "--lang", "zh").ok(t)
	mustContain(t, r.err, "no text in 中文 (zh)")
	mustContain(t, r.out, "# 部门与职责\n", "## Kitchen\n")

	zhOnly := run(t, "export", "--format", "json", "--lang", "zh").ok(t).out
	if strings.Contains(zhOnly, `"en":`) {
		t.Error(`--lang zh exported "en" texts`)
	}
}

func TestExportCSVOneRowPerNode(t *testing.T) {
	for _, tc := range []struct {
		name   string
		flags  []string
		layers []content.Layer
		header string
	}{
		{"builtin", nil, []content.Layer{content.Builtin()},
			"path,kind,department_en,department_zh,section_en,section_zh,duty_en,duty_zh,description_en,description_zh,code,aliases_en,aliases_zh,sources,concerns,from,to,returns,responsible,accountable,consulted,informed,overlaps,summary_en,summary_zh," +
				"trait_objective_en,trait_objective_zh,trait_level_en,trait_level_zh,trait_scope_en,trait_scope_zh,trait_nature_en,trait_nature_zh," +
				"trait_horizon_en,trait_horizon_zh,trait_assessment_en,trait_assessment_zh,trait_focus_en,trait_focus_zh,trait_analogy_en,trait_analogy_zh," +
				"group_id,group_name_en,group_name_zh,cites"},
		{"myorg en", []string{"--content", myorg, "--builtin=false", "--lang", "en"}, []content.Layer{content.Dir(myorg)},
			"path,kind,department_en,section_en,duty_en,description_en,code,aliases_en,sources,concerns,from,to,returns,responsible,accountable,consulted,informed,overlaps,summary_en," +
				"trait_objective_en,trait_level_en,trait_scope_en,trait_nature_en,trait_horizon_en,trait_assessment_en,trait_focus_en,trait_analogy_en,group_id,group_name_en,cites"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			org := loadOrg(t, tc.layers...)
			out := run(t, append([]string{"export", "--format", "csv"}, tc.flags...)...).ok(t).out
			assertPlain(t, "csv", out)
			rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
			if err != nil {
				t.Fatalf("not valid CSV: %v", err)
			}
			if got := strings.Join(rows[0], ","); got != tc.header {
				t.Errorf("header %s, want %s", got, tc.header)
			}
			nodes := org.Nodes()
			if len(rows)-1 != len(nodes) {
				t.Fatalf("%d rows, want one per node: %d", len(rows)-1, len(nodes))
			}
			dutyCol := slices.Index(rows[0], "duty_en")
			for i, n := range nodes {
				row := rows[i+1]
				if row[0] != n.Path || (n.Kind.IsLeaf() && row[dutyCol] != n.Title[model.En]) {
					t.Fatalf("row %d = %q, want %s %q", i+1, row, n.Path, n.Title[model.En])
				}
			}
		})
	}
}

func TestExportCSVRowContents(t *testing.T) {
	out := run(t, "--content", myorg, "--builtin=false", "export", "--format", "csv").ok(t).out
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"kitchen/positions/head-baker/3", "duty", "Kitchen", "Positions › Head baker",
		"Order flour, butter and yeast from the suppliers each Monday.", "", "", "", "", "", "", "", "", "", "", "", "", "",
		"", "", "", "", "", "", "", "", "", "", "", "owners-notes"} // summary, 8 traits, group id and name: a department's row only
	if !slices.ContainsFunc(rows, func(r []string) bool { return slices.Equal(r, want) }) {
		t.Errorf("no row %q in:\n%s", want, out)
	}
	if !slices.ContainsFunc(rows, func(r []string) bool { return r[0] == "leftover-bread/causes/1" && r[1] == "point" }) {
		t.Error("topic points are missing from the CSV")
	}
	if !slices.ContainsFunc(rows, func(r []string) bool { return r[0] == "kitchen/positions/head-baker" && r[1] == "position" }) {
		t.Error("a position has no row of its own")
	}
}

// TestExportXLSX: a workbook of the same rows, the same bytes every time,
// and never to a terminal.
func TestExportXLSX(t *testing.T) {
	a := run(t, "export", "--format", "xlsx").ok(t).out
	if b := run(t, "export", "--format", "xlsx").ok(t).out; a != b || !strings.HasPrefix(a, "PK") {
		t.Error("the workbook is not the same bytes twice, or not a zip file")
	}
	r := invocation{args: []string{"export", "--format", "xlsx"}, terminal: true}.run(t)
	if r.code != 2 || !strings.Contains(r.err, "redirect it to a file") {
		t.Errorf("xlsx to a terminal: exit %d %s", r.code, r.err)
	}
}

func TestExportMarkdown(t *testing.T) {
	org := loadOrg(t, content.Builtin())
	out := run(t, "export").ok(t).out
	assertPlain(t, "md", out)
	mustContain(t, out, "# Departments and duties\n", "# 部门与职责\n", "# Topics\n", "# Relations\n", "# Sources\n",
		"| Dimension | This department |", "| 维度 | 本部门 |", "\n---\n")
	for _, d := range org.Documents() {
		mustContain(t, out, "## "+mdEsc(d.Title[model.En])+"\n", "## "+mdEsc(d.Title[model.Zh])+"\n")
	}
	for _, n := range org.Nodes() {
		if n.Kind.IsLeaf() {
			mustContain(t, out, "- "+mdEsc(n.Title[model.En])+dutySources(n, model.En)+"\n")
		}
	}
	// Citations: a section's own sources under its heading, a duty's own
	// after its text; a duty without them cites its section's.
	mustContain(t, out, "### Selling to customers\n\n*Sources: sina-org, market-vs-sales-zh*\n",
		"### 面向客户的销售\n\n*来源：sina-org、market-vs-sales-zh*\n",
		"- Sell the company's products and services. *[sina-org]*\n",
		"- Build up the sales team. *[market-vs-sales-zh]*\n",
		"- Collect payment for the goods sold.\n")

	en := run(t, "export", "--format", "md", "--lang", "en").ok(t).out
	if strings.Contains(en, "部门与职责") || !strings.HasPrefix(en, "# Departments and duties\n") {
		t.Errorf("--lang en export:\n%.300s", en)
	}

	mine := run(t, "--content", myorg, "--builtin=false", "export").ok(t).out
	mustContain(t, mine, "## Kitchen\n", "### Positions\n", "#### Head baker\n", "- Write the recipes and the bake list.\n",
		"| Analogy | The engine room of a ship. |", "## Who decides about leftover bread\n",
		"From: **Kitchen** → To: **Front of house**", "- `staff-handbook`: Crumb & Co. staff handbook, 2024 edition")
	// Only the traits a department gives, as its page lists them: no
	// row of "—" for the others (accounts gives seven of the eight).
	if strings.Contains(mine, "| — |") {
		t.Errorf("the export's traits tables have rows of \"—\":\n%s", mine)
	}
	if strings.Contains(mine, "部门与职责") {
		t.Error("an English-only organisation exported a Chinese document")
	}
}

func TestExportIsDeterministic(t *testing.T) {
	for _, f := range []string{"md", "json", "csv", "mermaid", "dot"} {
		a := run(t, "export", "--format", f).ok(t).out
		b := run(t, "export", "--format", f).ok(t).out
		if a != b {
			t.Errorf("two %s exports differ", f)
		}
	}
}

func TestExportUsageErrors(t *testing.T) {
	mustContain(t, run(t, "export", "--format", "xml").fails(t, 2).err, `"xml"`, "md, json, csv, xlsx, mermaid or dot")
	mustContain(t, run(t, "export", "--lang", "fr").fails(t, 2).err, "en, zh or all")
	mustContain(t, run(t, "export", "marketing").fails(t, 2).err, "takes no arguments")
	run(t, "export", "--content", "testdata/nope", "--builtin=false").fails(t, 1)
}

// TestExportShapeIsDocumented: the JSON export's fields, the schema's and
// the ones docs/cli.md lists are the same, so a field added to one is added
// to all three (the schema alone would accept a field left out of the export,
// and the docs could miss one the schema has).
func TestExportShapeIsDocumented(t *testing.T) {
	raw, err := os.ReadFile(schemaFile)
	if err != nil {
		t.Fatal(err)
	}
	var schema struct {
		Properties map[string]any `json:"properties"`
		Defs       struct {
			Node struct {
				Properties map[string]any `json:"properties"`
			} `json:"node"`
		} `json:"$defs"`
	}
	if err := json.Unmarshal(raw, &schema); err != nil {
		t.Fatal(err)
	}
	tags := func(v any) []string {
		var out []string
		ty := reflect.TypeOf(v)
		for i := range ty.NumField() {
			name, _, _ := strings.Cut(ty.Field(i).Tag.Get("json"), ",")
			out = append(out, name)
		}
		slices.Sort(out)
		return out
	}
	keys := func(m map[string]any) []string {
		out := slices.Collect(maps.Keys(m))
		slices.Sort(out)
		return out
	}
	if got, want := tags(jsonNode{}), keys(schema.Defs.Node.Properties); !slices.Equal(got, want) {
		t.Errorf("the export's node fields %q, the schema's %q", got, want)
	}
	if got, want := tags(jsonExport{}), keys(schema.Properties); !slices.Equal(got, want) {
		t.Errorf("the export's top-level fields %q, the schema's %q", got, want)
	}
	docs, err := os.ReadFile("../docs/cli.md")
	if err != nil {
		t.Fatal(err)
	}
	_, bullet, _ := strings.Cut(string(docs), "- `--format json`")
	bullet, _, _ = strings.Cut(bullet, "\n- ")
	for _, f := range slices.Concat(keys(schema.Properties), keys(schema.Defs.Node.Properties)) {
		if !strings.Contains(bullet, "`"+f+"`") {
			t.Errorf("docs/cli.md's --format json does not name the field %q", f)
		}
	}
}

// export --out writes the file stdout would get, refuses to replace one
// without --force (import's rule for a folder not empty) and never writes
// through a link; a workbook may go to a file from a terminal (tryout14
// nit 2: export had no -o, import has one).
func TestExportOut(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "org.csv")
	want := run(t, "export", "--format", "csv").ok(t).out
	if r := run(t, "export", "--format", "csv", "-o", file).ok(t); r.out != "Wrote "+file+".\n" {
		t.Errorf("stdout %q", r.out)
	}
	if got, _ := os.ReadFile(file); string(got) != want {
		t.Errorf("the file is not what stdout gets (%d bytes, want %d)", len(got), len(want))
	}

	// An existing file: refused without --force, replaced with it.
	writeFile(t, file, "mine\n")
	r := run(t, "export", "--format", "csv", "--out", file).fails(t, 1)
	mustContain(t, r.err, "dutymap export: "+file+" already exists, so export will not replace it.\nChoose another name, or pass --force to replace it.\n")
	if got, _ := os.ReadFile(file); string(got) != "mine\n" {
		t.Errorf("a refused export changed the file: %q", got)
	}
	run(t, "export", "--out", file, "--force").ok(t)
	if got, _ := os.ReadFile(file); !strings.HasPrefix(string(got), "path,kind,") {
		t.Errorf("--force did not replace the file: %.40q", got)
	}

	// A workbook to a file, from a terminal.
	book := filepath.Join(dir, "org.xlsx")
	r = invocation{args: []string{"export", "--format", "xlsx", "-o", book}, terminal: true}.run(t)
	if r.code != 0 {
		t.Fatalf("xlsx -o from a terminal: exit %d %s", r.code, r.err)
	}
	if got, _ := os.ReadFile(book); string(got) != run(t, "export", "--format", "xlsx").ok(t).out {
		t.Error("the workbook written is not the one stdout gets")
	}

	// A link, a folder, a folder that does not exist.
	link := filepath.Join(dir, "link.csv")
	if err := os.Symlink(file, link); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	mustContain(t, run(t, "export", "-o", link, "--force").fails(t, 1).err, "is a symbolic link")
	mustContain(t, run(t, "export", "-o", dir).fails(t, 1).err, dir+" is a folder; give a file name")
	mustContain(t, run(t, "export", "-o", filepath.Join(dir, "no", "x.md")).fails(t, 1).err, "the folder "+filepath.Join(dir, "no")+" does not exist")
	mustContain(t, run(t, "export", "--force").fails(t, 2).err, "--force replaces the file --out names")
	if r := run(t, "export", "--format", "csv", "-o", "-").ok(t); r.out != want {
		t.Error("-o - is not standard output")
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 3 {
		t.Errorf("export left files behind: %v", entries)
	}
}

// export -o FILE takes the format from FILE's extension when --format is
// not given, and refuses a --format the extension contradicts (verify8 #6:
// export -o x.xlsx wrote Markdown into x.xlsx and said "Wrote"). The fixes
// name the format asked for, not always csv (verify8 #7).
func TestExportOutFormatFromExtension(t *testing.T) {
	dir := t.TempDir()
	for ext, format := range map[string]string{"xlsx": "xlsx", "csv": "csv", "json": "json", "md": "md", "mmd": "mermaid", "dot": "dot", "txt": "md"} {
		file := filepath.Join(dir, "x."+ext)
		run(t, "export", "-o", file).ok(t)
		got, _ := os.ReadFile(file)
		if want := run(t, "export", "--format", format).ok(t).out; string(got) != want {
			t.Errorf("export -o x.%s did not write %s: %.40q", ext, format, got)
		}
	}
	r := run(t, "export", "--format", "md", "-o", filepath.Join(dir, "y.xlsx")).fails(t, 2)
	mustContain(t, r.err, "y.xlsx names an Excel workbook, but --format is md\n  fix: leave --format out (the extension chooses xlsx), or name the file "+filepath.Join(dir, "y.md")+"\n")
	if _, err := os.Stat(filepath.Join(dir, "y.xlsx")); err == nil {
		t.Error("a refused export wrote the file")
	}
	run(t, "export", "--format", "markdown", "-o", filepath.Join(dir, "y.md")).ok(t)
	// A format name in capitals is the same format (verify9: JSON was refused).
	if got, want := run(t, "export", "--format", "JSON").ok(t).out, run(t, "export", "--format", "json").ok(t).out; got != want {
		t.Errorf("--format JSON wrote %.60q, want what --format json writes", got)
	}

	mustContain(t, run(t, "export", "--format", "xlsx", "--force").fails(t, 2).err, "give it: dutymap export --format xlsx -o org.xlsx --force")
	// The fix repeats the user's content flags: without them it exported
	// the built-in content (verify9).
	acme := filepath.Join("..", "ui", "testdata", "acme")
	mustContain(t, run(t, "--builtin=false", "--content", acme, "export", "--format", "xlsx", "--force").fails(t, 2).err,
		"give it: dutymap --builtin=false --content "+acme+" export --format xlsx -o org.xlsx --force")
	mustContain(t, run(t, "export", "--format", "xlsx", "-o", dir).fails(t, 1).err, "is a folder; give a file name, such as "+filepath.Join(dir, "org.xlsx"))
	mustContain(t, run(t, "export", "--format", "mermaid", "-o", dir).fails(t, 1).err, "such as "+filepath.Join(dir, "org.mmd"))
}

// Every other name of a format and every extension that chooses one
// write what the format's own name writes, agree with each other, and are
// listed by export --help: one table (exportFormats) serves --format, the
// extension of --out and the help.
func TestExportFormatAliases(t *testing.T) {
	help := run(t, "export", "--help").ok(t).out
	mustContain(t, help, "(.md, .json, .csv, .xlsx, .mmd, .dot; any other", "--format string   md, json, csv, xlsx, mermaid or dot")
	dir := t.TempDir()
	for _, tc := range []struct {
		format        string
		aliases, exts []string // the first extension is the usual one
	}{
		{"md", []string{"markdown", "Markdown", "MD"}, []string{"md", "markdown"}},
		{"json", []string{"JSON"}, []string{"json"}},
		{"csv", []string{"Csv"}, []string{"csv"}},
		{"xlsx", []string{"XLSX"}, []string{"xlsx"}},
		{"mermaid", []string{"mmd", "MMD"}, []string{"mmd", "mermaid"}},
		{"dot", []string{"gv", "DOT"}, []string{"dot", "gv"}},
	} {
		want := run(t, "export", "--format", tc.format).ok(t).out
		for _, a := range tc.aliases {
			if got := run(t, "export", "--format", a).ok(t).out; got != want {
				t.Errorf("--format %s wrote %.40q, want what --format %s writes", a, got, tc.format)
			}
			if lower := strings.ToLower(a); lower != tc.format {
				mustContain(t, help, lower+" ("+tc.format+")")
			}
		}
		for i, ext := range tc.exts {
			file := filepath.Join(dir, "x."+ext)
			run(t, "export", "-o", file, "--force").ok(t)
			if got, _ := os.ReadFile(file); string(got) != want {
				t.Errorf("export -o x.%s did not write %s: %.40q", ext, tc.format, got)
			}
			for _, a := range append([]string{tc.format}, tc.aliases...) {
				run(t, "export", "--format", a, "-o", file, "--force").ok(t) // they agree: not refused
			}
			shown := "." + ext
			if i > 0 {
				shown += " (" + tc.format + ")"
			}
			mustContain(t, help, shown)
		}
	}
	// An extension in capitals chooses as in small letters.
	run(t, "export", "-o", filepath.Join(dir, "y.GV")).ok(t)
	if got, _ := os.ReadFile(filepath.Join(dir, "y.GV")); string(got) != run(t, "export", "--format", "dot").ok(t).out {
		t.Errorf("export -o y.GV did not write dot: %.40q", got)
	}
	// An other name of a diagram draws positions; of a document it is
	// refused as its name is. A --format the extension contradicts is
	// refused with the file named by the format's usual extension.
	if got, want := run(t, "export", "--format", "gv", "--positions").ok(t).out, run(t, "export", "--format", "dot", "--positions").ok(t).out; got != want {
		t.Errorf("--format gv --positions wrote %.40q, want what dot writes", got)
	}
	mustContain(t, run(t, "export", "--format", "markdown", "--positions").fails(t, 2).err, "--positions is for diagrams: use it with --format mermaid or dot")
	mustContain(t, run(t, "export", "--format", "gv", "-o", filepath.Join(dir, "y.mmd")).fails(t, 2).err,
		"y.mmd names a Mermaid diagram, but --format is gv\n  fix: leave --format out (the extension chooses mermaid), or name the file "+filepath.Join(dir, "y.dot")+"\n")
}

// The Markdown export keeps who holds each duty, under it, in the lines
// and the language its page uses (tryout16 B-7): a handbook exported from
// an organisation with RACI lines answers "who is accountable". A duty no
// line reaches gets none (its department holds it, as its heading says).
func TestExportMarkdownKeepsRACI(t *testing.T) {
	dept := func(lang, id, name, work string) string {
		return "---\nid: " + id + "\nname: " + name + "\n---\n## " + work + " {#work}\n\n"
	}
	dir := writeFiles(t, map[string]string{
		"en/sales.md":   dept("en", "sales", "Sales", "Work") + "- Sell.\n",
		"zh/sales.md":   dept("zh", "sales", "销售部", "工作") + "- 销售。\n",
		"en/finance.md": dept("en", "finance", "Finance", "Work") + "- Keep the books.\n",
		"zh/finance.md": dept("zh", "finance", "财务部", "工作") + "- 记账。\n",
		"en/people.md": dept("en", "people", "People", "Work") +
			"- Pay wages on the tenth.\n  Responsible: finance\n  Accountable: people\n  Consulted: sales\n- Plan the training.\n",
		"zh/people.md": dept("zh", "people", "人事部", "工作") +
			"- 每月十日发放工资。\n  负责：finance\n  批准：people\n  咨询：sales\n- 制定培训计划。\n",
	})
	out := run(t, "--content", dir, "--builtin=false", "export", "--format", "md").ok(t).out
	assertPlain(t, "md", out)
	// Counts agree with their nouns (tryout23: "1 relations").
	mustContain(t, out, "\n3 departments, 0 topics and 0 relations; 4 duties.\n", "\n共 3 个部门、0 个专题、0 个关系；4 项职责。\n")
	mustContain(t, run(t, "--content", writeFiles(t, map[string]string{"en/sales.md": dept("en", "sales", "Sales", "Work") + "- Sell.\n"}),
		"--builtin=false", "export", "--format", "md").ok(t).out, "\n1 department, 0 topics and 0 relations; 1 duty.\n")
	mustContain(t, out,
		"- Pay wages on the tenth.\n  - R Responsible: **Finance**\n  - A Accountable: **People**\n  - C Consulted: **Sales**\n- Plan the training.\n\n",
		"- 每月十日发放工资。\n  - R 负责：**财务部**\n  - A 批准：**人事部**\n  - C 咨询：**销售部**\n- 制定培训计划。\n\n")
	// The lines are the page's: show prints the same under "Who holds it".
	page := run(t, "--content", dir, "--builtin=false", "show", "people/work/1").ok(t).out
	mustContain(t, page, "## Who holds it\n\n- R Responsible: **Finance**\n- A Accountable: **People**\n- C Consulted: **Sales**\n")
}

// TestExportTableMissingLanguage: --lang zh of English-only content wrote a
// CSV, JSON or workbook of empty _zh names (exit 0, "exported in the language
// it has"), which import refused. A sheet's columns name their language, so
// the tables hold the language the content has, exactly as --lang en does.
func TestExportTableMissingLanguage(t *testing.T) {
	for _, format := range []string{"csv", "json", "xlsx"} {
		t.Run(format, func(t *testing.T) {
			base := []string{"--content", myorg, "--builtin=false", "export", "--format", format}
			r := run(t, append(base, "--lang", "zh")...).ok(t)
			mustContain(t, r.err, "no text in 中文 (zh)", "exported in the language it has")
			if en := run(t, append(base, "--lang", "en")...).ok(t).out; r.out != en {
				t.Errorf("--lang zh of English-only content is not its English export:\n%.300s", r.out)
			}
		})
	}
	csv := run(t, "--content", myorg, "--builtin=false", "export", "--format", "csv", "--lang", "zh").ok(t).out
	mustContain(t, csv, "front-of-house,department,Front of house,")
}
