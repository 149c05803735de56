package content

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/dutymap/dutymap/internal/synth"
	"github.com/dutymap/dutymap/model"
	"go.yaml.in/yaml/v3"
)

func loadBuiltin(t testing.TB) *model.Org {
	t.Helper()
	org, err := Load(Builtin())
	if err != nil {
		t.Fatalf("built-in content does not load:\n%v", err)
	}
	return org
}

// TestBuiltinBothLanguagesComplete checks the embedded organisation has the
// same tree in English and Chinese, with every node written in both.
func TestBuiltinBothLanguagesComplete(t *testing.T) {
	org := loadBuiltin(t)
	var counts [model.NumLangs]struct{ docs, sections, duties int }
	for _, n := range org.Nodes() {
		for _, l := range model.Langs {
			if !n.Title.Has(l) {
				t.Errorf("%s has no %s text", n.Path, l.Name())
				continue
			}
			c := &counts[l]
			switch {
			case n.Kind.IsDocument():
				c.docs++
			case n.Kind.IsLeaf():
				c.duties++
			default:
				c.sections++
			}
		}
	}
	if counts[model.En] != counts[model.Zh] {
		t.Errorf("English %+v and Chinese %+v differ", counts[model.En], counts[model.Zh])
	}
	if len(org.Departments) < 12 {
		t.Errorf("%d departments, want the 12 the seeds name", len(org.Departments))
	}
	if c := counts[model.En]; c.sections < 80 || c.duties < 400 {
		t.Errorf("too little content: %+v", c)
	}
	for _, id := range []string{"marketing", "sales", "planning", "operations", "general-office", "hr", "finance", "production-tech"} {
		if org.Department(id) == nil {
			t.Errorf("department %q missing", id)
		}
	}
}

// TestBuiltinEverySectionCitesASource checks each section (directly or
// through its parent) names the document its facts come from.
func TestBuiltinEverySectionCitesASource(t *testing.T) {
	org := loadBuiltin(t)
	for _, n := range org.Nodes() {
		if n.Kind.IsLeaf() {
			continue
		}
		if len(org.SourcesOf(n)) == 0 {
			t.Errorf("%s cites no source", n.Path)
		}
	}
}

// fact is one entry of testdata/facts/*.yaml: something a seed contributes
// and where the knowledge base holds it. Keywords are looked for in the
// node's subtree (titles, descriptions, traits, aliases); Trait narrows them
// to one trait of the node, Note to the editor's notes on the node itself.
// Only names the one language a fact concerns (a note on how one
// language's source text reads); other facts give keywords in both.
// Duties and Sections count the node's own leaves and sub-sections; Cites
// lists exactly the seeds the node cites, its own or its section's. Absent lists wording the knowledge base once added without a source and
// must not add again (editor's notes, which quote sources, are not
// searched); NotAlias lists names that are not the node's aliases.
type fact struct {
	Seed     string   `yaml:"seed"`
	Fact     string   `yaml:"fact"`
	Path     string   `yaml:"path"`
	Duties   *int     `yaml:"duties"`
	Sections *int     `yaml:"sections"`
	Trait    string   `yaml:"trait"`
	Group    string   `yaml:"group"` // the department's group: keywords are looked for in its name
	Note     bool     `yaml:"note"`
	Only     string   `yaml:"only"`
	En       string   `yaml:"en"`
	Zh       string   `yaml:"zh"`
	AbsentEn []string `yaml:"absent_en"`
	AbsentZh []string `yaml:"absent_zh"`
	NotAlias []string `yaml:"not_alias"`
	Cites    []string `yaml:"cites"`
}

// Keywords shorter than this find too much by chance ("ten", "价格"):
// a fact whose wording disappeared would still seem present.
const minKeywordEn, minKeywordZh = 8, 3

// TestSeedFactsPresent finds every listed fact of every seed in the loaded
// model, in both languages, cited to its seed.
func TestSeedFactsPresent(t *testing.T) {
	org := loadBuiltin(t)
	files, _ := filepath.Glob("testdata/facts/*.yaml")
	if len(files) == 0 {
		t.Fatal("no fact lists in testdata/facts")
	}
	perSeed := map[string]int{}
	total := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var facts []fact
		if err := yaml.Unmarshal(data, &facts); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		for _, fc := range facts {
			perSeed[fc.Seed]++
			total++
			checkFact(t, org, filepath.Base(f), fc)
		}
	}
	for _, seed := range []string{"000", "001", "002", "003", "004"} {
		if perSeed[seed] < 10 {
			t.Errorf("seed %s: only %d facts listed", seed, perSeed[seed])
		}
	}
	t.Logf("%d facts checked: %v by seed", total, perSeed)
}

