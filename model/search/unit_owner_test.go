package search

import (
	"testing"

	"github.com/dutymap/dutymap/content"
	"github.com/dutymap/dutymap/internal/wire"
	"github.com/dutymap/dutymap/model"
)

// A sub-department (.unit) does the duties written in it, as a position
// does (docs/content-format.md: the nearest position or sub-department
// above a duty is its doer), in a plain "who does" question as in "who is
// responsible for": "who provides sales tools" is answered by the
// Marketing department's Sales support, not by the Marketing department
// (tryout26 U20). A query that is the unit's name names it first among the
// owners, as a position's does; an index read from its encoding (a cached
// search) answers alike.
func TestSubDepartmentOwnsItsDuties(t *testing.T) {
	org, err := content.Load(content.Builtin())
	if err != nil {
		t.Fatal(err)
	}
	built := New(org)
	var w wire.Writer
	built.Encode(&w)
	alone, err := DecodeAlone(wire.NewReader(w.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	for name, ix := range map[string]*Index{"built": built, "read alone": alone} {
		for _, c := range []struct {
			query string
			lang  model.Lang
			unit  string // the first owner's path
		}{
			{"who provides sales tools", model.En, "marketing/units/sales-support"},
			{"who is responsible for providing sales tools", model.En, "marketing/units/sales-support"},
			{"谁传授销售技巧", model.Zh, "marketing/units/sales-support"},
			{"who sets the pricing strategy for existing products", model.En, "marketing/units/market-development"},
			{"sales support", model.En, "marketing/units/sales-support"},
			{"销售支持部", model.Zh, "marketing/units/sales-support"},
			{"市场开发部", model.Zh, "marketing/units/market-development"},
		} {
			res := find(t, ix, c.query, c.lang, 20)
			os := res.Owners(2)
			if len(os) == 0 {
				t.Errorf("%s: %q: no owners", name, c.query)
				continue
			}
			if got := os[0].Node().Path; got != c.unit || os[0].Unlisted() || os[0].Duties == 0 {
				t.Errorf("%s: %q: first owner %s (%s, %d duties), want %s with its duties", name, c.query, got, os[0].Name(c.lang), os[0].Duties, c.unit)
			}
		}
	}
}

// Words that say a department's whole name name that department, not a
// sub-department of another department whose name merely holds them:
// "who is in charge of sales" and 谁负责销售 are answered by the Sales
// department and its duties, not by the Marketing department's Sales
// support (销售支持部), once a sub-department can be named at all.
func TestDepartmentNamedWholeBeforeOthersUnits(t *testing.T) {
	ix := builtin(t)
	for _, c := range []struct {
		query string
		lang  model.Lang
	}{
		{"who is in charge of sales", model.En},
		{"what does the sales department do", model.En},
		{"谁负责销售", model.Zh},
	} {
		res := find(t, ix, c.query, c.lang, 20)
		if os := res.Owners(1); len(os) == 0 || os[0].Node().Path != "sales" {
			t.Errorf("%q: first owner %v, want the Sales department", c.query, ownerPaths(os))
		}
		if len(res.List) == 0 {
			t.Errorf("%q: no results", c.query)
		} else if first := res.List[0].Node; first.Root().ID != "sales" {
			t.Errorf("%q: first result %s, want the Sales department's", c.query, first.Path)
		}
	}
}
