package search

import (
	"cmp"
	"context"
	"math"
	"math/bits"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dutymap/dutymap/model"
	"github.com/dutymap/dutymap/model/analysis"
	"github.com/kljensen/snowball/english"
)

// session ties a search to the Searcher that runs it: how to tell it was
// superseded, and the letters fallback's memory of earlier queries.
type session struct {
	// typing marks a search of a query still being typed (a search box's,
	// Searcher): its last word may be the start of a longer one.
	typing   bool
	stop     func() bool
	narrow   func(q Query) [model.NumLangs]*memo // earlier matches q can be searched among
	remember func(matched [model.NumLangs]*memo)
	// texts: what earlier searches found of the index's texts for the
	// words of their queries (keymemo.go).
	texts *textMemos
}

func (ix *Index) search(ctx context.Context, q Query, lang model.Lang, limit int, ss *session) (*Results, error) {
	res := &Results{}
	if q.IsEmpty() {
		return res, nil
	}
	if len(q.Depts) > MaxDepts {
		q.Depts = q.Depts[:MaxDepts:MaxDepts]
	}
	stop := func() bool { return ctx.Err() != nil || ss != nil && ss.stop() }
	fail := func() error {
		if err := ctx.Err(); err != nil {
			return err
		}
		return ErrSuperseded
	}
	// A slip of the question word ("wich team handles ads") is read as
	// it, as the results say.
	q, asker, respelt := ix.askerRespelt(q)
	if !respelt {
		q, asker, respelt = ix.fillerRespelt(q)
	}
	if !respelt {
		q, asker, respelt = ix.pinyinQuestion(q) // shei guan qian: 谁管钱
	}
	// A department's name, or a slip of one, is read as show reads it:
	// the department first, and a slip searched as its name.
	typed := q
	q, named, tier := ix.readName(q, lang)
	p := makePlanIn(q, ix.says)
	if eq, ok := commonAsWritten(q, p); ok {
		if ep := makePlanIn(eq, ix.says); len(ix.exactMissing(ep.exact, ix.deptFilter(eq.Depts))) == 0 {
			q, p = eq, ep
		}
	}
	// "Is training done by HR or marketing?" asks who, of the two, is in
	// charge of training (either.go).
	if units, asked, ok := ix.offeredUnits(q, p); ok && named == nil {
		q, p = asked, makePlanIn(asked, ix.says)
		p.offered = units
		res.Offered = ix.nodesOf(units)
	}
	if named != nil {
		p.names = names(named)
		if tier != model.TierExact {
			res.ReadAs = &ReadAs{Typed: queryText(typed), Node: named, Tier: tier}
		}
	}
	if name := questionName(p); name != "" && name != p.name && !slices.Contains(p.names, name) {
		p.names = append(p.names, name) // the unit a question names whole ranks first
	}
	p.typing = ss != nil && ss.typing
	if ss != nil {
		p.memos = ss.texts
	}
	res.Words = typedWords(p.words, func(int) bool { return true })
	res.ranking = typedWords(p.words, func(i int) bool { return p.words[i].often || p.words[i].role })
	for _, w := range p.words {
		if w.role {
			res.roleWords = append(res.roleWords, w.typed)
		}
	}
	for _, t := range q.Terms {
		res.order = append(res.order, t.Text)
	}
	for _, t := range p.exact {
		res.Exact = append(res.Exact, "'"+t.Text)
	}
	res.Common = p.common
	if p.pronoun != "" {
		// "who approves it?": the one word searched would find every
		// duty that approves anything, none of them what "it" is.
		// Nothing is searched: the pronoun is what the explorer names, as
		// a stop word kept as typed is (TooCommon).
		res.NoWork, res.NoMention, res.Lang = p.pronoun, true, lang
		res.Words, res.TooCommon = nil, []string{p.pronoun}
		return res, nil
	}
	for _, d := range q.Depts {
		if found, _ := model.BestMatches(d, ix.departments()); len(found) == 0 {
			res.UnknownDepts = append(res.UnknownDepts, d)
		}
	}
	lang = ix.queryLang(q, p, lang)
	res.Lang = lang
	nodeOK := ix.deptFilter(q.Depts)
	var exclude []bool
	if len(p.words) > 0 {
		ws, err := ix.searchWords(p, lang, nodeOK, limit, stop)
		if err != nil {
			return nil, fail()
		}
		res.List, res.Matches, res.Missing, res.NoMention, exclude = ws.list, ws.matches, ws.missing, ws.noMention, ws.matched
		res.TooCommon = ws.common
		if !ws.noMention {
			res.Partial = ws.partial
		}
		res.unanswered, res.Corrected, res.Through = ws.unanswered, ws.corrected, ws.through
		if len(res.Offered) == 0 {
			// Units offered as alternatives are a scope too, and the note
			// that says which of them does the work says what one that
			// none does would (Results.Offered).
			res.OutOfScope = ws.outOfScope
		}
		res.ownersOf, res.workOf, res.wholeWork, res.unlisted = ws.owners, ws.work, ws.whole, ws.unlisted
		res.mainWords = ws.mainWords
	}
	if respelt {
		res.Corrected = append([]Correction{asker}, res.Corrected...)
	}
	// A question about how two departments differ names them: their
	// names ("HR", an alias) and the words asking the difference
	// ("compare", "vs") are no words a duty must mention.
	if pair, naming := ix.comparedPair(p.words); pair != nil {
		res.Compare = pair
		var names []string
		for i, w := range p.words[:min(len(p.words), maxWords)] {
			if naming&(1<<i) != 0 {
				names = append(names, w.typed, w.folded)
			}
		}
		res.Missing = slices.DeleteFunc(res.Missing, func(m string) bool { return slices.Contains(names, m) })
	}
	if !res.NoMention {
		res.Missing = ix.notHeldInWords(res.Missing, nodeOK)
	}
	res.Missing, res.TooCommon = onceEach(res.withoutRoles(res.Missing)), onceEach(res.TooCommon)
	if res.NoMention && len(res.Corrected) > 0 {
		// Nothing mentions the query as typed: the texts that hold the
		// words its slips suggest come first among the closest.
		meant, matched, err := ix.suggested(p, res.Corrected, lang, nodeOK, limit, stop)
		if err != nil {
			return nil, fail()
		}
		res.List = suggestedFirst(meant, res.List, limit)
		for n, m := range matched {
			exclude[n] = exclude[n] || m
		}
	}
	// Exact terms or a department alone: the letters engine finds what
	// they match, and its results are the matches. Stop words and
	// question words beside exact terms are left out, as beside plain
	// words ("'set the" is "'set").
	wordsOnly := len(p.words) == 0 && (!hasPlain(q) || len(p.exact) > 0)
	switch {
	case !wordsOnly && limit > 0 && len(res.List) >= limit:
		return res, nil // the fallback would rank below the limit
	case !wordsOnly && len(p.words) == 0:
		return res, nil // only stop words ("who", "the"): nothing to look for yet
	}
	var from [model.NumLangs]*memo
	if ss != nil && ss.narrow != nil {
		from = ss.narrow(p.letters)
	}
	k := limit
	if k > 0 {
		k -= len(res.List)
	}
	if !wordsOnly && (k <= 0 || k > maxFallback) {
		k = maxFallback // a typo fallback: a screenful is plenty, and each costs a fuzzy score
	}
	more, matched, err := ix.letters.run(ctx, p.letters, lang, k, from, stop, exclude)
	if err != nil {
		return nil, fail()
	}
	if ss != nil && ss.remember != nil {
		ss.remember(matched)
	}
	if wordsOnly {
		for i := range more {
			more[i].Match = Words
		}
		res.Matches = len(more)
		// The owners are those of the same matches, all of them: a
		// limited list holds only the first few.
		all, whole := more, k <= 0 || len(more) < k
		res.ownersOf = func(limit int) []Owner {
			if !whole {
				var err error
				if all, _, err = ix.letters.run(context.Background(), p.letters, lang, 0, [model.NumLangs]*memo{}, nil, nil); err != nil {
					return nil
				}
				whole = true
			}
			return ix.ownersOfMatches(all, limit)
		}
	}
	res.List = append(res.List, more...)
	return res, nil
}

// says reports whether some text of the index, in the word's script's
// language, holds the word itself (makePlanIn: a frequency word before a
// noun stays only then).
func (ix *Index) says(w qword) bool {
	l := model.En
	if w.han {
		l = model.Zh
	}
	_, ok := ix.wordsOf(l).term(w.term)
	return ok
}

// Departments are the departments the index holds, in order: those a d:
// reference can name.
func (ix *Index) Departments() []*model.Node { return ix.departments() }

// queryLang is the language a query is written in, which answers it
// first. A query holding a Chinese character is Chinese: 谁负责HR工作 and
// 谁做PR ask in Chinese, whatever the abbreviation's script. Otherwise each
// word votes for its language (a word in Latin letters for English, unless
// the English texts lack it and the Chinese hold it or its pinyin,
// "dingjia", "pandian" typed joined (wordIndex.spells), or "ERP" quoted
// in Chinese alone), and so does each exact
// term by its script. The larger vote wins; a tie, or a query no index
// knows ("slaes"), keeps lang, the reader's language. "谁负责生产" is
// answered in Chinese even when the reader reads English, so that an
// English text quoting 生产 in passing cannot come before the Chinese
// duties about production.
func (ix *Index) queryLang(q Query, p plan, lang model.Lang) model.Lang {
	for _, t := range q.Terms {
		if hasHan(t.Text) {
			return model.Zh
		}
	}
	var votes [model.NumLangs]int
	var en, zh *wordIndex
	for _, w := range p.words {
		switch {
		case w.han:
			votes[model.Zh]++
			continue
		case en == nil:
			en, zh = ix.wordsOf(model.En), ix.wordsOf(model.Zh)
		}
		// A word in Latin letters is English unless only the Chinese
		// texts hold it ("ERP" quoted in Chinese alone) or it is pinyin
		// the English texts lack.
		switch {
		case w.knownIn(en):
			votes[model.En]++
		case w.knownIn(zh) || !w.abbrev && isPinyin(w.folded) && (len(zh.readings(w.folded, w.open)) > 0 || zh.spells(w.folded)):
			votes[model.Zh]++
		case !w.abbrev && pinyinSwap(en, zh, w.folded):
			votes[model.Zh]++ // searched as the pinyin it is a swap of (correct): "dingjai"
		}
	}
	for _, t := range p.exact {
		if hasHan(t.Text) {
			votes[model.Zh]++
		} else {
			votes[model.En]++
		}
	}
	switch o := lang.Other(); {
	case votes[o] > votes[lang]:
		return o
	}
	return lang
}

// pinyinSwap reports whether word, which neither index holds, is searched
// as the pinyin reading it is two neighbouring letters swapped from
// (Index.correct: "dingjai" as dingjia), no English word being a slip away.
func pinyinSwap(en, zh *wordIndex, word string) bool {
	if zh.swappedReading(word) == "" {
		return false // the common case, a few binary searches: no scan of the English words
	}
	near, _ := en.nearest(word)
	return near == ""
}

// knownIn reports whether w's index holds the query word: as a term, or,
// for the word being typed, as the start of a word.
func (q qword) knownIn(w *wordIndex) bool {
	_, ok := w.term(q.term)
	return ok || q.open && len(w.surfaceRange(q.folded)) > 0
}

func hasPlain(q Query) bool {
	for _, t := range q.Terms {
		if !t.Exact {
			return true
		}
	}
	return false
}

// maxFallback bounds the letters-in-order results listed below word
// matches.
const maxFallback = 20

// deptFilter returns, per node, whether a d: filter allows it, or nil when
// the query has none.
func (ix *Index) deptFilter(depts []string) []bool {
	if len(depts) == 0 {
		return nil
	}
	ok := model.NamedAny(depts, ix.departments())
	out := make([]bool, len(ix.nodes))
	for i, d := range ix.dept {
		out[i] = d >= 0 && ok[d]
	}
	return out
}

// wordResults is what the word index found.
type wordResults struct {
	list      []Result
	matches   int
	partial   int // the results mentioning a lesser word only (Results.Partial)
	missing   []string
	common    []string // the stop words kept as typed, which no text holds (Results.TooCommon)
	noMention bool
	// unanswered: noMention because what the question asks about is
	// mentioned by no duty, though its other words are (Index.unanswered)
	unanswered bool
	corrected  []Correction // the words searched as the words they are a slip away from
	through    []Through    // the words the matches hold only through synonyms
	matched    []bool       // per node: a word match, which the fallback leaves out
	outOfScope *OutOfScope  // the question's scope holds none of the main matches (Results.OutOfScope)
	owners     func(limit int) []Owner
	unlisted   bool                        // an owner the query names holds no duties (Results.FirstUnlisted)
	allOwners  func(limit int) []Owner     // owners, none left out as doing something else (wquery.owners' drop)
	work       func() (main, partial int)  // countMatches of the work (Results.workOf)
	mainWords  func() []string             // the words the main work holds (Results.mainWords)
	whole      func() map[*model.Node]bool // unanswered: the work holding the whole question (Results.wholeWork)
}

