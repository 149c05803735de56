package search

import (
	"testing"

	"github.com/dutymap/dutymap/model"
)

// A Chinese query naming two departments asks what lies between them, as
// the English one does (TestQueryBetweenDepartmentsFindsTheirTopic): the
// list follows the scores, departments' texts before topics' no more, so
// 市场部和销售部的区别 is answered first by the topic on how they differ, not
// by 策划部 › 部门职能, whose note says 区别于其他部门 (tryout26 U11).
func TestChineseQueryBetweenDepartmentsFollowsScores(t *testing.T) {
	ix := builtin(t)
	for _, q := range []string{"市场部和销售部的区别", "市场部与销售部的不同", "市场部和销售部有什么区别", "difference between marketing and sales"} {
		for _, reader := range model.Langs {
			res := find(t, ix, q, reader, 5)
			if len(res.List) == 0 || res.List[0].Node.Root().ID != "differences" {
				t.Errorf("%q read in %v: first %v, want the differences topic", q, reader, paths(res.List))
				continue
			}
			for i := 1; i < len(res.List); i++ {
				if a, b := res.List[i-1], res.List[i]; a.Match == b.Match && a.Lang == b.Lang && b.Score > a.Score {
					t.Errorf("%q read in %v: %s (%.2f) before %s (%.2f): the list does not follow the scores", q, reader, a.Node.Path, a.Score, b.Node.Path, b.Score)
				}
			}
		}
	}
}

// A query asking how things differ asks what lies between them even when
// it names no department whole (verify26 V4): 市场和销售的区别 and 区别
// put 策划部 › 部门职能 (its note says 区别于其他部门) first, above topic
// points with twice its score, as departments' texts came before topics'
// whatever the scores. The list follows the scores; a query that asks no
// difference keeps departments' work first.
func TestDifferenceQueryFollowsScores(t *testing.T) {
	ix := builtin(t)
	for _, q := range []string{"市场和销售的区别", "市场与销售的区别", "销售和市场的区别", "区别", "市场和销售的差别", "两者有何不同", "difference"} {
		res := find(t, ix, q, model.Zh, 5)
		if len(res.List) == 0 {
			t.Errorf("%q: nothing found", q)
			continue
		}
		if root := res.List[0].Node.Root().ID; root != "differences" && root != "market-vs-sales" {
			t.Errorf("%q: first %v, want a topic on how marketing and sales differ", q, paths(res.List))
		}
		for i := 1; i < len(res.List); i++ {
			if a, b := res.List[i-1], res.List[i]; a.Match == b.Match && a.Lang == b.Lang && b.Score > a.Score {
				t.Errorf("%q: %s (%.2f) before %s (%.2f): the list does not follow the scores", q, a.Node.Path, a.Score, b.Node.Path, b.Score)
			}
		}
	}
	// No difference asked: a department's work still comes before a topic
	// that scores higher (不同 alone is "different", 不同渠道 different channels).
	for _, q := range []string{"品牌", "不同渠道", "不同"} {
		res := find(t, ix, q, model.Zh, 5)
		if len(res.List) == 0 || res.List[0].Node.Root().Kind != model.KindDepartment {
			t.Errorf("%q: first %v, want a department's text", q, paths(res.List))
		}
	}
}