func checkFact(t *testing.T, org *model.Org, file string, fc fact) {
	t.Helper()
	where := file + ": " + fc.Fact
	n := org.Node(fc.Path)
	if n == nil {
		t.Errorf("%s: no node at %s", where, fc.Path)
		return
	}
	leaves, sections := 0, 0
	for _, c := range n.Children {
		if c.Kind.IsLeaf() {
			leaves++
		} else {
			sections++
		}
	}
	if fc.Duties != nil && leaves != *fc.Duties {
		t.Errorf("%s: %s has %d duties, want %d", where, fc.Path, leaves, *fc.Duties)
	}
	if fc.Sections != nil && sections != *fc.Sections {
		t.Errorf("%s: %s has %d sections, want %d", where, fc.Path, sections, *fc.Sections)
	}
	absent := len(fc.AbsentEn)+len(fc.AbsentZh)+len(fc.NotAlias) > 0
	switch {
	case fc.Only == "en" && fc.Zh == "" && fc.En != "", fc.Only == "zh" && fc.En == "" && fc.Zh != "":
	case fc.Only != "":
		t.Errorf("%s: only %q needs a keyword in that language and none in the other", where, fc.Only)
	case !absent && (fc.En == "" || fc.Zh == ""):
		t.Errorf("%s: give keywords in both languages (en and zh)", where)
	}
	// A keyword that is the node's whole title is exact enough however short.
	if fc.En != "" && len(fc.En) < minKeywordEn && !strings.EqualFold(fc.En, n.Title[model.En]) {
		t.Errorf("%s: English keyword %q is shorter than %d characters", where, fc.En, minKeywordEn)
	}
	if fc.Zh != "" && len([]rune(fc.Zh)) < minKeywordZh && fc.Zh != n.Title[model.Zh] {
		t.Errorf("%s: Chinese keyword %q is shorter than %d characters", where, fc.Zh, minKeywordZh)
	}
	for l, want := range map[model.Lang]string{model.En: fc.En, model.Zh: fc.Zh} {
		if want == "" {
			continue
		}
		var text, in string
		switch {
		case fc.Group != "":
			g := org.GroupOf(n)
			if g == nil || g.ID != fc.Group {
				t.Errorf("%s: %s is not in group %q", where, fc.Path, fc.Group)
				continue
			}
			text, in = fold(g.Name[l]), "the name of the group of "
		case fc.Trait != "":
			tr, ok := n.Traits()[model.Dimension(fc.Trait)]
			if !ok {
				t.Errorf("%s: %s has no trait %q", where, fc.Path, fc.Trait)
				continue
			}
			text, in = fold(tr[l]), "trait "+fc.Trait+" of "
		case fc.Note:
			note := strings.Join(editorNotes(n.Body()[l]), "\n")
			text, in = fold(note), "an editor's note on "
		default:
			text, in = subtreeText(n, l, true), "under "
		}
		if !strings.Contains(text, fold(want)) {
			t.Errorf("%s: %q not found %s%s in %s", where, want, in, fc.Path, l.Name())
		}
	}
	for l, unwanted := range map[model.Lang][]string{model.En: fc.AbsentEn, model.Zh: fc.AbsentZh} {
		text := subtreeText(n, l, false)
		for _, u := range unwanted {
			if strings.Contains(text, fold(u)) {
				t.Errorf("%s: %q is back under %s in %s, and no source says it", where, u, fc.Path, l.Name())
			}
		}
	}
	for _, name := range fc.NotAlias {
		for _, l := range model.Langs {
			if slices.Contains(n.Aliases()[l], name) {
				t.Errorf("%s: %s lists %q as an alias in %s, and no source gives that name", where, fc.Path, name, l.Name())
			}
		}
	}
	cited := org.SourcesOf(n)
	if g := org.GroupOf(n); fc.Group != "" && g != nil {
		cited = nil // the grouping is cited by the group
		for _, id := range g.Sources {
			cited = append(cited, org.Source(id))
		}
	}
	var seeds []string
	for _, s := range cited {
		if seed, _, _ := strings.Cut(strings.TrimPrefix(s.Ref, "seed "), ","); !slices.Contains(seeds, seed) {
			seeds = append(seeds, seed)
		}
	}
	if !slices.Contains(seeds, fc.Seed) {
		t.Errorf("%s: %s does not cite seed %s", where, fc.Path, fc.Seed)
	}
	if fc.Cites != nil && !slices.Equal(seeds, fc.Cites) {
		t.Errorf("%s: %s cites seeds %v, want %v", where, fc.Path, seeds, fc.Cites)
	}
}

