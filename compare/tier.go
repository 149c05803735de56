package compare

// Tier puts a similarity score into words a reader can trust: the score
// measures shared wording, so a pair is "similar", never "the same duty",
// and how similar is said in three steps rather than as a number.
type Tier int

const (
	TierClose   Tier = iota // very similar wording: most likely the same work
	TierSimilar             // much in common
	TierLoose               // some words in common, from MinShared up
)

// Tier boundaries, best first. Provisional: the similarity rebuild
// (model/similar.go) measures them on ../shared/data/yardsticks/
// related-occupations.tsv together with MinShared; callers go through
// TierOf, so new values drop in here.
const (
	tierCloseMin   = 0.6
	tierSimilarMin = 0.45
)

// TierOf is the tier of a pair scoring score (0..1, at least MinShared
// for a pair a comparison shows).
func TierOf(score float64) Tier {
	switch {
	case score >= tierCloseMin:
		return TierClose
	case score >= tierSimilarMin:
		return TierSimilar
	default:
		return TierLoose
	}
}

// String is the tier's name in the JSON report: "close", "similar",
// "loose".
func (t Tier) String() string {
	switch t {
	case TierClose:
		return "close"
	case TierSimilar:
		return "similar"
	default:
		return "loose"
	}
}
