package search

import (
	"slices"
	"sync"

	"github.com/dutymap/dutymap/model"
	"github.com/dutymap/dutymap/model/analysis"
)

// A duty may name another unit as the one doing the verb a question asks
// about: "Sell the planned products through the channels the marketing
// department has designed" is Sales' duty, but Marketing designs the
// channels. Such a duty answers "who designs the channels?" in part for its
// owner (it only holds the question's words), and is evidence for the unit
// it names (wquery.owners). English only: a Chinese duty says it as
// 市场部设计的渠道, which the Chinese side reads.

// doerHit is a duty whose text names another unit (a department or
// position node) as the doer of the question's verb.
type doerHit struct {
	hit  whit
	unit int32
}

// unitName is the name, or an alias, of a department or position, as the
// folded singular words an English text writes it with.
type unitName struct {
	node  int32
	words []string
}

// unitNames are the English names of the units that own duties, by their
// last word, made on the first question that needs them (doerNamed).
type unitNames struct {
	once   sync.Once
	byLast map[string][]unitName
}

// doerAux are the words allowed between a unit named as a subject and its
// verb: "the channels the marketing department has designed", "… will
// approve".
var doerAux = map[string]bool{
	"has": true, "have": true, "had": true, "will": true, "would": true, "shall": true, "should": true,
	"can": true, "could": true, "may": true, "must": true, "also": true, "already": true,
}

// doersNamed returns the English duties among hits (main matches, holding
// the question's verb, words[verb]) whose every use of the verb is done by
// a unit the text names other than the duty's owner: written as the
// verb's subject ("the channels the marketing department has designed",
// "help the marketing department design …") or its agent ("channels
// designed by the marketing department"). Sorted by node, once each.
func (ix *Index) doersNamed(p plan, langs [2]model.Lang, cws [2][]cword, hits []whit) []doerHit {
	k := langIdx(langs, model.En)
	if k < 0 {
		return nil
	}
	w := ix.wordsOf(model.En)
	verb := map[string]bool{}
	var bits uint64
	for i, qw := range p.words[:min(len(p.words), maxWords, len(cws[k]))] {
		if !qw.verb || qw.role || qw.han {
			continue
		}
		bits |= 1 << i
		verb[qw.term] = true
		for _, a := range cws[k][i].alts {
			if !a.related && a.term >= 0 {
				verb[w.vocab[a.term]] = true
			}
		}
	}
	if bits == 0 {
		return nil
	}
	var out []doerHit
	for _, h := range hits {
		if h.lang != model.En || !h.main || h.mask&bits == 0 || ix.owner[h.node] < 0 {
			continue
		}
		if u, ok := ix.doerNamed(h.node, verb); ok {
			out = append(out, doerHit{hit: h, unit: u})
		}
	}
	slices.SortFunc(out, func(a, b doerHit) int { return int(a.hit.node - b.hit.node) })
	return slices.CompactFunc(out, func(a, b doerHit) bool { return a.hit.node == b.hit.node })
}

// doerNamed returns the unit English duty n names as the doer of each of
// its words whose term verb holds, when that is one unit other than the
// duty's owner; ok is false when the text says the verb without naming a
// doer (its owner does it), or names its owner.
func (ix *Index) doerNamed(n int32, verb map[string]bool) (unit int32, ok bool) {
	var words []analysis.Token // the text's words, stop words too; no phrases
	for _, t := range analysis.Tokens(ix.node(n).Title[model.En]) {
		if t.Kind == analysis.Word && !t.Han {
			words = append(words, t)
		}
	}
	key := ix.owners[ix.owner[n]]
	unit = -1
	for i, t := range words {
		if !verb[t.Term] {
			continue
		}
		u, named := ix.subjectUnit(words[:i])
		if !named {
			u, named = ix.agentUnit(words[i+1:])
		}
		if !named || u == key.dept || u == key.pos || unit >= 0 && u != unit {
			return -1, false
		}
		unit = u
	}
	return unit, unit >= 0
}

// subjectUnit returns the unit whose name ends before (the words before a
// verb), past the words doerAux allows.
func (ix *Index) subjectUnit(before []analysis.Token) (int32, bool) {
	end := len(before)
	for end > 0 && doerAux[before[end-1].Folded] {
		end--
	}
	return ix.unitEndingAt(before, end, 0)
}

// agentUnit returns the unit named right after a verb by "by": "designed
// by the marketing department".
func (ix *Index) agentUnit(after []analysis.Token) (int32, bool) {
	if len(after) < 2 || after[0].Folded != "by" {
		return -1, false
	}
	from := 1
	if after[from].Folded == "the" {
		from++
	}
	for end := from + 1; end <= min(len(after), from+6); end++ {
		if u, ok := ix.unitEndingAt(after, end, from); ok {
			return u, true
		}
	}
	return -1, false
}

// unitEndingAt returns the unit whose whole English name or alias is
// words[start:end] for some start >= from, the longest first.
func (ix *Index) unitEndingAt(words []analysis.Token, end, from int) (int32, bool) {
	if end <= from {
		return -1, false
	}
	byLast := ix.englishUnitNames()
	best, bestLen := int32(-1), 0
	for _, un := range byLast[analysis.Singular(words[end-1].Folded)] {
		start := end - len(un.words)
		if start < from || len(un.words) <= bestLen {
			continue
		}
		same := true
		for j, nw := range un.words {
			if analysis.Singular(words[start+j].Folded) != nw {
				same = false
				break
			}
		}
		if same {
			best, bestLen = un.node, len(un.words)
		}
	}
	return best, best >= 0
}

// englishUnitNames returns the English names and aliases of the units that
// own duties, by their last word (folded, singular).
func (ix *Index) englishUnitNames() map[string][]unitName {
	ix.closeSubtrees()
	ix.doerUnits.once.Do(func() {
		m := map[string][]unitName{}
		for _, n := range ix.ownerNodes {
			node := ix.node(n)
			for _, text := range append([]string{node.Title[model.En]}, node.Aliases()[model.En]...) {
				var words []string
				for _, t := range analysis.Tokens(text) {
					if t.Kind == analysis.Word && !t.Han {
						words = append(words, analysis.Singular(t.Folded))
					}
				}
				if len(words) > 0 {
					last := words[len(words)-1]
					m[last] = append(m[last], unitName{node: n, words: words})
				}
			}
		}
		ix.doerUnits.byLast = m
	})
	return ix.doerUnits.byLast
}

// ownerOfUnit returns the index in Index.owners of the duties unit (a
// department or position node) holds outside any position beneath it, or
// -1 when it holds none so.
func (ix *Index) ownerOfUnit(unit int32) int32 {
	for o, key := range ix.owners {
		if key.pos == unit || key.pos < 0 && key.dept == unit {
			return int32(o)
		}
	}
	return -1
}
