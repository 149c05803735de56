package ownership

import (
	"slices"
	"testing"

	"github.com/dutymap/dutymap/internal/synth"
	"github.com/dutymap/dutymap/model"
)

// The double-owner check's pairings share one budget: on look-alike
// duties, where each pairing used to read up to the index's whole bound
// (19 of them: 12 s of CPU at 100,000 duties, hunt24), a budget too small
// for everything leaves the check incomplete, saying so, with the
// findings it made still right; with room enough it is complete.
func TestDoubleOwnerPairingsShareOneBudget(t *testing.T) {
	org := loadDefective(t, &synth.Defective{Base: synth.LookAlike(4, 5, 40, 8, 1)})
	only := Options{Checks: []Check{DoubleOwner}, Limit: 0}
	full := Run(org, only)
	if len(full.Incomplete) != 0 || len(full.Findings) < 50 {
		t.Fatalf("with the whole budget: %d findings, incomplete %q", len(full.Findings), full.Incomplete)
	}
	defer func(was int) { checkPairBudget = was }(checkPairBudget)
	// Three pairings of 200 or 400 duties against as many, each of whose
	// duties shares words with nearly all of the other side's: 1,000
	// postings in all is far too few (each duty still gets the pairing's
	// own least share).
	checkPairBudget = 1_000
	some := Run(org, only)
	if want := []string{catalog[model.En].doubleIncomplete}; !slices.Equal(some.Incomplete, want) {
		t.Errorf("on a budget too small: incomplete %q, want %q", some.Incomplete, want)
	}
	if len(some.Findings) == 0 || len(some.Findings) >= len(full.Findings) {
		t.Errorf("on a budget too small: %d findings, %d with room enough", len(some.Findings), len(full.Findings))
	}
	for _, f := range some.Findings {
		if f.Check != DoubleOwner || len(f.Related) == 0 || f.Node.Root() == f.Related[0].Root() {
			t.Errorf("not a pair of two departments: %s", f)
		}
	}
}
