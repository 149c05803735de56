package sheet

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/dutymap/dutymap/content"
	"github.com/dutymap/dutymap/model"
)

func csvOf(t *testing.T, rows [][]string) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := WriteCSV(&b, slices.Values(rows)); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// importCSV reads CSV text as dutymap import does.
func importCSV(t *testing.T, text string, opts Options) *Result {
	t.Helper()
	rows, err := CSV(strings.NewReader(text), "", 0)
	if err != nil {
		t.Fatal(err)
	}
	if opts.Name == "" {
		opts.Name = "s.csv"
	}
	return Read(rows, opts)
}

// loadFiles loads an import's folder.
func loadFiles(t *testing.T, files []content.File) *model.Org {
	t.Helper()
	fsys := fstest.MapFS{}
	for _, f := range files {
		fsys[f.Name] = &fstest.MapFile{Data: f.Data}
	}
	org, err := content.Load(content.Layer{Name: "imported", Root: "imported", FS: fsys})
	if err != nil {
		t.Fatal(err)
	}
	return org
}

func allLangs(org *model.Org) []model.Lang {
	var out []model.Lang
	for _, l := range model.Langs {
		if org.HasLang(l) {
			out = append(out, l)
		}
	}
	return out
}

// roundTrip exports org as CSV, imports it, exports again and checks the
// bytes are the same; the same through a workbook.
func roundTrip(t *testing.T, org *model.Org) {
	t.Helper()
	first := csvOf(t, Table(org, allLangs(org)))
	res := importCSV(t, string(first), Options{})
	if errs := res.Problems.Errors(); len(errs) > 0 {
		t.Fatalf("the export does not import:\n%s", errs)
	}
	again := loadFiles(t, res.Files)
	if second := csvOf(t, Table(again, allLangs(again))); !bytes.Equal(first, second) {
		t.Errorf("export, import, export differs:\n%s", firstDiff(string(first), string(second)))
	}
	sameLines(t, org, again)
	sameDocuments(t, org, again)
	// The content files the import wrote come back the same, byte for
	// byte, from a second export and import.
	res2 := importCSV(t, string(csvOf(t, Table(again, allLangs(again)))), Options{})
	sameFiles(t, "import, export, import", res.Files, res2.Files)

	var book bytes.Buffer
	if err := WriteXLSX(&book, TableRows(org, allLangs(org))); err != nil {
		t.Fatal(err)
	}
	rows, _, _, err := XLSX(bytes.NewReader(book.Bytes()), "", "")
	if err != nil {
		t.Fatal(err)
	}
	res = Read(rows, Options{Name: "s.xlsx"})
	if errs := res.Problems.Errors(); len(errs) > 0 {
		t.Fatalf("the workbook does not import:\n%s", errs)
	}
	again = loadFiles(t, res.Files)
	if second := csvOf(t, Table(again, allLangs(again))); !bytes.Equal(first, second) {
		t.Errorf("export as XLSX, import, export as CSV differs:\n%s", firstDiff(string(first), string(second)))
	}
}

// sameLines checks that every RACI, hand-off and Overlaps line of org
// is in again, on the node of the same path, as written.
func sameLines(t *testing.T, org, again *model.Org) {
	t.Helper()
	lines := 0
	for _, n := range org.Nodes() {
		m := again.Node(n.Path)
		if m == nil {
			t.Errorf("%s is lost", n.Path)
			continue
		}
		for _, role := range model.RACIRoles {
			if want, got := lineRefs(n.RACI() != nil, func() []string { return n.RACI().Refs[role] }), lineRefs(m.RACI() != nil, func() []string { return m.RACI().Refs[role] }); !slices.Equal(want, got) {
				t.Errorf("%s: %s: %q, want %q", n.Path, role, got, want)
			} else {
				lines += min(len(want), 1)
			}
		}
		for k := range model.NumLinks {
			if want, got := lineRefs(n.Links() != nil, func() []string { return n.Links().Refs[k] }), lineRefs(m.Links() != nil, func() []string { return m.Links().Refs[k] }); !slices.Equal(want, got) {
				t.Errorf("%s: %s: %q, want %q", n.Path, k, got, want)
			} else {
				lines += min(len(want), 1)
			}
		}
		if want, got := lineRefs(n.Overlap() != nil, func() []string { return n.Overlap().Refs }), lineRefs(m.Overlap() != nil, func() []string { return m.Overlap().Refs }); !slices.Equal(want, got) {
			t.Errorf("%s: Overlaps: %q, want %q", n.Path, got, want)
		} else {
			lines += min(len(want), 1)
		}
	}
	t.Logf("%d RACI, hand-off and Overlaps lines carried", lines)
}

