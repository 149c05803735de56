package search

import (
	"math/bits"

	"github.com/dutymap/dutymap/model"
)

// A section's name says the work of the duties listed under it: a
// department written by function ("## Shipping" over "Pick and pack
// customer orders.", "## 发货" over 拣货并包装客户订单。) or the built-in
// 接待参展商和观众 over the duties of receiving exhibitors says what they
// are, and the duties need not repeat it. A question asking about that
// work ("who does shipping", 谁负责发货, 谁接待参展商) is answered by those
// duties, as if each said the name's words itself (tryout27 X4).

// weightTitled is the share of its section's own score that a duty gets
// for each word it holds through the section's title.
const weightTitled = 0.5

// titledDuty is a duty that holds words of the query through the title of
// the section it is listed in.
type titledDuty struct {
	node, section int32
	mask          uint64 // the words the section's title says
}

// titledDuties gives the duties listed right under a section (not a
// department, whose name names an owner: Index.named) whose title says a
// word of what the query asks to have done (a word that is no question's
// or role's verb: a title saying only "manage" names no work) the words
// the title says, as direct matches with the section's own score, and
// returns them. The title's words only, not its notes': the title is what
// names the duties' work.
func (ix *Index) titledDuties(w *wordIndex, s *scratch, qws []qword, cws []cword, keep func(int32) bool) []titledDuty {
	nq := min(len(qws), len(cws), maxWords)
	var nouns, verbs uint64 // the words that may say the work's object; its verb
	var generic uint64      // verbs of doing in general ("handles", 负责): no work of their own
	// The words are told apart on first need, once a title says one of
	// them: telling a verb from a noun (actionWord) reads the first word
	// of every duty once, which a search whose titles say none of its
	// words need not pay for.
	classified := false
	// The verb of a question that asks about nothing else ("who hires?",
	// "who recruits?") is the whole work asked about: a section named by
	// it ("## Hiring") names its duties' work (tryout28 Y17), as it does
	// for "who does the hiring". Beside an object the title does not say
	// ("who plans events" under "Planning") a verb still names none.
	// The title must be that verb and nothing else: 接待参展商和观众 names
	// the receiving of exhibitors, not the receiving of guests that
	// 哪个部门负责接待 asks about.
	var alone uint64
	for i, c := range cws[:nq] {
		if c.verbAlone {
			alone |= 1 << i
		}
	}
	classify := func() {
		classified = true
		for i, q := range qws[:nq] {
			switch {
			case q.stop || q.role || q.recipient:
			case q.verb || ix.actionWord(q):
				// The question's verb, or a word duties begin with: read
				// alike in a question and in its keywords ("sets" of "who
				// sets product prices?" and of "sets product prices").
				verbs |= 1 << i
				if doingVerbs[q.folded] {
					generic |= 1 << i
				}
			default:
				nouns |= 1 << i
			}
		}
	}
	// The title says the query's main words (half its weight, as
	// mainWeights weighs it), as a duty must to match: "Market
	// development" says no "market research" for its duties.
	ws, _, need := mainWeights(cws)
	var out []titledDuty
	sections := len(s.touched)
	for _, n := range s.touched[:sections] {
		xn := s.of(n)
		if ix.kindOf(n) != model.KindSection || ix.parent[n] < 0 || xn.mask == 0 || !keep(n) {
			continue
		}

		// The title says the work's object; its verb too, when it says
		// it (接待参展商和观众 for 谁接待参展商). A verb alone names no
		// work: a position's name says what its holder does in general
		// ("planning" of the Research and planning specialist is no
		// planning of trade shows).
		said := ix.titleSays(w, n, xn.mask, cws)
		if said == 0 {
			continue
		}
		if !classified {
			classify()
		}
		said &= nouns | verbs
		if said&nouns == 0 && (said&alone == 0 || !titleIsOnly(w, n, said&alone, cws)) || maskWeight(ws, said) < need*(1-1e-6) {
			continue
		}
		for d := n + 1; ix.under(d, n); d++ {
			if ix.parent[d] != n || ix.kindOf(d) != model.KindDuty || !keep(d) {
				continue
			}
			x := s.of(d)
			gain := said &^ x.mask
			// The title lends the duty its object, not the question's
			// verb: the duty or the title must say that itself, unless
			// it is a verb of doing in general ("handles"). "Shipping"
			// is no delivery check for "Pick and pack customer orders"
			// ("who approves delivery checks"; verify27 V1): a partial
			// hit stays partial.
			if verb := verbs &^ generic; gain == 0 || (x.mask|said)&verb != verb {
				continue
			}
			if x.own == 0 && x.mask == 0 && x.rel == 0 {
				s.touched = append(s.touched, d)
			}
			xd := s.set(d)
			xd.mask |= gain
			xd.direct |= gain
			// Below a word the duty says itself: the duty that also says
			// it ranks first among the section's.
			xd.own += weightTitled * xn.own * float32(bits.OnesCount64(gain)) / float32(bits.OnesCount64(xn.mask))
			out = append(out, titledDuty{node: d, section: n, mask: gain})
		}
	}
	return out
}

// titleSays returns the bits of mask whose words (their own terms or
// synonyms', not related terms, nor a word inside a Chinese one: 市场 of
// 市场调研 in 市场部经理) node n's title holds as tokens.
func (ix *Index) titleSays(w *wordIndex, n int32, mask uint64, cws []cword) uint64 {
	var said uint64
	for _, t := range w.tokens(n) {
		for m := mask &^ said; m != 0; m &= m - 1 {
			i := bits.TrailingZeros64(m)
			if i >= len(cws) {
				break
			}
			for _, a := range cws[i].alts {
				if !a.related && a.part == 0 && a.term >= 0 && a.term == t.term {
					said |= 1 << i
					break
				}
			}
		}
	}
	return said
}

// titleIsOnly reports whether every word of node n's title is one of the
// query's words of mask (their own terms or synonyms'): "Hiring", 招聘.
func titleIsOnly(w *wordIndex, n int32, mask uint64, cws []cword) bool {
	tokens := w.tokens(n)
	if len(tokens) == 0 {
		return false
	}
	for _, t := range tokens {
		if !tokenSays(t, mask, cws) {
			return false
		}
	}
	return true
}

// tokenSays reports whether token t is one of the query's words of mask.
func tokenSays(t seqToken, mask uint64, cws []cword) bool {
	for m := mask; m != 0; m &= m - 1 {
		i := bits.TrailingZeros64(m)
		if i >= len(cws) {
			break
		}
		for _, a := range cws[i].alts {
			if !a.related && a.part == 0 && a.term >= 0 && a.term == t.term {
				return true
			}
		}
	}
	return false
}
