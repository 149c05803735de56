package content

import (
	"strings"
	"testing"

	yaml "go.yaml.in/yaml/v3"

	"github.com/dutymap/dutymap/model"
)

// TestOrderIsReadAsYAML12 is ../shared/cases/files/19-yaml-octal-order:
// YAML 1.1 reads 010 as octal 8, YAML 1.2 as ten.
func TestOrderIsReadAsYAML12(t *testing.T) {
	files := map[string]string{}
	for id, order := range map[string]string{"audit": "008", "budget": "009", "cashier": "010", "design": "011", "hex": "0x0C", "oct": "0o15", "plus": "+14"} {
		files["en/"+id+".md"] = "---\nid: " + id + "\nname: " + id + "\norder: " + order + "\n---\n## R {#r}\n- Work.\n"
	}
	org, err := Load(layer(files))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, d := range org.Departments {
		got = append(got, d.ID)
	}
	if want := "audit budget cashier design hex oct plus"; strings.Join(got, " ") != want {
		t.Errorf("departments in order %v, want %s", got, want)
	}
	if o := org.Department("cashier").Order(); o != 10 {
		t.Errorf("order: 010 read as %d", o)
	}
}

func TestOrderMustBeAWholeNumber(t *testing.T) {
	for _, v := range []string{"1.5", "010.5", "ten", "1_000"} {
		_, err := Load(layer(map[string]string{"en/a.md": "---\nid: a\nname: A\norder: " + v + "\n---\n"}))
		if report := problemsOf(t, err); !strings.Contains(report, "org/en/a.md:4: order: ") || !strings.Contains(report, "is not a whole number") {
			t.Errorf("order: %s gave\n%s", v, report)
		}
	}
}

// TestYAMLAliasesResolved is ../shared/cases/files/20b-yaml-alias-in-traits:
// an alias stands for its anchor's value wherever a value may be written.
func TestYAMLAliasesResolved(t *testing.T) {
	doc := "---\nid: ops\nname: &n Operations department\nsummary: *n\norder: &o 3\n" +
		"traits:\n  objective: &obj Keep daily work running smoothly.\n  focus: *obj\n---\n## R {#r}\n- Run.\n"
	sources := "- id: &id one\n  title: &t The one source\n- id: two\n  title: *t\n"
	org, err := Load(layer(map[string]string{"en/ops.md": doc, "sources.yaml": sources}))
	if err != nil {
		t.Fatal(err)
	}
	d := org.Department("ops")
	if got := d.Traits()[model.Focus].In(model.En); got != "Keep daily work running smoothly." {
		t.Errorf("focus: *obj = %q", got)
	}
	if d.Summary().In(model.En) != "Operations department" {
		t.Errorf("summary: *n = %q", d.Summary().In(model.En))
	}
	if org.Source("two") == nil || org.Source("two").Title.In(model.En) != "The one source" {
		t.Errorf("title: *t in sources.yaml not resolved: %+v", org.Source("two"))
	}
}

func TestYAMLMergeKeyRefusedByName(t *testing.T) {
	doc := "---\nid: a\nname: A\ntraits:\n  <<: {objective: x}\n---\n"
	if report := problemsOf(t, loadErr(map[string]string{"en/a.md": doc})); !strings.Contains(report, "org/en/a.md:5: a YAML merge key (<<) is not read in traits") {
		t.Errorf("report:\n%s", report)
	}
}

// TestSourcesYAMLProblemsDoNotCascade: one mistake in sources.yaml is one
// problem, not one per citation of the sources it lists.
func TestSourcesYAMLProblemsDoNotCascade(t *testing.T) {
	doc := "---\nid: a\nname: A\nsources: [one, two]\n---\n## R {#r}\nSources: two\n- Run.\n"
	cases := []struct{ name, sources, want string }{
		{"syntax error", "- id: one\n  title: One\n- id: two\n  title: \"Two\n", "org/sources.yaml:4: sources.yaml is not valid YAML"},
		{"an entry that is not a mapping", "- id: one\n  title: One\n- two\n- id: two\n  title: Two\n", "org/sources.yaml:3: a source must be a list of keys"},
		{"a misspelt key", "- id: one\n  title: One\n- id: two\n  titel: Two\n", `org/sources.yaml:4: unknown key "titel" in sources.yaml`},
		{"a title that is a list", "- id: one\n  title: One\n- id: two\n  title: [a, b]\n", `org/sources.yaml:4: title: of source "two" is a list`},
		{"not a list", "id: one\ntitle: One\n", "org/sources.yaml:1: sources.yaml is not a list of sources"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Load(layer(map[string]string{"en/a.md": doc, "sources.yaml": tc.sources}))
			report := problemsOf(t, err)
			if !strings.Contains(report, tc.want) || !strings.HasSuffix(report, "1 problem found") {
				t.Errorf("want exactly one problem, %q:\n%s", tc.want, report)
			}
			if strings.Contains(report, "front matter") {
				t.Errorf("sources.yaml called front matter:\n%s", report)
			}
		})
	}
}

func loadErr(files map[string]string) error {
	_, err := Load(layer(files))
	return err
}