// searchWords runs the word index over both languages.
func (ix *Index) searchWords(p plan, lang model.Lang, nodeOK []bool, limit int, stop func() bool) (*wordResults, error) {
	langs := [2]model.Lang{lang, lang.Other()}
	ix.wordsBoth()
	p = ix.englishRecipients(p) // "to marketing": whom the work goes to
	p = ix.unsaidPairVerb(p)    // 谁负责跟进回款 asks what 谁跟进回款 asks
	p = ix.pinyinAmidEnglish(p) // "go" of "where do refunds go" is no gong
	var cws [2][]cword
	object := ix.objectWords(p) // what a question asks to have done
	// A question asking who does a verb, and nothing more ("who
	// recruits?"), holds its verb in its synonyms whole (cword.verbAlone).
	verbAlone := p.question && len(p.words) == 1 && p.subject.from == 0 && p.subject.to == 1 &&
		!p.words[0].role && ix.actionWord(p.words[0])
	var codes []string     // the query's terms that are some node's code
	var codeBits [2]uint64 // per language: the bits of cws that are codes
	// The compounds the segmenter split (收款), and the words of each
	// language that may say them split: made once, for every compilation
	// below and for what the duties say whole.
	pairs := splitPairs(p.words)
	pairSets := ix.splitSetsIn(langs, pairs)
	// The unit a Chinese question names before its question word (销售部
	// of 销售部谁负责培训) is where to look, no word of the work: like a
	// name's words (cword.name), it weighs nothing in what a match must
	// hold, and a text saying it holds nothing of the work by it
	// (dropScopeOnly). Found once for the whole search.
	scopeAt, scope := ix.scopeUnits(p)
	compile := func(related func(i int) bool, closest bool) {
		for k, l := range langs {
			w, other := ix.wordsOf(l), ix.wordsOf(l.Other())
			cws[k], codeBits[k] = cws[k][:0], 0
			for i, qw := range p.words {
				cws[k] = append(cws[k], w.compileWord(qw, other, related(i)))
				cws[k][i].name = i < 64 && scope&(1<<i) != 0
			}
			dropActionSynonyms(w, cws[k], p.words, object)
			if l == model.En && p.question {
				ix.addActVerbs(w, cws[k], p.words) // "registration": "Register …"
			}
			if verbAlone {
				cws[k][0].verbAlone = true // "who recruits?": "Hire new staff" does it
			}
			if closest {
				w.headMorphemes(cws[k], p.words)
			}
			// The pieces of a compound the segmenter split (收款) also
			// find the texts that say it split (收回…货款), and those that
			// write its characters side by side, however they were cut
			// (发货员: 发 and 货员, for 发货), as a word the index lacks is
			// found by its bigrams.
			for j, sp := range pairs {
				i := sp.first
				if a, ok := w.bigramAlt(string(sp.verb) + string(sp.noun)); ok {
					for j := range 2 {
						cws[k][i+j].alts = append(cws[k][i+j].alts, a)
						cws[k][i+j].weight = max(cws[k][i+j].weight, a.weight)
					}
				}
				if alts, ok := w.splitAltsOf(pairSets[k][j], [2]float32{cws[k][i].weight, cws[k][i+1].weight}); ok {
					for j, a := range alts {
						cws[k][i+j].alts = append(cws[k][i+j].alts, a)
						cws[k][i+j].weight = max(cws[k][i+j].weight, a.weight)
					}
				}
			}
			// A node's code, or a unit's name, that the query is: one
			// mechanism puts it first (cword.whole).
			whole := func(term string, name bool) bool {
				id, ok := w.term(term)
				if ok && len(cws[k]) < maxWords {
					if !name {
						codeBits[k] |= 1 << len(cws[k])
					}
					cws[k] = append(cws[k], cword{alts: []alt{{term: id, weight: weightCode * w.idf(w.df[id])}}, whole: true, name: name})
				}
				return ok
			}
			for _, c := range p.codes {
				if whole(codeMark+c, false) {
					codes = append(codes, c)
				}
			}
			if p.name != "" {
				whole(nameMark+p.name, true)
			}
			for _, name := range p.names {
				if name != p.name {
					whole(nameMark+name, true)
				}
			}
		}
	}
	none := func(int) bool { return false }
	compile(none, false)
	out := &wordResults{}
	hits, cover, named, err := ix.hitsIn(langs, cws, p, nodeOK, limit, stop)
	if err != nil {
		return nil, err
	}
	derived := ix.demoteDerived(hits, p, langs, cws)
	ix.demoteVerbSenses(hits, p, langs, cws)
	ix.demoteVerbForms(hits, p, langs, cws)
	// A Chinese word the dictionary lacks, some piece of which no text
	// holds, is mentioned by none: 直播带货 is not 货 of 理货.
	pieces := brokenWords(p.words, hits)
	hits = dropPieces(hits, pieces, p.words)
	hits = ix.dropInsideNames(hits, p, langs, cws) // 销售 of 配合销售部… is 销售部's
	// A stop word the index drops ("up" of "set up", "a" of "M&A") is
	// in no text as a word: it is too common to search on, not missing,
	// whatever words it begins while it is being typed ("up": update).
	var common uint64
	for i, qw := range p.words[:min(len(p.words), maxWords)] {
		if qw.stop {
			common |= 1 << i
			out.common = append(out.common, qw.typed)
		}
	}
	out.missing = typedWords(p.words[:min(len(p.words), maxWords)], func(i int) bool {
		return common&(1<<i) == 0 && (!hasStrong(cws[0][i]) && !hasStrong(cws[1][i]) || pieces&(1<<i) != 0)
	})
	// A code written whole names its node, a section's too: the query is
	// answered, and the words it is made of are not missing.
	var codeHit bool
	for _, h := range hits {
		codeHit = codeHit || h.mask&codeBits[langIdx(langs, h.lang)] != 0
	}
	if codeHit {
		inCode := func(typed string) bool {
			f := analysis.Fold(typed)
			return slices.ContainsFunc(codes, func(c string) bool { return strings.Contains(c, f) })
		}
		out.missing = slices.DeleteFunc(out.missing, inCode)
		// The pieces of a code are not words of the query: "S.1.2" is
		// its node, not every text that holds "1.2" (F.1.2, O.1.2). Texts
		// that mention the code whole, or another word of the query, stay.
		var pieces uint64
		for i, qw := range p.words[:min(len(p.words), maxWords)] {
			if f := analysis.Fold(qw.typed); inCode(qw.typed) && !slices.Contains(codes, f) {
				pieces |= 1 << i
			}
		}
		hits = slices.DeleteFunc(hits, func(h whit) bool {
			return h.mask&codeBits[langIdx(langs, h.lang)] == 0 && h.mask&^pieces == 0
		})
	}
	// A word only a section's title or notes hold ("hiring its manager", in
	// a section about marketing) is one no duty mentions: the note names
	// it. Not when the query names a unit or a code, whose names hold its
	// words. (It still weighs in what a match must hold, mainWeights:
	// weighing nothing, "new" of "who recruits new staff?" would make
	// every duty about new products a match.)
	var byDuty uint64
	for _, h := range hits {
		if ix.kindOf(h.node).IsLeaf() {
			byDuty |= h.mask
		}
	}
	// The words of a question asking who does something count as
	// mentioned only when some duty says them whole (dutyMentions): not
	// a topic, a word they begin, or their stem made an adjective. (A
	// question asking why or what is answered by topics too: 为什么吵架.)
	mentioned := byDuty
	asksWho := p.question && p.subject.from < p.subject.to && !codeHit && len(named) == 0
	var whole *wholeWords // built once, for dutyMentions and keepWhole
	defer func() {
		if whole != nil {
			whole.release()
		}
	}()
	var asVerb uint64 // the words some duty holds only as its verb (heldAsVerb)
	if asksWho && byDuty != 0 {
		whole = ix.wholeWords(p, langs, pairs, pairSets)
		mentioned = whole.dutyMentions(hits)
		asVerb = whole.heldAsVerb(hits) &^ mentioned
	}
	// A unit's summary that says what no duty does answers the query
	// (summary.go): 管理公司的钱 says 钱, which no duty of Finance does.
	var sums []whit
	var bySummary uint64
	if !codeHit && len(named) == 0 {
		var direct []uint64
		sums, direct = ix.summaryMatches(p, langs, cws, nodeOK)
		sums, direct = dropScopeSummaries(scope, sums, direct) // 为销售部操盘 is no answer to 销售部谁收钱
		var unheld uint64
		for i, w := range p.words[:min(len(p.words), maxWords)] {
			if mentioned&(1<<i) == 0 && asVerb&(1<<i) == 0 && !w.role && !w.often && !w.recipient && common&(1<<i) == 0 {
				unheld |= 1 << i
			}
		}
		bySummary = summarySays(sums, direct, unheld)
		mentioned |= bySummary
		byDuty |= bySummary
	}
	if nw := min(len(p.words), maxWords); byDuty != 0 && !codeHit && len(named) == 0 {
		// A word the duties matched in one language do not hold may be
		// held by duties the other language's pass left out, as found
		// already ("price 定价": the duties that say price were found by
		// 定价's synonym 价格 in Chinese): it is mentioned. Not for a
		// question asking who, whose words a duty must say whole.
		out.missing = typedWords(p.words[:nw], wholeRun(p.words[:nw], func(i int) bool {
			return mentioned&(1<<i) == 0 && asVerb&(1<<i) == 0 && !p.words[i].role && !p.words[i].often && common&(1<<i) == 0 &&
				(asksWho || !ix.dutyHolds(langs, cws, i, nodeOK))
		}))
	}
	// A department or position the query names answers it, even one the
	// sources list no duties for.
	out.noMention = !codeHit && len(named) == 0
	for _, h := range hits {
		if ix.kindOf(h.node).IsLeaf() {
			out.noMention = false
			break
		}
	}
	if bySummary != 0 {
		out.noMention = false
	}
	// A question whose verbs alone are mentioned ("who sets KPIs?", "who
	// looks after the computers?", 谁负责仓库管理: no duty mentions KPIs,
	// computers, 仓库) is not answered by every duty that sets, looks
	// after or manages something; nor one whose head no duty mentions by
	// the duties that do something else to its object ("who recruits new
	// staff?" by "Train new sales staff", 谁负责合同管理 by every duty that
	// manages): no duty mentions what it asks about.
	//
	// The slips are read first: a fallback that lets a word of the
	// question go, and answers with what remains, waits for them (slips):
	// the English verb no duty says, which lets its object answer
	// (verbUnsaid: not "organsies", a slip of organises), and the Chinese
	// compound no text holds, searched by its head (byHead: not 定介, a
	// slip of 定价). The slip's reading is what the question asks.
	fixed := ix.correct(p.words, cws, langs, pieces)
	slipped := slipsOf(fixed)
	if !out.noMention && !codeHit && len(named) == 0 && (ix.unanswered(p, byDuty, mentioned, slipped) || ix.headSlipped(p, fixed) || ix.objectApart(p, hits, byDuty, slipped)) {
		out.noMention, out.unanswered = true, true
	}
	// A word no text holds in either language, a typing slip away from one
	// that some text does ("prcies", "slaes"), is named in a "did you mean"
	// note. When nothing answers the query as typed, the query is searched
	// with the words whose slip rarely makes one real word of another
	// instead, as the results say (correction.replace): two neighbouring
	// letters swapped ("trians"), or a slip inside the base of an
	// inflected verb, its ending kept ("who colects"). Only those: a bare
	// word a letter away from another is most often a word in its own
	// right ("invoices" is not "involves", "rent" not "rest", "lunch" not
	// "launch", "fund" not "found"), which the content merely lacks;
	// replaced, it would answer a question nobody asked. And none
	// replaces a word in a query its other words answer ("drone" is not
	// "done").
	if len(fixed) > 0 {
		swaps := slices.DeleteFunc(slices.Clone(fixed), func(c correction) bool { return !c.replace })
		if out.noMention && !p.fixed && len(swaps) > 0 {
			q := p
			q.words, q.fixed = slices.Clone(p.words), true
			for _, c := range swaps {
				q.words[c.at] = c.word
			}
			res, err := ix.searchWords(q, lang, nodeOK, limit, stop)
			if err != nil {
				return nil, err
			}
			// Each word is read by the same rule, whatever the others
			// are: beside a slip that is only suggested ("who aproves
			// the budgt"), the swaps stay searched, and what is still
			// not mentioned gets its suggestion (res.corrected) on top.
			if !res.noMention || slices.ContainsFunc(res.corrected, func(c Correction) bool { return !c.Searched }) {
				// The other words keep their suggestions, which the
				// search with the swaps made again. A word meant that
				// no duty says either ("recrods" searched as "records",
				// a verb the object answers without: verbUnsaid) is
				// named as meant: the note already says what was typed.
				res.corrected = append(corrections(swaps, true), res.corrected...)
				for _, c := range swaps {
					if i := slices.Index(res.missing, c.word.typed); i >= 0 {
						res.missing[i] = c.word.folded
					}
				}
				return res, nil
			}
		}
		out.corrected = corrections(fixed, false)
	}
	// A Chinese question about a short form no text holds (谁负责社保)
	// asks what its full form asks (社会保险): searched so, whatever the other words found
	// (谁负责纳税申报 is not answered by 申报 alone), and the short form
	// named as not mentioned, with what the answer holds in its place.
	// Not when a word of it is a slip (as byHead below).
	if p.question && !p.byHead && !slipped.any() {
		if q, said, full, ok := ix.byFullForm(p, out.missing); ok {
			res, err := ix.searchWords(q, lang, nodeOK, limit, stop)
			if err != nil {
				return nil, err
			}
			if !res.noMention {
				res.missing = append([]string{said}, slices.DeleteFunc(res.missing, func(m string) bool { return m == said })...)
				words := fullFormWork(said)
				if byChar := len(full) == 0 || full[len(full)-1] != words[len(words)-1]; byChar && ix.otherKind(res.list, said) {
					return closestOnly(res), nil
				}
				named := func(t Through) bool { return t.Typed == said }
				if via := ix.fullFormIn(res.list, said, full); len(via) > 0 && !slices.ContainsFunc(res.through, named) {
					res.through = append(res.through, Through{Typed: said, Via: via})
				}
				return res, nil
			}
		}
	}
	// A Chinese question about a compound no text holds (谁报税) asks
	// about what its head says (税): when nothing answers it, it is
	// searched with the head standing for the words built on it, and the
	// compound named as not mentioned. The head alone answers only when
	// the duties it finds are one department's (税务: Finance's): 人 of
	// 谁招人 is in the staff (人员) of every department, which says
	// nothing of who hires; the closest list stays the answer then.
	// Nor when a word of it is a slip of one the texts hold (谁负责定介:
	// did you mean 定价?): the note's reading, not 介 of 推介, is what it
	// asks (slips.any: the segmenter cuts a slip into pieces, any of
	// which the compound may be).
	if out.noMention && p.question && !p.byHead && !slipped.any() {
		if q, said, ok := ix.byHead(p, langs, out.missing); ok {
			res, err := ix.searchWords(q, lang, nodeOK, limit, stop)
			if err != nil {
				return nil, err
			}
			if !res.noMention && oneDepartment(res.allOwners(0)) {
				res.missing = append([]string{said}, res.missing...)
				if ix.otherKind(res.list, said) {
					return closestOnly(res), nil
				}
				if via := ix.builtOnIn(res.list, said); len(via) > 0 {
					res.through = append(res.through, Through{Typed: said, Via: via})
				}
				return res, nil
			}
		}
	}
	if out.noMention && len(p.exact) > 0 {
		// Nothing holds the words with the exact terms: those no text
		// contains at all are the ones missing.
		out.missing = append(out.missing, ix.exactMissing(p.exact, nodeOK)...)
	}
	if out.noMention {
		// Nothing mentions the query: add what related terms find, as
		// the closest duties.
		compile(func(int) bool { return true }, true)
		if hits, cover, _, err = ix.hitsIn(langs, cws, p, nodeOK, limit, stop); err != nil {
			return nil, err
		}
		hits = dropPieces(hits, pieces, p.words)
		hits = ix.dropInsideNames(hits, p, langs, cws)
		ix.demoteVerbForms(hits, p, langs, cws) // the hits found again
	} else if len(out.missing) > 0 && byDuty != 0 && !codeHit && len(named) == 0 {
		// Some words no duty mentions: they are looked for through their
		// related terms, as a query no duty mentions is, beside the others
		// (谁负责招聘新员工: 招聘 ~ 人事, so the personnel duties rank too).
		compile(func(i int) bool { return byDuty&(1<<i) == 0 }, false)
		if hits, cover, _, err = ix.hitsIn(langs, cws, p, nodeOK, limit, stop); err != nil {
			return nil, err
		}
		hits = dropPieces(hits, pieces, p.words)
		hits = ix.dropInsideNames(hits, p, langs, cws)
		ix.demoteVerbForms(hits, p, langs, cws) // the hits found again
	}
	ix.demoteOtherKinds(hits, p, langs, cws) // 客户档案 is no 人事档案; 人事管理 covers it
	hits = dropScopeOnly(scope, hits)        // 销售部谁收钱: a duty naming 销售部 answers nothing by it
	contact := ix.liftContact(p, hits)       // 谁联系客户: 与客户保持联系 before 登门拜访客户
	switch {
	case asksWho && !out.noMention:
		// What answers it, and who owns that, are the duties that say
		// its words whole.
		if whole == nil {
			whole = ix.wholeWords(p, langs, pairs, pairSets)
		}
		hits = whole.keepWhole(hits)
	case asksWho && out.unanswered && mentioned != 0:
		// When some duty says a word of it whole, what comes closest to
		// it are those duties (and what related terms find), not the
		// duties that hold its words only as others of their stem: "Take
		// on other work that the department manager assigns" is no
		// closer to "who manages the warehouse?" than any other duty.
		// When none does ("who informs?"), the duties that hold its
		// stem are the closest there is, as the note says.
		hits = whole.keepWhole(hits)
	}
	// A unit whose summary holds the query's words is a result of its
	// own, as a duty is, where the word index did not find it (its
	// Chinese description is indexed by bigrams only).
	out.matched = make([]bool, len(ix.nodes))
	for _, h := range hits {
		out.matched[h.node] = true
	}
	for _, h := range sums {
		if !out.matched[h.node] { // by the table: tens of thousands of hits at 100,000 duties
			hits = append(hits, h)
			out.matched[h.node] = true
		}
	}
	hitIn := make([]uint8, len(ix.nodes)) // 1 + the language's index in langs
	for _, h := range hits {
		hitIn[h.node] = uint8(langIdx(langs, h.lang) + 1)
	}
	// A question asking who does something is answered by the owners of
	// what it asks to have done, a unit it names among them.
	whoDoes := p.question && p.subject.from < p.subject.to && !codeHit && !out.noMention
	q := &wquery{ix: ix, langs: langs, p: p, asksWho: whoDoes}
	q.between = ix.namesDepartments(p.words) >= 2 || (!whoDoes && ix.asksDifference(p.words))
	q.scope = scopeAt
	q.contact = contact
	if whoDoes {
		q.receivers = ix.receivers(p.words)
	}
	if out.unanswered {
		q.asked = ^mentioned
		q.dutyless = ix.dutylessUnits(hits)
	}
	if q.asksWho {
		q.object = object & mentioned &^ scope
		h := ix.objectHead(p)
		if h >= 0 && h < maxWords && scope&(1<<h) != 0 {
			h = -1
		}
		if sh := ix.head(p); h < 0 && p.subject.to-p.subject.from > 1 && sh >= 0 && sh < maxWords &&
			(p.words[sh].han || analysis.Singular(p.words[sh].folded) != p.words[sh].folded) && !ix.subjectAction(p.words[sh]) {
			// A question with no verb of its own asks to have its
			// subject done: its head, a noun, is what the work is done
			// to (工资 of 谁负责员工工资, "wages" of "who handles staff
			// wages", not 员工 or "staff"). An English head is known to be
			// a noun only as a plural: compounds put a noun made of a
			// verb last as often ("quality control").
			h = sh
		}
		if h >= 0 && h < maxWords {
			q.phrase = hanPhrase(p, h) & mentioned &^ (1 << h)
			if m := englishModifiers(p, h) & mentioned; m != 0 && mentioned&(1<<h) != 0 {
				q.wholeObject = m | 1<<h
			}
			// What the verb is done to is its head: a duty without it
			// does the verb to something else ("Keep the flow of goods
			// safe" for "who keeps the venue safe?").
			// The head counts though it is no object word by itself
			// (工资, which the dictionary also tags as a verb).
			if q.object&(1<<h) != 0 || q.object != 0 && mentioned&(1<<h) != 0 && !p.words[h].role {
				q.object = 1 << h
			}
			for i, w := range p.words[:min(len(p.words), maxWords)] {
				if w.verb && !w.role && i != h && mentioned&(1<<i) != 0 && mentioned&(1<<h) != 0 {
					q.does = 1<<i | 1<<h
				}
			}
		}
	}
	if !out.noMention {
		q.summary = sums // nothing answers a query no text mentions, a summary neither
	}
	for k := range langs {
		q.terms[k] = termSet(cws[k])
		q.weights[k], _, q.need[k] = mainWeights(cws[k])
		if q.phrase != 0 {
			q.phraseNeed[k] = q.phraseWeight(k, q.phrase|q.object) / 2
		}
	}
	// Nor is any text made to hold more of the object's words than the
	// best does.
	if q.phrase != 0 {
		var best [2]float32
		for _, h := range hits {
			if h.mask != 0 && h.mask&q.object != 0 {
				k := langIdx(langs, h.lang)
				best[k] = max(best[k], q.phraseHeld(k, h, q.phrase|q.object))
			}
		}
		for k := range langs {
			q.phraseNeed[k] = min(q.phraseNeed[k], best[k])
		}
	}
	// When no text holds half the query's weight ("prices contracts
	// season", three words no duty shares), the texts that hold the most
	// match: the best-covered texts always do, of those that hold what a
	// question asks to have done (谁管质量控制: 负责质量监督, though
	// 控制 alone weighs more).
	var best [2]float32
	for _, h := range hits {
		if q.answers(h) {
			k := langIdx(langs, h.lang)
			best[k] = max(best[k], h.held)
		}
	}
	for k := range langs {
		q.need[k] = min(q.need[k], best[k])
	}
	for i := range hits {
		hits[i].main = !out.unanswered && q.mainMatch(hits[i])
	}
	q.hideUnshown(hits)
	for i := range q.summary {
		q.summary[i].main = !out.unanswered && q.mainMatch(q.summary[i])
	}
	if whoDoes && !out.unanswered {
		q.doers = ix.doersNamed(p, langs, cws, hits)
		for i, h := range hits {
			if _, named := slices.BinarySearchFunc(q.doers, h.node, func(d doerHit, n int32) int { return int(d.hit.node - n) }); named {
				hits[i].main = false
			}
		}
	}
	if whoDoes && !out.unanswered && len(scopeAt) > 0 {
		out.outOfScope = ix.outOfScope(p, scopeAt, scope, hits, q.summary)
	}
	out.matches, out.partial = ix.countMatches(hits, langs, nil)
	out.work = func() (main, partial int) {
		// Only when asked (a role question no unit holds the role for):
		// it makes each node hit, which a search from the cache does not.
		return ix.countMatches(hits, langs, func(h whit) bool { return model.IsWork(ix.node(h.node)) })
	}
	out.mainWords = func() []string {
		// Only when asked, as work is: it makes each node hit.
		var held uint64
		for _, h := range hits {
			if h.main && model.IsWork(ix.node(h.node)) {
				held |= h.mask
			}
		}
		return typedWords(p.words, func(i int) bool { return i < maxWords && held&(1<<i) != 0 })
	}
	if out.unanswered {
		// No duty mentions what the question asks about; a topic's point
		// may still hold all of it, and a RACI line give it holders.
		var unheld uint64 // the words no duty says whole
		for i := range min(len(p.words), maxWords) {
			if mentioned&(1<<i) == 0 && !p.words[i].role && !p.words[i].often && common&(1<<i) == 0 {
				unheld |= 1 << i
			}
		}
		out.whole = func() map[*model.Node]bool {
			whole := map[*model.Node]bool{}
			for _, h := range hits {
				if unheld == 0 || h.mask&unheld != unheld || !q.mainMatch(h) {
					continue
				}
				if n := ix.node(h.node); model.IsWork(n) {
					whole[n] = true
				}
			}
			return whole
		}
	}
	out.list = q.group(hits, hitIn, limit)
	if !out.noMention {
		out.through = ix.throughSynonyms(p, langs, cws, hits, q.better)
		out.through = append(out.through, ix.throughDerived(p, derived, hits, q.better)...)
	}
	out.unlisted = slices.ContainsFunc(named, func(o namedOwner) bool { return !ix.holdsDuties(o.node) })
	out.owners = func(limit int) []Owner {
		if out.unanswered {
			return nil // nothing answers the question
		}
		if p.dept {
			return byDepartment(q.owners(hits, cover, named, 0, true), limit)
		}
		return q.owners(hits, cover, named, limit, true)
	}
	out.allOwners = func(limit int) []Owner {
		if out.unanswered {
			return nil
		}
		return q.owners(hits, cover, named, limit, false)
	}
	return out, nil
}