// sameDocuments checks that every document's summary and traits, and
// every department's group with that group's names, come back from the
// sheet. (A group's sources are not in the sheet.)
func sameDocuments(t *testing.T, org, again *model.Org) {
	t.Helper()
	for _, d := range org.Documents() {
		m := again.Node(d.Path)
		if m == nil {
			t.Errorf("%s is lost", d.Path)
			continue
		}
		if m.Summary() != d.Summary() {
			t.Errorf("%s: summary %q, want %q", d.Path, m.Summary(), d.Summary())
		}
		if !maps.Equal(m.Traits(), d.Traits()) {
			t.Errorf("%s: traits %q, want %q", d.Path, m.Traits(), d.Traits())
		}
		g, h := org.GroupOf(d), again.GroupOf(m)
		if (g == nil) != (h == nil) || (g != nil && (g.ID != h.ID || !sameInLangs(org, g.Name, h.Name))) {
			t.Errorf("%s: group %+v, want %+v", d.Path, h, g)
		}
	}
}

// sameInLangs tells whether two texts are the same in the languages org
// has: a group's name in another language is never shown.
func sameInLangs(org *model.Org, a, b model.Text) bool {
	for _, l := range allLangs(org) {
		if a[l] != b[l] {
			return false
		}
	}
	return true
}

func lineRefs(ok bool, refs func() []string) []string {
	if !ok {
		return nil
	}
	return refs()
}

// sameFiles checks that two content folders hold the same files, byte for
// byte.
func sameFiles(t *testing.T, what string, a, b []content.File) {
	t.Helper()
	if len(a) != len(b) {
		t.Fatalf("%s: %d files, then %d", what, len(a), len(b))
	}
	for i := range a {
		if a[i].Name != b[i].Name || !bytes.Equal(a[i].Data, b[i].Data) {
			t.Errorf("%s: %s differs from %s:\n%s", what, b[i].Name, a[i].Name, firstDiff(string(a[i].Data), string(b[i].Data)))
		}
	}
}

func firstDiff(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := range min(len(al), len(bl)) {
		if al[i] != bl[i] {
			return fmt.Sprintf("line %d:\n- %s\n+ %s", i+1, al[i], bl[i])
		}
	}
	return fmt.Sprintf("lengths differ: %d and %d lines", len(al), len(bl))
}

func TestRoundTripBuiltin(t *testing.T) {
	org, err := content.Load(content.Builtin())
	if err != nil {
		t.Fatal(err)
	}
	roundTrip(t, org)
}

// everyFeature is an organisation with what the format can say: two
// language tags that are neither en nor zh, an empty section, positions,
// codes, aliases, sources, descriptions with Markdown structure in them, a
// duty after a sub-section, a one-language department, a topic and a
// relation; a summary, traits (one in one language only) and a group.
var everyFeature = map[string]string{
	"de/einkauf.md": `---
id: einkauf
name: Einkauf
aliases: [purchasing, buying]
code: "7"
sources: [s1]
summary: "Kauft ein; sagt: \"billig\", auch wenn's teuer ist."
group: kauf
traits:
  objective: "Ziel: alles da, ; getrennt"
  analogy: Die Speisekammer.
---

Beschafft, was gebraucht wird.

## Aufgaben {#aufgaben .unit}
Code: 7.1
Aliases: Pflichten

- Lieferanten auswählen. {#auswahl}
  Code: 7.1.1
  Sources: s1

  \- eine Liste, die keine Pflichten sind
  - weil die erste Zeile maskiert ist

  Zweiter Absatz.

### Leiter {#leiter .position}

- Planen  mit zwei Leerzeichen, R&#38;amp;D und &#38;lt;b&#38;gt; wörtlich.

### Nach dem Plan {.duty}
Code: 7.1.9

Die Beschreibung.

## Leer {#leer}
`,
	"zh-Hant/einkauf.md": "---\nid: einkauf\nname: 採購部\nsummary: 採購。\ntraits:\n  objective: 備齊。\n---\n\n## 職責 {#aufgaben}\n\n- 選擇供應商。 {#auswahl}\n\n  說明。\n\n### 主管 {#leiter}\n\n- 計劃。\n\n### 之後 {.duty}\n\n## 空 {#leer}\n",
	"de/nur.md":          "---\nid: nur\nname: Nur deutsch\n---\n## S {#s}\n- x\n",
	"de/thema.md":        "---\nid: thema\nkind: topic\nname: Thema\nconcerns: [einkauf]\n---\n- Ein Punkt.\n## Teil {#teil}\n- Noch einer.\n",
	"zh-Hant/thema.md":   "---\nid: thema\nkind: topic\nname: 主題\n---\n- 一點。\n## 部分 {#teil}\n- 另一點。\n",
	"de/gibt.md":         "---\nid: gibt\nkind: relation\nname: Gibt\nfrom: einkauf\nto: nur\n---\n## Was {#was}\n- Ware.\n",
	"sources.yaml":       "- id: s1\n  title: s1\n",
	"groups.yaml":        "- id: kauf\n  name:\n    de: Beschaffung\n    zh-Hant: 採購\n",
}

