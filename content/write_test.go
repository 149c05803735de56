package content

import (
	"reflect"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/dutymap/dutymap/model"
)

func filesFS(files []File) fstest.MapFS {
	fsys := fstest.MapFS{}
	for _, f := range files {
		fsys[f.Name] = &fstest.MapFile{Data: f.Data}
	}
	return fsys
}

// sameOrg compares two organisations node by node: everything the model
// holds but where it was written.
func sameOrg(t *testing.T, a, b *model.Org) {
	t.Helper()
	an, bn := a.Nodes(), b.Nodes()
	if len(an) != len(bn) {
		t.Fatalf("%d nodes, want %d", len(bn), len(an))
	}
	for i := range an {
		x, y := *an[i], *bn[i]
		if !sameRefs(x.RACI(), y.RACI()) || !sameLinks(x.Links(), y.Links()) || !sameOverlap(x.Overlap(), y.Overlap()) {
			t.Fatalf("node %s: RACI %+v / %+v, links %+v / %+v", an[i].Path, x.RACI(), y.RACI(), x.Links(), y.Links())
		}
		var xd, yd model.Details
		if x.Details != nil {
			xd = *x.Details
		}
		if y.Details != nil {
			yd = *y.Details
		}
		xd.RACI, yd.RACI, xd.Links, yd.Links, xd.Overlap, yd.Overlap = nil, nil, nil, nil, nil, nil
		x.Loc, x.Layer, y.Layer, xd.Order, yd.Order = y.Loc, "", "", 0, 0
		x.Parent, y.Parent, x.Children, y.Children, x.Details, y.Details = nil, nil, nil, nil, nil, nil
		if !reflect.DeepEqual(x, y) || !reflect.DeepEqual(xd, yd) {
			t.Fatalf("node %s differs:\n%+v %+v\n%+v %+v", an[i].Path, x, xd, y, yd)
		}
	}
	var ad, bd []string
	for _, d := range a.Documents() {
		ad = append(ad, d.ID)
	}
	for _, d := range b.Documents() {
		bd = append(bd, d.ID)
	}
	if !reflect.DeepEqual(ad, bd) || !reflect.DeepEqual(a.Sources, b.Sources) || !reflect.DeepEqual(a.Groups, b.Groups) || a.Tags != b.Tags {
		t.Errorf("documents %v / %v, sources or tags differ", ad, bd)
	}
}

// sameRefs compares RACI lines as written and the units they name, by path.
func sameRefs(a, b *model.RACI) bool {
	if a == nil || b == nil {
		return a == b
	}
	for _, r := range model.RACIRoles {
		if !reflect.DeepEqual(a.Refs[r], b.Refs[r]) || !reflect.DeepEqual(paths(a.Units[r]), paths(b.Units[r])) {
			return false
		}
	}
	return true
}

// sameOverlap compares Overlaps lines as written and the duties they name.
func sameOverlap(a, b *model.Overlap) bool {
	if a == nil || b == nil {
		return a == b
	}
	if !reflect.DeepEqual(a.Refs, b.Refs) || len(a.Duties) != len(b.Duties) {
		return false
	}
	for i := range a.Duties {
		if (a.Duties[i] == nil) != (b.Duties[i] == nil) || (a.Duties[i] != nil && a.Duties[i].Path != b.Duties[i].Path) {
			return false
		}
	}
	return true
}

// sameLinks compares hand-off links as written and the nodes they name.
func sameLinks(a, b *model.Links) bool {
	if a == nil || b == nil {
		return a == b
	}
	for k := range model.NumLinks {
		if !reflect.DeepEqual(a.Refs[k], b.Refs[k]) || len(a.Nodes[k]) != len(b.Nodes[k]) {
			return false
		}
		for i := range a.Nodes[k] {
			if (a.Nodes[k][i] == nil) != (b.Nodes[k][i] == nil) || (a.Nodes[k][i] != nil && a.Nodes[k][i].Path != b.Nodes[k][i].Path) {
				return false
			}
		}
	}
	return true
}

func TestWriteBuiltinReadsBackTheSame(t *testing.T) {
	org, err := Load(Builtin())
	if err != nil {
		t.Fatal(err)
	}
	again, ps := Check(Layer{Name: "w", Root: "w", FS: filesFS(Write(org))})
	if again == nil || len(ps) > 0 {
		t.Fatalf("the written folder does not load cleanly:\n%s", ps)
	}
	sameOrg(t, org, again)
}