// wholeRun widens missing (true for words[i] no duty mentions) to every
// piece of a Chinese word the dictionary lacks, cut into single
// characters side by side (qword.joins: 年会 is 年 and 会), when one of
// them is missing: a note quotes the word as typed (“年会”), never a
// character of it the user did not type as a word (“会”), whatever the
// other is found in. A word of its own beside them (组织 of 谁组织年会,
// 工资 of 谁发工资) is no part of it.
func wholeRun(words []qword, missing func(i int) bool) func(i int) bool {
	return func(i int) bool {
		if missing(i) {
			return true
		}
		char := func(j int) bool { return words[j].han && utf8.RuneCountInString(words[j].term) == 1 }
		if !char(i) {
			return false
		}
		from, to := i, i+1
		for from > 0 && words[from].joins && char(from-1) {
			from--
		}
		for to < len(words) && words[to].joins && char(to) {
			to++
		}
		for j := from; j < to; j++ {
			if missing(j) {
				return true
			}
		}
		return false
	}
}

// brokenWords returns the bits of the query words (bit i for words[i])
// that are pieces of one Chinese word the dictionary lacks (qword.joins:
// 直播带货 is 直播, 带 and 货) when no hit holds some piece and the pieces
// hits hold are single characters: no text mentions the word, and a
// character left over (货 of 理货) says nothing of it. A word of its own
// among the pieces (工资 of 发工资, 员工 of 招聘新员工) still answers.
func brokenWords(words []qword, hits []whit) uint64 {
	var held uint64
	for _, h := range hits {
		held |= h.mask
	}
	var broken uint64
	n := min(len(words), maxWords)
	for i := 0; i < n; {
		j := i + 1
		for j < n && words[j].joins {
			j++
		}
		word := (uint64(1)<<(j-i) - 1) << i
		leftover := true // every piece held is a single character
		for k := i; k < j; k++ {
			leftover = leftover && (held&(1<<k) == 0 || utf8.RuneCountInString(words[k].term) == 1)
		}
		if j-i > 1 && held&word != word && leftover {
			broken |= word
		}
		i = j
	}
	return broken
}

// dropPieces removes the hits that hold nothing of the query but pieces
// of words no text mentions (brokenWords), or one character of a compound
// of two the segmenter split (splitPairs) without the other: a single
// character left over from 直播带货 (货 of 理货) answers nothing, nor does
// 款 of 款式 answer 收款, which 收回…货款 says. Hits found by related terms
// alone (mask 0) stay.
func dropPieces(hits []whit, pieces uint64, words []qword) []whit {
	pairs := splitPairs(words)
	if pieces == 0 && len(pairs) == 0 {
		return hits
	}
	return slices.DeleteFunc(hits, func(h whit) bool {
		half := pieces
		for _, sp := range pairs {
			if held := h.mask & (3 << sp.first); held != 3<<sp.first {
				half |= held
			}
		}
		return h.mask != 0 && h.mask&^half == 0
	})
}

// unanswered reports whether what a question asks about is mentioned by
// no duty, though some of its words are found (byDuty: bit i for
// words[i], in either language, by duties and points in any way a word
// finds texts): no word of it is said whole by a duty (mentioned:
// dutyMentions), or not its head (headMissing), or not the object of the
// verbs it only mentions (onlyVerb). The other words then answer another
// question. Whom a Chinese question sends the work to (qword.recipient)
// is not what it asks about: 财务部 of 谁把合同交给财务部 is in duties
// that work with Finance, which say nothing of who hands in contracts.
// slipped are the words the query's slips cover (Index.correct).
func (ix *Index) unanswered(p plan, byDuty, mentioned uint64, slipped slips) bool {
	if !p.question || byDuty == 0 {
		return false
	}
	var roles uint64
	for i, w := range p.words[:min(len(p.words), maxWords)] {
		if w.role || w.often || w.recipient {
			roles |= 1 << i // asked for, or saying which work: never what is asked about alone
		}
	}
	return mentioned&^roles == 0 || ix.headMissing(p, mentioned, slipped) || ix.onlyVerb(p, mentioned) ||
		ix.objectHeadMissing(p, mentioned)
}

// headSlipped reports whether a question asks about a Chinese word no
// text holds that is a same-sound slip of one some text does (soundSlips):
// the slip ends what it asks about (its subject, or what its verb is done
// to), as a Chinese compound's head is its last word (调研 of 市场调研).
// 谁负责市场掉研 asks about 调研, which no duty mentions as typed, as "who
// does market reserch?" asks about research; the duties that mention its
// other words (市场) do not answer it.
func (ix *Index) headSlipped(p plan, fixed []correction) bool {
	if !p.question {
		return false
	}
	return slices.ContainsFunc(fixed, func(c correction) bool {
		return c.word.han && c.at < c.to && (c.to == p.subject.to && c.at >= p.subject.from || c.to == p.object.to && c.at >= p.object.from)
	})
}

// objectHeadMissing reports whether no duty mentions the head of what a
// question's verb is done to (plan.object; bit i of mentioned for
// words[i]): "parties" of "who plans staff parties?", 聚会 of
// 谁组织员工聚会, "gifts" of "who hands out gifts at events?". The duties
// that plan something for the staff, or organise staff training, do the
// verb to something else, as the duties that handle something else
// answer no "who handles staff parties?". The head is chosen as a
// subject's is (headOf): the last word, unless that says an action.
func (ix *Index) objectHeadMissing(p plan, mentioned uint64) bool {
	h := ix.objectHead(p)
	if h < 0 || h >= maxWords || p.words[h].role || p.words[h].stop || mentioned&(1<<h) != 0 {
		return false
	}
	w := p.words[h]
	// A character the segmenter cut from a run it lacks says nothing by
	// itself, as for headMissing; the run's other pieces stand for it.
	return !w.han || w.alone || utf8.RuneCountInString(w.term) > 1
}

// headMissing reports whether no duty or point mentions a question's
// head: the action it asks about ("recruits" of "who recruits new
// staff?", 招聘 of 谁负责招聘新员工), or what it asks to have done
// (合同 of 谁负责合同管理, "warehouse" of "who is the warehouse manager?").
// The duties that mention its other words do something else ("Train new
// sales staff"), or to something else (every duty that manages). A
// role's verb asks for the role, not for work. An English adverb in -ly
// before a verb the duties say is no head: "who usually sets prices?";
// nor is a Chinese character the segmenter cut from a run it lacks (发 of
// 谁发工资, which 发放员工工资 answers): the word beside it says what the
// work is.
func (ix *Index) headMissing(p plan, byDuty uint64, slipped slips) bool {
	h := ix.head(p)
	if h < 0 || h >= maxWords || p.words[h].role || byDuty&(1<<h) != 0 {
		return false
	}
	w := p.words[h]
	if w.han && (!w.alone || verbChar(w)) && utf8.RuneCountInString(w.term) == 1 {
		return false // nor is a question's verb of one character (交 of 谁交报表), which stands for its words
	}
	if next := h + 1; w.verb && !w.han && len(w.folded) > 4 && strings.HasSuffix(w.folded, "ly") &&
		next < min(len(p.words), maxWords) && byDuty&(1<<next) != 0 && ix.actionWord(p.words[next]) {
		return false
	}
	return !ix.verbUnsaid(p, h, byDuty, slipped)
}

// verbUnsaid reports whether words[h], a question's head, is its English
// verb, which no duty says, while the duties do mention the head of what
// it is done to (objectHead): "writes" of "who writes the marketing
// plan?", "records" of "who records customer information?". A verb is
// said in many ways the content may not use, and its object still says
// what the work is about: the duties that mention the object answer it,
// and the note says no duty mentions the verb. Not when the content says
// the verb only apart from the object, by a related term of the synonym
// list (relatedApart: recruit ~ personnel, in "Manage the company's
// personnel matters", no duty about staff): that is where the work is,
// and the duties holding the object do something else to it ("Train new
// sales staff" for "who recruits new staff?"). A Chinese question's verb
// is cut from its object by a segmenter, and keeps the stricter reading.
// Nor is a slip of a word the texts or the synonym list hold unsaid
// (slipped, Index.correct: "organsies" of "who organsies training?"): the
// question is about that word, and a slip is corrected before the verb
// is let go ("the results are for “organises”", or "did you mean").
func (ix *Index) verbUnsaid(p plan, h int, byDuty uint64, slipped slips) bool {
	w := p.words[h]
	if !w.verb || p.subject.to-p.subject.from != 1 || slipped.covers(h) {
		return false
	}
	oh := ix.objectHead(p)
	if oh < 0 || oh >= maxWords || oh == h || byDuty&(1<<oh) == 0 || p.words[oh].han != w.han {
		return false
	}
	if w.han {
		return wholeChineseWord(w) && analysis.IsChineseVerb(w.term) && wholeChineseWord(p.words[oh]) &&
			ix.dutySaysIn(model.Zh, p.words[oh])
	}
	return ix.dutySays(p.words[oh]) && !ix.relatedApart(w, p.words[oh])
}

// wholeChineseWord reports whether w is a Chinese word of two characters
// or more that the segmenter found whole in the dictionary: no piece of a
// run it lacks (joins), no character standing for the words that hold
// it (alone). A question's verb so written and its object so written
// were not cut from one another: 跟进 and 货款 of 谁跟进货款 ("who follows
// up the payments") are the verb and its object, and the duties holding
// the object answer, as in English; a verb of one character, or one the
// dictionary lacks, keeps the stricter reading.
func wholeChineseWord(w qword) bool {
	return w.han && !w.alone && !w.joins && utf8.RuneCountInString(w.term) >= 2
}

// slips are the words of a query (bit i for words[i]) that a correction
// covers (Index.correct): words no text holds, read as the words they are
// a slip of before any fallback lets them go.
type slips uint64

// slipsOf returns the words the corrections cover.
func slipsOf(fixed []correction) slips {
	var s slips
	for _, c := range fixed {
		for i := c.at; i < min(c.to, maxWords); i++ {
			s |= 1 << i
		}
	}
	return s
}

// covers reports whether a correction covers words[i].
func (s slips) covers(i int) bool { return i < maxWords && s&(1<<i) != 0 }

// any reports whether the query has a slip.
func (s slips) any() bool { return s != 0 }

// dutySays reports whether some English duty holds w's own term or a
// synonym's, as a word: not only the words w begins while it is being
// typed ("car" of "who fixes the car" is not "care").
func (ix *Index) dutySays(w qword) bool { return ix.dutySaysIn(model.En, w) }

// dutySaysIn is dutySays for the duties in one language.
func (ix *Index) dutySaysIn(lang model.Lang, w qword) bool {
	en := ix.wordsOf(lang)
	terms := []string{w.term}
	for _, s := range analysis.Synonyms(w.term) {
		if !s.Related {
			terms = append(terms, s.Term)
		}
	}
	for _, t := range terms {
		if id, ok := en.term(t); ok {
			nodes, _ := en.postings(id)
			for _, n := range nodes {
				if ix.kindOf(n) == model.KindDuty {
					return true
				}
			}
		}
	}
	return false
}