// TestPlainValuesCostNothingToCheck: the check that a front-matter value
// is read as written (no tag, anchor or comment) allocates nothing for a
// value that is, as nearly all are. It built a quoted fix, with a string
// replacer of its own, for every name of every file: 6 of the 26 KB each
// file of a 100,000-file folder cost (hostile15 #1); and finding where a
// key is decoded to made a map of every key, per file (1.2 KB).
func TestPlainValuesCostNothingToCheck(t *testing.T) {
	text := []byte("id: sales\nname: Sales department\naliases: [Sales, selling]\n")
	var c collector
	fm, ok := parseFrontMatter("sales.md", text, &c)
	if !ok || len(c.list) != 0 {
		t.Fatalf("parse: %v %v", ok, c.list)
	}
	var root yaml.Node
	if err := yaml.Unmarshal(text, &root); err != nil {
		t.Fatal(err)
	}
	doc, lines := root.Content[0], strings.Split(string(text), "\n")
	allocs := testing.AllocsPerRun(100, func() {
		fm.markedValue("sales.md", lines, "name", "", false, doc.Content[3], nil, &c)
		for _, item := range doc.Content[5].Content {
			fm.markedValue("sales.md", lines, "aliases", "-", true, item, nil, &c)
		}
	})
	if allocs != 0 || len(c.list) != 0 {
		t.Errorf("checking three plain values: %v allocations a run, %d problems; want none", allocs, len(c.list))
	}
	// Where a key is decoded to was a map of every key, made per file.
	if allocs := testing.AllocsPerRun(100, func() { _ = fm.field("name") }); allocs != 0 {
		t.Errorf("finding where name: is decoded to: %v allocations, want none", allocs)
	}
}

// A local tag on a key that is no text (code: !x 3) is noted: it was read
// without a word (hostile16 #7); a core type's tag is read as meant.
func TestExplicitTagsAreNoted(t *testing.T) {
	_, ps := Check(layer(map[string]string{"en/a.md": "---\nid: a\nname: A\norder: !!int 3\ncode: !x 3\n---\n## S {#s}\n- d\n"}))
	want := `org/en/a.md:5: note: code: !x is a YAML tag, which dutymap does not use; the value is read without it
  delete the tag !x:  code: 3`
	if got := report(ps); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

// A trait key indented under a front-matter key at the left edge (the
// traits: line forgotten) is not told to move to the left edge, where it
// would be an unknown key: only a key deeper than a sibling inside a
// block gets the indentation fix.
func TestNestedKeyUnderATopLevelValueGetsNoIndentFix(t *testing.T) {
	report := problemsOf(t, loadErr(map[string]string{"en/a.md": "---\nid: a\nname: A\nsummary: Sells.\n  level: Strategic\n---\n"}))
	if strings.Contains(report, "indent the line by 0 spaces") || strings.Contains(report, "is indented deeper than summary:") {
		t.Errorf("an indentation fix that cannot mend it:\n%s", report)
	}
	if !strings.Contains(report, "org/en/a.md:5: the front matter is not valid YAML") {
		t.Errorf("the fault is not reported at its line:\n%s", report)
	}
}

// TestYAMLFaultTellsTheRest: a front matter that is not valid YAML told
// only its fault, and the next run, with the fault mended, what else was
// wrong (the file has no name) (tryout23 G4). It is read again without
// the faulty key's line, so the other keys' problems come in the same
// run, and applying every fix as written loads; a line that goes on the
// faulty key's value is not read as more of the key above.
func TestYAMLFaultTellsTheRest(t *testing.T) {
	const body = "## S {#s}\n- d\n"
	report := problemsOf(t, loadErr(map[string]string{"en/a.md": "---\nid: [oops\n---\n" + body}))
	for _, want := range []string{
		"org/en/a.md:1: the file has no name\n  fix: add a line such as  name: A",
		"org/en/a.md:2: the front matter is not valid YAML: a list opened with [ is never closed\n  fix: id: takes an id: write it plainly, in lower-case letters, digits and -, without brackets or quotes:  id: oops",
		"\n2 problems found",
	} {
		if !strings.Contains(report, want) {
			t.Errorf("report lacks %q:\n%s", want, report)
		}
	}
	if _, err := Load(layer(map[string]string{"en/a.md": "---\nid: oops\nname: A\n---\n" + body})); err != nil {
		t.Errorf("with both fixes applied: %v", err)
	}

	report = problemsOf(t, loadErr(map[string]string{"en/a.md": "---\nid: [oops\nname: [x\n---\n" + body}))
	for _, want := range []string{"org/en/a.md:2: the front matter is not valid YAML", "org/en/a.md:3: the front matter is not valid YAML", "\n2 problems found"} {
		if !strings.Contains(report, want) {
			t.Errorf("two faults: report lacks %q:\n%s", want, report)
		}
	}

	report = problemsOf(t, loadErr(map[string]string{"en/a.md": "---\nid: x\naliases: [a,\n  b\nname: X\n---\n" + body}))
	if !strings.HasPrefix(report, "org/en/a.md:3: the front matter is not valid YAML: a list opened with [ is never closed") || !strings.HasSuffix(report, "\n1 problem found") {
		t.Errorf("a list over lines: want its one problem:\n%s", report)
	}
}
