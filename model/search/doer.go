package search

import (
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"unicode/utf8"

	"github.com/dutymap/dutymap/model"
	"github.com/dutymap/dutymap/model/analysis"
)

// A duty may name another unit as the one doing the verb a question asks
// about: "Sell the planned products through the channels the marketing
// department has designed" is Sales' duty, but Marketing designs the
// channels. Such a duty is listed as a match in part (it only holds the
// question's words), is no evidence that its owner does the work (Sales is
// not offered as a designer), and is evidence for the unit it names
// (wquery.owners). A Chinese duty says it in a 的-phrase
// (通过市场部设计的渠道销售产品). Each language's reader (doerNamed,
// otherDoer) makes the same records, doerHit; searchWords and owners
// handle them alike.

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

// unitNames are the names of the units that own duties, made once per
// index, on the first question that needs them: the English by their last
// word (doerNamed), the Chinese whole (otherDoer).
type unitNames struct {
	once   sync.Once
	byLast map[string][]unitName
	zhOnce sync.Once
	zh     map[string]int32
	// mentions marks, per node, the texts holding a word that may end an
	// English unit name (mentionsUnit), made once per index.
	mentionsOnce sync.Once
	mentions     []bool
	// read holds doerNamed's answers by duty and verb terms: typing a
	// question asks the same of the same duties at every key after its
	// verb, and each answer reads the duty word by word, stemming each.
	// Cleared when it grows past maxDoerMemo; searches share it (SSH
	// sessions search one index), hence the lock.
	mu   sync.Mutex
	read map[doerKey]int32
	// uses holds each duty's words as doerNamed reads them (doerUses),
	// whatever the verb: a question being typed asks of new verb terms at
	// each key ("s", "se", "set" of "who sets"), and reading the words
	// again, stemming each, was most of its slowest key. Cleared when it
	// grows past maxDoerUses.
	uses map[int32][]doerUse
	// analyzers are doerUses' Analyzers, one a goroutine at a time.
	analyzers sync.Pool
	// plain marks, per node, the duties that may name a unit
	// (mentionsUnit) and name none as the doer of any of their words:
	// worked out by Prepare (readDoers), nil until it is.
	plainOnce sync.Once
	plain     atomic.Pointer[[]uint64]
}

// doerAnalyzer is an Analyzer with doerUses' token buffers.
type doerAnalyzer struct {
	analysis.Analyzer
	all, toks []analysis.Token
}

// doerUse is one word of an English duty's text: its term, and the unit
// the text names as its doer (doerNamed), or -1.
type doerUse struct {
	term string
	unit int32
}

// maxDoerUses bounds unitNames.uses: a few hundred bytes a duty.

// doerKey is one question of doerNamed: a duty, and the verb terms asked
// about, sorted and joined.
type doerKey struct {
	node  int32
	verbs string
}

const maxDoerUses = 1 << 15

// maxDoerMemo bounds unitNames.read: about 40 bytes an answer.
const maxDoerMemo = 1 << 16

// doerAux are the words allowed between a unit named as a subject and its
// verb: "the channels the marketing department has designed", "… will
// approve".
var doerAux = map[string]bool{
	"has": true, "have": true, "had": true, "will": true, "would": true, "shall": true, "should": true,
	"can": true, "could": true, "may": true, "must": true, "also": true, "already": true,
}

// doersNamed returns the duties among hits (main matches holding the
// question's verb) that name a unit other than their owner as the doer of
// that verb, in English (englishDoers) or Chinese (chineseDoers). Sorted
// by node, once each.
func (ix *Index) doersNamed(p plan, langs [2]model.Lang, cws [2][]cword, hits []whit) []doerHit {
	out := append(ix.englishDoers(p, langs, cws, hits), ix.chineseDoers(p, langs, hits)...)
	slices.SortFunc(out, func(a, b doerHit) int { return int(a.hit.node - b.hit.node) })
	return slices.CompactFunc(out, func(a, b doerHit) bool { return a.hit.node == b.hit.node })
}

// englishDoers returns the English duties among hits (main matches,
// holding the question's verb, words[verb]) whose every use of the verb
// is done by a unit the text names other than the duty's owner: written
// as the verb's subject ("the channels the marketing department has
// designed", "help the marketing department design …") or its agent
// ("channels designed by the marketing department").
func (ix *Index) englishDoers(p plan, langs [2]model.Lang, cws [2][]cword, hits []whit) []doerHit {
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
	verbs := make([]string, 0, len(verb))
	for v := range verb {
		verbs = append(verbs, v)
	}
	slices.Sort(verbs)
	key := strings.Join(verbs, " ")
	var out []doerHit
	for _, h := range hits {
		if h.lang != model.En || !h.main || h.mask&bits == 0 || ix.owner[h.node] < 0 || !ix.mentionsUnit(h.node) {
			continue
		}
		if u := ix.doerRead(h.node, verb, key); u >= 0 {
			out = append(out, doerHit{hit: h, unit: u})
		}
	}
	return out
}