// relatedApart reports whether some English duty holds a related term of
// verb (the synonym list's terms after "~") and none holds one together
// with object's own term. (A synonym of the object does not count: the
// "personnel" of "Manage the company's personnel matters" is the verb's
// related term, recruit ~ personnel, not a second word of the duty.)
func (ix *Index) relatedApart(verb, object qword) bool {
	en := ix.wordsOf(model.En)
	duties := func(term string) map[int32]bool {
		out := map[int32]bool{}
		if id, ok := en.term(term); ok {
			nodes, _ := en.postings(id)
			for _, n := range nodes {
				if ix.kindOf(n) == model.KindDuty {
					out[n] = true
				}
			}
		}
		return out
	}
	withObject := duties(object.term)
	apart := false
	for _, s := range analysis.Synonyms(verb.term) {
		if !s.Related {
			continue
		}
		for n := range duties(s.Term) {
			if withObject[n] {
				return false
			}
			apart = true
		}
	}
	return apart
}

// head returns the index in p.words of a question's head, or -1: the
// question's verb, or the head of the words of what it asks to have done
// (plan.subject). Of those words, as of a noun and the nouns before it
// that say which one ("customer complaints", "travel expenses", 差旅费用),
// the last is the head; but when the last says an action (管理 of
// 合同管理, "manager" of "warehouse manager": Manage …) what comes first is
// what it is done to, and when the first says one (招聘 of 招聘新员工,
// "hiring" of "hiring new staff"), it is the action asked about.
func (ix *Index) head(p plan) int { return ix.headOf(p.subject.from, p.subject.to, p) }

// objectHead returns the index in p.words of the head of what a
// question's verb is done to (plan.object), or -1. After a verb that
// takes an object and then says how it is left (complementVerbs: "keep
// the venue safe", "make the process clear"), the last of those words
// that is a noun, as the texts use it: an English word the texts hold,
// but never after a determiner ("the", "each" …, with at most one word
// between), nor as a plural, says how the thing is left, not what it is:
// "safe" of "who keeps the venue safe?", whose head is "venue" ("Arrange
// security at the venue"). A word no text holds may be a noun
// ("parties"). Of the rest, the head is the last: the question has
// named its verb, and what follows it is a noun and the words before it
// that say which one ("staff wages", 员工工资), in English and Chinese
// alike; a noun whose synonym begins a duty ("wages": Pay …) or that the
// dictionary also tags as a verb while the synonym list uses it as a noun
// (工资) is still what is done to. A last word that says an action by
// itself (ownAction) has its object first ("promotion spending" is
// spending on promotion, 员工培训 training staff), as for a subject
// (headOf). The same object written the other way round ("wages to
// staff") has the same head, as the preposition ends it.
func (ix *Index) objectHead(p plan) int {
	from, to := p.object.from, min(p.object.to, len(p.words), maxWords)
	complement := false
	for _, w := range p.words[:min(len(p.words), maxWords)] {
		complement = complement || w.verb && !w.han && complementVerbs[w.term]
	}
	for complement && to-from > 1 {
		w := p.words[to-1]
		if w.han || analysis.Singular(w.folded) != w.folded || !ix.heldNotAsNoun(w) {
			break // a plural is a noun ("expenses")
		}
		if possessive(p.words[to-2].typed) {
			break // what a possessive owns is a noun: "the company's money"
		}
		to--
	}
	switch last := p.words[max(to-1, 0)]; {
	case from >= to:
		return -1
	case to-from > 1 && ix.ownAction(last) && (last.han || actionByForm(last) || ix.actionOn(last, p.words[from])):
		return from
	}
	return to - 1
}

// actionOn reports whether some English duty says the action an English
// word names together with thing, or a synonym of it ("Forecast sales
// for the year" for "the sales forecast"; "… file the sales staff's
// diaries" for "personnel files"): only then is a noun some duty begins
// with, as its verb, read as an action done to the word before it.
// Otherwise the word before says which one, as an adjective or a noun
// before a noun does, and the noun is the head, whatever the duties say
// of the word before by itself: "overall" of "the overall budget" (no
// duty says an overall budget, or budgets anything overall).
func (ix *Index) actionOn(action, thing qword) bool {
	en := ix.wordsOf(model.En)
	verb, ok := en.term(action.term)
	if !ok || action.han || thing.han {
		return false
	}
	terms := []string{thing.term}
	for _, s := range analysis.Synonyms(thing.term) {
		if !s.Related {
			terms = append(terms, s.Term)
		}
	}
	holds := map[int32]bool{}
	for _, t := range terms {
		if id, ok := en.term(t); ok {
			nodes, _ := en.postings(id)
			for _, n := range nodes {
				holds[n] = true
			}
		}
	}
	nodes, _ := en.postings(verb)
	for _, n := range nodes {
		if holds[n] && ix.kindOf(n) == model.KindDuty {
			return true
		}
	}
	return false
}

// actionByForm reports whether an English word says an action by its
// form alone: an -ing form ("promotion spending"). A word some duty
// begins with ("forecast" of "the sales forecast": Forecast sales …)
// reads as an action done to the word before it only when some duty
// says that word: a word no duty says before it is a modifier of a noun
// ("annual" of "who draws up the annual budget", though "Budget for the
// cost of …" begins a duty), and the noun is the head.
func actionByForm(w qword) bool {
	return len(w.folded) > 5 && strings.HasSuffix(w.folded, "ing")
}

// subjectAction reports whether a word of what a question asks to have
// done, with no verb of its own, says an action (headOf): as actionWord
// tells it, through its synonyms too ("control" of "quality control"),
// or an English -ing form; but not a Chinese word the synonym list uses
// as a noun (工资 of 谁负责员工工资: nounBySynonyms), nor an English plural
// that says no action by itself ("wages" of "who handles staff wages").
// A plural is a noun, as objectHead reads it too.
func (ix *Index) subjectAction(w qword) bool {
	switch {
	case w.han && nounBySynonyms(w.term):
		return false
	case !w.han && analysis.Singular(w.folded) != w.folded && !ix.ownAction(w):
		// A plural no duty begins with is a noun ("wages", though
		// "pay" begins duties; not "visits": Visit …).
		return false
	}
	return ix.actionWord(w) || !w.han && len(w.folded) > 5 && strings.HasSuffix(w.folded, "ing")
}

// ownAction reports whether a word of what a question's verb is done to
// says an action by what it is, not by its synonyms: an English -ing form
// or a word some duty begins with, as its verb ("spending", "shows":
// Show …; not "wages", though "pay" is its synonym); a Chinese word the
// dictionary tags as a verb, unless the synonym list uses it as a noun
// (培训, not 工资: nounBySynonyms).
func (ix *Index) ownAction(w qword) bool {
	if w.han {
		return analysis.IsChineseVerb(w.term) && !nounBySynonyms(w.term)
	}
	return len(w.folded) > 5 && strings.HasSuffix(w.folded, "ing") || ix.wordsOf(model.En).leadsDuty(ix, w.term)
}

// complementVerbs are the terms (stems) of the English verbs that take
// an object and then a word saying how it is left or made ("keep the
// stock safe", "make the rules clear", "leave the venue clean"): the
// complex-transitive verbs of English grammar, a closed class.
var complementVerbs = func() map[string]bool {
	m := map[string]bool{}
	for _, v := range strings.Fields("keep make leave get hold render") {
		m[analysis.Stem(v)] = true
	}
	return m
}()

// possessive reports whether an English word is written as a possessive
// ("company's", "staff’s", "managers'"), which, as a determiner does, says
// the next word is a noun.
func possessive(typed string) bool {
	for _, end := range []string{"'s", "’s", "s'", "s’"} {
		if len(typed) > len(end) && strings.HasSuffix(strings.ToLower(typed), end) {
			return true
		}
	}
	return false
}

// determiners are the English words after which the next word is a noun,
// or an adjective before one: a closed class of English grammar.
var determiners = wordSet("the a an this that these those its their our his her my your each every any some no")

// maxNounEvidence bounds the texts read for a word's use as a noun: the
// first few that hold it show it, if any do.
const maxNounEvidence = 64

// heldNotAsNoun reports whether some English duty holds word w, and none
// of the first maxNounEvidence that do has it after a determiner
// (determiners), right after or with one word between: the texts use it
// as no noun.
func (ix *Index) heldNotAsNoun(w qword) bool {
	en := ix.wordsOf(model.En)
	id, ok := en.term(w.term)
	if !ok {
		return false
	}
	nodes, _ := en.postings(id)
	held := false
	for _, n := range nodes[:min(len(nodes), maxNounEvidence)] {
		if ix.kindOf(n) != model.KindDuty {
			continue
		}
		var title []rune
		for _, t := range en.tokens(n) {
			if t.term != id {
				continue
			}
			if title == nil {
				title = []rune(ix.titleOf(n, model.En))
			}
			if int(t.end) > len(title) || t.start >= t.end {
				continue
			}
			held = true
			// A determiner right before it, or before the word before it
			// ("the venue", "the promotion expenses"), makes it a noun.
			prev, at := letterWordBefore(title, int(t.start))
			if determiners[analysis.Fold(prev)] {
				return false
			}
			if prev2, _ := letterWordBefore(title, at); prev != "" && determiners[analysis.Fold(prev2)] {
				return false
			}
		}
	}
	return held
}

// letterWordBefore returns the word (letters and apostrophes: "company's")
// right before rune start of text, with only spaces between, or "", and
// where that word starts.
func letterWordBefore(text []rune, start int) (string, int) {
	i := start - 1
	for i >= 0 && unicode.IsSpace(text[i]) {
		i--
	}
	j := i + 1
	for i >= 0 && (unicode.IsLetter(text[i]) || text[i] == '\'' || text[i] == '’') {
		i--
	}
	return string(text[i+1 : j]), i + 1
}

// headOf returns the head of the words p.words[from:to], as head tells
// it, or -1 when there are none.
func (ix *Index) headOf(from, to int, p plan) int {
	to = min(to, len(p.words), maxWords)
	switch {
	case from >= to:
		return -1
	case to-from == 1:
		return from
	}
	first, last := p.words[from], p.words[to-1]
	if ix.subjectAction(last) || ix.subjectAction(first) {
		return from
	}
	return to - 1
}

// onlyVerb reports whether a question's words are mentioned only in
// words that say how work is done, not what it is done to (actionWord),
// while some other word of it, which says what the work is about (not a
// verb itself), is one no duty or point mentions (byDuty: bit i for words[i], in either
// language). A role's verb asks for the role and counts as neither, as
// does whom a Chinese question sends the work to (qword.recipient).
func (ix *Index) onlyVerb(p plan, byDuty uint64) bool {
	object := false
	head := ix.objectHead(p)
	for i, w := range p.words[:min(len(p.words), maxWords)] {
		switch {
		case w.role, w.often, w.recipient:
		case byDuty&(1<<i) == 0:
			// What no duty mentions: the object asked about, unless it is
			// a verb itself (谁发工资: 发, cut from 发放, is the verb).
			object = object || !ix.actionWord(w)
		case i == head && !w.han && !w.verb:
			// The English head of what the question's verb is done to
			// is a noun by its place, as objectWords reads it: "budget"
			// of "who draws up the annual budget" is what is drawn up,
			// though "Budget for …" begins a duty.
			return false
		case !ix.actionWord(w):
			return false
		}
	}
	return object
}

// objectWords returns the words of a question asking who does something
// (bit i for p.words[i]) that say what the work is done to, not how it is
// done (its verb, a Chinese verb, a word a duty begins with: actionWord)
// nor the role asked for: "taxes" of "who files taxes?", 质量 of
// 谁管质量控制. A duty that holds none of them does something else
// ("Sort and file the department's documents"), or to something else.
// It is 0 for a query that is no such question. Of these, the words some
// duty mentions make wquery.object; when there are none ("who
// recruits?", "who is in charge of hiring?"), any word answers.
//
// A word counts as an action here by what it is, never by its synonyms
// (as actionWord counts them): "payroll" is what is run in "who runs
// payroll?", though its synonym "pay" begins a duty.
func (ix *Index) objectWords(p plan) uint64 {
	if !p.question || p.subject.from >= p.subject.to {
		return 0
	}
	en := ix.wordsOf(model.En)
	head := ix.objectHead(p)
	var object uint64
	for i, w := range p.words[:min(len(p.words), maxWords)] {
		var action bool
		switch {
		case w.role, w.often:
			continue
		case w.han:
			// A noun the dictionary tags as a verb (展会, exhibition)
			// is what is done, as the synonym list uses it (nounBySynonyms).
			action = analysis.IsChineseVerb(w.term) && !nounBySynonyms(w.term)
		case i == head && !w.verb:
			// The head of what the question's verb is done to is a
			// noun by its place, though some duty begins with it as
			// its verb: "budget" of "who prepares the budget?"
			// ("Budget for the cost of …"), "spending" of "who
			// controls spending?" ("Spend promotion money …").
			action = english.IsStopWord(w.folded)
		default:
			action = w.verb || english.IsStopWord(w.folded) || en.leadsDuty(ix, w.term)
		}
		if !action {
			object |= 1 << i
		}
	}
	return object
}

// dropActionSynonyms takes from the words of what a question asks to
// have done (object: bit i for words[i]) the synonyms that are the own
// term of one of its other words, its verb: one word of a text answers
// one word of the question, and "Pay suppliers" says the "pays" of "who
// pays salaries?", not the salaries ("pay" is a synonym of "salary").
func dropActionSynonyms(w *wordIndex, cws []cword, words []qword, object uint64) {
	if object == 0 {
		return
	}
	var verbs []int32
	for j, qw := range words[:min(len(words), len(cws))] {
		if object&(1<<j) == 0 && !qw.role {
			if id, ok := w.term(qw.term); ok {
				verbs = append(verbs, id)
			}
		}
	}
	if len(verbs) == 0 {
		return
	}
	for i := range cws[:min(len(words), len(cws))] {
		if object&(1<<i) == 0 {
			continue
		}
		c := &cws[i]
		c.alts = slices.DeleteFunc(slices.Clone(c.alts), func(a alt) bool { return a.synonym && slices.Contains(verbs, a.term) })
		c.weight = 0
		for _, a := range c.alts {
			c.weight = max(c.weight, a.weight)
		}
	}
}

// actionWord reports whether a query word says how work is done rather
// than what it is done to, as the similarity index tells them apart
// (model.SharesObject): a Chinese word the dictionary tags as a verb,
// adjective, adverb or function word (管理, 制定: analysis.IsChineseVerb);
// an English function word kept for its meaning (the "after" of "look
// after"); an English word some duty begins with, or one of its synonyms
// (duties are imperatives: "Manage …", "Look after …", so "management"
// and "looks" are verbs); or the English word a question puts in its
// verb's place (qword.verb: "signs" of "who signs contracts?"). A Chinese
// question puts its object there as often (谁负责仓库管理), so Chinese
// words go by their part of speech alone.
func (ix *Index) actionWord(w qword) bool {
	switch {
	case w.han:
		// The part of speech, not the place: 仓库 of 谁负责仓库管理 is
		// what is managed.
		return analysis.IsChineseVerb(w.term)
	case w.verb:
		return true
	case english.IsStopWord(w.folded):
		return true
	}
	en := ix.wordsOf(model.En)
	if en.leadsDuty(ix, w.term) {
		return true
	}
	for _, s := range analysis.Synonyms(w.term) {
		// A synonym its group holds as a noun ("spending" of "expenses",
		// analysis.NounSense) says no action, though its verb leads duties
		// ("Spend promotion money wisely").
		if _, noun := analysis.NounSense(s.Term); !s.Related && !noun && en.leadsDuty(ix, s.Term) {
			return true
		}
	}
	return false
}

// leadsDuty reports whether some duty's text begins with term: its verb,
// duties being imperatives. Which terms lead a duty is a fact of the
// index, stored in its encoding or worked out on the first question that
// asks (leadingTerms), not by reading a term's postings on every query.
func (w *wordIndex) leadsDuty(ix *Index, term string) bool {
	id, ok := w.term(term)
	if !ok {
		return false
	}
	lead := w.leadingTerms(ix)
	return lead[id/64]&(1<<(id%64)) != 0
}

// leadingTerms returns the set of the terms that begin some duty's title,
// one bit per term id, working it out on first use: one pass over the
// first token of every duty.
func (w *wordIndex) leadingTerms(ix *Index) []uint64 {
	w.leadingOnce.Do(func() {
		w.leading = make([]uint64, (len(w.vocab)+63)/64)
		for n := range int32(len(ix.parent)) {
			if ix.kindOf(n) != model.KindDuty {
				continue
			}
			for _, t := range w.tokens(n) {
				if t.pos != 0 {
					break
				}
				w.leading[t.term/64] |= 1 << (t.term % 64)
			}
		}
	})
	return w.leading
}

