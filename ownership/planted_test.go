package ownership

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/dutymap/dutymap/content"
	"github.com/dutymap/dutymap/internal/synth"
	"github.com/dutymap/dutymap/model"
)

// loadDefective loads a generated organisation: its base layer, and its
// English layer when it has one.
func loadDefective(t testing.TB, d *synth.Defective) *model.Org {
	layers := []content.Layer{folder(d.Base)}
	if len(d.Layer) > 0 {
		top := folder(d.Layer)
		top.Name, top.Root = "layer", "layer"
		layers = append(layers, top)
	}
	org, ps := content.Check(layers...)
	if org == nil {
		t.Fatalf("the generated organisation does not load:\n%s", ps)
	}
	return org
}

// key names a finding as synth.Planted names the defect behind it.
func key(f Finding) string {
	p := synth.Planted{Check: string(f.Check), Path: f.Node.Path}
	if f.Check == DoubleOwner {
		pair := []string{f.Node.Path, f.Related[0].Path}
		slices.Sort(pair)
		p.Path, p.Other = pair[0], pair[1]
	}
	return p.String()
}

func plantedKeys(ps []synth.Planted) []string {
	var out []string
	for _, p := range ps {
		if p.Other != "" {
			pair := []string{p.Path, p.Other}
			slices.Sort(pair)
			p.Path, p.Other = pair[0], pair[1]
		}
		out = append(out, p.String())
	}
	slices.Sort(out)
	return out
}

// TestPlantedDefectsAreFoundExactly: in generated organisations with
// defects of every kind planted at random places (ten or more per kind),
// the checks find every defect, and nothing else.
func TestPlantedDefectsAreFoundExactly(t *testing.T) {
	for _, seed := range []uint64{1, 2, 3} {
		t.Run(fmt.Sprint("seed ", seed), func(t *testing.T) {
			d := synth.Defects(2000, seed, 12)
			perKind := map[string]int{}
			for _, p := range d.Planted {
				perKind[p.Check]++
			}
			for _, c := range Checks {
				if perKind[string(c)] < 10 {
					t.Errorf("only %d %s defects planted", perKind[string(c)], c)
				}
			}
			rep := Run(loadDefective(t, d), Options{})
			var got []string
			for _, f := range rep.Findings {
				got = append(got, key(f))
			}
			slices.Sort(got)
			want := plantedKeys(d.Planted)
			if !slices.Equal(got, want) {
				missed, extra := diff(want, got), diff(got, want)
				t.Errorf("missed %d planted defects:\n  %s\nfound %d that were not planted:\n  %s", len(missed), strings.Join(missed, "\n  "), len(extra), strings.Join(extra, "\n  "))
				for _, f := range rep.Findings {
					if slices.Contains(extra, key(f)) {
						t.Log(f)
					}
				}
			}
		})
	}
}

// TestGeneratedBaseIsClean: without planted defects the generated
// organisation, RACI lines, topics and hand-offs included, has no finding.
func TestGeneratedBaseIsClean(t *testing.T) {
	d := synth.Defects(2000, 1, 0)
	if len(d.Layer) > 0 || len(d.Planted) > 0 {
		t.Fatal("defects planted")
	}
	org := loadDefective(t, d)
	explicit := 0
	for _, n := range org.Nodes() {
		if n.RACI() != nil || n.Links() != nil {
			explicit++
		}
	}
	if explicit < 50 {
		t.Errorf("only %d nodes carry RACI or hand-off lines", explicit)
	}
	for _, f := range Run(org, Options{}).Findings {
		t.Errorf("%s", f)
	}
}

// diff returns the items of a not in b (both sorted), with repeats.
func diff(a, b []string) []string {
	var out []string
	for _, x := range a {
		if i, ok := slices.BinarySearch(b, x); ok {
			b = slices.Delete(slices.Clone(b), i, i+1)
			continue
		}
		out = append(out, x)
	}
	return out
}