// TestWriteKeepsWhatTheFormatCanSay writes an organisation with every
// feature of the format, and text Markdown would read as structure.
func TestWriteKeepsWhatTheFormatCanSay(t *testing.T) {
	de := `---
id: einkauf
name: "Einkauf: Beschaffung"
aliases: [purchasing]
code: "7"
sources: [s1]
---

\- not a duty, but a line of the department's text
\# nor a heading

## Aufgaben {#aufgaben .unit}
Code: 7.1
Aliases: Pflichten, Arbeit

1\. Not a list either.

- Lieferanten auswählen. {#auswahl}
  Code: 7.1.1
  Responsible: einkauf/aufgaben
  Sources: s1

  \- a list that is not sub-duties
  - because the first line is escaped

  ` + "```" + `
  # code, kept
  ` + "```" + `
- Ends with braces {x}

### Planung {#planung}

- Plan.

### Nach dem Plan {#9 .duty}
Code: 7.1.9

Its description.
`
	hant := "---\nid: einkauf\nname: 採購部\n---\n\n## 職責 {#aufgaben}\n\n- 選擇供應商。 {#auswahl}\n- 二 {x}\n\n### 規劃 {#planung}\n\n- 計劃。\n\n### 之後 {#9 .duty}\n"
	src := Layer{Name: "o", Root: "o", FS: fstest.MapFS{
		"de/einkauf.md":      {Data: []byte(de)},
		"zh-Hant/einkauf.md": {Data: []byte(hant)},
		"de/only.md":         {Data: []byte("---\nid: only\nname: Nur deutsch\n---\n## S {#s}\n- x\n  Accountable: einkauf\n  Informed: einkauf/aufgaben\n")},
		"de/weiter.md": {Data: []byte("---\nid: weiter\nkind: relation\nname: Weiter\nfrom: einkauf\nto: only\n---\n" +
			"## Listen {#listen}\nFrom: einkauf/aufgaben/auswahl\n\n- Die Liste. {#liste}\n  To: only/s/1\n  Returns: weiter/listen/2\n- Die Antwort.\n  To: nowhere\n")},
		"sources.yaml": {Data: []byte("- id: s1\n  title:\n    de: Quelle\n    zh-Hant: 來源\n  url: https://example.com/\n")},
	}}
	org, ps := Check(src)
	if org == nil {
		t.Fatalf("fixture does not load:\n%s", ps)
	}
	files := Write(org)
	again, ps2 := Check(Layer{Name: "w", Root: "w", FS: filesFS(files)})
	if again == nil || len(ps2) != len(ps) {
		t.Fatalf("written folder: %s\n(was %s)", ps2, ps)
	}
	sameOrg(t, org, again)
	if d := again.Node("einkauf/aufgaben/auswahl").Body()[model.En]; !strings.HasPrefix(d, `\- a list`) {
		t.Errorf("description = %q", d)
	}
	var names []string
	for _, f := range files {
		names = append(names, f.Name)
	}
	if strings.Join(names, " ") != "de/einkauf.md de/only.md de/weiter.md zh-Hant/einkauf.md sources.yaml" {
		t.Errorf("files %v", names)
	}
}

// TestWriteOrigins: every line of a written file says where it came from.
func TestWriteOrigins(t *testing.T) {
	org, err := Load(layer(withUnits(map[string]string{"en/m.md": pricingEN, "zh/m.md": pricingZH, "sources.yaml": twoSources})))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range Write(org) {
		lines := strings.Split(strings.TrimSuffix(string(f.Data), "\n"), "\n")
		if len(lines) != len(f.Origin) {
			t.Fatalf("%s: %d lines, %d origins", f.Name, len(lines), len(f.Origin))
		}
		for i, l := range lines {
			o := f.Origin[i]
			switch {
			case strings.HasPrefix(l, "  Code: 3.2.2"), strings.HasPrefix(l, "  编号"):
				if o.Node == nil || o.Node.ID != "set-price" || o.Field != FieldCode {
					t.Errorf("%s:%d %q from %+v", f.Name, i+1, l, o)
				}
			case strings.HasPrefix(l, "  A second paragraph."):
				if o.Node == nil || o.Node.ID != "set-price" || o.Field != FieldDescription {
					t.Errorf("%s:%d %q from %+v", f.Name, i+1, l, o)
				}
			}
		}
	}
}

// Titles read with Markdown's backslash escapes (Ticket \# is "Ticket #")
// are written so that they read back the same: a closing run of #s, a
// backslash before punctuation, an entity's "&", and backslashes that
// escape nothing (hostile12 #10).
func TestWriteEscapesTitlesToReadBack(t *testing.T) {
	doc := "---\nid: h\nname: H\n---\n\n## Ticket \\# ## {#t}\n\n- Price \\#1 and \\*stars\\* in C:\\Users\\x.\n- Item #\n- A \\\\\\# and \\&amp; and &amp;amp;\n\n## \\### {#hashes}\n\n- \\###\n"
	org, ps := Check(Layer{Name: "o", Root: "o", FS: fstest.MapFS{"en/h.md": {Data: []byte(doc)}}})
	if org == nil {
		t.Fatalf("fixture does not load:\n%s", ps)
	}
	for path, want := range map[string]string{
		"h/t": "Ticket #", "h/t/1": `Price #1 and *stars* in C:\Users\x.`, "h/t/2": "Item #",
		"h/t/3": `A \# and &amp; and &amp;`, "h/hashes": "###", "h/hashes/1": "###",
	} {
		n := org.Node(path)
		if n == nil {
			t.Errorf("%s: no such node", path)
		} else if n.Title[model.En] != want {
			t.Errorf("%s read as %q, want %q", path, n.Title[model.En], want)
		}
	}
	again, _ := Check(Layer{Name: "w", Root: "w", FS: filesFS(Write(org))})
	if again == nil {
		t.Fatal("the written folder does not load")
	}
	sameOrg(t, org, again)
}

// A duty that would read as a rule once written ("- -" is the line
// "- - -") is written escaped, so that the folder reads back every duty.
// (Import no longer makes such a duty, a cell without words; a file can.)
func TestWriteEscapesADutyLikeARule(t *testing.T) {
	doc := "---\nid: s\nname: Sales\n---\n\n## Duties {#duties}\n\n- \\- -\n- \\-  -\n- Sell.\n"
	org, ps := Check(Layer{Name: "o", Root: "o", FS: fstest.MapFS{"en/s.md": {Data: []byte(doc)}}})
	if org == nil || org.Node("s/duties/2") == nil || org.Node("s/duties/1").Title[model.En] != "- -" {
		t.Fatalf("fixture does not load as three duties:\n%s", ps)
	}
	again, _ := Check(Layer{Name: "w", Root: "w", FS: filesFS(Write(org))})
	if again == nil {
		t.Fatal("the written folder does not load")
	}
	sameOrg(t, org, again)
}