// correction is a query word (words[at]) to be searched as another, or
// the pieces words[at:to] of a Chinese word the segmenter cut (掉研, 掉 and
// 研), to be searched as the word it is a slip of (调研).
type correction struct {
	at, to int
	word   qword
	// replace: the slip is of a kind that rarely makes one real word of
	// another, and the word is searched in the typed one's place when
	// nothing answers the query as typed: two neighbouring letters
	// swapped (isSwap), or, in a question's verb, a slip inside an
	// inflected word's base, its ending kept (inflectedSlip, nearestStem,
	// listedBase: "who colects", "who recruts", "who organses"), whether
	// the texts hold the word in the typed form or in others only. Of
	// the real words the content lacks, 0.2% are such a slip of one it
	// holds (TestTypoRuleOnRealWords, TestStemSlipsOnRealWords). The
	// verb of a question is an action, which the duties, each led by its
	// verb, say; a noun of the same shape ("dealrs", "contrcts") is as
	// often one the content lacks, and is suggested. One letter left out
	// of a short bare word is only suggested (0.62%: "fund" of found,
	// "sent" of spent, "lunch" of launch), as is one changed; left out
	// inside a word of seven letters or more ("reserch", "complants") it
	// is searched instead (droppedInside).
	replace bool
}

// correct finds, for each query word that no text holds in either
// language (cws[k][i] finds nothing but related terms), the word of the
// texts it is most likely a typing slip of (wordIndex.nearest), in the
// query's language first: the word to search for instead, as typed. A
// word the synonym list knows is a word, not a slip ("contracts" is not
// "contacts"), and so is pinyin written with its marks (fǎlǜ is not
// "fall": analysis.MarkedPinyin).
func (ix *Index) correct(words []qword, cws [2][]cword, langs [2]model.Lang, pieces uint64) []correction {
	out := ix.soundSlips(words, cws, pieces)
	for i, qw := range words[:min(len(words), maxWords)] {
		if qw.han || qw.abbrev || hasStrong(cws[0][i]) || hasStrong(cws[1][i]) || len(analysis.Synonyms(qw.term)) > 0 || analysis.MarkedPinyin(qw.typed) {
			continue // pinyin by its marks (fǎlǜ, fa3lü4) is no slip of an English word
		}
		found := false
		for _, l := range langs {
			word, swap := ix.wordsOf(l).nearest(qw.folded)
			if word == "" || prefixed(qw.folded, word) {
				continue
			}
			out = append(out, correction{at: i, to: i + 1, word: respelt(qw, word), replace: swap || qw.verb && inflectedSlip(qw.folded, word) || droppedInside(qw.folded, word)})
			found = true
			break
		}
		// A slip of a form the texts do not use, of a word they hold in
		// others ("colects": they say collect, collected), is read as the
		// word they hold (wordIndex.nearestStem), and a question's verb
		// searched so as a swap is: the slip is inside the base, the
		// ending kept.
		if found {
			continue
		}
		if word, swap := ix.wordsOf(model.En).nearestStem(qw.folded); word != "" {
			out = append(out, correction{at: i, to: i + 1, word: respelt(qw, word), replace: swap || qw.verb})
			continue
		}
		// A slip of a word the synonym list knows, which no text holds
		// ("recruting": the content says neither recruit nor recruiting),
		// is suggested as that word, whose synonyms and related terms
		// lead to the closest texts as they do for the word itself.
		if found {
			continue
		}
		if word, swap, inBase := nearestListed(qw.folded); word != "" {
			out = append(out, correction{at: i, to: i + 1, word: respelt(qw, word), replace: swap || qw.verb && inBase})
			continue
		}
		// Pinyin with two letters swapped ("dingjai" for dingjia, 定价):
		// the reading of a Chinese word, when no word is a slip away in
		// letters.
		if word := ix.wordsOf(model.Zh).swappedReading(qw.folded); word != "" {
			out = append(out, correction{at: i, to: i + 1, word: respelt(qw, word), replace: true})
		}
	}
	return out
}

// soundSlips finds, for each Chinese word of the query that the
// dictionary lacks and no text holds, the Chinese word of the texts it is
// most likely an input-method slip of (wordIndex.soundSlip: 调研 for 掉研,
// 定价 for 定介): the characters words[i:j] the segmenter cut such a word
// into, typed together, one at least held by no text, or by none with
// the others (pieces, brokenWords: 掉 and 研 of 市场掉研; 调 and 妍 of
// 市场调妍, where 调 is a word of the texts). A word
// the dictionary has is a word, not a slip, as an English word the
// synonym list knows is (直播 is not 直白, which reads zhibo too). The
// correction is words[i] written as the word meant, quoted as the
// characters were typed; a suggestion, never searched instead.
func (ix *Index) soundSlips(words []qword, cws [2][]cword, pieces uint64) []correction {
	var out []correction
	zh := ix.wordsOf(model.Zh)
	held := func(i int) bool { return pieces&(1<<i) == 0 && (hasStrong(cws[0][i]) || hasStrong(cws[1][i])) }
	char := func(i int) bool { return words[i].han && utf8.RuneCountInString(words[i].term) == 1 }
	n := min(len(words), maxWords)
	for i := 0; i < n; {
		j, unheld := i+1, !held(i)
		if char(i) {
			for j < n && words[j].joins && char(j) {
				unheld = unheld || !held(j)
				j++
			}
		}
		if j-i > 1 && unheld {
			var typed, folded strings.Builder
			for _, w := range words[i:j] {
				typed.WriteString(w.typed)
				folded.WriteString(w.folded)
			}
			if word := zh.soundSlip(folded.String()); word != "" {
				fixed := words[i]
				fixed.typed, fixed.folded, fixed.term, fixed.open = typed.String(), word, word, false
				out = append(out, correction{at: i, to: j, word: fixed})
			}
		}
		i = j
	}
	return out
}

// nearestListed returns the word of the synonym list (analysis.ListedWords)
// that word, or an inflection of it (-s, -es, -ed, -ing), or word's base
// (slipBases, baseSlip), is most likely a typing slip of, by wordIndex.nearest's rules (slipRank; the texts' frequencies
// aside: the first in order among equals), and whether it is a swap of
// two neighbouring letters, or a slip inside its base, the ending kept
// ("recruts"; inflectedSlip): what correction.replace reads.
func nearestListed(word string) (best string, swap, inBase bool) {
	// One edit, in a word of eight letters or more: none of the list's
	// words is held by the texts, so nothing says this one is meant but
	// the slip itself, and shorter words, or two edits, are one letter
	// or two from another real word as often (pages: pays, aging:
	// waging; rewriting: recruiting). Of the 8,665 O*NET words the
	// built-in content lacks that no text's word is close to, 12 get such
	// a suggestion (0.14%: valuation, trainers …), none searched instead.
	if len(word) >= 8 && typoEdits(word) > 0 {
		r := newSlipRank(word, 1)
		form := ""
		for _, listed := range analysis.ListedWords() {
			for _, s := range inflections(listed) {
				// The word as listed is suggested: the inflections made
				// here are not all spelt right (shiping). No text holds
				// any of them: the first in order among equals.
				if r.take(s, 0) {
					best, form = listed, s
				}
			}
		}
		if best != "" {
			return best, r.swap, inflectedSlip(word, form)
		}
	}
	best, swap = listedBase(word)
	return best, swap, best != ""
}

// listedBase returns the word of the synonym list that an inflected
// word's base (slipBases) is most likely a slip of, by baseSlip's rules
// (letters swapped or left out inside it, never one changed), and whether
// it is a swap: "recruts" of recruit.
func listedBase(word string) (best string, swap bool) {
	for _, base := range slipBases(word) {
		r := newSlipRank(base, typoEdits(base))
		for _, listed := range analysis.ListedWords() {
			if baseSlip(base, listed) && r.take(listed, 0) {
				best = listed
			}
		}
		if best != "" {
			return best, r.swap
		}
	}
	return "", false
}

// inflections returns an English word and its regular inflections: recruit,
// recruits, recruited, recruiting; manage, manages, managed, managing.
func inflections(w string) []string {
	if strings.HasSuffix(w, "e") {
		stem := w[:len(w)-1]
		return []string{w, w + "s", w + "d", stem + "ing"}
	}
	return []string{w, w + "s", w + "es", w + "ed", w + "ing"}
}

// respelt is query word qw written as word, a word of the texts (folded),
// as typed.
func respelt(qw qword, word string) qword {
	fixed := qw
	fixed.folded, fixed.open = word, false
	for _, t := range analysis.Tokens(word) {
		if t.Kind == analysis.Word {
			fixed.term = t.Term
			break
		}
	}
	return fixed
}

// suggested returns the texts that match the query by words when each word
// of it that no text holds is written as the word suggested for it
// (corrected, none of them searched: "who draws up the budjet" as "who
// draws up the budget"), best first, at most limit (all when limit <= 0),
// marked Suggested; none when that query is not answered either. matched
// marks, per node, what that search matched, which the letters fallback
// leaves out.
func (ix *Index) suggested(p plan, corrected []Correction, lang model.Lang, nodeOK []bool, limit int, stop func() bool) (list []Result, matched []bool, err error) {
	q := p
	q.words, q.fixed = slices.Clone(p.words), true
	for _, c := range corrected {
		if i := slices.IndexFunc(q.words, func(w qword) bool { return w.typed == c.Typed }); i >= 0 {
			q.words[i] = respelt(q.words[i], c.Word)
		} else if i, j := piecesOf(q.words, c.Typed); i >= 0 {
			// The pieces of a Chinese word the segmenter cut (掉, 研):
			// the first is the word meant, the others say nothing more,
			// in their places (the plan's slots count words).
			q.words[i] = respelt(q.words[i], c.Word)
			q.words[i].term = c.Word
			for k := i + 1; k < j; k++ {
				q.words[k].stop = true
			}
		}
	}
	res, err := ix.searchWords(q, lang, nodeOK, limit, stop)
	if err != nil {
		return nil, nil, err
	}
	if res.noMention {
		// Nothing mentions the words meant either: their closest texts
		// (a slip of a word the synonym list knows, which no text holds,
		// by its related terms) come before those sharing the typed
		// letters, in their order: "who recruts new staff" is closest to
		// what "who recruits new staff" is ("Manage the company's
		// personnel matters"), not to "Train new sales staff".
		return res.list, nil, nil
	}
	for _, r := range res.list {
		if r.Match == Words {
			r.Match = Suggested
			list = append(list, r)
		}
	}
	return list, res.matched, nil
}

// piecesOf returns where words holds typed as the pieces words[i:j] of
// one Chinese word the segmenter cut (qword.joins), or -1, -1.
func piecesOf(words []qword, typed string) (i, j int) {
	for i := range words {
		if !words[i].han || !strings.HasPrefix(typed, words[i].typed) {
			continue
		}
		rest := typed[len(words[i].typed):]
		for j = i + 1; j < len(words) && words[j].joins && strings.HasPrefix(rest, words[j].typed); j++ {
			rest = rest[len(words[j].typed):]
		}
		if rest == "" && j-i > 1 {
			return i, j
		}
	}
	return -1, -1
}

// suggestedFirst puts the suggested results before the closest ones,
// each place once, at most limit (all when limit <= 0).
func suggestedFirst(meant, closest []Result, limit int) []Result {
	if len(meant) == 0 {
		return closest
	}
	seen := map[*model.Node]bool{}
	for _, r := range meant {
		for _, n := range r.Places {
			seen[n] = true
		}
	}
	out := slices.Clip(meant)
	for _, r := range closest {
		if !seen[r.Node] {
			out = append(out, r)
		}
	}
	if limit > 0 && len(out) > limit {
		out = out[:limit]
	}
	return out
}

func corrections(fixed []correction, searched bool) []Correction {
	out := make([]Correction, len(fixed))
	for i, c := range fixed {
		out[i] = Correction{Typed: c.word.typed, Word: c.word.folded, Searched: searched}
	}
	return out
}

// exactMissing returns the exact terms, as typed ("'aprove"), that no
// text nodeOK allows contains, in either language, as the word search's
// filter (containsAll) judges it.
// commonAsWritten is q with its words to be searched as written ('jobs)
// when it is nothing but words questions are made of, yet no question:
// "jobs" or "duties" alone. Asked as a question ("who does the jobs") they
// ask for no work; alone, they are as likely what the content says ("Run
// red jobs" in a folder of two duties), and search looks for them when
// every one is held as written (see search). Stop words are left out; a
// unit noun ("department") keeps the query common: alone it names no work
// but the organisation's own structure. ok is false when nothing is left.
func commonAsWritten(q Query, p plan) (Query, bool) {
	if len(p.common) == 0 || p.question || len(p.exact) > 0 {
		return q, false
	}
	out := Query{Depts: q.Depts}
	var an analysis.Analyzer
	for _, t := range q.Terms {
		toks := an.Tokens(t.Text, nil)
		if len(toks) != 1 {
			return q, false
		}
		switch a := toks[0]; {
		case a.Stop:
			continue
		case analysis.IsUnitNoun(a.Folded), analysis.IsQuestionWord(a.Folded) && analysis.AsksWho(a.Folded):
			return q, false
		}
		out.Terms = append(out.Terms, Term{Text: t.Text, Exact: true})
	}
	return out, len(out.Terms) > 0
}

func (ix *Index) exactMissing(exact []Term, nodeOK []bool) []string {
	var out []string
	for i, c := range compileExact(exact) {
		t := exact[i]
		found := false
		for n := int32(0); n < int32(len(ix.nodes)) && !found; n++ {
			if nodeOK != nil && !nodeOK[n] {
				continue
			}
			for l := range model.NumLangs {
				if containsAll(ix.titleOf(n, model.Lang(l)), []cterm{c}) {
					found = true
					break
				}
			}
		}
		if !found {
			out = append(out, "'"+t.Text)
		}
	}
	return out
}

// wquery is what building results needs of a word search.
type wquery struct {
	ix    *Index
	langs [2]model.Lang
	p     plan
	terms [2]map[int32]bool // the index terms that matched, per language
	// Per language: the weight a text's words (whit.held) must reach to
	// match the query's main words (mainWeights).
	need [2]float32
	// asked holds the words of an unanswered question that no duty
	// mentions (Index.unanswered): what it asks about. The closest
	// results are the texts that hold them in related terms first.
	asked uint64
	// object holds the words of a question asking who does something
	// that say what the work is done to, not how (Index.objectWords):
	// a text that holds none of them only does something else, however
	// much of the query's weight its verb carries, and matches in part.
	// 0 when the question has none that a duty mentions.
	object uint64
	// asksWho marks a question asking who does something: its owners
	// with a match come before those with none.
	asksWho bool
	// does holds, for a question asking who does a verb to something
	// ("who audits promotion spending?"), the bits of its verb and of the
	// head of what the verb is done to (plan.object); 0 otherwise. An
	// owner with a match holding both (doesIt) ranks above the owners
	// whose matches hold the thing alone, or the verb with another word:
	// the Planning department ("Track, report on and audit how promotion
	// … money is spent") before the promotion planning supervisor ("Set a
	// budget for each promotion … and keep spending on promotions within
	// it"). The list keeps its order, which question words never change
	// (TestQuestionsFindWhatTheirWordsFind).
	does uint64
	// dutyless marks, for an unanswered question, the units among the
	// hits that hold no duty (a department the sources only name, the
	// Party committee office it may appear as): they say nothing about who
	// does the work, so the closest list never opens with them.
	dutyless map[int32]bool
	// phrase holds, for a question whose object is Chinese words side by
	// side (广告计划 of 谁编制广告计划), those of them some text mentions
	// other than its head (wquery.object): a match holds half their
	// weight with the head's (holdsPhrase), phraseNeed per language.
	phrase     uint64
	phraseNeed [2]float32
	// wholeObject holds, for a question whose object is English words
	// side by side ("sales staff" of "who trains sales staff?"), its head
	// and the words before it that say which one, when some text
	// mentions each: of the owners with a match doing the verb to it
	// (doesIt), one whose match holds them all (holdsWhole) ranks above
	// one whose matches hold the head alone ("Organise staff training"
	// trains other staff).
	wholeObject uint64
	weights     [2][]float32 // each query word's weight per language (mainWeights)
	// between marks a query naming two departments or more ("the
	// difference between marketing and sales", "marketing vs sales"):
	// what lies between them, a topic or relation about both, answers
	// it as well as their own duties do, so departments' nodes do not
	// come first (better).
	between bool
	// receivers are the departments and positions a question asking who
	// does something names as whom the work goes to (qword.recipient):
	// 市场部 of 谁把客户意见反馈给市场部. They receive the work, so they
	// come after the owners that do it; a position in a receiving
	// department does not (理货员 of 市场部 hands its reports to 市场部).
	receivers map[int32]bool
	// scope are the units a Chinese question names before its question
	// word (销售部 of 销售部谁负责培训: Index.scopeUnits): where to look.
	// Their owners answering it come before others' (soft: another unit's
	// duty holding the work still answers, after them), and so do their
	// texts in the list.
	scope []int32
	// contact are the texts saying a contact verb the question left out
	// as a verb of doing (liftContact: 与客户保持联系 for 谁联系客户).
	contact map[int32]bool
	// doers are the duties that name another unit as the doer of the
	// question's verb (doersNamed): each matches in part (its text holds
	// the words; the list shows it so), is no evidence for its owner, and
	// is a match of the unit it names.
	doers []doerHit
	// summary are the units whose summaries hold words of the query
	// (summaryMatches), each a match of the unit when it mentions the
	// query's main words (wquery.owners).
	summary []whit
}

