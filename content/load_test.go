package content

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/dutymap/dutymap/model"
)

const salesEN = `---
id: sales
name: Sales department
sources: [s1]
traits:
  objective: Sell.
---

Sells things.

## Selling {#selling}

- Visit customers.
- Collect payment
  from buyers.
`

const salesZH = `---
id: sales
name: 销售部
traits:
  objective: 卖货。
---

## 销售 {#selling}

- 拜访客户。
- 回收货款。
`

const sourcesYAML = `- id: s1
  title:
    en: Source one
    zh: 来源一
`

func layer(files map[string]string) Layer {
	fsys := fstest.MapFS{}
	for name, text := range files {
		fsys[name] = &fstest.MapFile{Data: []byte(text)}
	}
	return Layer{Name: "test", FS: fsys, Root: "org"}
}

func TestLoadValidOrganisation(t *testing.T) {
	org, err := Load(layer(map[string]string{"en/sales.md": salesEN, "zh/sales.md": salesZH, "sources.yaml": sourcesYAML}))
	if err != nil {
		t.Fatal(err)
	}
	d := org.Department("sales")
	if d == nil || d.Title.In(model.En) != "Sales department" || d.Title.In(model.Zh) != "销售部" {
		t.Fatalf("department titles wrong: %+v", d)
	}
	duty := org.Node("sales/selling/2")
	if duty == nil || duty.Title.In(model.En) != "Collect payment from buyers." || duty.Title.In(model.Zh) != "回收货款。" {
		t.Fatalf("continuation line not joined or languages not paired: %+v", duty)
	}
	if got := d.Traits()[model.Objective]; got.In(model.En) != "Sell." || got.In(model.Zh) != "卖货。" {
		t.Fatalf("traits = %v", got)
	}
	if srcs := org.SourcesOf(duty); len(srcs) != 1 || srcs[0].Title.In(model.Zh) != "来源一" {
		t.Fatalf("duty does not inherit the department's sources: %v", srcs)
	}
	if d.Duties != 2 || d.Body().In(model.En) != "Sells things." {
		t.Fatalf("duties=%d body=%q", d.Duties, d.Body().In(model.En))
	}
}

// TestLoadErrors checks each kind of broken content gives a located,
// explained problem; every case must be reported, not just the first.
func TestLoadErrors(t *testing.T) {
	cases := []struct {
		name  string
		files map[string]string
		want  []string // "file:line: message fragment"
	}{
		{"bad yaml", map[string]string{"en/a.md": "---\nid: a\nname: a: b\n---\n"},
			[]string{"org/en/a.md:3: the front matter is not valid YAML: the value of name: holds a colon and a space"}},
		{"unknown key", map[string]string{"en/a.md": "---\nid: a\nname: A\ncolour: red\n---\n"},
			[]string{`org/en/a.md:4: unknown key "colour" in the front matter`}},
		{"unknown trait", map[string]string{"en/a.md": "---\nid: a\nname: A\ntraits:\n  objectve: x\n---\n"},
			[]string{`org/en/a.md:5: trait "objectve" is not a known dimension`}},
		{"duplicate file id", map[string]string{"en/a.md": "---\nid: a\nname: A\n---\n", "en/b.md": "---\nid: a\nname: B\n---\n"},
			[]string{`org/en/b.md:2: duplicate id "a"`}},
		{"duplicate section id", map[string]string{"en/a.md": "---\nid: a\nname: A\n---\n## X {#x}\n- d\n## Y {#x}\n- e\n"},
			[]string{`org/en/a.md:7: duplicate id "x"`}},
		{"empty duty", map[string]string{"en/a.md": "---\nid: a\nname: A\n---\n## X {#x}\n- \n"},
			[]string{"org/en/a.md:6: empty duty"}},
		{"nested list", map[string]string{"en/a.md": "---\nid: a\nname: A\n---\n## X {#x}\n- d\n  - sub\n"},
			[]string{"org/en/a.md:7: nested list under a duty"}},
		{"section missing in other language", map[string]string{
			"en/a.md": "---\nid: a\nname: A\n---\n## X {#x}\n- d\n## Y {#y}\n- e\n",
			"zh/a.md": "---\nid: a\nname: 甲\n---\n## 乙 {#x}\n- 丁\n"},
			[]string{`org/en/a.md:7: section "Y" (id y) is missing from org/zh/a.md`}},
		{"duty count differs", map[string]string{
			"en/a.md": "---\nid: a\nname: A\n---\n## X {#x}\n- d\n- e\n",
			"zh/a.md": "---\nid: a\nname: 甲\n---\n## 乙 {#x}\n- 丁\n"},
			[]string{`org/zh/a.md:5: "乙" has 1 duty here but 2 in org/en/a.md`}},
		{"relation to unknown department", map[string]string{
			"en/a.md": "---\nid: a\nname: A\n---\n",
			"en/r.md": "---\nid: r\nkind: relation\nname: R\nfrom: a\nto: nowhere\n---\n## P {#p}\n- x\n"},
			[]string{`org/en/r.md:6: "nowhere" is not a known department`}},
		{"invalid utf-8", map[string]string{"en/a.md": "---\nid: a\nname: A\n---\n## X\n- caf\xe9\n"},
			[]string{"org/en/a.md:6: text is not valid UTF-8"}},
		{"unknown source", map[string]string{"en/a.md": "---\nid: a\nname: A\n---\n## X {#x}\nSources: nope\n- d\n"},
			[]string{`org/en/a.md:6: unknown source "nope"`}},
		{"no front matter", map[string]string{"en/a.md": "## X\n- d\n"},
			[]string{"org/en/a.md:1: the file has no front matter"}},
		{"skipped heading level", map[string]string{"en/a.md": "---\nid: a\nname: A\n---\n## X {#x}\n#### Y {#y}\n- d\n"},
			[]string{"org/en/a.md:6: heading skips a level"}},
		{"several problems at once", map[string]string{
			"en/a.md": "---\nid: a\nname: A\ntraits:\n  mood: x\n---\n## X {#x}\n- \n",
			"en/b.md": "---\nid: b\n---\n"},
			[]string{`org/en/a.md:5: trait "mood"`, "org/en/a.md:8: empty duty", "org/en/b.md:1: the file has no name"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			org, err := Load(layer(tc.files))
			if err == nil {
				t.Fatalf("loaded %d departments, want problems", len(org.Departments))
			}
			ps, ok := err.(Problems)
			if !ok {
				t.Fatalf("error is %T, want Problems", err)
			}
			report := err.Error()
			for _, w := range tc.want {
				if !strings.Contains(report, w) {
					t.Errorf("report lacks %q:\n%s", w, report)
				}
			}
			for _, p := range ps {
				if p.Fix == "" {
					t.Errorf("problem without a fix: %s", p)
				}
			}
		})
	}
}