func TestRoundTripEveryFeature(t *testing.T) {
	fsys := fstest.MapFS{}
	for name, text := range everyFeature {
		fsys[name] = &fstest.MapFile{Data: []byte(text)}
	}
	org, ps := content.Check(content.Layer{Name: "f", Root: "f", FS: fsys})
	if org == nil {
		t.Fatalf("fixture:\n%s", ps)
	}
	roundTrip(t, org)
	rows := Table(org, allLangs(org))
	if got := strings.Join(rows[0], ","); !strings.Contains(got, "department_de,department_zh-Hant") {
		t.Errorf("header names the tags: %s", got)
	}
	found := false
	for _, r := range rows {
		if r[0] == "einkauf/leer" && r[1] == "section" {
			found = true
		}
	}
	if !found {
		t.Error("the empty section has no row")
	}
}

// TestRoundTripRACIAndHandOffs: a folder with RACI lines on sections and
// duties (written in different words in its two languages), hand-offs
// with From, To and Returns on sections and points, and Overlaps, exports
// and imports back to the very files dutymap writes for it, and the
// lines survive every round.
func TestRoundTripRACIAndHandOffs(t *testing.T) {
	org, err := content.Load(content.Dir("testdata/lines"))
	if err != nil {
		t.Fatal(err)
	}
	roundTrip(t, org)
	res := importCSV(t, string(csvOf(t, Table(org, allLangs(org)))), Options{})
	if errs := res.Problems.Errors(); len(errs) > 0 {
		t.Fatalf("the export does not import:\n%s", errs)
	}
	sameFiles(t, "written from the folder, then exported and imported", content.Write(org), res.Files)
	for _, want := range []string{
		"## 定价 {#pricing}\n批准：marketing\n咨询：finance\n",
		"  知会：sales, finance\n",
		"  Accountable: sales\n  Overlaps: marketing/pricing/promotions\n",
		"## Plans {#plans}\nFrom: marketing/pricing\nTo: sales/selling\n",
		"  Returns: back/reports/figures\n",
	} {
		found := false
		for _, f := range res.Files {
			found = found || strings.Contains(string(f.Data), want)
		}
		if !found {
			t.Errorf("no imported file holds %q", want)
		}
	}
}