// namesDoer reports whether node is a duty naming another unit as the
// doer of the question's verb (wquery.doers).
func (q *wquery) namesDoer(node int32) bool {
	_, named := slices.BinarySearchFunc(q.doers, node, func(d doerHit, n int32) int { return int(d.hit.node - n) })
	return named
}

// receivers returns the departments and positions whose name or alias
// the query's words of whom the work goes to (qword.recipient) are,
// written as one (市场部, 财务); nil when it has none. A word that only
// holds a name's word does not name the unit: 市场 of 谁把产品推向市场
// is a market, not 市场部.
func (ix *Index) receivers(words []qword) map[int32]bool {
	var said string
	var english []string
	for _, w := range words {
		switch {
		case w.recipient && w.han:
			said += w.folded
		case w.recipient:
			english = append(english, w.folded)
		}
	}
	if len(english) > 0 {
		var out map[int32]bool
		for _, n := range ix.unitsNamed(strings.Join(english, " ")) {
			if out == nil {
				out = map[int32]bool{}
			}
			out[n] = true
		}
		return out
	}
	if said == "" {
		return nil
	}
	ix.closeSubtrees()
	var out map[int32]bool
	for _, n := range ix.ownerNodes {
		node := ix.node(n)
		for _, name := range append([]string{node.Title[model.Zh]}, node.Aliases()[model.Zh]...) {
			if name != "" && analysis.Fold(name) == said {
				if out == nil {
					out = map[int32]bool{}
				}
				out[n] = true
			}
		}
	}
	return out
}

// holdsWhole reports whether hit h is a match doing the question's verb
// to its object (doesIt) and holding every word of that object, in
// English (wquery.wholeObject): "Train new sales staff" for "who trains
// sales staff?", not "Organise staff training".
func (q *wquery) holdsWhole(h whit) bool {
	return q.wholeObject != 0 && q.doesIt(h) && h.mask&q.wholeObject == q.wholeObject
}

// doesIt reports whether hit h is a match that holds the question's verb
// and the head of its object, itself or through a synonym (wquery.does),
// or a Chinese contact verb of the question (wquery.contact).
func (q *wquery) doesIt(h whit) bool {
	return h.main && (q.does != 0 && h.mask&q.does == q.does || q.contact[h.node])
}

// nameSaysObject reports whether the name of owner o's department or
// position holds a word of what the question's verb is done to
// ("marketing" of "who tells marketing about competitors", which asks
// whom the work goes to): every text of that unit that says its own name
// holds the word, which is no evidence of the work, so they are not
// added up (owners).
func (q *wquery) nameSaysObject(o int32) bool {
	ix := q.ix
	words := q.p.words[:min(len(q.p.words), maxWords)]
	singular := make([]string, len(words))
	for i, w := range words {
		singular[i] = analysis.Singular(w.folded)
	}
	key := ix.owners[o]
	for _, unit := range []int32{key.dept, key.pos} {
		ix.closeSubtrees()
		if k, ok := slices.BinarySearch(ix.ownerNodes, unit); ok && unit >= 0 {
			for _, l := range q.langs {
				if nameMask(ix.ownerName(l, k), words, singular)&q.object != 0 {
					return true
				}
			}
		}
	}
	return false
}

// summaryDoes reports whether a unit's summary, hit h, says the verb of
// doing of a Chinese question (plan.doing: 管 of 谁管钱) as the
// two-character verb that character heads (管理 of 管理公司的钱) with what
// it is done to (wquery.object): the summary answers the question as a
// duty doing the verb to it does (doesIt). A question's one-character
// verb is the short form of the compound verb it begins, as 管 is of 管理;
// the compound must be a verb the dictionary knows (管理, not 管道).
func (q *wquery) summaryDoes(h whit) bool {
	if q.p.doing == "" || h.lang != model.Zh || q.object == 0 || h.mask&q.object == 0 {
		return false
	}
	for _, s := range q.ix.unitSummaries(model.Zh) {
		if s.unit != h.node {
			continue
		}
		for _, t := range s.terms {
			if utf8.RuneCountInString(t) == 2 && strings.HasPrefix(t, q.p.doing) && analysis.IsChineseVerb(t) {
				return true
			}
		}
	}
	return false
}

// mainWeights returns each query word's weight by its own alternatives
// (the word, its forms, synonyms, pinyin; not related terms) and the
// weight a text must hold to mention the query's main words: half the
// weight of the words the content mentions at all. Words no text
// mentions weigh nothing, so "hiring managers" is judged on "managers".
// This is Lucene's minimum_should_match, as a share of weight rather than
// of the number of words, so that a frequent word ("product",
// "department") alone never makes a match of "set product prices".
//
// A text that holds a word only through a synonym weighs it as the
// synonym does (syn), never as the word: "draw up" is evidence of "set"
// at 0.6 of its weight, so "Draw up the product plan" does not match "set
// product prices" on "product" and a synonym.
//
// A role's verb in a role question weighs nothing here (roleVerbs): "who
// approves prices" matches the duties about prices.
func mainWeights(cws []cword) (ws, syn []float32, need float32) {
	ws, syn = make([]float32, len(cws)), make([]float32, len(cws))
	var total float32
	for i, c := range cws {
		if c.role || c.often || c.name {
			continue // a role's verb or a frequency ranks, the work matches (roleVerbs, qword.often); a name's words are the query's own
		}
		var part float32 // what a word inside it holds of it (partAlts)
		for _, a := range c.alts {
			switch {
			case a.related:
			case a.part > 0:
				part = max(part, a.partHeld())
			case a.synonym:
				ws[i], syn[i] = max(ws[i], a.weight), max(syn[i], a.weight)
			default:
				ws[i] = max(ws[i], a.weight)
			}
		}
		if ws[i] == 0 {
			ws[i] = part // no text holds the word, nor all of its pieces
		}
		if c.verbAlone {
			syn[i] = ws[i]
		}
		total += ws[i]
	}
	return ws, syn, total / 2
}

// mainMatch reports whether hit h mentions the query's main words: the
// words it matches carry at least half the query's weight (mainWeights),
// or as much as any text's do when none holds half, a word it holds only
// through a synonym weighing the synonym's weight; and, in a question
// asking who does something, one of the words of what is done
// (wquery.object): "Pay suppliers on the agreed terms" does not answer
// "who pays salaries?", whatever "pay" weighs.
func (q *wquery) mainMatch(h whit) bool {
	k := langIdx(q.langs, h.lang)
	return q.answers(h) && h.held >= q.need[k]*(1-1e-6)
}

// answers reports whether hit h holds a word of the query and, when the
// query is a question with words of what is done (wquery.object), one of
// those.
func (q *wquery) answers(h whit) bool {
	return h.mask != 0 && (q.object == 0 || h.mask&q.object != 0 && q.holdsPhrase(h) || q.handsToRecipient(h))
}

// holdsPhrase reports whether hit h holds, of a Chinese object's words
// (wquery.phrase and its head), at least half their weight: the words of
// the object that say which one it is, as mainWeights weighs the
// query's. A frequent head says little by itself: 编制市场调研计划 holds
// the 计划 of 谁编制广告计划, not the 广告 that weighs more; 处理劳动工资
// holds the 工资 of 谁负责员工工资, which outweighs 员工.
func (q *wquery) holdsPhrase(h whit) bool {
	if q.phrase == 0 {
		return true
	}
	k := langIdx(q.langs, h.lang)
	return q.phraseHeld(k, h, q.phrase|q.object) >= q.phraseNeed[k]*(1-1e-6)
}

// phraseWeight is the weight (mainWeights) of the query words of mask
// in the language of index k.
func (q *wquery) phraseWeight(k int, mask uint64) float32 {
	var got float32
	for b := mask; b != 0; b &= b - 1 {
		if i := bits.TrailingZeros64(b); i < len(q.weights[k]) {
			got += q.weights[k][i]
		}
	}
	return got
}

// englishModifiers returns the English words before the head (words[head])
// of what a question asks to have done (plan.object, or plan.subject when
// the head is there), which say which one it is: "sales" of "who trains
// sales staff?", "marketing" of "who writes the marketing plan?" (bit i
// for p.words[i]); 0 when the head is Chinese, or any of them is. A
// question's verb or role word is none of them.
func englishModifiers(p plan, head int) uint64 {
	from, to := p.object.from, p.object.to
	if head < from || head >= to {
		from, to = p.subject.from, p.subject.to
	}
	if head < from || head >= to || head >= len(p.words) || p.words[head].han {
		return 0
	}
	// The frequencies said right before it say which one too ("the
	// monthly sales plan"), though no slot begins at them (qword.often).
	for from > 0 && p.words[from-1].often && !p.words[from-1].han {
		from--
	}
	var m uint64
	for i := from; i < min(head, maxWords, len(p.words)); i++ {
		w := p.words[i]
		if w.han {
			return 0
		}
		if !w.verb && !w.role {
			m |= 1 << i
		}
	}
	return m
}

// hanPhrase returns the Chinese words kept side by side with the word at
// head in the part of a question that says what is done (plan.object, or
// plan.subject when head is there): bit i for p.words[i]; 0 when any of
// them is not Chinese.
func hanPhrase(p plan, head int) uint64 {
	from, to := p.object.from, p.object.to
	if head < from || head >= to {
		from, to = p.subject.from, p.subject.to
	}
	if head < from || head >= to {
		return 0
	}
	var m uint64
	for i := from; i < min(to, maxWords, len(p.words)); i++ {
		if !p.words[i].han || p.words[i].role {
			return 0
		}
		m |= 1 << i
	}
	return m
}

func termSet(cws []cword) map[int32]bool {
	terms := map[int32]bool{}
	for _, c := range cws {
		for _, a := range c.alts {
			if a.term >= 0 {
				terms[a.term] = true
			}
		}
	}
	return terms
}

// better orders hits: the searched language first, then departments'
// nodes before topics', then, for a question no duty answers, the texts
// related to what it asks about (wquery.asked: "Manage the company's
// personnel matters" for "who recruits new staff?", before "Train new
// sales staff"), then the node whose whole code or name the query
// is and what lies beneath it (whit.whole), then the owners the query
// names and their duties, then higher scores, then document order. Partial matches rank where
// their scores put them (they are marked, not moved: the O*NET paraphrase
// yardstick falls from 0.958 to 0.896 when they are put after the main
// matches, a reworded task sharing few of its original's words).
func (q *wquery) better(a, b whit) int {
	return cmp.Or(cmp.Compare(langIdx(q.langs, a.lang), langIdx(q.langs, b.lang)),
		cmp.Compare(boolInt(q.dutyless[a.node]), boolInt(q.dutyless[b.node])), cmp.Compare(q.tier(a), q.tier(b)),
		cmp.Compare(boolInt(b.rel&q.asked != 0), boolInt(a.rel&q.asked != 0)), cmp.Compare(b.whole, a.whole),
		cmp.Compare(boolInt(b.named), boolInt(a.named)), cmp.Compare(boolInt(q.inScope(b)), boolInt(q.inScope(a))),
		cmp.Compare(b.score, a.score), cmp.Compare(a.node, b.node))
}

// inScope reports whether hit h is a main match inside the question's
// scope (wquery.scope).
func (q *wquery) inScope(h whit) bool {
	return len(q.scope) > 0 && h.main && q.ix.inUnits(h.node, q.scope)
}

// countMatches counts the results the main matches make (whit.main), and
// those the other hits holding a word of the query make (Partial): nodes
// with the same text are one. With keep, only the results one of whose
// hits it keeps count.
func (ix *Index) countMatches(hits []whit, langs [2]model.Lang, keep func(whit) bool) (main, partial int) {
	var seen [2][2][]bool // [main][language][entry]
	for _, h := range hits {
		if h.mask == 0 {
			continue // a related term only: one of the closest
		}
		if keep != nil && !keep(h) {
			continue
		}
		m, n := 0, &partial
		if h.main {
			m, n = 1, &main
		}
		k := langIdx(langs, h.lang)
		w := ix.wordsOf(h.lang)
		e := w.entryOf(h.node)
		if e < 0 {
			*n++
			continue
		}
		if seen[m][k] == nil {
			seen[m][k] = make([]bool, w.entries())
		}
		if !seen[m][k][e] {
			seen[m][k][e] = true
			*n++
		}
	}
	return main, partial
}

// group turns hits into results, best first: nodes with the same text
// are one result, listed where the best of them ranks. It returns at most
// limit results (all when limit <= 0). It reorders hits.
func (q *wquery) group(hits []whit, hitIn []uint8, limit int) []Result {
	// Only the best few hits can make the list: select them, unless the
	// groups they form fall short of the limit.
	cand := hits
	if limit > 0 && len(hits) > candidates(limit) {
		cand = q.topHits(hits, candidates(limit))
	} else {
		slices.SortFunc(cand, q.better)
	}
	out, short := q.groupSorted(cand, hitIn, limit)
	if short && len(cand) < len(hits) {
		slices.SortFunc(hits, q.better)
		out, _ = q.groupSorted(hits, hitIn, limit)
	}
	return out
}

func (q *wquery) groupSorted(hits []whit, hitIn []uint8, limit int) (out []Result, short bool) {
	var seen [2]map[int32]bool
	for _, h := range hits {
		if limit > 0 && len(out) >= limit {
			return out, false
		}
		k := langIdx(q.langs, h.lang)
		w := q.ix.wordsOf(h.lang)
		e := w.entryOf(h.node)
		if e >= 0 {
			if seen[k] == nil {
				seen[k] = map[int32]bool{}
			}
			if seen[k][e] {
				continue
			}
			seen[k][e] = true
		}
		r := q.result(h)
		if e >= 0 && len(w.members(e)) > 1 {
			r.Places = r.Places[:0]
			for _, m := range w.members(e) {
				if int(hitIn[m]) == k+1 { // a place that matched in the other language is listed there

					r.Places = append(r.Places, q.ix.node(m))
				}
			}
		}
		out = append(out, r)
	}
	return out, limit > 0 && len(out) < limit
}

// topHits returns the k best hits by q.better, best first, without sorting
// them all. A one-letter word is held by tens of thousands of texts: each
// hit's place in the order is worked out once, as two numbers that compare
// as better does, not at every comparison (dutyless is a map).
func (q *wquery) topHits(hits []whit, k int) []whit {
	keys := make([]rankKey, len(hits))
	for i := range hits {
		keys[i] = q.rankKey(&hits[i], int32(i))
	}
	best := bestKeys(keys, k)
	out := make([]whit, len(best))
	for i, b := range best {
		out[i] = hits[b.i]
	}
	return out
}

// rankKey is a hit's place in q.better's order: by order, then node,
// smaller first; i is its index in the hits.
type rankKey struct {
	order uint64
	node  int32
	i     int32
}

func (a rankKey) before(b rankKey) bool {
	return a.order < b.order || a.order == b.order && a.node < b.node
}

// bestKeys is bestK for rank keys, its comparisons inlined: most of the
// keys lose to the worst of the best kept at the first comparison.
func bestKeys(keys []rankKey, k int) []rankKey {
	h := make([]rankKey, 0, k) // a max-heap of the best k seen: its root is the worst of them
	down := func(i int) {
		for {
			m, l, r := i, 2*i+1, 2*i+2
			if l < len(h) && h[m].before(h[l]) {
				m = l
			}
			if r < len(h) && h[m].before(h[r]) {
				m = r
			}
			if m == i {
				return
			}
			h[i], h[m] = h[m], h[i]
			i = m
		}
	}
	for _, x := range keys {
		switch {
		case len(h) < k:
			h = append(h, x)
			for i := len(h) - 1; i > 0 && h[(i-1)/2].before(h[i]); i = (i - 1) / 2 {
				h[i], h[(i-1)/2] = h[(i-1)/2], h[i]
			}
		case x.before(h[0]):
			h[0] = x
			down(0)
		}
	}
	slices.SortFunc(h, func(a, b rankKey) int { return cmp.Or(cmp.Compare(a.order, b.order), cmp.Compare(a.node, b.node)) })
	return h
}

