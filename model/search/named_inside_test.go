package search

import (
	"testing"

	"github.com/dutymap/dutymap/model"
)

// A department named inside the object, as what the object is about,
// answers when no duty holds its name's words: 谁负责工会活动 and "who runs
// union events" are the Trade union office's, as 谁负责工会 and "who runs
// the union" are; 谁负责后勤保障 (one word of the dictionary, 后勤 at its
// start) is 后勤部's (tryout26 U13). A name's word that duties hold is
// their work: "who handles sales promotions" is not the Sales department's.
func TestDepartmentNamedInsideObject(t *testing.T) {
	ix := builtin(t)
	for _, c := range []struct {
		query string
		lang  model.Lang
		owner string // the first owner's path
	}{
		{"谁负责工会活动", model.Zh, "trade-union"},
		{"who runs union events", model.En, "trade-union"},
		{"谁负责后勤保障", model.Zh, "logistics"},
		{"后勤保障", model.Zh, "logistics"},
		{"谁负责工会", model.Zh, "trade-union"},
		{"who runs the union", model.En, "trade-union"},
	} {
		res := find(t, ix, c.query, c.lang, 20)
		if got := ownerPaths(res.Owners(1)); len(got) == 0 || got[0] != c.owner {
			t.Errorf("%q: first owner %v, want %s", c.query, got, c.owner)
		}
		if terms, _ := res.NotMentioned(); res.NoMention || len(terms) > 0 {
			t.Errorf("%q: says no duty mentions %v", c.query, terms)
		}
	}
	for _, q := range []string{"who handles sales promotions", "谁负责销售活动"} {
		res := find(t, ix, q, model.Zh, 20)
		if got := ownerPaths(res.Owners(1)); len(got) == 0 || got[0] == "sales" {
			t.Errorf("%q: first owner %v, want the unit whose duty says it", q, got)
		}
	}
}
