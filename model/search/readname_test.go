package search

import (
	"testing"

	"github.com/dutymap/dutymap/internal/wire"
	"github.com/dutymap/dutymap/model"
)

// A query that is a department's name, or a slip of one that show reads
// (model.BestMatches: its id, a character of the same sound, its pinyin, a
// letter off), lists the department first; a slip says how it was read
// (Results.ReadAs), in the language it was typed in. Ordinary words that
// begin a name, sit inside one or are its pinyin's start are searched as
// the words they are (tryout13 #4, nits).
func TestQueryNamingADepartmentListsItFirst(t *testing.T) {
	built := builtin(t)
	var w wire.Writer
	built.Encode(&w)
	alone, err := DecodeAlone(wire.NewReader(w.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	// The index read from the cache alone makes its nodes as results
	// need them: it reads names alike.
	for name, ix := range map[string]*Index{"built": built, "alone": alone} {
		t.Run(name, func(t *testing.T) { namesListFirst(t, ix) })
	}
}

func namesListFirst(t *testing.T, ix *Index) {
	for _, c := range []struct {
		query, dept string
		slip        bool
		lang        model.Lang // of the answer, for an English reader
	}{
		{"marketing", "marketing", false, model.En},
		{"sales", "sales", false, model.En},
		{"市场部", "marketing", false, model.Zh},
		{"hr", "hr", false, model.En},
		{"销受部", "sales", true, model.Zh},
		{"銷受部", "sales", true, model.Zh},
		{"市场不", "marketing", true, model.Zh},
		{"财物部", "finance", true, model.Zh},
		{"財物部", "finance", true, model.Zh},
		{"xiaoshoubu", "sales", true, model.Zh},
		{"houqinbu", "logistics", true, model.Zh},
		{"markting", "marketing", true, model.En},
		{"slaes", "sales", true, model.En},
		{"marketing departmnt", "marketing", true, model.En},
	} {
		res := find(t, ix, c.query, model.En, 5)
		if len(res.List) == 0 || res.List[0].Node.Path != c.dept || res.NoMention {
			t.Errorf("%q: first %v (no mention %v), want the department %s", c.query, paths(res.List), res.NoMention, c.dept)
			continue
		}
		switch r := res.ReadAs; {
		case !c.slip && r != nil:
			t.Errorf("%q: read as %s, want no note (it is the name)", c.query, r.Node.Path)
		case c.slip && (r == nil || r.Node.Path != c.dept || r.Typed != c.query || r.Tier != model.TierSlip):
			t.Errorf("%q: read as %+v, want %s, a slip", c.query, r, c.dept)
		}
		if res.Lang != c.lang {
			t.Errorf("%q: answered in %v, want %v", c.query, res.Lang, c.lang)
		}
		if os := res.Owners(1); len(os) == 0 || os[0].Department.ID != c.dept || !os[0].Named {
			t.Errorf("%q: owners %v, want %s first, named", c.query, ownerNames(os), c.dept)
		}
	}
	// A slip of the id is no language's: the reader's answers it.
	if res := find(t, ix, "slaes", model.Zh, 5); res.Lang != model.Zh || res.ReadAs == nil || res.List[0].Node.Title.In(res.Lang) != "销售部" {
		t.Errorf("slaes (Chinese reader): answered in %v, read as %+v", res.Lang, res.ReadAs)
	}
	// Words of the work, not names: a word the texts hold one letter off
	// a name (finances: finance), the start of a name (sale: sales, plan,
	// fin), a word inside several (office), the start of a name's pinyin
	// (she, hq), a question, and a name among other words.
	for _, q := range []string{"sale", "finances", "plan", "fin", "office", "she", "hq", "who handles sales", "sales plan", "d:sales visit", "'sales"} {
		res := find(t, ix, q, model.En, 5)
		if res.ReadAs != nil {
			t.Errorf("%q: read as %s, want its words searched", q, res.ReadAs.Node.Path)
		}
		if (q == "sale" || q == "plan") && len(res.List) > 0 && res.List[0].Node.Parent == nil {
			t.Errorf("%q: the department %s first, want the duties that say it", q, res.List[0].Node.Path)
		}
	}
}

// Partial counts the results mentioning a lesser word only, all of them,
// as Matches counts the matches: the explorer's count says both when the
// owners are counted in part.
func TestPartialResultsCounted(t *testing.T) {
	ix := builtin(t)
	for _, q := range []string{"team handles ads", "who sets product prices?", "sales team ads", "handle ads"} {
		all := find(t, ix, q, model.En, 0)
		var words, partial int
		for _, r := range all.List {
			switch r.Match {
			case Words:
				words++
			case Partial:
				partial++
			}
		}
		if all.Matches != words || all.Partial != partial {
			t.Errorf("%q: Matches %d, Partial %d; the list holds %d matches, %d in part", q, all.Matches, all.Partial, words, partial)
		}
		if limited := find(t, ix, q, model.En, 5); limited.Partial != all.Partial {
			t.Errorf("%q: Partial %d with a limit of 5, %d without", q, limited.Partial, all.Partial)
		}
	}
	// Three: the two duties that say advertising, and the Advertising
	// planning supervisor's "Plan and run the company's events…", which
	// its position's name says is advertising work (tryout27 X4).
	if res := find(t, ix, "team handles ads", model.En, 5); res.Matches != 3 || res.Partial == 0 {
		t.Errorf("team handles ads: %d matches, %d in part; want 3 and some in part", res.Matches, res.Partial)
	}
}