// rankKey packs, in better's order of precedence, what better compares
// before the node: the language, a unit without duties, the tier, a related
// term that answers what is asked, a whole name, a named owner, then the
// score, highest first.
func (q *wquery) rankKey(h *whit, i int32) rankKey {
	var k uint64
	k = uint64(langIdx(q.langs, h.lang))
	k = k<<1 | uint64(boolInt(len(q.dutyless) > 0 && q.dutyless[h.node]))
	k = k<<8 | uint64(q.tier(*h))
	k = k<<1 | uint64(1-boolInt(h.rel&q.asked != 0))
	k = k<<8 | uint64(255-h.whole)
	k = k<<1 | uint64(1-boolInt(h.named))
	return rankKey{order: k<<32 | uint64(descending(h.score)), node: h.node, i: i}
}

// descending maps scores to numbers that order them highest first, as
// cmp.Compare does: -0 as 0, NaN last.
func descending(f float32) uint32 {
	switch {
	case f != f:
		return math.MaxUint32
	case f == 0:
		f = 0
	}
	u := math.Float32bits(f)
	if u&(1<<31) != 0 {
		u = ^u
	} else {
		u |= 1 << 31
	}
	return ^u
}

// bestK returns the k best of xs by cmp (a total order: best first),
// best first, without sorting them all.
func bestK[T any](xs []T, k int, cmp func(a, b T) int) []T {
	// A min-heap of the best k seen: its root is the worst of them.
	h := make([]T, 0, k)
	worse := func(i, j int) bool { return cmp(h[i], h[j]) > 0 }
	down := func(i int) {
		for {
			m, l, r := i, 2*i+1, 2*i+2
			if l < len(h) && worse(l, m) {
				m = l
			}
			if r < len(h) && worse(r, m) {
				m = r
			}
			if m == i {
				return
			}
			h[i], h[m] = h[m], h[i]
			i = m
		}
	}
	for _, x := range xs {
		switch {
		case len(h) < k:
			h = append(h, x)
			for i := len(h) - 1; i > 0 && worse(i, (i-1)/2); i = (i - 1) / 2 {
				h[i], h[(i-1)/2] = h[(i-1)/2], h[i]
			}
		case cmp(x, h[0]) < 0:
			h[0] = x
			down(0)
		}
	}
	slices.SortFunc(h, cmp)
	return h
}

// byHead returns p with the head of a Chinese compound of two characters
// no duty mentions (missing: the words not mentioned, as typed), whose
// head, its last character, begins a word of either language, standing
// for the words built on it (qword.head): a word the texts lack (纳税),
// or one the segmenter split (报税: 报 and 税), whose first character,
// the verb no text uses, is left out. said is the compound as typed,
// which no duty mentions (a note quoting the verb's character alone would
// be untrue: 报 is in 报表, notHeldInWords). ok is false when p has no
// such compound, or more than one.
func (ix *Index) byHead(p plan, langs [2]model.Lang, missing []string) (q plan, said string, ok bool) {
	// A head that is a word of grammar (同 of 合同, a coverb: "with")
	// says nothing of what the compound is about.
	builds := func(head rune) bool {
		return !coverbMarkers[string(head)] &&
			(len(ix.wordsOf(langs[0]).headWords(head)) > 0 || len(ix.wordsOf(langs[1]).headWords(head)) > 0)
	}
	at, split, n := -1, false, 0
	for _, sp := range splitPairs(p.words) {
		a, b := p.words[sp.first], p.words[sp.first+1]
		if (slices.Contains(missing, a.typed+b.typed) || slices.Contains(missing, a.typed) && slices.Contains(missing, b.typed)) && builds(sp.noun) {
			at, split, n = sp.first, true, n+1
		}
	}
	for i, w := range p.words[:min(len(p.words), maxWords)] {
		head, _ := utf8.DecodeLastRuneInString(w.term)
		if w.han && !w.joins && (i+1 >= len(p.words) || !p.words[i+1].joins) && utf8.RuneCountInString(w.term) == 2 &&
			slices.Contains(missing, w.typed) && builds(head) {
			at, split, n = i, false, n+1
		}
	}
	if n != 1 {
		return p, "", false
	}
	q = p
	q.byHead = true
	q.words = slices.Clone(p.words)
	if !split {
		w := p.words[at]
		head, _ := utf8.DecodeLastRuneInString(w.term)
		q.words[at] = qword{term: string(head), folded: string(head), typed: w.typed, han: true, head: true, verb: w.verb}
		return q, w.typed, true
	}
	said = p.words[at].typed + p.words[at+1].typed
	q.words = slices.Delete(q.words, at, at+1)
	q.words[at].head, q.words[at].joins = true, false
	// The word indexes after the verb move down one; a subject that was
	// the verb alone is now what it was done to.
	shift := func(i int) int {
		if i > at {
			return i - 1
		}
		return i
	}
	q.subject.from, q.subject.to = shift(p.subject.from), shift(p.subject.to)
	q.object.from, q.object.to = shift(p.object.from), shift(p.object.to)
	if q.subject.from >= q.subject.to {
		q.subject = q.object
	}
	return q, said, true
}

// builtOnIn returns the words built on the last character of compound,
// or ending in it (wordIndex.headWords), that the first of list writes,
// at most maxVia: what the answer holds in its place (税务 for 报税).
func (ix *Index) builtOnIn(list []Result, compound string) []string {
	if len(list) == 0 {
		return nil
	}
	r := list[0]
	head, _ := utf8.DecodeLastRuneInString(compound)
	w := ix.wordsOf(r.Lang)
	var via []string
	for _, t := range w.headWords(head) {
		if word := w.vocab[t]; strings.Contains(r.Node.Title[r.Lang], word) && len(via) < maxVia {
			via = append(via, word)
		}
	}
	return via
}

// otherKind reports whether the best match of a search by the head of
// compound, a Chinese word of two characters no text holds (byHead,
// byFullForm), holds the head in no word built on it (税务 for 税 of
// 报税: about the head itself) but only in words ending in it, which are
// kinds of it another character names (货款, payment for goods, for 款 of
// 付款), and not the compound's own first character either. What the
// question says of the thing, the first character (付: pay), is then
// nowhere in the match, and the kind of thing may be another: 收回已售货物
// 的货款 collects the payment for goods sold, it pays nothing. Where the
// text also says the first character (收 of 收款 in 收回…货款), it is the
// compound's kind.
func (ix *Index) otherKind(list []Result, compound string) bool {
	at := slices.IndexFunc(list, func(r Result) bool { return r.Match == Words })
	chars := []rune(compound)
	if at < 0 || len(chars) != 2 {
		return false
	}
	r := list[at]
	title, w := r.Node.Title[r.Lang], ix.wordsOf(r.Lang)
	for _, t := range w.builtOn(chars[1]) {
		if strings.Contains(title, w.vocab[t]) {
			return false
		}
	}
	return !strings.ContainsRune(title, chars[0])
}

// closestOnly is res, a search by what a compound no text holds stands
// for, read as no answer: its matches are the closest duties, the
// compound not mentioned.
func closestOnly(res *wordResults) *wordResults {
	res.noMention, res.through = true, nil
	return res
}

// oneDepartment reports whether the owners are all of one department.
func oneDepartment(os []Owner) bool {
	for _, o := range os {
		if o.Department != os[0].Department {
			return false
		}
	}
	return len(os) > 0
}

func hasStrong(c cword) bool {
	for _, a := range c.alts {
		if !a.related {
			return true
		}
	}
	return false
}

// hitsIn finds the word matches in both languages: in the first, then the
// nodes that match only in the second.
func (ix *Index) hitsIn(langs [2]model.Lang, cws [2][]cword, p plan, nodeOK []bool, limit int, stop func() bool) ([]whit, map[int32]float32, []namedOwner, error) {
	var hits []whit
	var named []namedOwner
	cover := map[int32]float32{}
	var first []bool
	exact := compileExact(p.exact)
	for k, l := range langs {
		w := ix.wordsOf(l)
		keep := func(n int32) bool {
			if nodeOK != nil && !nodeOK[n] || k == 1 && first[n] {
				return false
			}
			return len(exact) == 0 || containsAll(ix.titleOf(n, l), exact)
		}
		hs, cs, ns, err := ix.wordSearch(w, p.words, cws[k], keep, limit, stop)
		if err != nil {
			return nil, nil, nil, err
		}
		named = append(named, ns...)
		if len(cover) == 0 {
			// Sized once: a word being typed touches thousands of owners,
			// and growing the map was a tenth of the search of hits.
			cover = make(map[int32]float32, len(cs))
		}
		for _, c := range cs {
			cover[c.owner] = max(cover[c.owner], c.score)
		}
		if k == 0 {
			first = make([]bool, len(ix.nodes))
			for _, h := range hs {
				first[h.node] = true
			}
		}
		if hits == nil {
			hits = hs // the first language's, not copied: tens of thousands for a word being typed
		} else {
			hits = append(hits, hs...)
		}
	}
	return hits, cover, named, nil
}

func langIdx(langs [2]model.Lang, l model.Lang) int {
	if l == langs[0] {
		return 0
	}
	return 1
}

// result makes the result of one hit, with its matched runes.
func (q *wquery) result(h whit) Result {
	n := q.ix.node(h.node)
	w := q.ix.wordsOf(h.lang)
	r := Result{Node: n, Places: []*model.Node{n}, Score: float64(h.score), Lang: h.lang, Match: Words}
	switch {
	case h.mask == 0:
		r.Match = Related
	case !h.main:
		r.Match = Partial
	}
	terms := q.terms[langIdx(q.langs, h.lang)]
	r.Positions = w.positions(h.node, func(t int32) bool { return terms[t] })
	// A Chinese word found by its bigrams lights up where it occurs.
	title := n.Title[h.lang]
	for _, qw := range q.p.words {
		if !qw.han {
			continue
		}
		for from := 0; ; {
			i := strings.Index(title[from:], qw.term)
			if i < 0 {
				break
			}
			at := utf8.RuneCountInString(title[:from+i])
			for j := range utf8.RuneCountInString(qw.term) {
				r.Positions = append(r.Positions, at+j)
			}
			from += i + len(qw.term)
		}
	}
	slices.Sort(r.Positions)
	r.Positions = clampPositions(slices.Compact(r.Positions), title)
	return r
}

// proof is the result of an owner's best hit, as the answer gives it: in
// the query's language (langs[0]) when the duty is written in it, though
// it matched only in the other (谁做PR: "public relations" is English,
// and the duty proves it in Chinese too), lit where it holds the query's
// words in that language. The answer then reads in one language.
func (q *wquery) proof(h whit) Result {
	if q.ix.node(h.node).Title[q.langs[0]] != "" {
		h.lang = q.langs[0]
	}
	return q.result(h)
}

