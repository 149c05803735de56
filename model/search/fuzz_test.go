package search

import (
	"context"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/dutymap/dutymap/model"
)

// FuzzParse checks any typed text parses to a query that writes back to
// an equivalent query, never panicking.
func FuzzParse(f *testing.F) {
	for _, s := range []string{"set prices", "'brand d:sales", "dept:", "' '' d:", "制定 'x D:MKT", "\x00\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		q := Parse(s)
		again := Parse(q.String())
		if q.String() != again.String() {
			t.Fatalf("%q: %q reparses as %q", s, q.String(), again.String())
		}
	})
}

// FuzzSearch matches arbitrary queries against arbitrary duty text: no
// panic, and every reported position is a rune of the displayed text.
func FuzzSearch(f *testing.F) {
	f.Add("Set the product's price.", "set prices")
	f.Add("制定产品价格策略", "价格")
	f.Add("Décide les prix, ÉTÉ", "'été d:x")
	f.Add("a\u200bb\u0301c", "bc")
	f.Fuzz(func(t *testing.T, text, query string) {
		if !utf8.ValidString(text) || strings.TrimSpace(text) == "" {
			return
		}
		duty := &model.Node{ID: "1", Kind: model.KindDuty, Title: model.Text{text, text}}
		org := model.NewOrg([]*model.Node{{ID: "d", Kind: model.KindDepartment, Title: model.Text{"D", "D"},
			Children: []*model.Node{{ID: "s", Kind: model.KindSection, Title: model.Text{"S", "S"}, Children: []*model.Node{duty}}}}}, nil)
		res, err := New(org).Search(context.Background(), Parse(query), model.En, 10)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range res.List {
			n := utf8.RuneCountInString(r.Node.Title.In(r.Lang))
			for i, p := range r.Positions {
				if p < 0 || p >= n || (i > 0 && p <= r.Positions[i-1]) {
					t.Fatalf("text %q query %q: positions %v out of order or range (%d runes)", r.Node.Title.In(r.Lang), query, r.Positions, n)
				}
			}
		}
	})
}
