package ownership

import (
	"cmp"
	"slices"
	"strings"
	"testing"

	"github.com/dutymap/dutymap/internal/synth"
	"github.com/dutymap/dutymap/model"
)

// With a limit, each check keeps the first findings in the report's
// order, exactly those an unlimited run lists first, and counts the rest;
// the total is the same.
func TestLimitKeepsTheFirstOfEachCheck(t *testing.T) {
	org := synth.Generate(4_000, 1) // a third of its duties repeat: many double owners
	ix := model.NewSimilarity(org)
	all := Run(org, Options{Similarity: ix})
	byCheck := map[Check][]Finding{}
	for _, f := range all.Findings {
		byCheck[f.Check] = append(byCheck[f.Check], f)
	}
	if len(byCheck[DoubleOwner]) < 100 {
		t.Fatalf("only %d double-owner findings in the fixture", len(byCheck[DoubleOwner]))
	}
	if len(all.Unlisted) != 0 {
		t.Errorf("unlimited run left findings out: %v", all.Unlisted)
	}
	const limit = 25
	some := Run(org, Options{Similarity: ix, Limit: limit})
	got := map[Check][]Finding{}
	for _, f := range some.Findings {
		got[f.Check] = append(got[f.Check], f)
	}
	for c, want := range byCheck {
		n := min(len(want), limit)
		if !slices.EqualFunc(got[c], want[:n], sameFinding) {
			t.Errorf("%s: kept %d findings, not the first %d of the unlimited run", c, len(got[c]), n)
		}
		if some.Unlisted[c] != len(want)-n {
			t.Errorf("%s: %d unlisted, want %d", c, some.Unlisted[c], len(want)-n)
		}
	}
}

func sameFinding(a, b Finding) bool {
	return a.Check == b.Check && a.File == b.File && a.Line == b.Line && a.Msg == b.Msg && a.Fix == b.Fix &&
		slices.Equal(a.Related, b.Related)
}

// Findings arriving out of order: the kept ones are the first by file and
// line, whatever order they came in.
func TestLimitKeepsTheFirstByPlace(t *testing.T) {
	r := &run{limit: 2, kept: map[Check]*keptFindings{}, unlisted: map[Check]int{}}
	n := &model.Node{}
	for _, at := range []model.Loc{{File: "b.md", Line: 5}, {File: "b.md", Line: 3}, {File: "c.md", Line: 1}, {File: "a.md", Line: 9}, {File: "b.md", Line: 4}} {
		r.add(DoubleOwner, n, at, "fix", "at %s", at)
	}
	var got []model.Loc
	for _, f := range r.kept[DoubleOwner].list {
		got = append(got, model.Loc{File: f.File, Line: f.Line})
	}
	slices.SortFunc(got, func(a, b model.Loc) int { return cmp.Or(strings.Compare(a.File, b.File), a.Line-b.Line) })
	if want := []model.Loc{{File: "a.md", Line: 9}, {File: "b.md", Line: 3}}; !slices.Equal(got, want) {
		t.Errorf("kept %v, want %v", got, want)
	}
	if r.unlisted[DoubleOwner] != 3 {
		t.Errorf("%d unlisted, want 3", r.unlisted[DoubleOwner])
	}
}
