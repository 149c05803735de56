package search

import (
	"cmp"
	"math/bits"
	"slices"
	"unicode/utf8"

	"github.com/dutymap/dutymap/model/analysis"
)

// A Chinese query word the dictionary holds whole is often made of words
// of its own: 市场调研 of 市场 and 调研, 客户服务 of 客户 and 服务. A text
// that holds the word, or every one of its pieces (analysis.Pieces: 调研
// 市场), says it. A text that holds only a word inside it (向市场部反馈市场
// 动态 holds 市场) says it in part, as it would say "市场 调研" typed with
// a space in part: the word inside is evidence of the word for its share
// of the word's characters, and the text is a partial match unless the
// query's other words carry it. 产品开发, which the segmenter cuts into 产品
// and 开发 itself, is two words of the query, weighed the same way.

// partAlts returns the alternatives by which the words inside Chinese
// word (analysis.SubWords) find it in part, heaviest first: each
// weighs weightPart of its own inverse document frequency (no more than
// the word's, mainDF), and holds its share of the word's characters of
// it (alt.part).
func (w *wordIndex) partAlts(word string, mainDF int32) []alt {
	n := utf8.RuneCountInString(word)
	var out []alt
	for _, part := range analysis.SubWords(word) {
		id, ok := w.term(part)
		if !ok || analysis.IsFiller(part) {
			continue
		}
		share := float32(utf8.RuneCountInString(part)) / float32(n)
		out = append(out, alt{term: id, weight: weightPart * w.idf(max(mainDF, w.df[id])), part: share})
	}
	// The first part to find a text is the one it is credited with
	// (scratch.heldInPart): the heaviest.
	slices.SortStableFunc(out, func(a, b alt) int { return cmp.Compare(b.partHeld(), a.partHeld()) })
	return out
}

// partHeld is the weight a text holding part alternative a holds of
// its word: the part's weight for its share of the word's characters.
// Below half the word's weight whatever the part, it never makes a
// match of a query of that one word by itself.
func (a alt) partHeld() float32 { return a.weight * a.part }

// piecesAlt finds a Chinese word by the words that make it up end to end
// (analysis.Pieces), all of which a text must hold, as bigramsAlt finds
// it by its bigrams.
func (w *wordIndex) piecesAlt(word string) (alt, bool) {
	pieces := analysis.Pieces(word)
	if len(pieces) < 2 {
		return alt{term: -1}, false
	}
	ids := make([]int32, 0, len(pieces))
	for _, p := range pieces {
		id, ok := w.term(p)
		if !ok || analysis.IsFiller(p) {
			return alt{term: -1}, false
		}
		ids = append(ids, id)
	}
	return w.bigramsAlt(ids, weightPart), true
}

// heldInPart records that node n holds the query word of bit only by
// part alternative a, so far: the first such (and heaviest, partAlts)
// is what it holds of the word.
func (s *scratch) heldInPart(n int32, bit uint64, a alt) {
	x := s.set(n)
	x.inPart |= bit
	x.inPartHeld += a.partHeld()
}

// held is the weight of the query's words node n holds (held), a word
// it holds only by a word inside it weighing what that part holds. A
// duty of a unit whose name says the word (Index.named) holds it whole.
func (s *scratch) held(n int32, ws, syn []float32) float32 {
	x := s.of(n)
	if x.inPart&^x.direct == 0 {
		return held(x.mask, x.direct, ws, syn)
	}
	inPart := x.inPart &^ x.direct
	got := x.inPartHeld
	if inPart != x.inPart {
		// Some of the words are said whole by the name: the rest hold
		// their share of what the parts do (two compounds in one query,
		// one of them in a name, is rare enough to share it evenly).
		got *= float32(bits.OnesCount64(inPart)) / float32(bits.OnesCount64(x.inPart))
	}
	return held(x.mask&^inPart, x.direct, ws, syn) + got
}
