package content

import (
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"
)

// builtinCopy is the built-in content as a folder a user made with
// dutymap init, with edit applied to one file's text.
func builtinCopy(t *testing.T, file, old, new string) Layer {
	t.Helper()
	fsys := fstest.MapFS{}
	err := fs.WalkDir(BuiltinFS(), ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(BuiltinFS(), name)
		if name == file {
			if !strings.Contains(string(data), old) {
				t.Fatalf("%s lacks %q", file, old)
			}
			data = []byte(strings.Replace(string(data), old, new, 1))
		}
		fsys[name] = &fstest.MapFile{Data: data}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return Layer{Name: "test", FS: fsys, Root: "b5"}
}

// TestIDChangedInOneLanguage is the department whose id a user changed in
// one language's file of the built-in content (tryout 6, defect 7): one
// problem naming both files, whose fix, applied, validates; the other
// direction (the Chinese file changed) is reported at the Chinese file.
func TestIDChangedInOneLanguage(t *testing.T) {
	for _, tc := range []struct{ file, id, changed, want, fix string }{
		{"en/sales.md", "sales", "sale", `b5/en/sales.md:2: id "sale" here, but the same file in zh/ (b5/zh/sales.md:2) has id "sales"`, "write  id: sales  here"},
		{"zh/sales.md", "sales", "sale", `b5/zh/sales.md:2: id "sale" here, but the same file in en/ (b5/en/sales.md:2) has id "sales"`, "write  id: sales  here"},
		// RACI lines name the marketing department by its Chinese name,
		// which now names both halves: that follows from the one problem
		// (tryout7 #6: ten more, each offering the wrong id as a fix).
		{"en/marketing.md", "marketing", "mkt", `b5/en/marketing.md:2: id "mkt" here, but the same file in zh/ (b5/zh/marketing.md:2) has id "marketing"`, "write  id: marketing  here"},
	} {
		_, ps := Check(builtinCopy(t, tc.file, "\nid: "+tc.id+"\n", "\nid: "+tc.changed+"\n"))
		errs := ps.Errors()
		if len(errs) != 1 || !strings.HasPrefix(errs[0].String(), tc.want) || !strings.Contains(errs[0].Fix, tc.fix) {
			t.Fatalf("%s changed: want the one problem %q (fix %q), got:\n%s", tc.file, tc.want, tc.fix, ps)
		}
		for _, p := range ps {
			if strings.Contains(p.Msg, "is written in") {
				t.Errorf("a twin with another id is not a document in one language only:\n%s", p)
			}
		}
		if _, err := Load(builtinCopy(t, tc.file, "\nid: "+tc.id+"\n", "\nid: "+tc.id+"\n")); err != nil {
			t.Fatalf("the fix applied: %v", err)
		}
	}
	// The note's old advice followed (both files changed): each reference
	// to the old id suggests the new one.
	both := builtinCopy(t, "en/sales.md", "\nid: sales\n", "\nid: sale\n")
	zh, _ := fs.ReadFile(both.FS, "zh/sales.md")
	both.FS.(fstest.MapFS)["zh/sales.md"].Data = []byte(strings.Replace(string(zh), "\nid: sales\n", "\nid: sale\n", 1))
	_, ps := Check(both)
	errs := ps.Errors()
	if len(errs) == 0 {
		t.Fatal("the references to sales are not reported")
	}
	for _, p := range errs {
		if p.Msg != `"sales" is not a known department` || !strings.HasPrefix(p.Fix, "did you mean sale?") {
			t.Errorf("want a reference to sales that suggests sale, got:\n%s", p)
		}
	}
}

// TestIDTwinCountsReferencesAsResolved: the half of an id twin that keeps
// its id is the one more references name, and a reference counts as Resolve
// reads it, a leading "/" included (two lines name the Chinese half's id,
// xs, as /xs and /xs/selling: the fix keeps xs, which leaves them naming
// the department, rather than the file's name, which leaves them naming
// nothing).
func TestIDTwinCountsReferencesAsResolved(t *testing.T) {
	fsys := fstest.MapFS{
		"en/sales.md":   {Data: []byte("---\nid: sales\nname: Sales department\n---\n\n## Selling {#selling .position}\n- Sell the products.\n")},
		"zh/sales.md":   {Data: []byte("---\nid: xs\nname: 销售部\n---\n\n## 销售 {#selling .position}\n- 销售产品。\n")},
		"en/finance.md": {Data: []byte("---\nid: finance\nname: Finance department\n---\n\n## Budget {#budget}\n- Approve the budget. {#approve}\n  Consulted: /xs\n- Pay the bills. {#pay}\n  Informed: /xs/selling\n")},
		"zh/finance.md": {Data: []byte("---\nid: finance\nname: 财务部\n---\n\n## 预算 {#budget}\n- 批准预算。 {#approve}\n- 支付账单。 {#pay}\n")},
	}
	_, ps := Check(Layer{Name: "test", FS: fsys, Root: "org"})
	errs := ps.Errors()
	if len(errs) != 1 || !strings.HasPrefix(errs[0].String(), `org/en/sales.md:2: id "sales" here`) || !strings.HasPrefix(errs[0].Fix, "use one id in both: write  id: xs  here;") {
		t.Fatalf("want the one problem at en/sales.md, keeping xs, got:\n%s", ps)
	}
}

// TestSectionIDChangedInOneLanguage: a section whose id was changed in one
// language's file only is paired with its twin by place; the fix keeps the
// id that other lines name (here an Overlaps line), so that applied it
// leaves no line naming nothing. Without such lines it keeps the first
// file's id.
func TestSectionIDChangedInOneLanguage(t *testing.T) {
	b := "---\nid: b\nname: B\n---\n## Q {#q}\n- Check the work.\n  Overlaps: a/s/1\n"
	bZh := "---\nid: b\nname: 乙部\n---\n## 查 {#q}\n- 检查工作。\n"
	files := map[string]string{"en/a.md": strings.Replace(okEn, "{#s}", "{#t}", 1), "zh/a.md": okZh, "en/b.md": b, "zh/b.md": bZh}
	_, ps := Check(layer(files))
	want := `org/zh/a.md:5: section "乙" has id s here, but the section in its place in org/en/a.md:5, "S", has id t`
	if len(ps) != 1 || ps[0].String() != want+"\n  fix: give both the same id: end the heading at org/en/a.md:5 with {#s}" {
		t.Fatalf("want the one problem %q with the fix that keeps s, got:\n%s", want, ps)
	}
	files["en/a.md"] = okEn // the fix applied
	if _, ps := Check(layer(files)); len(ps) != 0 {
		t.Fatalf("after the fix: %s", ps)
	}
	// Lines naming both paths: the fix keeps the one more lines name and
	// says which lines to change.
	files["en/a.md"] = strings.Replace(okEn, "{#s}", "{#t}", 1)
	files["en/c.md"] = strings.NewReplacer("id: b", "id: c", "{#q}", "{#r}", "a/s/1", "a/t/1").Replace(b)
	files["zh/c.md"] = strings.NewReplacer("id: b", "id: c", "{#q}", "{#r}").Replace(bZh)
	files["en/d.md"] = strings.NewReplacer("id: b", "id: d", "{#q}", "{#r}").Replace(b)
	files["zh/d.md"] = strings.NewReplacer("id: b", "id: d", "{#q}", "{#r}").Replace(bZh)
	_, ps = Check(layer(files))
	if len(ps.Errors()) != 1 || !strings.HasSuffix(ps.Errors()[0].Fix, "end the heading at org/en/a.md:5 with {#s}, and change the 1 line to a/t to name a/s") {
		t.Fatalf("want the fix keeping s and naming the line to change, got:\n%s", ps)
	}
	// Without lines naming either, the first file's id is kept.
	_, ps = Check(layer(map[string]string{"en/a.md": strings.Replace(okEn, "{#s}", "{#t}", 1), "zh/a.md": okZh}))
	if len(ps) != 1 || !strings.HasSuffix(ps[0].Fix, "end this heading with {#t}") {
		t.Fatalf("want the fix keeping the first file's id, got:\n%s", ps)
	}
}
