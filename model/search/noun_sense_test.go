package search

import (
	"slices"
	"testing"

	"github.com/dutymap/dutymap/model"
)

// A synonym the list groups by its noun sense says the word only as the
// noun: "Pay suppliers" and "sales pays more attention" use the verb, and
// do not mention payroll; "wage matters" does. The word itself is found
// in every form.
func TestNounSynonymIsNoVerb(t *testing.T) {
	ix := New(model.NewOrg([]*model.Node{
		dept("hr", "Human resources", "Handle labour and wage matters.", "Set the pay scale."),
		dept("finance", "Finance", "Pay suppliers.", "Keep the accounts paid up to date."),
		dept("sales", "Sales", "Sales pays more attention to reality."),
	}, nil))
	words := func(query string) []string {
		var out []string
		for _, r := range find(t, ix, query, model.En, 20).List {
			if r.Match == Words {
				out = append(out, r.Node.Title[model.En])
			}
		}
		slices.Sort(out)
		return out
	}
	if got, want := words("payroll"), []string{"Handle labour and wage matters.", "Set the pay scale."}; !slices.Equal(got, want) {
		t.Errorf("payroll: %q, want %q", got, want)
	}
	res := find(t, ix, "salary", model.En, 20)
	for _, th := range res.Through {
		for _, v := range th.Via {
			if v != "wage" && v != "pay" {
				t.Errorf("salary is matched through %q: want the nouns wage and pay", th.Via)
			}
		}
	}
	if got := words("pay"); len(got) < 3 {
		t.Errorf("pay: %q, want the word in every form", got)
	}
}