// doerRead is doerNamed's unit, or -1, remembered (unitNames.read); key is
// verb's terms, sorted and joined.
func (ix *Index) doerRead(n int32, verb map[string]bool, key string) int32 {
	memo := &ix.doerUnits
	k := doerKey{n, key}
	memo.mu.Lock()
	u, ok := memo.read[k]
	memo.mu.Unlock()
	if ok {
		return u
	}
	u, named := ix.doerNamed(n, verb)
	if !named {
		u = -1
	}
	memo.mu.Lock()
	if memo.read == nil || len(memo.read) >= maxDoerMemo {
		memo.read = map[doerKey]int32{}
	}
	memo.read[k] = u
	memo.mu.Unlock()
	return u
}

// mentionsUnit reports whether node n's English text may name a unit: it
// holds a word that, singular, ends a unit's English name or alias (the
// keys of englishUnitNames), found through the index's postings of every
// surface word so written. doerNamed reads a text word by word, stemming
// each, which for the tens of thousands of duties a question's verb holds
// at 100,000 duties cost 200 ms a keystroke; only these can name a doer.
func (ix *Index) mentionsUnit(n int32) bool {
	ix.doerUnits.mentionsOnce.Do(func() {
		byLast := ix.englishUnitNames()
		w := ix.wordsOf(model.En)
		mentions := make([]bool, len(ix.owner))
		seen := map[int32]bool{}
		for _, s := range w.surface {
			if _, ok := byLast[analysis.Singular(s.word)]; !ok || seen[s.term] || s.term < 0 {
				continue
			}
			seen[s.term] = true
			post, _ := w.postings(s.term)
			for _, node := range post {
				if int(node) < len(mentions) {
					mentions[node] = true
				}
			}
		}
		ix.doerUnits.mentions = mentions
	})
	return int(n) < len(ix.doerUnits.mentions) && ix.doerUnits.mentions[n]
}

// doerNamed returns the unit English duty n names as the doer of each of
// its words whose term verb holds, when that is one unit other than the
// duty's owner; ok is false when the text says the verb without naming a
// doer (its owner does it), or names its owner.
func (ix *Index) doerNamed(n int32, verb map[string]bool) (unit int32, ok bool) {
	unit = -1
	for _, use := range ix.doerUses(n) {
		if !verb[use.term] {
			continue
		}
		if use.unit < 0 || ix.ownUnit(n, use.unit) || unit >= 0 && use.unit != unit {
			return -1, false
		}
		unit = use.unit
	}
	return unit, unit >= 0
}

// doerUses returns the words of English duty n, stop words too (no
// phrases), each with the unit the text names as its doer: as its subject
// (subjectUnit) or its agent (agentUnit); remembered (unitNames.uses).
// nil for a duty Prepare found names no unit (readDoers): doerNamed
// answers none for it, as for uses whose units are all -1.
func (ix *Index) doerUses(n int32) []doerUse {
	memo := &ix.doerUnits
	if plain := memo.plain.Load(); plain != nil && (*plain)[n/64]&(1<<(n%64)) != 0 {
		return nil
	}
	memo.mu.Lock()
	uses, ok := memo.uses[n]
	memo.mu.Unlock()
	if ok {
		return uses
	}
	a, _ := memo.analyzers.Get().(*doerAnalyzer)
	if a == nil {
		a = &doerAnalyzer{}
	}
	uses = ix.readUses(a, n)
	memo.analyzers.Put(a)
	memo.mu.Lock()
	if memo.uses == nil || len(memo.uses) >= maxDoerUses {
		memo.uses = map[int32][]doerUse{}
	}
	memo.uses[n] = uses
	memo.mu.Unlock()
	return uses
}

// readUses reads doerUses' answer for duty n with a's Analyzer, which
// remembers each word's stem: the duties read share their words, and
// stemming each word afresh was most of the first question's first key.
func (ix *Index) readUses(a *doerAnalyzer, n int32) []doerUse {
	a.all = a.Tokens(ix.node(n).Title[model.En], a.all[:0])
	words := a.toks[:0]
	for _, t := range a.all {
		if t.Kind == analysis.Word && !t.Han {
			words = append(words, t)
		}
	}
	a.toks = words
	uses := make([]doerUse, len(words))
	for i, t := range words {
		u, named := ix.subjectUnit(words[:i])
		if !named {
			u, named = ix.agentUnit(words[i+1:])
		}
		if !named {
			u = -1
		}
		uses[i] = doerUse{term: t.Term, unit: u}
	}
	return uses
}

