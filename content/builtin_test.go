package content

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

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
// and where the knowledge base holds it.
type fact struct {
	Seed   string `yaml:"seed"`
	Fact   string `yaml:"fact"`
	Path   string `yaml:"path"`
	Duties *int   `yaml:"duties"`
	En     string `yaml:"en"`
	Zh     string `yaml:"zh"`
}

// TestSeedFactsPresent finds every listed fact of every seed in the loaded
// model, in both languages, cited to its seed.
func TestSeedFactsPresent(t *testing.T) {
	org := loadBuiltin(t)
	files, _ := filepath.Glob("testdata/facts/*.yaml")
	if len(files) == 0 {
		t.Fatal("no fact lists in testdata/facts")
	}
	perSeed := map[string]int{}
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
			checkFact(t, org, filepath.Base(f), fc)
		}
	}
	for _, seed := range []string{"000", "001", "002", "003", "004"} {
		if perSeed[seed] < 10 {
			t.Errorf("seed %s: only %d facts listed", seed, perSeed[seed])
		}
	}
}

func checkFact(t *testing.T, org *model.Org, file string, fc fact) {
	t.Helper()
	where := file + ": " + fc.Fact
	n := org.Node(fc.Path)
	if n == nil {
		t.Errorf("%s: no node at %s", where, fc.Path)
		return
	}
	if fc.Duties != nil {
		got := 0
		for _, c := range n.Children {
			if c.Kind.IsLeaf() {
				got++
			}
		}
		if got != *fc.Duties {
			t.Errorf("%s: %s has %d duties, want %d", where, fc.Path, got, *fc.Duties)
		}
	}
	for l, want := range map[model.Lang]string{model.En: fc.En, model.Zh: fc.Zh} {
		if want != "" && !strings.Contains(subtreeText(n, l), fold(want)) {
			t.Errorf("%s: %q not found under %s in %s", where, want, fc.Path, l.Name())
		}
	}
	cited := false
	for _, s := range org.SourcesOf(n) {
		cited = cited || s.Ref == "seed "+fc.Seed
	}
	if !cited {
		t.Errorf("%s: %s does not cite seed %s", where, fc.Path, fc.Seed)
	}
}

// subtreeText is every text of n and its descendants, folded for matching.
func subtreeText(n *model.Node, l model.Lang) string {
	var b strings.Builder
	n.Walk(func(c *model.Node) bool {
		b.WriteString(c.Title[l] + "\n" + c.Summary[l] + "\n" + c.Body[l] + "\n")
		for _, tr := range c.Traits {
			b.WriteString(tr[l] + "\n")
		}
		return true
	})
	return fold(b.String())
}

func fold(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), " ")) }

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
