package model

import "math"

// How two token sets are scored. Every scored set is a unit: a whole duty,
// or one of its clauses.

// clauseFactor scales a match that involves a clause rather than a whole
// duty: "Research the market, gather ..., and supply data for decisions"
// does research the market, but less plainly than a duty that says only
// that.
const clauseFactor = 0.45

// singleFactor scales a match resting on one shared word: "Coordinate
// production with sales" and "Coordinate the relations between
// departments" share a rare verb and little else.
const singleFactor = 0.6

// unit is one scored token set of a class of identical duties. An index
// holds two or three per duty and language (a whole duty and its
// clauses): 16 bytes each.
type unit struct {
	at    int32   // its token ids are toks[at : at+n], ascending (rarest first)
	class int32   // the class (or, in a pairing side, the side class) it belongs to
	mass  float32 // total weight of its tokens
	n     uint16  // number of tokens, at most maxUnitTokens
	whole bool    // the whole duty, not a clause
}

// maxUnitTokens bounds the distinct tokens of a unit: a duty's sentence
// with more (only a hostile file writes one) keeps its first ones.
const maxUnitTokens = math.MaxUint16

// end is where u's token ids end in its token array.
func (u *unit) end() int32 { return u.at + int32(u.n) }

// overlap is what two token sets share: the tokens' total weight and count.
type overlap struct {
	w float32
	n int32
}

// dice scores two units from what they share: the IDF-weighted Dice
// coefficient 2·shared/(mass a + mass b), scaled down when one side is a
// clause or when one word is all they share. Two clauses score 0:
// "promotion plans" in two long duties says little about either.
func dice(o overlap, a, b *unit) float32 {
	if o.n == 0 || (!a.whole && !b.whole) {
		return 0
	}
	d := 2 * o.w / (a.mass + b.mass)
	if !a.whole || !b.whole {
		d *= clauseFactor
	}
	if o.n == 1 {
		d *= singleFactor
	}
	return d
}

// common is what two ascending token sets share; weight gives a token's
// weight. Unknown tokens (id -1) never match.
func common(a, b []int32, weight []float32) overlap {
	var o overlap
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			if a[i] >= 0 {
				o.w += weight[a[i]]
				o.n++
			}
			i++
			j++
		}
	}
	return o
}

// marks holds the weights of one query unit's tokens by token id, and 0
// for every other token (a weight is never 0), so that what a candidate
// shares with the query is one pass over the candidate's tokens: quicker
// than merging the two lists, for the many candidates one query meets.
// It sums the shared weights in the same order common does, so the scores
// are the same to the bit.
type marks []float32

// set marks the tokens of a query unit; clear unmarks them.
func (m marks) set(toks []int32, weight []float32) {
	for _, t := range toks {
		if t >= 0 {
			m[t] = weight[t]
		}
	}
}

func (m marks) clear(toks []int32) {
	for _, t := range toks {
		if t >= 0 {
			m[t] = 0
		}
	}
}

// overlap is what a unit's tokens (ascending ids) share with the marked
// unit. Unknown tokens (-1, first) never match.
func (m marks) overlap(toks []int32) overlap { return overlapOf(m, toks) }

// overlapOf is marks.overlap for token ids of either width.
func overlapOf[T int32 | uint16](m marks, toks []T) overlap {
	for len(toks) > 0 && toks[0] < 0 {
		toks = toks[1:]
	}
	var o overlap
	for _, t := range toks {
		if w := m[t]; w != 0 {
			o.w += w
			o.n++
		}
	}
	return o
}

// idf is a token's weight: a smoothed inverse document frequency, squared.
// Squaring widens the gap between the words every department uses ("plan",
// "sale", "run") and the ones that say what a duty is about ("price",
// "display"); with plain IDF, "Run sales promotions" and "Carry out
// face-to-face selling" matched on "run" and "sale" alone. It is always
// positive, so even a word every duty has still counts a little.
func idf(docs, df int) float32 {
	v := math.Log(1 + float64(docs+1)/float64(df+1))
	return float32(v * v)
}

// prefixLen is how many leading tokens of a set (ascending ids, so rarest
// first) a partner scoring at least t must share one of: the shortest
// prefix whose remaining tokens weigh less than the least overlap such a
// partner needs. Dice ≥ t needs the partner's mass ≥ t·m/(2−t), hence an
// overlap ≥ t·m/(2−t); the first token two sets share in id order lies in
// both sets' prefixes (the prefix filtering of Bayardo, Ma and Srikant,
// "Scaling up all pairs similarity search", WWW 2007, with weights). The
// clause and one-word factors only lower a score, so they keep it valid.
func prefixLen(toks []int32, weight func(int32) float32, mass float32, t float64) int {
	if t <= 0 {
		return len(toks)
	}
	need := float32(t/(2-t)*float64(mass)) * (1 - slack)
	var rest float32
	p := len(toks)
	for p > 0 {
		w := weight(toks[p-1])
		if rest+w >= need {
			break
		}
		rest += w
		p--
	}
	return p
}

// massRange is the range of masses a partner of a set of mass m needs to
// score at least t: Dice ≤ 2·min/(m+m') bounds it on both sides.
func massRange(m float32, t float64) (lo, hi float32) {
	if t <= 0 {
		return 0, float32(math.Inf(1))
	}
	return float32(t/(2-t)*float64(m)) * (1 - slack), float32((2-t)/t*float64(m)) * (1 + slack)
}

// slack widens the filters' bounds against float32 rounding: a filter may
// let through a pair that then scores just under t, never drop one that
// scores t.
const slack = 1e-4
