package content

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dutymap/dutymap/model"
)

const deptA = "---\nid: a\nname: A\n---\n## R {#r}\n- Work.\n"
const deptAZh = "---\nid: a\nname: 甲\n---\n## 职责 {#r}\n- 工作。\n"

// TestOneLanguageDepartmentIsANote: in a bilingual folder, a department
// written in one language loads, shown in that language in both, with a note
// saying how to translate it, not an error telling the user to delete it.
func TestOneLanguageDepartmentIsANote(t *testing.T) {
	files := map[string]string{"en/a.md": deptA, "zh/a.md": deptAZh, "en/b.md": "---\nid: b\nname: B only\n---\n## R {#r}\n- Only in English.\n"}
	org, ps := Check(layer(files))
	if org == nil {
		t.Fatalf("did not load:\n%s", ps)
	}
	if len(ps) != 1 || !ps[0].Note || ps[0].String() != "org/en/b.md:1: note: \"b\" is written in en/ only; it is shown in that language whichever language is chosen\n  to show it in both languages, write zh/b.md: a copy of this file with its name, sections and duties translated, keeping  id: b  and each {#id}" {
		t.Errorf("want one note, got:\n%s", ps)
	}
	if got := org.Node("b/r/1").Title.In(model.Zh); got != "Only in English." {
		t.Errorf("Chinese view of an English-only duty = %q", got)
	}
	if _, err := Load(layer(files)); err != nil {
		t.Errorf("Load fails on a note: %v", err)
	}
}

// TestBrokenFileIsOneProblem: a file whose front matter does not parse is
// one problem; its twin is not reported as alone, nor the files naming it.
func TestBrokenFileIsOneProblem(t *testing.T) {
	files := map[string]string{
		"en/a.md": deptA, "zh/a.md": "---\nid: a\nname: 甲: 乙\n---\n## 职责 {#r}\n- 工作。\n",
		"en/b.md": "---\nid: b\nname: B\n---\n## R {#r}\n- Work.\n",
		"zh/b.md": "---\nid: b\nname: 乙\n---\n## R {#r}\n- 工作。\n",
		"en/r.md": "---\nid: r\nkind: relation\nname: R\nfrom: a\nto: b\n---\n## P {#p}\n- x\n",
		"zh/r.md": "---\nid: r\nkind: relation\nname: 关系\n---\n## P {#p}\n- 甲\n",
	}
	report := problemsOf(t, loadErr(files))
	if !strings.HasSuffix(report, "\n1 problem found") || !strings.Contains(report, "org/zh/a.md:3: the front matter is not valid YAML") {
		t.Errorf("want the one YAML problem:\n%s", report)
	}
	// A file without a readable id is matched to its twin by file name.
	files["zh/a.md"] = "---\nid: [a\nname: 甲\n---\n"
	if report := problemsOf(t, loadErr(files)); !strings.HasSuffix(report, "\n1 problem found") {
		t.Errorf("want one problem:\n%s", report)
	}
}

func TestMissingOrEmptyLayerIsAnError(t *testing.T) {
	empty := t.TempDir()
	os.MkdirAll(filepath.Join(empty, "notes"), 0o755)
	missing := filepath.Join(t.TempDir(), "no-such-folder")
	for _, tc := range []struct {
		dir, want string
	}{
		{missing, missing + ": no such folder"},
		{empty, empty + ": no content files (expected .md files in a folder named by a language, such as en/ or zh/)"},
	} {
		_, err := Load(Builtin(), Dir(tc.dir))
		if report := problemsOf(t, err); !strings.Contains(report, tc.want) {
			t.Errorf("over the built-in content, %s gave:\n%s", tc.dir, report)
		}
	}
}

func TestFolderNotNamedByALanguageIsANote(t *testing.T) {
	org, ps := Check(layer(map[string]string{"en/a.md": deptA, "drafts/b.md": "# notes\n", "docs/readme.txt": "x"}))
	if org == nil || len(ps) != 1 || !strings.Contains(ps[0].String(), "org/drafts: note: drafts/ is not named by a language, so its .md files are not read") {
		t.Errorf("want one note about drafts/, got:\n%s", ps)
	}
}

