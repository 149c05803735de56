package search

import (
	"testing"

	"github.com/dutymap/dutymap/model"
)

// A query naming two departments asks what lies between them (tryout24
// H4): "what is the difference between marketing and sales" is answered
// first by the topic on how they differ, as 市场部和销售部有什么区别 is
// (by the built-in cache's index), not by a marketing position's duty about "different ways" of selling.
func TestQueryBetweenDepartmentsFindsTheirTopic(t *testing.T) {
	ix := builtin(t)
	for q, want := range map[string]string{
		"what is the difference between marketing and sales": "differences",
		"how do marketing and sales differ":                  "differences",
	} {
		res := find(t, ix, q, model.En, 5)
		if len(res.List) == 0 || res.List[0].Node.Root().ID != want {
			t.Errorf("%q: first %v, want the %s topic", q, paths(res.List), want)
		}
	}
	// A question about one department keeps its own duties first.
	if res := find(t, ix, "who sets marketing targets", model.En, 5); len(res.List) == 0 || res.List[0].Node.Root().ID != "marketing" {
		t.Errorf("who sets marketing targets: first %v, want a marketing duty", paths(res.List))
	}
}
