package model

// The score tiers: what a similarity score means to a reader, with
// thresholds measured on the O*NET yardsticks (../shared/data, see
// similar_yardstick_test.go; the test fails if a change to the scoring
// moves them). For each of the corpus's 18,797 tasks its best match in
// another occupation was taken; a tier starts at the lowest score (in
// steps of 0.05) from which those best matches join occupations the
// related-occupations yardstick relates at least 50%, 60% or 70% of the
// time (46% over all best matches, 3% for two random occupations). The
// paraphrase yardstick (48 tasks reworded by O*NET, each beside its
// original) checks the reading: of the rewordings, 96%, 94% and 88% score
// at least the three thresholds against their originals, while the
// closest other task reaches them for 46%, 17% and 6% of the rewordings.
const (
	// MinRelated is the drop threshold: two duties scoring less are not
	// shown as alike anywhere. Best matches from here up join related
	// occupations 51% of the time, more often than not (49% from 0.35).
	MinRelated = 0.40
	// MinSimilar is where two duties are similar: mostly the same work in
	// other words (best matches in related occupations 60%).
	MinSimilar = 0.55
	// MinVerySimilar is where two duties are very similar: nearly the same
	// work (70%), where most rewordings of a task score.
	MinVerySimilar = 0.70
)

// Likeness is the tier of a similarity score: what it says about two
// duties. A comparison or a duty page labels pairs with it rather than
// calling them the same duty.
type Likeness uint8

const (
	Unalike     Likeness = iota // below MinRelated: not shown as alike
	Related                     // they share part of the work (one may be a clause of the other)
	Similar                     // mostly the same work in other words
	VerySimilar                 // nearly the same work
)

// LikenessOf is the likeness tier of a similarity score.
func LikenessOf(score float64) Likeness {
	switch {
	case score >= MinVerySimilar:
		return VerySimilar
	case score >= MinSimilar:
		return Similar
	case score >= MinRelated:
		return Related
	}
	return Unalike
}

// String is the tier in English, stable for JSON and logs: "very
// similar", "similar", "related" or "none". The screens translate it.
func (t Likeness) String() string {
	if int(t) >= len(tierNames) {
		return "none"
	}
	return tierNames[t]
}

var tierNames = [...]string{"none", "related", "similar", "very similar"}
