package sheet

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/dutymap/dutymap/content"
	"github.com/dutymap/dutymap/model"
)

func csvOf(t *testing.T, rows [][]string) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := WriteCSV(&b, rows); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// importCSV reads CSV text as dutymap import does.
func importCSV(t *testing.T, text string, opts Options) *Result {
	t.Helper()
	rows, err := CSV(strings.NewReader(text), "")
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

	var book bytes.Buffer
	if err := WriteXLSX(&book, Table(org, allLangs(org))); err != nil {
		t.Fatal(err)
	}
	rows, _, _, err := XLSX(bytes.NewReader(book.Bytes()), "")
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
// relation.
var everyFeature = map[string]string{
	"de/einkauf.md": `---
id: einkauf
name: Einkauf
aliases: [purchasing, buying]
code: "7"
sources: [s1]
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
	"zh-Hant/einkauf.md": "---\nid: einkauf\nname: 採購部\n---\n\n## 職責 {#aufgaben}\n\n- 選擇供應商。 {#auswahl}\n\n  說明。\n\n### 主管 {#leiter}\n\n- 計劃。\n\n### 之後 {.duty}\n\n## 空 {#leer}\n",
	"de/nur.md":          "---\nid: nur\nname: Nur deutsch\n---\n## S {#s}\n- x\n",
	"de/thema.md":        "---\nid: thema\nkind: topic\nname: Thema\nconcerns: [einkauf]\n---\n- Ein Punkt.\n## Teil {#teil}\n- Noch einer.\n",
	"zh-Hant/thema.md":   "---\nid: thema\nkind: topic\nname: 主題\n---\n- 一點。\n## 部分 {#teil}\n- 另一點。\n",
	"de/gibt.md":         "---\nid: gibt\nkind: relation\nname: Gibt\nfrom: einkauf\nto: nur\n---\n## Was {#was}\n- Ware.\n",
	"sources.yaml":       "- id: s1\n  title: s1\n",
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