func TestLayersOverrideAndAdd(t *testing.T) {
	base := layer(map[string]string{"en/sales.md": salesEN, "zh/sales.md": salesZH, "sources.yaml": sourcesYAML})
	mine := layer(map[string]string{
		"en/sales.md": "---\nid: sales\nname: Field sales\n---\n## Selling {#selling}\n- Only this.\n## New {#new}\n- Added.\n",
		"en/legal.md": "---\nid: legal\nname: Legal\n---\n## Contracts {#contracts}\n- Review contracts.\n",
	})
	mine.Name = "mine"
	org, err := Load(base, mine)
	if err != nil {
		t.Fatal(err)
	}
	s := org.Department("sales")
	if s.Title.In(model.En) != "Field sales" || s.Title.In(model.Zh) != "销售部" {
		t.Errorf("override title: en %q zh %q", s.Title.In(model.En), s.Title.In(model.Zh))
	}
	if s.Layer != "mine" || org.Node("sales/selling").Duties != 1 || org.Node("sales/new/1") == nil {
		t.Errorf("sections not overlaid: layer %q, selling duties %d", s.Layer, org.Node("sales/selling").Duties)
	}
	if org.Department("legal") == nil || org.Department("legal").Layer != "mine" {
		t.Error("a later layer's new department is missing")
	}
}

// TestLoadStripsTerminalControl feeds content that tries to drive the
// terminal: an OSC 52 clipboard write, an OSC 8 link, a CSI colour and
// screen clear, a DCS string, a C1 CSI, a bell and a bidi override. If
// clean were skipped, the ESC bytes would reach the model and every output.
func TestLoadStripsTerminalControl(t *testing.T) {
	evil := "---\nid: a\nname: \"A\\e]52;c;aGVsbG8=\\a\"\n---\n## X {#x}\n" +
		"- Pay \x1b]8;;https://evil.example\x1b\\\\link\x1b]8;;\x1b\\\\ now \x1b[31mred\x1b[2J \x1bPq#0\x1b\\\\ \u009b6n \a \u202etxet\n"
	org, err := Load(layer(map[string]string{"en/a.md": evil}))
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range org.Nodes() {
		for _, s := range []string{n.Title.In(model.En), n.Body().In(model.En)} {
			for _, r := range s {
				if r == 0x1b || r == 0x07 || r == 0x9b || r == 0x202e {
					t.Errorf("%s keeps control rune %U in %q", n.Path, r, s)
				}
			}
		}
	}
	if got := org.Node("a/x/1").Title.In(model.En); !strings.Contains(got, "link") || !strings.Contains(got, "red") {
		t.Errorf("visible text lost: %q", got)
	}
}
