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