// TestImportLineErrors: a RACI, hand-off or Overlaps cell that is wrong
// is reported at its row and column, and nothing is written (a note, such
// as two accountable units, is reported the same way, and the import goes
// on).
func TestImportLineErrors(t *testing.T) {
	org, err := content.Load(content.Dir("testdata/lines"))
	if err != nil {
		t.Fatal(err)
	}
	rows := Table(org, allLangs(org))
	col := func(name string) int { return slices.Index(rows[0], name) }
	row := func(path string) int { return slices.IndexFunc(rows, func(r []string) bool { return r[0] == path }) }
	for _, tc := range []struct {
		path, column, value string
		want                string
	}{
		{"marketing/pricing", "accountable", "nowhere", `s.csv:%d: column %s (accountable): Accountable: "nowhere" names no unit`},
		{"finance/money/1", "consulted", "marketing; nobody", `s.csv:%d: column %s (consulted): Consulted: "nobody" names no unit`},
		{"marketing/pricing/set-prices", "accountable", "marketing, sales", `s.csv:%d: note: column %s (accountable): Accountable: names 2 units`},
		{"marketing", "informed", "sales", "s.csv:%d: column %s (informed): the row is about the department itself, and informed lines belong to its sections and duties"},
		{"handoffs", "returns", "back/reports/figures", "s.csv:%d: column %s (returns): the row is about the relation itself, and returns lines belong to its sections and duties"},
		{"marketing/pricing/set-prices", "from", "sales", "s.csv:%d: column %s (from): "},
		{"handoffs/plans/price-list", "responsible", "sales", "s.csv:%d: column %s (responsible): "},
		{"back/reports/figures", "overlaps", "sales/selling/promote", "s.csv:%d: column %s (overlaps): "},
	} {
		bad := make([][]string, len(rows))
		for i, r := range rows {
			bad[i] = slices.Clone(r)
		}
		r, c := row(tc.path), col(tc.column)
		if r < 0 || c < 0 {
			t.Fatalf("no row %s or column %s", tc.path, tc.column)
		}
		bad[r][c] = tc.value
		res := importCSV(t, string(csvOf(t, bad)), Options{})
		want := fmt.Sprintf(tc.want, r+1, ColumnName(c))
		if !strings.Contains(res.Problems.Error(), want) {
			t.Errorf("%s %s=%q: want %q in:\n%s", tc.path, tc.column, tc.value, want, res.Problems)
		}
		if isNote := strings.Contains(tc.want, "note:"); (res.Files == nil) == isNote {
			t.Errorf("%s %s=%q: files written: %v, for a note: %v", tc.path, tc.column, tc.value, res.Files != nil, isNote)
		}
	}
}

// TestXLSXLeavesEmptyCellsOut: an exported workbook writes no cell for an
// empty field (most of a row's columns): the built-in organisation's
// sheet was three times the size with them, and a 100,000-duty one 248 MB
// of XML. TestRoundTripBuiltin reads such a workbook back whole.
func TestXLSXLeavesEmptyCellsOut(t *testing.T) {
	org, err := content.Load(content.Builtin())
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := WriteXLSX(&buf, TableRows(org, allLangs(org))); err != nil {
		t.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		t.Fatal(err)
	}
	rc, err := zr.Open("xl/worksheets/sheet1.xml")
	if err != nil {
		t.Fatal(err)
	}
	defer rc.Close()
	xml, err := io.ReadAll(rc)
	if err != nil {
		t.Fatal(err)
	}
	if n := bytes.Count(xml, []byte("<t></t>")) + bytes.Count(xml, []byte("<v></v>")); n > 0 {
		t.Errorf("the sheet holds %d empty cells", n)
	}
	if !bytes.Contains(xml, []byte("<t>marketing/responsibilities</t>")) {
		t.Error("the sheet lacks the rows")
	}
}

// tryout28 Y11: a sheet in the export's shape (a Kind column) headed as a
// user heads columns (Kind, From, To) reads its From and To columns, and
// a relation row names its departments as the other rows name units: by
// name, in either language, as well as by id.
func TestImportRelationHeadedAndNamed(t *testing.T) {
	res := importCSV(t, "Department (en),Department (zh),Duty (en),Duty (zh),Kind,From,To\n"+
		"Customer support,客服中心,Answer tickets.,回复工单。,,,\n"+
		"Engineering,研发部,Fix bugs.,修复缺陷。,,,\n"+
		"Support to engineering,客服到研发,,,relation,Customer support,研发部\n", Options{})
	if errs := res.Problems.Errors(); len(errs) > 0 {
		t.Fatalf("problems: %v", errs)
	}
	org := loadFiles(t, res.Files)
	rel := org.Node("support-to-engineering")
	if rel == nil || rel.Kind != model.KindRelation {
		t.Fatalf("no relation support-to-engineering: %v", rel)
	}
	if rel.From() != "customer-support" || rel.To() != "engineering" {
		t.Errorf("relation from %q to %q, want customer-support to engineering", rel.From(), rel.To())
	}
	// Without a Kind column, a "From" column is someone's own (a date):
	// ignored, as before.
	res = importCSV(t, "Department,Duty,From\nSales,Sell.,2024-01-01\n", Options{})
	if !slices.Contains(res.Mapping.Ignored, "From") {
		t.Errorf("a From column without Kind read as %v; ignored: %v", res.Mapping.Columns, res.Mapping.Ignored)
	}
}