// subtreeText is every text of n and its descendants, folded for matching;
// without notes, editor's notes are left out.
func subtreeText(n *model.Node, l model.Lang, notes bool) string {
	var b strings.Builder
	n.Walk(func(c *model.Node) bool {
		body := c.Body()[l]
		if !notes {
			body = withoutEditorNotes(body)
		}
		b.WriteString(c.Title[l] + "\n" + c.Summary()[l] + "\n" + body + "\n")
		b.WriteString(strings.Join(c.Aliases()[l], "\n") + "\n")
		for _, tr := range c.Traits() {
			b.WriteString(tr[l] + "\n")
		}
		return true
	})
	return fold(b.String())
}

func fold(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), " ")) }

// An editor's note is a paragraph that starts with one of these labels
// (see docs/builtin-content.md).
var noteLabels = model.EditorNoteLabel

// editorNotes returns the editor's notes of a description, each as one
// paragraph of Markdown.
func editorNotes(body string) []string {
	var notes []string
	for _, p := range strings.Split(body, "\n\n") {
		p = strings.TrimSpace(p)
		for _, label := range noteLabels {
			if strings.HasPrefix(p, label) {
				notes = append(notes, p)
			}
		}
	}
	return notes
}

func withoutEditorNotes(body string) string {
	for _, note := range editorNotes(body) {
		body = strings.Replace(body, note, "", 1)
	}
	return body
}

// TestBuiltinEditorNotesAreWellFormed checks every paragraph that looks
// like an editor's note is one: it starts with the label of its language,
// in bold, so that pages set it apart and the tests above can tell it from
// the text drawn from the sources. Notes are not quoted: Glamour wraps a
// quoted paragraph two cells too wide at some widths and pushes words out
// of the quote.
func TestBuiltinEditorNotesAreWellFormed(t *testing.T) {
	org := loadBuiltin(t)
	count := [model.NumLangs]int{}
	for _, n := range org.Nodes() {
		for _, l := range model.Langs {
			for _, p := range strings.Split(n.Body()[l], "\n\n") {
				p = strings.TrimSpace(p)
				bare := strings.TrimLeft(p, "> *")
				if !strings.HasPrefix(bare, "Editor's note") && !strings.HasPrefix(bare, "编者注") {
					continue
				}
				if !strings.HasPrefix(p, noteLabels[l]) {
					t.Errorf("%s (%s): a note must start with %q: %.60q", n.Path, l.Name(), noteLabels[l], p)
				}
				count[l]++
			}
		}
	}
	t.Logf("editor's notes: %d in English, %d in Chinese", count[model.En], count[model.Zh])
}

// TestBuiltinTreesHaveTheSameShape loads the English and the Chinese files
// each on their own and asserts the two trees are the same: the same paths
// in the same order, the same kinds and roles, the same number of duties in
// every section.
func TestBuiltinTreesHaveTheSameShape(t *testing.T) {
	shape := func(lang string) []string {
		t.Helper()
		org, err := Load(Layer{Name: lang, FS: oneLanguage(t, lang), Root: "built-in"})
		if err != nil {
			t.Fatalf("the %s files alone do not load:\n%v", lang, err)
		}
		var out []string
		for _, n := range org.Nodes() {
			leaves := 0
			for _, c := range n.Children {
				if c.Kind.IsLeaf() {
					leaves++
				}
			}
			out = append(out, fmt.Sprintf("%s %s %s %d", n.Path, n.Kind, n.Role, leaves))
		}
		return out
	}
	en, zh := shape("en"), shape("zh")
	if !slices.Equal(en, zh) {
		for i := range max(len(en), len(zh)) {
			var a, b string
			if i < len(en) {
				a = en[i]
			}
			if i < len(zh) {
				b = zh[i]
			}
			if a != b {
				t.Fatalf("the trees part at node %d: English %q, Chinese %q", i, a, b)
			}
		}
	}
	if len(en) < 500 {
		t.Errorf("only %d nodes: the shape compared is too small to mean anything", len(en))
	}
}