// readDoers works out, once an index, which duties that may name a unit
// (mentionsUnit) name none as the doer of any word (unitNames.plain): what
// the first question asking who read on its first key after the question
// word otherwise ("who s": thousands of duties at 100,000). Run by
// Prepare, in the background; a search before it ends reads as before.
func (ix *Index) readDoers() {
	memo := &ix.doerUnits
	memo.plainOnce.Do(func() {
		nn := len(ix.owner)
		workers := min(runtime.GOMAXPROCS(0), max(1, nn/parallelWhole))
		plains := make([][]uint64, workers)
		readers := make([]doerAnalyzer, workers)
		inChunks(nn, workers, func(w, lo, hi int) {
			if plains[w] == nil {
				plains[w] = make([]uint64, (nn+63)/64)
			}
			for n := int32(lo); n < int32(hi); n++ {
				if ix.owner[n] < 0 || !ix.mentionsUnit(n) {
					continue
				}
				if !slices.ContainsFunc(ix.readUses(&readers[w], n), func(u doerUse) bool { return u.unit >= 0 }) {
					plains[w][n/64] |= 1 << (n % 64)
				}
			}
		})
		plain := make([]uint64, (nn+63)/64)
		for _, p := range plains {
			for i, b := range p {
				plain[i] |= b
			}
		}
		memo.plain.Store(&plain)
	})
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

// chineseDoers returns the Chinese duties among hits (main matches
// holding the verb a question asks who does, or the action its subject
// ends in) that say the verb only inside a 的-phrase whose subject is a
// unit other than the duty's owner, named right before it (otherDoer:
// 通过市场部设计的渠道销售规划好的产品 says 市场部 designs the channels; the
// duty's owner sells through them). A duty that also says the verb
// elsewhere, or names its own unit, is none.
func (ix *Index) chineseDoers(p plan, langs [2]model.Lang, hits []whit) []doerHit {
	if langIdx(langs, model.Zh) < 0 {
		return nil
	}
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
	verbs := func() []string { return append([]string{p.words[v].term}, synonymTerms(p.words[v].term)...) }
	if v < 0 {
		// Or the verb that a word of a verb and its object starts
		// with: 定 of 谁负责定价 (zh_doer.go).
		if v = compoundVerbWord(p); v < 0 {
			return nil
		}
		verbs = func() []string { return compoundVerbs(p.words[v].term) }
	}
	doing := verbs()
	var out []doerHit
	for _, h := range hits {
		if h.lang != model.Zh || !h.main || h.mask&(1<<v) == 0 || ix.owner[h.node] < 0 {
			continue
		}
		// The names are looked up only for a text that says the verb
		// before 的, and made once per index (chineseUnitNames).
		if u, ok := otherDoer(ix.titleOf(h.node, model.Zh), doing, ix.chineseUnitNames); ok && !ix.ownUnit(h.node, u) {
			out = append(out, doerHit{hit: h, unit: u})
		}
	}
	return out
}

// otherDoer returns the department or position a Chinese text names as
// the doer of a verb (one of verbs, as written) at every place it says
// it: the unit's name or alias right before the verb (or before 所 and
// the verb), not after a coverb, and 的 right after it, the relative
// clause of Chinese grammar that says which thing is meant by who did it
// (市场部设计的渠道: the channels marketing designed). ok is false when
// some place says the verb otherwise, or none says it. units gives the
// names to look up (chineseUnitNames), called only when a place needs it.
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
			if !strings.HasPrefix(afterComplement(text[from:]), "的") {
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

// chineseUnitNames returns the Chinese names and aliases of the units
// that own duties, of two characters or more, with the unit each names
// (the first unit, for a name two share).
func (ix *Index) chineseUnitNames() map[string]int32 {
	ix.closeSubtrees()
	ix.doerUnits.zhOnce.Do(func() {
		m := map[string]int32{}
		for _, n := range ix.ownerNodes {
			node := ix.node(n)
			for _, name := range append([]string{node.Title[model.Zh]}, node.Aliases()[model.Zh]...) {
				if utf8.RuneCountInString(name) >= 2 && analysis.IsHanWord(name) {
					if _, ok := m[name]; !ok {
						m[name] = n
					}
				}
			}
		}
		ix.doerUnits.zh = m
	})
	return ix.doerUnits.zh
}

// ownUnit reports whether unit (a department or position node) is duty
// n's own: its owner's department or position. A duty naming it as the
// doer says its owner does the work.
func (ix *Index) ownUnit(n, unit int32) bool {
	key := ix.owners[ix.owner[n]]
	return unit == key.dept || unit == key.pos
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
