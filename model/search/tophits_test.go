package search

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/dutymap/dutymap/model"
)

// topHits picks the best hits by numbers worked out once per hit; they
// must order the hits exactly as better does, whatever their languages,
// units without duties, tiers, related terms asked about, whole names,
// named owners and scores (equal ones, -0, infinities, NaN), so that the
// k best and their order are those a full sort by better gives.
func TestTopHitsOrdersAsBetter(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	scores := []float32{0, float32(math.Copysign(0, -1)), 1, 1.5, -2, 3.25, 1e9, -1e-9,
		float32(math.Inf(1)), float32(math.Inf(-1)), float32(math.NaN())}
	for round := range 200 {
		q := &wquery{langs: [2]model.Lang{model.Langs[round%2], model.Langs[1-round%2]}, asked: 1 << 2}
		if round%3 == 0 {
			q.dutyless = map[int32]bool{}
		}
		n := 1 + r.IntN(400)
		hits := make([]whit, n)
		perm := r.Perm(n)
		for i := range hits {
			h := &hits[i]
			h.node = int32(perm[i]) // distinct, in no order
			h.lang = model.Langs[r.IntN(2)]
			h.tier = uint8(r.IntN(2))
			h.rel = uint64(r.IntN(8))
			h.whole = uint8(r.IntN(3))
			h.named = r.IntN(4) == 0
			h.score = scores[r.IntN(len(scores))]
			if r.IntN(2) == 0 {
				h.score = float32(r.IntN(5)) / 2
			}
			if q.dutyless != nil && r.IntN(4) == 0 {
				q.dutyless[h.node] = true
			}
		}
		want := slices.Clone(hits)
		slices.SortFunc(want, q.better)
		for _, k := range []int{1, 5, n / 2, n} {
			if k < 1 || k > n {
				continue
			}
			got := q.topHits(slices.Clone(hits), k)
			if g, w := fmt.Sprint(got), fmt.Sprint(want[:k]); g != w {
				t.Fatalf("round %d, best %d of %d:\n got %v\nwant %v", round, k, n, got, want[:k])
			}
		}
	}
}