// owners groups the duties matched by words by their owner, best first,
// and proves the first limit (all when limit <= 0) with their best duty.
//
// drop leaves out the owners that only do something else (their texts
// hold neither a match nor what the verb is done to); without it, every
// owner of a text holding a word of the question is one, as a check of
// how widely the words are spread needs (Index.byHead).
func (q *wquery) owners(hits []whit, cover map[int32]float32, named []namedOwner, limit int, drop bool) []Owner {
	ix := q.ix
	var verbBits uint64 // the question's verb
	for i, w := range q.p.words[:min(len(q.p.words), maxWords)] {
		if w.verb {
			verbBits |= 1 << i
		}
	}
	type acc struct {
		owner  int32
		scores []float64
		// mainScores are the scores of the duties that mention the
		// query's main words (whit.main).
		mainScores []float64
		// objectScores are the scores of the texts that hold what a
		// question's verb is done to (wquery.object).
		objectScores []float64
		best         whit
		score        float64
		main         int // duties that mention the query's main words
		// vouched counts the duties of other units that name it as the
		// doer of the question's verb (wquery.doers): matches for its
		// rank and proof, not duties of its own.
		vouched int
		// bestVouched marks a best that is another unit's duty naming it.
		bestVouched bool
		does        bool // one of them does the verb asked about to its object (wquery.doesIt)
		wholeObject bool // one of them holds the whole of an English object (wquery.holdsWhole)
		// titled counts its matches that hold the query's words only
		// through their section's title (whit.titled).
		titled int
		named  bool // the query names it (its department or position)
		// The query is its own unit's whole name (whole), or how much of
		// the query its own unit's name holds (cover); its own unit is its
		// position, or its department when it has none.
		whole bool
		cover float32
		dept  bool // it is a department's, outside any position
		// receives marks an owner the question says the work goes to
		// (wquery.receivers).
		receives bool
		// inScope marks an owner inside the unit a Chinese question names
		// before its question word (wquery.scope).
		inScope bool
		// responsible marks an owner a matching duty's Responsible line
		// names, the duty written in another unit (responsible.go).
		responsible bool
		// accountable counts its matching duties (among main) that
		// another unit's Responsible line takes, which it answers for
		// (responsible.go): after the owners that do the work.
		accountable int
		// sharedA counts the matching points of shared work whose
		// Accountable line names it, sharedAOnly those of them it does
		// not do (their Responsible line leaves it out).
		sharedA, sharedAOnly int
		// signsOthers counts, of accountable, the other units' duties
		// whose Accountable line names it (accountableElsewhere).
		signsOthers int
	}
	at := map[int32]int{}
	var accs []acc
	add := func(o int32, h whit, vouch bool) {
		i, ok := at[o]
		if !ok {
			i = len(accs)
			at[o] = i
			key := ix.owners[o]
			accs = append(accs, acc{owner: o, best: h, bestVouched: vouch, receives: q.receivers[key.pos] || key.pos < 0 && q.receivers[key.dept],
				inScope: len(q.scope) > 0 && ix.inUnits(max(key.pos, key.dept), q.scope)})
		}
		a := &accs[i]
		if q.object != 0 && h.mask&q.object != 0 {
			a.objectScores = append(a.objectScores, float64(h.score))
		}
		switch {
		case vouch:
			a.vouched++
			a.mainScores = append(a.mainScores, float64(h.score))
		case h.main:
			a.main++
			a.mainScores = append(a.mainScores, float64(h.score))
			if h.titled != 0 {
				a.titled++
			}
			fallthrough
		default:
			a.scores = append(a.scores, float64(h.score))
		}
		a.does = a.does || q.doesIt(h)
		a.wholeObject = a.wholeObject || q.holdsWhole(h)
		// An owner's duty shown as its evidence is one of its matches
		// when it has any: "Forecast and analyse the market …
		// preparing the ground" proves nothing of "who prepares the
		// budget?", though it scores higher than its budget duties.
		// Of its matches, one doing the verb asked about to its object
		// (doesIt): "Set the product's price", not "Define each new
		// product", proves it prices new products. Then its own duty
		// before another unit's naming it, which proves it only when none
		// of its own does as well: 设计产品的应用方案, not 通过市场部设计的渠道
		// 销售…, proves 市场部 designs products.
		switch {
		case q.asksWho && h.main != a.best.main:
			if h.main {
				a.best, a.bestVouched = h, vouch
			}
		case q.asksWho && q.doesIt(h) != q.doesIt(a.best):
			if q.doesIt(h) {
				a.best, a.bestVouched = h, vouch
			}
		case q.asksWho && q.holdsWhole(h) != q.holdsWhole(a.best):
			if q.holdsWhole(h) {
				a.best, a.bestVouched = h, vouch
			}
		case q.asksWho && q.object != 0 && !h.main && (h.mask&q.object != 0) != (a.best.mask&q.object != 0) &&
			(h.mask&^verbBits == 0 || a.best.mask&^verbBits == 0):
			// In part, a text holding what the verb is done to proves
			// the owner before one holding nothing of the question but
			// its verb: 建设品牌形象, not 负责维护大客户, for 谁维护公司形象
			// (tryout27 X3). A text holding the verb with another of its
			// words (维护大客户 for 谁维护客户关系) is ranked as any other.
			if h.mask&q.object != 0 {
				a.best, a.bestVouched = h, vouch
			}
		case vouch != a.bestVouched:
			if !vouch {
				a.best, a.bestVouched = h, vouch
			}
		case q.better(h, a.best) < 0:
			a.best, a.bestVouched = h, vouch
		}
	}
	ownerOf := map[int32]int32{} // units' owners, for Responsible lines
	// signed are the matching duties whose Accountable line names a unit
	// that neither wrote them nor does them (accountableElsewhere), with
	// that unit's owner: it answers for them (verify26 W6).
	type signed struct {
		owner int32
		hit   whit
	}
	var signs []signed
	for _, h := range hits {
		o := ix.owner[h.node]
		if o < 0 && h.mask != 0 {
			// A point of a topic's shared work is done by the units its
			// Responsible line names: a match of each (tryout24 H22).
			rs := ix.sharedWorkOwners(h.node, ownerOf)
			for _, r := range rs {
				add(r, h, h.main)
				accs[at[r]].responsible = accs[at[r]].responsible || h.main
			}
			// The units its Accountable line names answer for it (A):
			// a match of each too, after those doing it.
			for _, r := range ix.sharedWorkAccountable(h.node, ownerOf) {
				if !slices.Contains(rs, r) {
					add(r, h, h.main)
					if h.main {
						accs[at[r]].sharedAOnly++
					}
				}
				if h.main {
					accs[at[r]].sharedA++
				}
			}
		}
		if o < 0 || h.mask == 0 {
			continue
		}
		if q.asksWho && h.main && !q.namesDoer(h.node) {
			for _, r := range ix.accountableElsewhere(h.node, o, ownerOf) {
				signs = append(signs, signed{r, h})
			}
		}
		// A duty whose Responsible line names other units is theirs to
		// do (responsible.go): a match of each, and only in part of the
		// unit it is written in.
		if rs := ix.responsibleElsewhere(h.node, o, ownerOf); len(rs) > 0 && h.main {
			for _, r := range rs {
				add(r, h, true)
				accs[at[r]].responsible = true
			}
			h.main = false
			if ix.accountableHere(h.node, o) && !q.namesDoer(h.node) {
				a := h
				a.main = true // the very work asked for, its own duty
				add(o, a, false)
				accs[at[o]].accountable++
				continue
			}
		}
		// A duty naming another unit as the doer of the question's verb
		// says its own unit does not do it (通过市场部设计的渠道销售… for
		// 谁负责产品设计: Sales sells what Marketing designs): it is no
		// evidence, even in part, that its owner does the work, and would
		// otherwise prove Sales a designer "in part".
		if !q.namesDoer(h.node) {
			add(o, h, false)
		}
	}
	// A duty naming another unit as the doer of the question's verb is
	// a match of that unit, and proves it: "Sell … through the channels
	// the marketing department has designed" answers "who designs the
	// channels?" with Marketing. It is not counted among the unit's
	// matching duties (Owner.Duties), which are its own; it is among
	// what it mentions (Owner.Mentions).
	for _, d := range q.doers {
		if o := ix.ownerOfUnit(d.unit); o >= 0 {
			h := d.hit
			h.main = true
			add(o, h, true)
		}
	}
	// A unit whose own summary says the query's main words is a match of
	// it, and proves it when none of its duties does (summary.go): "Manages
	// the company's money" answers "who manages money?" with Finance. As a
	// doer named by another's duty, it is no duty of its own.
	for _, h := range q.summary {
		if o := ix.ownerOfUnit(h.node); o >= 0 && h.main {
			add(o, h, true)
			if q.summaryDoes(h) {
				accs[at[o]].does = true
			}
		}
	}
	// The unit a duty's Accountable line names answers for the duty (A)
	// where it neither wrote nor does it: "Pay salaries every month."
	// under the People team, Accountable: finance, gives Finance as an
	// owner of "who pays salaries?", proved by that duty and after the
	// doers (signsOnly). A unit with matches of its own is answered by
	// them: a duty it only signs off never counts among its duties,
	// proves it, or lifts it above the unit doing that duty (verify26 V1).
	for _, s := range signs {
		if i, ok := at[s.owner]; ok && accs[i].main+accs[i].vouched > accs[i].accountable+accs[i].sharedAOnly {
			continue
		}
		add(s.owner, s.hit, false)
		accs[at[s.owner]].accountable++
		accs[at[s.owner]].signsOthers++
	}
	for i := range accs {
		// In the answer to a question asking who does something, an
		// owner's matches are its evidence: the texts that mention only a
		// lesser word of the question ("Recommend the company's products"
		// for "who sells products?") say it does something else, and
		// adding them up let a unit with many near misses outrank one
		// whose duty says the work (Finance's "Draw up budgets and final
		// accounts" for "who draws up budgets?"). They count for owners
		// with no match, and for queries that ask no such question (a
		// task description, whose reworded twin shares few words: the
		// O*NET owners' Top-1 falls from 0.160 to 0.120 without them).
		//
		// An owner with no match at all is weighed by its best text
		// alone: adding up its texts that each hold a common word of the
		// question ("Keep control of logistics", "… product …") let a
		// unit with many such near misses outrank one whose text holds
		// the question's rarest word ("Supervise quality." for "who
		// controls product quality?").
		//
		// The object carries the question: an owner with no match whose
		// texts hold what the verb is done to is weighed by those texts,
		// added up, not by a text that holds the verb alone ("Run sales
		// promotions" for "which department runs the exhibition?"). Its
		// texts about the thing are as many pieces of the work (the
		// setting-up, the logistics, the booths of the exhibition); a
		// unit with several of them answers before one with a single
		// text, whatever a verb-only text of either scores.
		scores := accs[i].scores
		switch {
		case q.asksWho && len(accs[i].mainScores) > 0:
			scores = accs[i].mainScores
		case q.asksWho && len(accs[i].objectScores) > 0 && !q.nameSaysObject(accs[i].owner):
			scores = accs[i].objectScores
		case q.asksWho:
			scores = []float64{slices.Max(scores)}
		}
		accs[i].score = ownerScore(scores) + weightCoverage*float64(cover[accs[i].owner])
		// A name the query says is evidence of its own: the department or
		// position it names leads, ahead of owners that merely mention
		// the words in more duties.
		key := ix.owners[accs[i].owner]
		for _, o := range named {
			if o.node == key.dept || o.node == key.pos {
				accs[i].score += float64(weightNamed * o.score)
			}
		}
	}
	// When no owner has a match but some owner's texts hold what the
	// question's verb is done to, an owner whose texts hold the verb
	// alone, or lesser words, only does something else ("Run sales
	// promotions" for "which department runs the exhibition?"): it is no
	// owner. Its texts stay in the list, in part. An owner the query names
	// stays; an owner the work goes to (receives) holds the object as what
	// it is given, which proves no other owner wrong (谁把客户意见反馈给市场部:
	// 市场部 holds 意见). With a match, the owners in part come after the
	// owners with one already, as evidence of related work ("who files
	// taxes": Finance, then the clerk who files documents).
	//
	// An owner whose best text ranks above every text holding the object
	// and holds a word of the question besides the verb (the place of
	// "who sets up the stand at the exhibition": "Organise the setting-up
	// … of the exhibition") holds the best answer the list has: it stays,
	// as the owner of the list's first lines (verify25 W4).
	if drop && q.asksWho && q.object != 0 && !slices.ContainsFunc(accs, func(a acc) bool { return a.main+a.vouched > 0 }) &&
		slices.ContainsFunc(accs, func(a acc) bool { return len(a.objectScores) > 0 && !a.receives }) {
		var bestObject *whit // the list's first text holding the object
		for i, h := range hits {
			if h.mask&q.object != 0 && ix.owner[h.node] >= 0 && (bestObject == nil || q.better(h, *bestObject) < 0) {
				bestObject = &hits[i]
			}
		}
		leads := func(a acc) bool {
			return bestObject != nil && a.best.mask&^verbBits != 0 && a.best.mask&verbBits != 0 && q.better(a.best, *bestObject) < 0
		}
		accs = slices.DeleteFunc(accs, func(a acc) bool {
			key := ix.owners[a.owner]
			return a.main+a.vouched == 0 && len(a.objectScores) == 0 && !isNamed(named, key.dept) && (key.pos < 0 || !isNamed(named, key.pos)) && !leads(a)
		})
	}
	// A department or position the query names that holds no duties at
	// all is still the answer: the sources list none for it.
	var empty []acc
	for _, o := range named {
		if ix.holdsDuties(o.node) {
			continue
		}
		empty = append(empty, acc{owner: -1 - o.node, best: whit{node: o.node, lang: o.lang}, score: float64(o.score)})
	}
	accs = append(accs, empty...)
	// The owners the query names come first: "who handles logistics" is
	// the logistics department, though another's duty mentions logistics
	// and the sources list none of its own.
	isNamedOwner := func(a acc) bool {
		if a.owner < 0 {
			return true
		}
		key := ix.owners[a.owner]
		return isNamed(named, key.dept) || key.pos >= 0 && isNamed(named, key.pos)
	}
	if len(named) > 0 {
		for i := range accs {
			a := &accs[i]
			a.named = isNamedOwner(*a)
			unit := -1 - a.owner // a unit the query names that holds no duties
			if a.owner >= 0 {
				key := ix.owners[a.owner]
				unit = key.dept
				if key.pos >= 0 {
					unit = key.pos
				}
			}
			a.dept = ix.parent[unit] < 0
			for _, o := range named {
				if o.node == unit {
					a.whole, a.cover = o.whole, o.cover
				}
			}
		}
	}
	// The unit whose whole name the query is comes first; then the owners
	// the query names, the one whose own name holds more of the query
	// first and, holding as much, a department before the positions in
	// it ("what does the marketing department do": the department, then
	// its marketing manager); the units the work goes to last.
	// An owner whose matches are all work another unit's Responsible line
	// takes answers for it (A) and does not do it: it follows the owners
	// that do the work, as the RACI has the doer first.
	signsOnly := func(a acc) bool {
		signs := a.accountable + a.sharedAOnly
		return signs > 0 && a.main+a.vouched == signs
	}
	titledOnly := func(a acc) bool { return a.main > 0 && a.titled == a.main && a.vouched == 0 }
	order := func(a, b acc) int {
		return cmp.Or(cmp.Compare(boolInt(b.whole), boolInt(a.whole)), cmp.Compare(boolInt(b.named), boolInt(a.named)),
			cmp.Compare(b.cover, a.cover), cmp.Compare(boolInt(b.dept && b.named), boolInt(a.dept && a.named)),
			cmp.Compare(boolInt(a.receives), boolInt(b.receives)),
			cmp.Compare(boolInt(q.asksWho && b.main+b.vouched > 0), boolInt(q.asksWho && a.main+a.vouched > 0)),
			cmp.Compare(boolInt(b.inScope), boolInt(a.inScope)),
			cmp.Compare(boolInt(q.asksWho && signsOnly(a)), boolInt(q.asksWho && signsOnly(b))),
			cmp.Compare(boolInt(b.does), boolInt(a.does)), cmp.Compare(boolInt(b.wholeObject), boolInt(a.wholeObject)),
			// A duty saying the work itself before duties whose section's
			// name says it for them ("Handle the reception of guests and
			// visitors" before the duties under "Receiving exhibitors and
			// visitors" for "who receives visitors").
			cmp.Compare(boolInt(q.asksWho && titledOnly(a)), boolInt(q.asksWho && titledOnly(b))),
			cmp.Compare(b.score, a.score), cmp.Compare(a.best.node, b.best.node))
	}
	if limit > 0 && len(accs) > limit {
		accs = bestK(accs, limit, order) // the best few of thousands of owners
	} else {
		slices.SortFunc(accs, order)
	}
	out := make([]Owner, len(accs))
	for i, a := range accs {
		if a.owner < 0 {
			n := -1 - a.owner
			out[i] = Owner{Department: ix.node(ix.root(n)), Score: a.score, Named: true}
			if n != ix.root(n) {
				out[i].Position = ix.node(n)
			}
			continue
		}
		key := ix.owners[a.owner]
		out[i] = Owner{Department: ix.node(key.dept), Duties: a.main, Mentions: len(a.scores) + a.vouched, Score: a.score, Proof: q.proof(a.best)}
		if key.pos >= 0 {
			out[i].Position = ix.node(key.pos)
		}
		out[i].Named = a.named
		out[i].BySummary = a.bestVouched && !ix.kindOf(a.best.node).IsLeaf()
		own := ix.owner[a.best.node] == a.owner // its best is written in it
		out[i].Responsible = a.responsible && a.bestVouched && ix.kindOf(a.best.node).IsLeaf() && !own
		if a.accountable > 0 && a.accountable == a.main && !a.bestVouched && (own || a.signsOthers > 0) {
			out[i].Accountable = a.accountable // all its matches are work it signs off
		}
		if a.sharedA > 0 && a.bestVouched && ix.kindOf(a.best.node) == model.KindPoint && !own {
			out[i].Accountable = a.sharedA // proved by shared work it answers for
		}
	}
	return out
}

// ownersOfMatches groups the places of matches found by letters (exact
// terms, a department alone) by their owner, best first, at most limit
// (all when limit <= 0): each owner scored as owners are (ownerScore) on
// its matching duties, and proved by the best of them.
func (ix *Index) ownersOfMatches(matches []Result, limit int) []Owner {
	type acc struct {
		owner  int32
		scores []float64
		proof  Result
	}
	at := map[int32]int{}
	var accs []acc
	ownerOf := map[int32]int32{} // units' owners, for the Responsible lines of shared work
	for _, r := range matches {
		for _, n := range r.Places {
			// A point of shared work is its responsible units' (tryout24 H22).
			os := []int32{ix.owner[n.Seq]}
			if os[0] < 0 {
				os = ix.sharedWorkOwners(n.Seq, ownerOf)
			}
			for _, o := range os {
				if o < 0 {
					continue
				}
				i, ok := at[o]
				if !ok {
					i = len(accs)
					at[o] = i
					proof := r
					proof.Node, proof.Places = n, []*model.Node{n}
					if n != r.Node {
						proof.Positions = nil // another place's title: the same text up to case and spacing
					}
					accs = append(accs, acc{owner: o, proof: proof})
				}
				accs[i].scores = append(accs[i].scores, r.Score)
			}
		}
	}
	out := make([]Owner, len(accs))
	for i, a := range accs {
		key := ix.owners[a.owner]
		out[i] = Owner{Department: ix.node(key.dept), Duties: len(a.scores), Mentions: len(a.scores),
			Score: ownerScore(a.scores), Proof: a.proof}
		if key.pos >= 0 {
			out[i].Position = ix.node(key.pos)
		}
	}
	// Matches come best first, so each owner's proof is its best duty;
	// ties keep the order of the first match.
	slices.SortStableFunc(out, func(a, b Owner) int { return cmp.Compare(b.Score, a.Score) })
	if limit > 0 && len(out) > limit {
		out = out[:limit]
	}
	return out
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// holdsDuties reports whether any duty lies beneath node i.
func (ix *Index) holdsDuties(i int32) bool {
	for d := i + 1; ix.under(d, i); d++ {
		if ix.kindOf(d) == model.KindDuty {
			return true
		}
	}
	return false
}

// nounBySynonyms reports whether a Chinese word the dictionary tags as a
// verb is used as a noun by the synonym list: two or more words stand
// beside it there and none is a verb (工资 beside 薪酬, 薪资, 薪水, 报酬).
// The dictionary tags a word by its most frequent use; the words it is
// listed with say which use the list means.
func nounBySynonyms(term string) bool {
	n := 0
	for _, s := range analysis.Synonyms(term) {
		if s.Related {
			continue
		}
		if analysis.IsChineseVerb(s.Term) {
			return false
		}
		n++
	}
	return n >= 2
}

// dutylessUnits returns the units among hits (departments, positions,
// sub-departments) with no duty below them. Nodes are in document order,
// so a unit's subtree is the nodes after it whose path extends its own;
// the scan stops at the first duty, which comes early in a unit that has
// any.
func (ix *Index) dutylessUnits(hits []whit) map[int32]bool {
	var out map[int32]bool
	for _, h := range hits {
		if k := ix.kindOf(h.node); k != model.KindDepartment && k != model.KindSection {
			continue
		}
		n := ix.node(h.node)
		if !model.IsUnit(n) {
			continue
		}
		prefix, held := n.Path+"/", false
		for j := h.node + 1; int(j) < len(ix.nodes); j++ {
			if ix.kindOf(j).IsDocument() || !strings.HasPrefix(ix.node(j).Path, prefix) {
				break
			}
			if ix.kindOf(j) == model.KindDuty {
				held = true
				break
			}
		}
		if !held {
			if out == nil {
				out = map[int32]bool{}
			}
			out[h.node] = true
		}
	}
	return out
}