// TestAnyLanguageFolderLoads: a folder named by any BCP 47 tag is content;
// Chinese ones are shown as the explorer's Chinese, any other language as
// its English, whose interface it then uses.
func TestAnyLanguageFolderLoads(t *testing.T) {
	de := "---\nid: einkauf\nname: Einkauf\n---\n## Aufgaben {#aufgaben}\n- Lieferanten auswählen.\n"
	hant := "---\nid: einkauf\nname: 採購部\n---\n## 職責 {#aufgaben}\n- 選擇供應商。\n"
	org, ps := Check(layer(map[string]string{"de/einkauf.md": de, "zh-Hant/einkauf.md": hant}))
	if org == nil || len(ps) != 0 {
		t.Fatalf("did not load cleanly:\n%s", ps)
	}
	d := org.Node("einkauf/aufgaben/1")
	if d.Title[model.En] != "Lieferanten auswählen." || d.Title[model.Zh] != "選擇供應商。" {
		t.Errorf("titles %q", d.Title)
	}
	if org.Tag(model.En) != "de" || org.Tag(model.Zh) != "zh-Hant" {
		t.Errorf("tags %q %q", org.Tag(model.En), org.Tag(model.Zh))
	}

	_, err := Load(layer(map[string]string{"de/a.md": deptA, "en/a.md": deptA}))
	if report := problemsOf(t, err); !strings.Contains(report, "org/en: de/ and en/ are both shown as the explorer's English") {
		t.Errorf("two non-Chinese folders:\n%s", report)
	}
	// Folders that are language codes only by accident are not content.
	org, ps = Check(layer(map[string]string{"en/a.md": deptA, "src/x.md": "# x\n", "deu/a.md": deptA}))
	if org == nil || len(ps) != 2 {
		t.Errorf("src/ and deu/ should be notes:\n%s", ps)
	}
}

// TestLayerCannotChangeAKind is ../shared/cases/files/layer-kind-change.
func TestLayerCannotChangeAKind(t *testing.T) {
	topic := layer(map[string]string{"en/m.md": "---\nid: marketing\nkind: topic\nname: Marketing as a topic\nconcerns: [sales]\n---\n\n## X {#x}\n- point\n"})
	report := problemsOf(t, loadErr2(Builtin(), topic))
	if !strings.Contains(report, `org/en/m.md:1: "marketing" is a department in built-in; this layer cannot make it a topic`) ||
		!strings.Contains(report, "write  kind: department  to change the department") {
		t.Errorf("report:\n%s", report)
	}
	duty := layer(map[string]string{"en/m.md": "---\nid: marketing\nname: Marketing\n---\n## Positions {#positions}\n- A duty where a section was. {#manager}\n"})
	if report := problemsOf(t, loadErr2(Builtin(), duty)); !strings.Contains(report, `"marketing/positions/manager" is a section in built-in; this layer cannot make it a duty`) {
		t.Errorf("report:\n%s", report)
	}
}

func loadErr2(layers ...Layer) error {
	_, err := Load(layers...)
	return err
}

func TestValidID(t *testing.T) {
	for id, want := range map[string]bool{
		"marketing": true, "general-office": true, "3": true, "职责": true, "marketing-2": true, "पद": true, "ä": true,
		"": false, "-x": false, "Sales": false, "sales_team": false, "a b": false, "a/b": false, "Ä": false, "\u0301a": false, "a\u200bb": false,
	} {
		if got := ValidID(id); got != want {
			t.Errorf("ValidID(%q) = %v", id, got)
		}
	}
	for _, text := range []string{"Market research", "市场 调研", "Über uns", "पद विवरण", "Task #3 (new)"} {
		if id := ID(text); !ValidID(id) {
			t.Errorf("ID(%q) = %q, which is not valid", text, id)
		}
	}
}

// TestFilesNotReadAreNoted: a .md file is read whatever the case of its
// extension; any other file in a language folder gets a note naming it and
// the rename that makes it read, never silence. Hidden files, backups and
// a folder of many images get no note each.
func TestFilesNotReadAreNoted(t *testing.T) {
	deptB := strings.ReplaceAll(deptA, "id: a\nname: A", "id: b\nname: B")
	deptC := strings.ReplaceAll(deptA, "id: a\nname: A", "id: c\nname: C")
	org, ps := Check(layer(map[string]string{"en/a.md": deptA, "en/b.MD": deptB, "en/c.markdown": deptC,
		"en/.DS_Store": "x", "en/a.md~": deptA, "en/.a.md.swp": "x"}))
	if org == nil || org.Node("b") == nil {
		t.Fatalf("en/b.MD is not read:\n%s", ps)
	}
	if org.Node("c") != nil {
		t.Error("en/c.markdown is read")
	}
	if len(ps) != 1 || ps[0].String() != "org/en/c.markdown: note: c.markdown is not read: only .md files in a language folder are\n  to read it, rename it to c.md" {
		t.Errorf("want one note about en/c.markdown, got:\n%s", ps)
	}

	files := map[string]string{"en/a.md": deptA}
	for i := range maxSkippedNotes + 5 {
		files[fmt.Sprintf("en/img/%02d.png", i)] = "x"
	}
	_, ps = Check(layer(files))
	if len(ps) != maxSkippedNotes+1 || !strings.Contains(fmt.Sprint(ps), "org: note: 5 more files in its language folders are not read") ||
		!strings.Contains(fmt.Sprint(ps), "org/en/img/00.png: note: 00.png is not read: only .md files in a language folder are\n  keep it outside the language folders\n") {
		t.Errorf("many files not read:\n%s", ps)
	}
}
