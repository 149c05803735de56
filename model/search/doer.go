package search

import (
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/dutymap/dutymap/model"
	"github.com/dutymap/dutymap/model/analysis"
)

// credit is a duty's match given to another unit than the duty's owner:
// the unit the duty names as the doer of the question's verb (doerCredits).
type credit struct {
	hit   whit
	owner int32 // index into Index.owners
}

// doerCredits finds, among the hits of a Chinese question asking who does
// its verb (or the action its subject ends in), the duties that say the verb only inside a 的-phrase whose
// subject is another unit, named right before it (otherDoer: 通过市场部设计的
// 渠道销售规划好的产品 says 市场部 designs the channels; the duty's owner
// sells through them). Such a duty does not do the verb: it matches in
// part for its owner (the verb's bit taken from its mask, main unset, in
// place), and is evidence for the unit it names, which the credits
// returned carry, the hit as it was. A duty that also says the verb
// elsewhere, or names its own unit, keeps it.
func (ix *Index) doerCredits(p plan, hits []whit) []credit {
	v := -1
	for i, w := range p.words[:min(len(p.words), maxWords)] {
		if w.verb && w.han && !w.role && !w.recipient {
			v = i
		}
	}
	// A question with no verb of its own asks who does the action its
	// subject ends in (设计 of 谁负责产品设计: headOf).
	if last := p.subject.to - 1; v < 0 && p.subject.to-p.subject.from > 1 && last < maxWords && p.words[last].han &&
		ix.subjectAction(p.words[last]) {
		v = last
	}
	if v < 0 {
		return nil
	}
	verbs := append([]string{p.words[v].term}, synonymTerms(p.words[v].term)...)
	units := sync.OnceValue(ix.unitNames) // made only for a text that needs it
	var out []credit
	for i, h := range hits {
		if h.mask&(1<<v) == 0 || h.lang != model.Zh || ix.kindOf(h.node) != model.KindDuty {
			continue
		}
		unit, ok := otherDoer(ix.titleOf(h.node, model.Zh), verbs, units)
		if !ok {
			continue
		}
		o, ok := ix.ownerOf(unit)
		if !ok || o == ix.owner[h.node] {
			continue
		}
		out = append(out, credit{hit: h, owner: o})
		hits[i].mask &^= 1 << v
		hits[i].main = false
	}
	return out
}

// otherDoer returns the department or position a Chinese text names as
// the doer of a verb (one of verbs, as written) at every place it says
// it: the unit's name or alias right before the verb (or before 所 and
// the verb), not after a coverb, and 的 right after it, the relative clause of Chinese
// grammar that says which thing is meant by who did it (市场部设计的渠道:
// the channels marketing designed). ok is false when some place says the
// verb otherwise, or none says it. units looks a name up (unitNames).
func otherDoer(text string, verbs []string, units func() map[string]int32) (unit int32, ok bool) {
	unit = -1
	for _, verb := range verbs {
		for from := 0; ; {
			i := strings.Index(text[from:], verb)
			if i < 0 {
				break
			}
			i += from
			from = i + len(verb)
			if !strings.HasPrefix(text[from:], "的") {
				return -1, false
			}
			before := strings.TrimSuffix(text[:i], "所")
			u, at := namedAtEnd(before, units())
			// After a coverb the unit is whom the work is done for or
			// with (为销售部提供的支持), not who does it.
			prev, _ := utf8.DecodeLastRuneInString(before[:max(at, 0)])
			if at < 0 || coverbMarkers[string(prev)] || unit >= 0 && u != unit {
				return -1, false
			}
			unit = u
		}
	}
	return unit, unit >= 0
}

// maxUnitName bounds, in characters, the Chinese unit names looked for at
// the end of a text (namedAtEnd).
const maxUnitName = 16

// namedAtEnd returns the unit whose name (a key of units) text ends with,
// the longest such, and where the name starts in text; -1, -1 for none.
func namedAtEnd(text string, units map[string]int32) (unit int32, at int) {
	start := len(text)
	unit, at = -1, -1
	for k := 0; k < maxUnitName && start > 0; k++ {
		_, size := utf8.DecodeLastRuneInString(text[:start])
		start -= size
		if u, ok := units[text[start:]]; ok {
			unit, at = u, start
		}
	}
	return unit, at
}

// unitNames returns the Chinese names and aliases of the departments and
// positions, of two characters or more, with the unit each names.
func (ix *Index) unitNames() map[string]int32 {
	ix.closeSubtrees()
	out := map[string]int32{}
	for _, n := range ix.ownerNodes {
		node := ix.node(n)
		for _, name := range append([]string{node.Title[model.Zh]}, node.Aliases()[model.Zh]...) {
			if utf8.RuneCountInString(name) >= 2 && analysis.IsHanWord(name) {
				if _, ok := out[name]; !ok {
					out[name] = n
				}
			}
		}
	}
	return out
}

// ownerOf returns the index in Index.owners of a department or position:
// the duties a department holds outside its positions, or a position's.
func (ix *Index) ownerOf(unit int32) (int32, bool) {
	key := ownerKey{dept: unit, pos: -1}
	if ix.parent[unit] >= 0 {
		key = ownerKey{dept: ix.root(unit), pos: unit}
	}
	for o, k := range ix.owners {
		if k == key {
			return int32(o), true
		}
	}
	return -1, false
}
