package model_test

import (
	"testing"

	"github.com/dutymap/dutymap/content"
	"github.com/dutymap/dutymap/model"
)

// The built-in content says every duty in English and in Chinese, one a
// translation of the other, so the two languages' analyses should find the
// same pairs alike. Over every pair of duties in different sections, this
// measures how often a pair at least related (MinRelated) in one language
// is so in the other: the F1 of the two languages' related pairs. It is
// the yardstick of the Chinese analysis, which O*NET cannot measure:
// segmenting words (model/analysis) gives 0.50, character bigrams gave 0.27
// (the pairs related in English alone were 162, in both 31, in Chinese
// alone 5).
func TestBuiltinLanguagesAgree(t *testing.T) {
	org, err := content.Load(content.Builtin())
	if err != nil {
		t.Fatalf("built-in content does not load: %v", err)
	}
	ix := model.NewSimilarity(org)
	var leaves []*model.Node
	for _, d := range org.Departments {
		leaves = append(leaves, model.Leaves(d)...)
	}
	var both, enOnly, zhOnly int
	for i, a := range leaves {
		for _, b := range leaves[i+1:] {
			if a.Parent == b.Parent {
				continue
			}
			en := model.ScoreIn(ix, a, b, model.En) >= model.MinRelated
			zh := model.ScoreIn(ix, a, b, model.Zh) >= model.MinRelated
			switch {
			case en && zh:
				both++
			case en:
				enOnly++
			case zh:
				zhOnly++
			}
		}
	}
	f1 := 2 * float64(both) / float64(2*both+enOnly+zhOnly)
	t.Logf("pairs related in both languages %d, in English alone %d, in Chinese alone %d: agreement (F1) %.3f", both, enOnly, zhOnly, f1)
	if f1 < 0.45 {
		t.Errorf("the languages agree on related pairs at F1 %.3f, measured 0.498 when the analysis last changed", f1)
	}
}