// oneLanguage is the built-in content with only one language's folder.
func oneLanguage(t *testing.T, lang string) fs.FS {
	t.Helper()
	m := fstest.MapFS{}
	err := fs.WalkDir(BuiltinFS(), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		if strings.Contains(p, "/") && !strings.HasPrefix(p, lang+"/") {
			return nil
		}
		data, err := fs.ReadFile(BuiltinFS(), p)
		m[p] = &fstest.MapFile{Data: data}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func BenchmarkLoadBuiltin(b *testing.B) {
	for b.Loop() {
		if _, err := Load(Builtin()); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLoad100k loads a generated organisation of 100,000 duties in
// both languages from files on disk, as `dutymap --content DIR` would.
func BenchmarkLoad100k(b *testing.B) {
	dir := b.TempDir()
	if err := synth.WriteDir(dir, 100_000, 1); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for b.Loop() {
		org, err := Load(Dir(dir))
		if err != nil {
			b.Fatal(err)
		}
		if n := len(model.Leaves(org.Departments[0])); n == 0 {
			b.Fatal("no duties")
		}
	}
}

// TestBuiltinTerminology keeps out words the content review found
// misleading, outside editor's notes (which may quote a source's wording),
// and the breadcrumb separator from titles.
func TestBuiltinTerminology(t *testing.T) {
	banned := [model.NumLangs][][2]string{
		model.En: {
			{"operating department", `reads as the Operations department; say "line department"`},
			{"propaganda", `pejorative in English; say "publicity"`},
			{"materialistic", `means greedy in English; the sources mean concrete, practical`},
		},
		model.Zh: {
			{"来源", "the Chinese text calls a source 资料 (or names it); 来源 is only the citation key"},
			{"中文方案", "every scheme here is Chinese to a Chinese reader"},
			{"中文原文", "say 资料 or name the source"},
			{"中文文集", "say 文集"},
			{"执行部门", "the counterpart of 参谋部门 is 直线部门"},
			{"讨价还价", "the wrong register: the source has 谈判"},
		},
	}
	org := loadBuiltin(t)
	for _, n := range org.Nodes() {
		for _, l := range model.Langs {
			if strings.Contains(n.Title[l], "›") {
				t.Errorf("%s (%s): a title with › cannot be told from a breadcrumb (search prints them, show reads them back): %q", n.Path, l.Name(), n.Title[l])
			}
			text := n.Title[l] + "\n" + n.Summary()[l] + "\n" + withoutEditorNotes(n.Body()[l])
			for _, tr := range n.Traits() {
				text += "\n" + tr[l]
			}
			for _, b := range banned[l] {
				if strings.Contains(strings.ToLower(text), b[0]) {
					t.Errorf("%s (%s) says %q: %s", n.Path, l.Name(), b[0], b[1])
				}
			}
		}
	}
}

// TestBuiltinDutyCitations checks the per-duty citations agree with their
// sections. A duty without its own Sources line draws on every source its
// section cites; one with it names the few it draws on, which the section
// must cite too (a section cites the union of its duties' sources). When
// every duty of a section names its own, the section cites nothing else.
func TestBuiltinDutyCitations(t *testing.T) {
	org := loadBuiltin(t)
	ids := func(srcs []*model.Source) []string {
		out := make([]string, len(srcs))
		for i, s := range srcs {
			out[i] = s.ID
		}
		return out
	}
	own := 0
	for _, n := range org.Nodes() {
		if n.Kind.IsLeaf() || len(n.Children) == 0 {
			continue
		}
		section := ids(org.SourcesOf(n))
		used := map[string]bool{}
		leaves, cited := 0, 0
		for _, c := range n.Children {
			if !c.Kind.IsLeaf() {
				continue
			}
			leaves++
			if len(c.Sources()) == 0 {
				continue
			}
			cited++
			own++
			for _, id := range c.Sources() {
				used[id] = true
				if !slices.Contains(section, id) {
					t.Errorf("%s cites %s, which its section does not (%v)", c.Path, id, section)
				}
			}
			if slices.Equal(c.Sources(), section) {
				t.Errorf("%s names exactly its section's sources: leave the line out", c.Path)
			}
		}
		if leaves > 0 && cited == leaves {
			for _, id := range section {
				if !used[id] {
					t.Errorf("%s cites %s, but none of its duties draws on it", n.Path, id)
				}
			}
		}
	}
	t.Logf("%d duties cite their own sources", own)
}
