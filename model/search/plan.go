package search

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/dutymap/dutymap/model/analysis"
)

// maxPhraseWords bounds the words of a phrase of the synonym list ("chief
// executive officer" has three).
const maxPhraseWords = 4

// maxWords bounds the query words scored: each takes a bit of a node's
// match mask. Longer queries are cut, as search engines cut them.
const maxWords = 64

// qword is one word of a query as the word index looks it up.
type qword struct {
	term   string // analysed: a stem, a Chinese word or a phrase of stems
	folded string // folded as typed ("pricin"), for the word being typed
	typed  string // as typed, for Results.Missing and Words
	han    bool
	// alone marks a Chinese character typed alone: a term of the query,
	// or a run of Chinese of that one character between other text ("定",
	// "定 价", "审核 价"). It stands for the words that hold it. A character
	// the segmenter cut out of a longer run stands for itself only: 斑马,
	// a word the dictionary lacks, is 斑 and 马, and 马 must not find 兵强马壮.
	alone bool
	// joins marks a Chinese word written right after the one before it,
	// in one run, where one of the two is a single character (斑马: 马
	// joins 斑; 元宇宙: 宇宙 joins 元): the pieces of a word the
	// dictionary lacks, which messages quote together, as typed
	// (typedWords).
	joins bool
	// adjoins marks a Chinese word written right after the one before
	// it, in one run, whatever their lengths (档案 of 人事档案): the two
	// say one thing, the second its head (zh_heads.go).
	adjoins bool
	// head marks the second character of a compound of two that the
	// segmenter split and no text holds, in either language, as a word or
	// by its pieces (报税: 报 and 税), in a Chinese question nothing else
	// answers: the head of the compound, what it is about, stands for the
	// words built on it (wordIndex.headWords: 税务), and the first
	// character, the verb no text uses, is named as not mentioned
	// (Index.byHead).
	head bool
	// open marks the query's last word when it may still be being typed:
	// nothing but letters after it. It also finds words it begins.
	open bool
	// role marks a role's verb in a question about a role ("approve" in
	// "who approves prices", 批准 in 谁批准价格): what the work is about
	// carries the match, the verb only ranks the duties that say it too
	// (roleVerbs).
	role bool
	// often marks a word saying how often that stands before a noun of
	// the work and that some text says ("monthly" of "who is responsible
	// for the monthly sales plan", 每月 of 谁负责每月的销售计划): it says
	// which work, so it ranks the texts that say it first, but it is never
	// needed for a match nor named as unmentioned, as the work is still
	// the work in any month (a frequency no text says is left out, as a
	// time framing the question is: frameAdverbsAndTimes).
	often bool
	// recipient marks a word of whom a Chinese question's work is done
	// for or goes to: the object of a coverb before the verb (市场部 of
	// 谁向市场部反馈), or what follows 给 or 向 after the verb, or a verb
	// of giving (市场部 of 谁把客户意见反馈给市场部, 财务部 of 谁交报表给
	// 财务部): the unit it names receives the work and does not answer
	// for it (recipientSlots, wquery.receivers).
	recipient bool
	// toward marks a word of an English question after "to" or "for"
	// that follows its verb ("marketing" of "who reports sales figures
	// to marketing"): whom the work goes to when the words name a unit
	// (Index.englishRecipients), else what it is done for.
	toward bool
	// verb marks the word a question puts right after its question word
	// ("sets" in "who sets KPIs?", 制定 in 谁制定KPI): what is done, not
	// what it is done to (questionSlots).
	verb bool
	// abbrev marks an abbreviation: a word of two to four capital letters
	// in a query that has small letters or Chinese too ("who does PR?",
	// 谁负责HR), or alone ("PR"). It is a word as written, found through the synonyms that
	// spell it out (PR: public relations); never pinyin initials, a stop
	// word ("IT"), or the start of longer words (isAbbreviation).
	abbrev bool
	// english marks a word written among words the English texts hold
	// that is no pinyin of two syllables or more ("go", "ban" of "where
	// do refunds go"): an English word, never read as pinyin, whose
	// readings (公司 of gong) would make Chinese texts matches (tryout28
	// Y13). Index.pinyinAmidEnglish marks it.
	english bool
	// stop marks a stop word the index drops ("up", "in", "a"), kept as
	// the query's last word because it may be the start of one being
	// typed ("set up", "log in", "M&A"): no text holds it as a word, and a
	// note never says no duty mentions it (Results.TooCommon).
	stop bool
	// joined is the term of the word written with hyphens that this word
	// is a part of, written together ("followup" of "follow-up"), or "":
	// a text that writes it so says the word.
	joined string
	// phrase is the term of the synonym list's phrase that this word is
	// a word of, with the words after it ("trade show" of "trade" and of
	// "show" in "who plans trade shows?"), or "": a text that says the
	// phrase, or one of its synonyms ("exhibition"), says the word.
	phrase string
}

// plan is a query made ready: its words for the word index, the query for
// the letters fallback, and the exact terms every word match must contain.
type plan struct {
	words []qword
	// memos are a search box's answers about texts from earlier keys
	// (keymemo.go), or nil.
	memos   *textMemos
	letters Query
	exact   []Term
	codes   []string // the terms as written, folded: a node's code equal to one ranks first
	// name is the whole query as a unit's name is compared (wholeName):
	// the department or position whose name or alias it is ranks first.
	name string
	// names are the whole names of the department the query names by its
	// id or a slip of its name (Index.readName), which rank it first as
	// name does.
	names []string
	// common holds the query's words, as typed, when every one is a
	// question word, filler or stop word ("who", "the", 谁负责): nothing
	// is left to look for.
	common []string
	// fixed marks a plan whose words no text holds were replaced by the
	// words they are a typing slip away from (Index.correct).
	fixed bool
	// question marks a query that asks a question (analysis.IsQuestion): "who
	// manages the warehouse?", not "manage warehouse".
	question bool
	// subject is where a question says what it asks about: words[from:to],
	// the words kept side by side from its slot (questionSlots), or none
	// (from = to). It is the question's verb alone ("recruits" of "who
	// recruits new staff?"), or, after a verb of doing or a preposition,
	// the words of what it is done to ("invoices" of "who handles
	// invoices?", 合同管理 of 谁负责合同管理, "warehouse manager" of "who
	// is the warehouse manager?"), whose head no duty may lack
	// (Index.headMissing).
	subject struct{ from, to int }
	// object is, in a question whose subject is its verb ("who plans
	// staff parties?", 谁组织员工聚会), the words of what the verb is
	// done to: words[from:to], the first word kept after the verb and the
	// words kept right after it in the same script ("staff parties",
	// 员工聚会; "gifts" of "who hands out gifts at events?", where a
	// preposition ends it), or none (from = to). Its head no duty may
	// lack either (Index.objectHeadMissing).
	object struct{ from, to int }
	// byHead marks a plan whose compounds no text holds stand for their
	// heads (Index.byHead): searched once so.
	byHead bool
	// doing is the one-character verb of doing that a Chinese question
	// puts right after its question word (管 of 谁管钱, 谁管人), or "". It
	// asks what its object has done to it, as "handles" does; a unit's
	// summary says it as the two-character verb it heads (管理 of 管理公司
	// 的钱), which is the same verb (summaryDoes).
	doing string
	// contact are the Chinese contact verbs a question leaves out as
	// verbs of doing (contactVerbs: 联系 of 谁联系客户), folded: a text
	// saying one ranks higher, never needed for a match (liftContact).
	contact []string
	// beforeWho is how many of words a Chinese question writes before its
	// first question word (1 for 销售部谁负责培训, 0 for 谁与市场部沟通), or -1
	// when it has none: where a unit named as the question's scope stands
	// (Index.scopeUnits).
	beforeWho int
	// pairVerb is the index in words of the first of two Chinese words
	// the dictionary tags as verbs, side by side after a lead-in (跟进 of
	// 谁负责跟进回款: 回款 is tagged a verb too), or -1. The tags cannot
	// tell a verb and its object from a noun and its verb (工资发放); the
	// index can (Index.unsaidPairVerb).
	pairVerb int
	// typing marks a query still being typed (session.typing): a
	// duty mentions its open last word through the words it begins
	// (wholeWords), as it is found by them.
	typing bool
	// dept marks a question asking for a department ("which department
	// …", "which team …", 哪个部门…): its owners are departments, each
	// with the duties of its positions (byDepartment).
	dept bool
	// pronoun is, for an English question whose verb's only object is a
	// pronoun ("who approves it?", "who sets them?"), the pronoun as
	// typed, else "": the question names no work, only a thing said
	// before it, and nothing answers it (Results.NoWork).
	pronoun string
	// offered are the units a question offers as alternatives, which it
	// asks which of does the work ("is training done by HR or
	// marketing", 定价是市场部还是销售部负责): the question's scope
	// (Index.offeredUnits, Index.scopeUnits), or nil.
	offered []int32
}

// makePlan analyses q's terms. Question words and fillers ("who",
// "which department", 谁, 负责 …), stop words and punctuation are left out
// of both the words and the letters query. When nothing else is left, in
// either language ("who", "谁负责"), there is nothing to look for:
// p.common lists them.
func makePlan(q Query) plan { return makePlanIn(q, nil) }

// makePlanIn is makePlan for an index's search: said reports whether some
// text of the index says a word, which keeps a frequency word before a
// noun as a word that ranks (qword.often). With said nil, every time word
// of a question is left out.
func makePlanIn(q Query, said func(w qword) bool) plan {
	p := plan{letters: Query{Depts: q.Depts}}
	type tok struct {
		qword
		filler, stop bool
		// doing marks the words of a phrasal verb of answering for
		// ("takes care of", "looks after", "deals with"): one verb of
		// doing, as "handles" is (phrasalDoing).
		doing bool
		// particle marks the particle of a phrasal verb ("up" of "draws
		// up"), which the verb's word has taken in (phrasals).
		particle bool
		// clause marks a word of an English question's time clause ("launch"
		// of "who trains staff before the launch", and "before" once it
		// ranks): the event the work is timed by (timeClause).
		clause bool
		// preposition marks the words of a time clause's preposition
		// ("before", "prior to"): no word of the work (timeClause).
		preposition bool
		term        int // index into q.Terms
		start, end  int // runes of q.Terms[term].Text
	}
	var toks []tok
	termRunes := make([][]rune, len(q.Terms))
	var an, toneAn analysis.Analyzer
	var buf []analysis.Token
	if texts := plainTexts(q); len(texts) == len(q.Terms) {
		p.name = wholeName(an.Tokens(strings.Join(texts, " "), nil))
	}
	cased := writtenInCase(q) || len(plainTexts(q)) == 1
	p.question = analysis.IsQuestion(analysis.Fold(strings.Join(plainTexts(q), " "))) // folded: 誰負責 asks as 谁负责 does
	for ti, t := range q.Terms {
		if t.Exact {
			p.exact = append(p.exact, t)
			continue
		}
		if c := strings.TrimRight(t.Text, "?!,;:。？！，；："); c != "" && len(p.codes) < 4 {
			p.codes = append(p.codes, analysis.Fold(c))
		}
		runes := []rune(t.Text)
		termRunes[ti] = runes
		buf = an.Tokens(t.Text, buf[:0])
		// A word written with hyphens is its parts, each of which it
		// also finds written together ("follow-up": "followup").
		var joined []analysis.Token
		for _, a := range buf {
			if a.Kind == analysis.Joined {
				joined = append(joined, a)
			}
		}
		for _, a := range buf {
			if a.Kind == analysis.Joined {
				continue
			}
			// Pinyin with tone numbers (ding4jia4) is the pinyin without
			// them, as tone marks fold away (dìngjià): one reading of
			// pinyin, as show's.
			if !a.Han && strings.ContainsAny(a.Folded, "12345") {
				if toneless, ok := analysis.TonelessPinyin(a.Folded); ok {
					if ts := toneAn.Tokens(toneless, nil); len(ts) == 1 {
						a.Term, a.Folded, a.Stop = ts[0].Term, ts[0].Folded, ts[0].Stop
					}
				}
			}
			// A phrase of the synonym list ("sales staff") is a word of
			// its own, beside its words.
			alone := a.Han && a.Whole && utf8.RuneCountInString(a.Term) == 1
			typed := string(runes[a.Start:a.End])
			abbrev := !a.Han && cased && analysis.IsAbbreviation(typed)
			toks = append(toks, tok{
				// An abbreviation written alone ("who does IT") is a word
				// as written, which no duty may mention; one that is a
				// piece of a longer term ("AT" of "AT&T") is a stop word.
				qword:  qword{term: a.Term, folded: a.Folded, typed: typed, han: a.Han, alone: alone, abbrev: abbrev, stop: a.Stop && (!abbrev || len(buf) > 1), joined: joinedTerm(joined, a)},
				filler: !abbrev && analysis.IsFiller(a.Folded), stop: !abbrev && a.Stop,
				term: ti, start: a.Start, end: a.End,
				// The particle of a phrasal verb the analysis made of one
				// term ("up" of "set-up") is the verb's.
				particle: analysis.IsParticle(a.Folded) && len(toks) > 0 && toks[len(toks)-1].term == ti && strings.Contains(toks[len(toks)-1].qword.term, " ") && !toks[len(toks)-1].han && toks[len(toks)-1].start < a.Start && a.End <= toks[len(toks)-1].end,
			})
		}
	}
	phrasals(len(toks), func(i int) *qword { return &toks[i].qword }, func(i int) {
		toks[i].particle = true
	}, func(i int) bool {
		t := toks[i]
		return t.start == 0 && t.end == len(termRunes[t.term]) && !q.Terms[t.term].Exact
	})
	// The phrases of the synonym list the query's words make, across
	// its terms ("trade show": two terms), each word of one marked.
	for i := 0; i < len(toks); i++ {
		var terms []string
		for j := i; j < len(toks) && j < i+maxPhraseWords && !toks[j].han && !strings.Contains(toks[j].qword.term, " "); j++ {
			terms = append(terms, toks[j].qword.term)
		}
		if phrase, n := analysis.PhraseAtStart(terms); n > 0 {
			for j := i; j < i+n; j++ {
				toks[j].phrase = phrase
			}
			i += n - 1
		}
	}
	// A stop word of one or two letters at the very end ("set p", "who s")
	// is most likely a word being typed: it stays, as the start of one.
	// A question's own word of two letters ends the question instead
	// ("what does sales do"), and so does any word of a question given
	// whole (Query.Complete), where nothing is being typed: "who is" asks
	// nothing, as "who are" does. (A word alone, "up", is still looked for
	// as the start of the words that hold it.)
	if n := len(toks); n > 0 && len(q.Terms) > 0 && !(q.Complete && p.question) {
		last, lw := q.Terms[len(q.Terms)-1], &toks[n-1]
		r, _ := utf8.DecodeLastRuneInString(last.Text)
		short := len(lw.folded) == 1 || len(lw.folded) == 2 && !analysis.IsQuestionWord(lw.folded)
		folded := func(i int) string { return toks[i].folded }
		if !last.Exact && lw.term == len(q.Terms)-1 && isWord(r) && short && !lw.han && !lw.abbrev && !lw.particle &&
			!(p.question && strandedBy(n, folded)) {
			lw.stop, lw.filler = false, false
		}
	}

	// A stop word of one or two letters right after an exact term is a
	// word of its phrase, not one being typed ("'draw up", "'set up the":
	// the particle the index drops): the words leave it out, as beside
	// plain words, and the letters query keeps it, as fzf does, where it
	// ranks the texts that say the two together first ("Set up the stand"
	// before "Set the price"). A longer stop word is left out as ever
	// ("'set the").
	afterExact := map[int]bool{}
	for i := range toks {
		t := &toks[i]
		alone := i+1 == len(toks) || toks[i+1].term != t.term
		if t.term > 0 && t.start == 0 && alone && q.Terms[t.term-1].Exact && !t.abbrev && !t.han && len(t.folded) <= 2 && analysis.IsStop(t.folded) {
			t.stop, t.filler = true, analysis.IsFiller(t.folded)
			afterExact[t.term] = true
		}
	}
	// A unit noun after a word asking which ("what team", 哪个小组) is the
	// question's, as "department" is: what it asks for is who. "What
	// team" asks as "which team" does, for the subject of its verb.
	for _, at := range whichNouns(len(toks), func(i int) string { return toks[i].folded }) {
		toks[at.noun].filler = true
		p.dept = p.dept || deptNoun(toks[at.noun].folded)
		if a := &toks[at.asker]; !analysis.AsksWho(a.folded) {
			a.folded = "which"
			if a.han {
				a.folded = "哪个"
			}
		}
	}
	for _, t := range toks {
		p.dept = p.dept || asksDeptWord(t.folded) // 哪个部门, one word of the question
	}
	// A word asking to be shown or told ("show", "find", "tell") wraps a
	// request only before what it asks for ("show who sets prices"):
	// after a word of the query it is one of them ("trade show"), an
	// exact term's too ("'trade show").
	exactBefore := func(ti int) bool { return slices.ContainsFunc(q.Terms[:ti], func(t Term) bool { return t.Exact }) }
	for i := range toks {
		if toks[i].filler && !toks[i].stop && analysis.IsRequestWord(toks[i].folded) &&
			(slices.ContainsFunc(toks[:i], func(t tok) bool { return !t.filler && !t.stop }) || exactBefore(toks[i].term)) {
			toks[i].filler = false
		}
	}
	// A word framing a request ("ask", "help", "need", "talk") frames it
	// only before the work is named and before a word that is no work:
	// "who do I ask about my payslip", "I need help with advertising",
	// not "help decide prices" or "ask customers". A query of nothing
	// else looks for it: "who can help?" asks about help.
	work := func(i int) bool { return i < len(toks) && !toks[i].filler && !toks[i].stop }
	for i := range toks {
		t := &toks[i]
		if t.han || !t.filler || t.stop || !analysis.IsFramingWord(t.folded) {
			continue
		}
		if slices.ContainsFunc(toks[:i], func(t tok) bool { return !t.filler && !t.stop }) || exactBefore(t.term) || work(i+1) && !analysis.IsFramingWord(toks[i+1].folded) {
			t.filler = false
		}
	}
	// The frame a request puts round its question ("who do I go to
	// about", "I'd like to know who", 我想知道, 培训问谁) is no work either.
	if where := requestFrame(len(toks), func(i int) frameTok {
		t := toks[i]
		return frameTok{folded: t.folded, term: t.qword.term, han: t.han, out: t.filler || t.stop, filler: t.filler}
	}, func(i int) { toks[i].filler = true }); where >= 0 {
		// "Where do I go for training" asks who trains.
		toks[where].folded, p.question = "who", true
	}
	if !slices.ContainsFunc(toks, func(t tok) bool { return !t.filler && !t.stop }) {
		for i := range toks {
			if !toks[i].han && toks[i].filler && !toks[i].stop && analysis.IsFramingWord(toks[i].folded) {
				toks[i].filler = false
			}
		}
	}
	// Who leads a unit is asked as who is in charge of it: "who is the
	// head of sales", "head of marketing", "who heads the sales
	// department" (tryout26 U21); "head" is no word of the work (no
	// "where the industry is heading").
	for i := range toks {
		if leads(len(toks), i, func(j int) (string, bool) { return toks[j].folded, toks[j].filler || toks[j].stop }) {
			toks[i].filler, toks[i].doing = true, true
		}
	}
	if p.question {
		// A phrasal verb of answering for is a verb of doing, as
		// "handles" is: "who takes care of security" asks who handles
		// security, not about care.
		for i := range toks {
			if n := phrasalDoing(len(toks), i, func(j int) string { return toks[j].folded }); n > 0 {
				for j := i; j < i+n; j++ {
					toks[j].filler, toks[j].doing = true, true
				}
			}
		}
		// A light verb as the question's verb, with an object, is a verb
		// of doing: "who makes the ads" asks who handles the ads, which
		// the object decides, not "make" ("Release … the information it
		// needs to make public", tryout27 X3).
		for i := range toks {
			if lightVerb(len(toks), i, func(j int) (string, bool) { return toks[j].folded, toks[j].filler || toks[j].stop }) {
				toks[i].filler, toks[i].doing = true, true
			}
		}
		// A Chinese verb of dealing with someone is a verb of doing, as
		// "deals with" is: 谁跟经销商联系, 谁和媒体打交道, 谁对接经销商 ask
		// who handles the dealers and the media, not who keeps in touch
		// with anyone (与客户保持联系).
		for i := range toks {
			if t := &toks[i]; t.han && slices.Contains(contactVerbs, t.folded) && slices.ContainsFunc(toks, func(o tok) bool { return o.han && !o.filler && !o.stop && o.folded != t.folded }) {
				t.filler, t.doing = true, true
				p.contact = append(p.contact, t.folded)
			}
		}
		frameAdverbsAndTimes(len(toks), func(i int) frameTok {
			t := toks[i]
			return frameTok{folded: t.folded, term: t.qword.term, han: t.han, out: t.filler || t.stop, filler: t.filler,
				said: said != nil && analysis.IsFrequencyWord(t.folded) && said(t.qword)}
		}, func(i int) { toks[i].filler = true }, func(i int) { toks[i].often = true })
		// A time clause says when the work is done, not what it is: its
		// preposition is never a word of the work, nor named as one no
		// duty mentions ("Serve customers before the sale." is no answer
		// to "who prepares before the exhibition", verify27 V6). Its
		// event is read once the question's verb is known, below.
		if at, n := timeClause(len(toks), func(i int) (string, bool, bool) {
			t := toks[i]
			whole := t.start == 0 && t.end == len(termRunes[t.term]) && !q.Terms[t.term].Exact
			return t.folded, !t.han && whole && (t.stop || !t.filler), !t.filler && !t.stop
		}); at >= 0 {
			for j := at; j < at+n; j++ {
				toks[j].filler, toks[j].preposition = true, true
			}
			for j := at + n; j < len(toks); j++ {
				toks[j].clause = !toks[j].filler && !toks[j].stop
			}
		}
		// A generic noun after the word it heads stands aside: that
		// word says what the work is about ("union matters", 工会事务).
		for i := range toks {
			if !toks[i].filler && !toks[i].stop && genericHead(toks[i].folded) {
				j := i - 1
				for j >= 0 && toks[j].stop && !toks[j].filler {
					j--
				}
				if j >= 0 && !toks[j].filler && !toks[j].stop && !genericHead(toks[j].folded) && toks[j].han == toks[i].han {
					toks[i].filler = true
				}
			}
		}
	}
	allFiller := true
	for _, t := range toks {
		allFiller = allFiller && (t.filler || t.stop)
	}
	keep := func(t tok) bool { return !t.stop && !t.filler }
	if allFiller && len(p.exact) == 0 {
		for _, t := range toks {
			p.common = append(p.common, t.typed)
		}
	}
	// Two Chinese words join (qword.joins) when they stand side by side in
	// one run, as written: nothing but format characters between them,
	// which the analysis reads through, and one of them a single
	// character.
	sideBySide := func(a, b tok) bool {
		if a.term != b.term || !a.han || !b.han || a.end > b.start {
			return false
		}
		for _, r := range termRunes[a.term][a.end:b.start] {
			if !analysis.IsFormat(r) && !analysis.IsVariationSelector(r) {
				return false
			}
		}
		return true
	}
	// A character beside a longer word is a piece of a word the
	// dictionary lacks (元 of 元宇宙), unless it is a word of its own: a
	// verb on either side (说 of 客户说沙发坏了: says), an adjective after it
	// (坏: the sofa broke), not one before it, which makes a compound (新产品,
	// 老客户). Two characters side by side are one such word whatever they
	// are (斑马).
	ownWord := func(t tok, after bool) bool {
		verb, adjective := analysis.ChinesePredicateChar(t.qword.term)
		return verb || adjective && after
	}
	joins := func(a, b tok) bool {
		oneA, oneB := a.end-a.start == 1, b.end-b.start == 1
		// A role's verb (批准, 审批, 通知 …) is a word of its own, never a
		// piece of one: 退 and 款 after it are 退款, a word the dictionary
		// lacks, not 批准退款, which no duty says.
		return sideBySide(a, b) && (oneA && oneB || oneA && !ownWord(a, false) || oneB && !ownWord(b, true)) &&
			!analysis.IsChineseRoleVerb(a.folded) && !analysis.IsChineseRoleVerb(b.folded)
	}
	for i := 0; i+1 < len(toks); i++ {
		if v := toks[i+1]; analysis.AsksWho(toks[i].folded) && v.han && v.filler && doingVerbs[v.folded] && utf8.RuneCountInString(v.folded) == 1 {
			p.doing = v.folded
		}
	}
	// A frequency kept as a word (qword.often) says which work, and is
	// never the work itself: no slot of the question begins at it.
	slots := func() (verb, head int) {
		return questionSlots(len(toks), func(i int) (string, bool, bool) {
			if toks[i].doing {
				return "handle", true, false
			}
			return toks[i].folded, toks[i].filler || toks[i].stop, keep(toks[i]) && !toks[i].often && !toks[i].clause
		})
	}
	verb, head := slots()
	// A time clause ranks the duties that say it, as a kept frequency
	// does (qword.often), when the question names its work before the
	// clause: "who trains staff before the launch" asks who trains
	// staff, at launches first; "who serves customers after the sale"
	// finds "… after the sale." before "… before the sale.". A question
	// whose verb alone stands before it is about the event, and its
	// preposition stays out: "who prepares before the exhibition" asks
	// who prepares the exhibition, and "who cleans up after the
	// exhibition" is not answered by "after-sales service", whose word
	// "after" is too.
	if slices.ContainsFunc(toks, func(t tok) bool { return t.clause }) {
		workBefore := false
		for j, t := range toks {
			if t.clause || t.preposition {
				break
			}
			workBefore = workBefore || keep(t) && !t.often && j != verb
		}
		for j := range toks {
			t := &toks[j]
			switch {
			case t.clause:
				t.often, t.clause = workBefore, workBefore
			case t.preposition && workBefore && !t.stop:
				// Said by no text as a word, a stop word ("during")
				// ranks nothing.
				t.filler, t.often, t.clause = false, true, true
			}
		}
		if !workBefore {
			verb, head = slots()
		}
	}
	// 谁把合同交给财务 asks what 谁交合同给财务 does: 把 puts the verb's
	// object before it, and the verb after (disposalSlots).
	dispVerb, dispFrom, dispTo := disposalSlots(len(toks), func(i int) (string, bool, bool) {
		return toks[i].folded, keep(toks[i]), toks[i].han && analysis.IsChineseVerb(toks[i].qword.term)
	})
	if dispVerb >= 0 {
		verb, head = dispVerb, dispVerb
	}
	// After a lead-in saying who answers for the work ("who is in charge
	// of", "responsible for", "takes care of", 负责), a verb with its
	// object is the question's verb, as it is without the lead-in:
	// 谁负责组织员工聚会 asks what 谁组织员工聚会 asks, "who is in charge of
	// planning staff parties" what "who plans staff parties" does. A
	// word alone there is what is answered for ("who is in charge of
	// hiring", 谁负责招聘), as before.
	pairTok := -1 // the first of two verb-tagged words after a lead-in (plan.pairVerb)
	if verb < 0 && head >= 0 && ledIn(head, func(j int) (string, bool) {
		if toks[j].doing {
			return "handle", true
		}
		return toks[j].folded, toks[j].filler || toks[j].stop
	}) {
		next := -1
		for j := head + 1; j < len(toks); j++ {
			if keep(toks[j]) {
				next = j
				break
			}
		}
		// Two pieces of one word the dictionary lacks (私 域 of 私域, 交 税)
		// are no verb and object.
		if next >= 0 && !joins(toks[head], toks[next]) && verbBeforeObject(toks[head].qword, toks[next].qword) {
			verb = head
		} else if next >= 0 && !joins(toks[head], toks[next]) && verbPair(toks[head].qword, toks[next].qword) {
			pairTok = head
		}
	}
	// Whom the work goes to is no one who does it.
	if p.question && verb >= 0 {
		for _, i := range recipientSlots(len(toks), verb, dispVerb >= 0, func(i int) (string, bool, bool) {
			return toks[i].folded, toks[i].han, keep(toks[i])
		}) {
			toks[i].qword.recipient = true
		}
	}
	if p.question && verb >= 0 {
		for _, i := range towardSlots(len(toks), verb, func(i int) (string, bool, bool) {
			return toks[i].folded, toks[i].han, keep(toks[i])
		}) {
			toks[i].qword.toward = true
		}
	}
	kept := map[int][]tok{}
	var prev *tok // the word kept last
	objFrom := -1 // the token that begins the object
	objLast := -1 // the object's last token so far
	// The object goes on from token a to b when nothing stands between
	// them but Chinese 的, which joins a noun to the words before it that
	// say which one: 新产品的价格 is a price (its head), not a product.
	linked := func(a, b int) bool {
		for j := a + 1; j < b; j++ {
			if !toks[j].han || toks[j].folded != "的" {
				return false
			}
		}
		return true
	}
	p.beforeWho, p.pairVerb = -1, -1
	for i, t := range toks {
		if p.beforeWho < 0 && t.han && analysis.AsksWho(t.folded) {
			p.beforeWho = len(p.words)
		}
		if keep(t) && len(p.words) < maxWords {
			t.verb = i == verb
			if i == pairTok {
				p.pairVerb = len(p.words)
			}
			// The verb of a 把 question is a word of its own: the object
			// before it ends there (样品 and 寄 of 谁把样品寄给客户, not a
			// word 样品寄 the dictionary lacks).
			t.joins = prev != nil && joins(*prev, t) && i != dispVerb
			t.adjoins = prev != nil && sideBySide(*prev, t) && i != dispVerb
			// The subject: the head's word, and the words kept right
			// after it in the same script, unless the head is the verb.
			switch {
			case i == head:
				p.subject.from, p.subject.to = len(p.words), len(p.words)+1
			case head >= 0 && head != verb && i == head+(p.subject.to-p.subject.from) && p.subject.to == len(p.words) && t.han == toks[head].han && !t.clause:
				p.subject.to++
			}
			// What the verb is done to: the words kept side by side after
			// it, the first of them after any stop words ("keeps the
			// venue safe").
			switch {
			case dispVerb >= 0:
				// The object stands between 把 and the verb.
				if dispFrom <= i && i < dispTo {
					if objFrom < 0 {
						objFrom = i
						p.object.from, p.object.to = len(p.words), len(p.words)
					}
					p.object.to++
				}
			case verb < 0 || i <= verb, t.often && objFrom < 0, t.clause:
				// A time clause is no part of the object ("staff" of
				// "who trains staff before the launch").
			case objFrom < 0:
				objFrom = i
				p.object.from, p.object.to = len(p.words), len(p.words)+1
			case p.object.to == len(p.words) && t.han == toks[objFrom].han && linked(objLast, i):
				p.object.to++
			}
			if p.object.from < p.object.to && p.object.to == len(p.words)+1 {
				objLast = i
			}
			p.words = append(p.words, t.qword)
			kept[t.term] = append(kept[t.term], t)
			prev = &toks[i]
		}
	}
	// A question's verb of one Chinese character before its object (定 of
	// 谁定价格, 买 of 谁买文具) is the verb the duties say in a word of
	// their own (确定, 制定, 定下; 购买): it stands for the words that hold
	// it, as a character typed alone does, where a character cut from a
	// word the dictionary lacks (斑 of 斑马) stands for itself only, as do
	// the two characters of a compound the dictionary lacks (订 票 of
	// 订机票, 发 货: splitPairs reads them).
	for i := range p.words {
		if w := &p.words[i]; verbChar(*w) && i+1 < len(p.words) && p.words[i+1].han && utf8.RuneCountInString(p.words[i+1].term) > 1 &&
			!analysis.IsChineseVerb(p.words[i+1].term) {
			w.alone = true
		}
	}
	if p.question && verb >= 0 && len(p.words) == 1 && p.words[0].verb && !p.words[0].han {
		p.pronoun = pronounObject(len(toks), verb, func(i int) (string, string, bool) {
			return toks[i].folded, toks[i].typed, keep(toks[i])
		})
	}
	if verb >= 0 && p.object.from == p.object.to {
		p.object.from, p.object.to = frontObject(len(toks), verb, func(i int) (string, bool, bool) {
			return toks[i].folded, toks[i].han, keep(toks[i])
		})
	}
	// The last word is open while nothing but its letters ends the query:
	// "set pr" is on its way to "set prices", "set prices?" is not.
	if n := len(p.words); n > 0 && len(q.Terms) > 0 {
		last := q.Terms[len(q.Terms)-1]
		lw := toks[len(toks)-1]
		r, _ := utf8.DecodeLastRuneInString(last.Text)
		// A single letter after other words adds every word it begins
		// to theirs, and says little: it waits for a second letter.
		single := utf8.RuneCountInString(lw.folded) == 1 && !lw.han && n > 1
		// A piece of a Chinese word the dictionary lacks (商 of 电商) is
		// not a word being typed: opened, it would answer for the word
		// through every word it begins (商场, 商定).
		piece := lw.han && p.words[n-1].joins
		if !last.Exact && lw.term == len(q.Terms)-1 && keep(lw) && isWord(r) && !single && !piece && !lw.abbrev {
			p.words[n-1].open = true
		}
	}
	roleVerbs(q, p.words)
	for ti, t := range q.Terms {
		switch {
		case t.Exact:
			p.letters.Terms = append(p.letters.Terms, t)
		case hasHan(t.Text):
			// Chinese has no spaces: each word kept is a term of its own.
			for _, k := range kept[ti] {
				p.letters.Terms = append(p.letters.Terms, Term{Text: k.typed})
			}
		case len(kept[ti]) > 0 || afterExact[ti]:
			p.letters.Terms = append(p.letters.Terms, Term{Text: strings.TrimFunc(t.Text, func(r rune) bool { return !isWord(r) })})
		}
	}
	return p
}

// pronounObject returns, as typed, the object pronoun that follows a
// question's verb (token verb of n) with no word of the work after it
// ("who approves it?", "who signs them off"), or "". tok gives a token's
// folded and typed forms and whether it is kept as a word of the work.
func pronounObject(n, verb int, tok func(i int) (folded, typed string, kept bool)) string {
	pronoun := ""
	for i := verb + 1; i < n; i++ {
		f, typed, kept := tok(i)
		switch {
		case kept:
			return ""
		case pronoun == "" && objectPronouns[f]:
			pronoun = typed
		}
	}
	return pronoun
}

// objectPronouns are the English pronouns that stand for a thing as a
// verb's object: a closed class of English grammar.
var objectPronouns = wordSet("it them this that these those")

// timeClause returns where an English question's time clause begins
// among its n tokens, and the number of words of its preposition ("before",
// "prior to": timeClauseWords, and "during"), or -1, 0. tok gives a token's
// folded form, whether it is an English word written alone and of no
// phrase of the question's frame (not a part of "after-sales", nor the
// "after" of "looks after"), and whether it is kept as a word of the
// work. The
// clause follows the question's first word and has a word of the work
// after its preposition: "who prepares before the exhibition", "who does
// what before the exhibition opens".
func timeClause(n int, tok func(i int) (folded string, alone, kept bool)) (at, words int) {
	keptFrom := func(from int) bool {
		for j := from; j < n; j++ {
			if _, _, k := tok(j); k {
				return true
			}
		}
		return false
	}
	for i := 1; i < n; i++ {
		for _, tw := range clausePrepositions {
			if i+len(tw) > n {
				continue
			}
			match := true
			for k, w := range tw {
				f, alone, _ := tok(i + k)
				match = match && alone && f == w
			}
			if match && keptFrom(i+len(tw)) {
				return i, len(tw)
			}
		}
	}
	return -1, 0
}

// clausePrepositions are the words that open a time clause in a question
// about doing: a role question's (timeClauseWords), and "during", which
// a role question does not time its work by. A closed class.
var clausePrepositions = append(slices.Clip(timeClauseWords), []string{"during"})

// phrasals makes each phrasal verb the query writes across two of its
// terms ("draws up": a query's terms are its words as spaces part them)
// one word, as the analysis makes a text's (analysis.Phrasal): the verb's
// word takes the phrasal verb's term, and the particle is marked. A verb
// and a particle written with a hyphen ("set-up") are one term, which
// the analysis has made so. whole reports whether a token is its term's
// one word, with nothing before or after it: "sets, up" is no phrasal
// verb.
func phrasals(n int, word func(i int) *qword, particle func(i int), whole func(i int) bool) {
	for i := 0; i+1 < n; i++ {
		v, p := word(i), word(i+1)
		if v.han || p.han || strings.Contains(v.term, " ") || !whole(i) || !whole(i+1) {
			continue
		}
		after := ""
		if i+2 < n {
			after = word(i + 2).folded
		}
		if !analysis.Phrasal(v.folded, p.folded, after) {
			continue
		}
		v.term = analysis.PhrasalTerm(v.term, p.folded)
		v.folded += " " + p.folded
		v.typed += " " + p.typed
		particle(i + 1)
		i++
	}
}

// joinedTerm returns the term of the word written with hyphens, among
// joined, that t is a part of, or "".
func joinedTerm(joined []analysis.Token, t analysis.Token) string {
	for _, j := range joined {
		if j.Start <= t.Start && t.End <= j.End && t.Kind == analysis.Word {
			return j.Term
		}
	}
	return ""
}

// writtenInCase reports whether q's plain terms are written in both cases,
// or in Chinese beside Latin letters: then a word in capitals is written so
// on purpose, an abbreviation. A query all in capitals ("WHO SETS PRICES")
// is shouted, not abbreviated; a query of one term ("PR") is read as written
// (makePlan).
func writtenInCase(q Query) bool {
	for _, t := range q.Terms {
		if t.Exact {
			continue
		}
		if analysis.WrittenInCase(t.Text) {
			return true
		}
	}
	return false
}

// questionSlots returns the indexes, among n tokens, of a question's
// verb and of its head, or -1.
//
// The head is the first word kept (not a filler or stop word) after a
// question word asking who ("who", "which", 谁, 哪个部门 …) with nothing
// but fillers and stop words between: the action the question asks about
// ("who recruits new staff", 谁负责招聘), or, after a verb of doing, what it
// is done to ("who handles invoices", "who is in charge of hiring", 谁负责
// 合同管理, "who is the warehouse manager"). A word right before a verb of
// doing says how it is done, not what: "who usually handles complaints",
// 谁通常负责定价 ask about complaints and 定价. When no word is kept after
// the question word, the question puts what it asks about first
// (合同管理由谁负责, "prices: who?"): the head is the first word kept.
//
// The verb is the head when no determiner, preposition, 是 or verb of
// doing comes between the question word and it, which makes it a noun
// ("who is the warehouse manager", "who is in charge of pricing", "who
// handles customer complaints", 谁是仓库管理员): "who sets prices",
// "which department sets", "who is setting", 谁制定, "KPI由谁制定", and
// "who recruits?", which asks about its verb alone (cword.verbAlone).
// English and Chinese put the verb of a question asking for its subject
// right after the question word; the rest is its object, which the
// question is about (plan.object, searchWords).
func questionSlots(n int, tok func(i int) (folded string, filler, kept bool)) (verb, head int) {
	keptFrom := func(from int) bool { // some word from token from on is kept
		for j := from; j < n; j++ {
			if _, _, k := tok(j); k {
				return true
			}
		}
		return false
	}
	asked, asking, noun, first := false, false, false, -1
	coverbObject := false // the next word kept is a coverb's object
	for i := range n {
		f, _, kept := tok(i)
		switch {
		case analysis.AsksWho(f):
			asked, asking, noun, coverbObject = true, true, false, false
		case asking && kept && coverbObject:
			// 谁给员工发工资: 员工 is who the pay is for, not the verb.
			coverbObject = false
			if first < 0 {
				first = i
			}
		case asking && coverbMarkers[f]:
			coverbObject = true
		case asking && kept:
			if i+1 < n {
				if next, _, _ := tok(i + 1); doingVerbs[next] && keptFrom(i+2) {
					continue // "who usually handles …": how it is done
				}
			}
			if !noun {
				return i, i
			}
			return -1, i
		case asking && (nounMarkers[f] || doingVerbs[f]):
			noun = true
		case kept && first < 0:
			first = i
		}
	}
	if asked {
		return -1, first
	}
	return -1, -1
}

// disposalSlots returns, among n tokens, the verb of a question that
// puts its object before the verb with 把 or 将 (the disposal
// construction of Chinese grammar: 谁把合同交给财务, 谁将产品送达终端), and
// the tokens of that object [from, to); -1, 0, 0 for any other question.
// The object is the first word kept after the marker and the words kept
// after it up to the first the dictionary tags as a verb (verb), which is
// the question's verb: 合同 and 交给, 销售报表 and 交给 (谁把销售报表交给
// 总经理). Only question words, fillers and stop words may stand between
// the question word and the marker. 将 is also "will" (谁将负责定价): it
// marks an object only when the word after it is no verb.
func disposalSlots(n int, tok func(i int) (folded string, kept, verb bool)) (verb, from, to int) {
	asked, marker := false, ""
	from = -1
	for i := range n {
		f, kept, isVerb := tok(i)
		switch {
		case !asked:
			asked = analysis.AsksWho(f)
		case marker == "" && disposalMarkers[f]:
			marker = f
		case marker == "" && kept:
			return -1, 0, 0 // a word before any marker: no disposal question
		case !kept:
		case from < 0:
			if marker == "将" && isVerb {
				return -1, 0, 0 // "will"
			}
			from = i
		case isVerb:
			return i, from, i
		}
	}
	return -1, 0, 0
}

// recipientSlots returns the tokens, among n, that say whom a Chinese
// question's work is done for or goes to (qword.recipient), given its verb
// (the token at verb) and whether the question puts the verb's object
// before it with 把 or 将 (disposal):
//   - the Chinese words kept between a coverb after the question word and
//     the verb (谁向市场部反馈, 谁给员工发工资, 谁为产品定价);
//   - the Chinese words kept after 给 or 向 when they follow the verb
//     (谁反馈客户意见给市场部), or after a verb of giving ending in 给
//     (交给, 反馈给), or after the verb of a disposal question, whose
//     object stands before it (谁把报表交财务部: what follows the verb is
//     where the object goes), up to the next verb or coverb.
//
// Chinese grammar puts the recipient of the work in those places
// (Li & Thompson, Mandarin Chinese: A Functional Reference Grammar, 1981,
// ch. 9 and 15: coverbs; the 给 of the dative).
func recipientSlots(n, verb int, disposal bool, tok func(i int) (folded string, han, kept bool)) []int {
	var out []int
	asked, coverb := false, false
	for i := 0; i < verb && i < n; i++ {
		f, han, kept := tok(i)
		switch {
		case analysis.AsksWho(f):
			asked = true
		case asked && coverbMarkers[f]:
			coverb = true
		case coverb && kept && han:
			out = append(out, i)
		}
	}
	vf, _, _ := tok(verb)
	after := disposal || strings.HasSuffix(vf, "给") && utf8.RuneCountInString(vf) > 1
	for i := verb + 1; i < n; i++ {
		f, han, kept := tok(i)
		switch {
		case recipientMarkers[f]:
			after = true
		case !after:
		case !han || coverbMarkers[f] || kept && analysis.IsChineseVerb(f):
			return out
		case kept:
			out = append(out, i)
		}
	}
	return out
}

// towardSlots returns the English words kept after the last "to" or
// "for" that follows an English question's verb (the token at verb), up
// to the next word that is neither kept nor a determiner: what may be
// whom the work goes to (qword.toward).
func towardSlots(n, verb int, tok func(i int) (folded string, han, kept bool)) []int {
	var out []int
	open := false
	for i := verb + 1; i < n; i++ {
		f, han, kept := tok(i)
		switch {
		case han:
			return nil
		case f == "to" || f == "for":
			out, open = out[:0], true
		case !open:
		case kept:
			out = append(out, i)
		case !determiners[f]:
			open = false
		}
	}
	return out
}

// recipientMarkers put whom the work goes to after a Chinese question's
// verb (recipientSlots). A closed class of Chinese grammar.
var recipientMarkers = wordSet("给 向")

// disposalMarkers put a verb's object before it (disposalSlots). A closed
// class of Chinese grammar.
var disposalMarkers = wordSet("把 将")

// frontObject returns, as indexes into the words kept (from, to), what
// a question's verb (the token at verb, among n) is done to when the
// question puts it first, before its question word, and nothing is kept
// after the verb: 发票 of 发票谁开, 新产品 of 新产品由谁开发, "new
// products" of "new products: who develops them?". It is the words kept
// side by side, in one script, that end with the last word kept before
// the question word; the topic of the question, as the words after a verb
// are its object when they follow it (谁开发票). None (from = to) when no
// word is kept before the question word, or one is after the verb.
func frontObject(n, verb int, tok func(i int) (folded string, han, kept bool)) (from, to int) {
	asker := -1
	for i := verb - 1; i >= 0 && asker < 0; i-- {
		if f, _, _ := tok(i); analysis.AsksWho(f) {
			asker = i
		}
	}
	for i := verb + 1; i < n; i++ {
		if _, _, k := tok(i); k {
			return 0, 0
		}
	}
	last := -1 // the token kept last before the question word
	words := 0 // the words kept before it
	for i := range max(asker, 0) {
		if _, _, k := tok(i); k {
			last, words = i, words+1
		}
	}
	if last < 0 {
		return 0, 0
	}
	_, han, _ := tok(last)
	from = words - 1
	for i := last - 1; i >= 0; i-- {
		_, h, k := tok(i)
		if !k {
			continue
		}
		if h != han {
			break
		}
		from--
	}
	return from, words
}

// coverbMarkers are the Chinese coverbs (prepositions) that may stand
// between a question word and its verb with their own object: 给, 跟, 和,
// 为 … of 谁给员工发工资, 谁跟供应商谈价格, 谁为产品定价. The word after
// one is who or what the work is done for or with; the verb comes after
// it. A closed class of Chinese grammar (把, 将, 被, which put the verb's
// own object or agent there, are not among them).
var coverbMarkers = wordSet("给 跟 同 替 和 与 为 向 对")

// nounMarkers are the determiners, prepositions and copulas after which a
// word is a noun ("who is in charge of warehouse management"); the words
// asking for the subject of a verb are analysis.AsksWho's. Closed classes
// of English and Chinese grammar.
var (
	nounMarkers = wordSet("the a an this that these those its their our my your of for about regarding concerning on in with to at by from 是 的")
	// doingVerbs are the fillers that are verbs of doing or answering
	// for ("handles", "does", "owns", 负责, 管, 做, 搞): what follows them
	// is what the question asks about.
	doingVerbs = wordSet("handle handles handled handling do does did doing owns 负责 管 做 干 搞 归")
)

// unitAsked is a unit noun a question asks for (analysis.IsUnitNoun), or
// a measure word before one, and the word asking which before it: token
// indexes.
type unitAsked struct{ asker, noun int }

// maxModifiers bounds the words that may say which kind of unit between a
// word asking which and its unit noun ("which customer service team").
const maxModifiers = 2

// whichNouns returns the unit nouns among n tokens (folded) that a word
// asking which puts in a question, with the measure words before them:
// the noun phrase the word asks about ends with them ("which team",
// "what groups", "which of the teams", 哪个小组, 哪一个小组, 哪个部门的人,
// and 哪个科室, which the segmenter cuts into 科 and 室). Words before the
// noun say which kind of unit and stay words of the query: "which sales
// team handles ads?" asks about sales and ads. A question word, filler or
// stop word other than a measure word ends the phrase: in "what prices
// does the team set?" the team is no part of what is asked which of.
func whichNouns(n int, folded func(i int) string) []unitAsked {
	var out []unitAsked
	for i := 0; i < n; i++ {
		if !analysis.AsksWhich(folded(i)) {
			continue
		}
		asker, modifiers := i, 0
		var measures []int
		for i+1 < n {
			next := folded(i + 1)
			switch {
			case analysis.IsUnitNoun(next):
				for _, m := range measures {
					out = append(out, unitAsked{asker, m})
				}
				measures = measures[:0]
				out = append(out, unitAsked{asker, i + 1})
			case analysis.IsMeasureWord(next):
				measures = append(measures, i+1)
			case analysis.IsFiller(next) || modifiers == maxModifiers:
				next = ""
			default:
				modifiers++
			}
			if next == "" {
				break
			}
			i++
		}
	}
	return out
}

func wordSet(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// typedWords returns the words of ws that ok admits, as typed, for a
// message: a word that joins the one before it (qword.joins) is written
// together with it when ok admits both, so that 斑马, which the dictionary
// lacks, is quoted as “斑马”, not as “斑” and “马”.
func typedWords(ws []qword, ok func(i int) bool) []string {
	var out []string
	for i, w := range ws {
		switch {
		case !ok(i):
		case w.joins && i > 0 && ok(i-1) && (!verbChar(ws[i-1]) || utf8.RuneCountInString(w.term) == 1 && (i+1 >= len(ws) || !ws[i+1].joins)):
			// A verb of one character is quoted apart from the word
			// after it (开 and 发票; 买 and 文具, cut 文, 具), not from
			// the other character of a compound of two the dictionary
			// lacks (订票: splitPairs).
			out[len(out)-1] += w.typed
		default:
			out = append(out, w.typed)
		}
	}
	return out
}

// verbChar reports whether w is a question's verb of one Chinese
// character that the dictionary tags as a verb (买 of 谁买文具, 开 of
// 谁开发票): a word of its own, which the pieces after it do not join.
func verbChar(w qword) bool {
	return w.verb && w.han && utf8.RuneCountInString(w.term) == 1 && analysis.IsChineseVerb(w.term)
}

// plainTexts are the texts of q's terms that are not exact ('x).
func plainTexts(q Query) []string {
	var texts []string
	for _, t := range q.Terms {
		if !t.Exact {
			texts = append(texts, t.Text)
		}
	}
	return texts
}

// wholeName is the form in which a query is compared with a unit's name
// or alias as a whole: its words, folded as the analysis folds them (case,
// width, accents, invisible format characters), in order, one space
// between two words unless one is Chinese. Punctuation and spacing do
// not count, stop words and question words do: "Marketing  department",
// "marketing-department" and "ＭＡＲＫＥＴＩＮＧ DEPARTMENT" are the name
// "Marketing department"; "the marketing department" and "marketing
// departments" are not; "市场部" and "市场 部" are "市场部".
func wholeName(toks []analysis.Token) string {
	var b strings.Builder
	han := true // no space before the first word
	for _, t := range toks {
		if t.Kind != analysis.Word {
			continue
		}
		if !han && !t.Han {
			b.WriteByte(' ')
		}
		b.WriteString(t.Folded)
		han = t.Han
	}
	return b.String()
}

func hasHan(s string) bool {
	for _, r := range s {
		if analysis.IsHan(r) {
			return true
		}
	}
	return false
}

// roleVerbs marks the words of a role's verb (rolePhrases: "approve",
// "sign off", 批准) when the query asks who holds the role for some work:
// a question with words beside the verb. "Who approves prices" is about
// prices; a duty approving expenses does not answer it, and among the
// duties about prices those that say "approve" rank first. Without a
// question word ("approve prices") or other words ("who approves") the
// verb is the work, as any word.
func roleVerbs(q Query, words []qword) {
	lower := strings.ToLower(strings.Join(plainTexts(q), " "))
	if !analysis.IsQuestion(lower) {
		return
	}
	verb := map[string]bool{}
	for _, rp := range rolePhrases {
		if rp.verb && analysis.PhraseAt(lower, rp.phrase) >= 0 {
			for _, t := range analysis.Tokens(rp.phrase) {
				if !t.Stop {
					verb[t.Term] = true
				}
			}
		}
	}
	work := false
	for _, w := range words {
		work = work || !verb[w.term]
	}
	if len(verb) == 0 || !work {
		return
	}
	for i := range words {
		words[i].role = verb[words[i].term]
	}
}

// phrasalDoing returns how many tokens, from token i of n (folded), make
// a phrasal verb of answering for ("takes care of", "looks after",
// "deals with", "keeps track of"), or 0. Such a verb is one verb of
// doing, as "handles" is: its words are no words of what is asked (the
// "care" of "who takes care of security" is no care, the "track" of "who
// keeps track of stock" no track). A closed set of English phrasal verbs
// and idioms meaning handle or watch over, each in its inflected forms.
func phrasalDoing(n, i int, folded func(j int) string) int {
	for _, ph := range phrasalDoingVerbs {
		if i+len(ph.rest) >= n || !slices.Contains(ph.verb, folded(i)) {
			continue
		}
		ok := true
		for k, w := range ph.rest {
			ok = ok && folded(i+1+k) == w
		}
		if ok {
			return 1 + len(ph.rest)
		}
	}
	return 0
}

// leads reports whether token i of n (tok gives its folded form and
// whether it is a filler or stop word) says who leads a unit, with no
// word of the query kept before it: the noun "head" before "of" ("who is
// the head of sales", "head of marketing"), or the verb "head" after the
// question word ("who heads the sales department", "who is heading
// marketing"). After other words it is theirs ("report to the head of
// sales" asks about reporting); "head office" is no leader.
func leads(n, i int, tok func(j int) (folded string, out bool)) bool {
	f, _ := tok(i)
	switch f {
	case "head", "heads", "headed", "heading":
	default:
		return false
	}
	asked := false
	for j := i - 1; j >= 0; j-- {
		w, out := tok(j)
		if !out {
			return false
		}
		asked = asked || analysis.AsksWho(w)
	}
	if (f == "head" || f == "heads") && i+1 < n {
		if next, _ := tok(i + 1); next == "of" {
			return true
		}
	}
	return asked && f != "head" // "who head …" is no English question
}

var phrasalDoingVerbs = []struct{ verb, rest []string }{
	{[]string{"take", "takes", "taking", "took", "taken"}, []string{"care", "of"}},
	{[]string{"take", "takes", "taking", "took", "taken"}, []string{"charge", "of"}},
	{[]string{"look", "looks", "looking", "looked"}, []string{"after"}},
	{[]string{"deal", "deals", "dealing", "dealt"}, []string{"with"}},
	// Idioms of watching over something: what they watch is what is
	// asked about, not the "track" of "Keep track of staff attendance".
	{[]string{"keep", "keeps", "keeping", "kept"}, []string{"track", "of"}},
	{[]string{"keep", "keeps", "keeping", "kept"}, []string{"an", "eye", "on"}},
	{[]string{"keep", "keeps", "keeping", "kept"}, []string{"tabs", "on"}},
}

// lightVerb reports whether token i of n (tok gives its folded form and
// whether it is a filler or stop word) is a light verb ("make", whose
// meaning is its object's: lightVerbs) as a question's verb: no word of
// the work before it, and its object after it ("who makes the ads", "who
// usually makes adverts"), not a phrase it makes with the word after it
// ("who makes sure …", "makes up").
func lightVerb(n, i int, tok func(j int) (folded string, out bool)) bool {
	f, _ := tok(i)
	if !lightVerbs[f] {
		return false
	}
	for j := range i {
		if _, out := tok(j); !out {
			return false
		}
	}
	for j := i + 1; j < n; j++ {
		next, out := tok(j)
		if lightComplements[next] {
			return false
		}
		if !out {
			return true
		}
	}
	return false
}

// lightVerbs are the forms of the English verb that says only that its
// object is made or done (the verbs of doing, "handles", "does", are
// fillers already); lightComplements, the words it makes another verb
// with ("make sure": ensure). Closed classes.
var (
	lightVerbs       = wordSet("make makes making made")
	lightComplements = wordSet("sure certain up")
)

// genericHead reports whether a folded word is a noun that names no work
// of its own, only "something to do with" the word before it: "union
// matters", "tax issues", "brand things", 工会事务. Heading a question's
// object, it would decide the answer by itself (every duty about
// "personnel matters" would answer "who handles union matters?"), though
// the word that carries the question is the one before it. A small closed
// class of general nouns, English and Chinese, chosen for that meaning
// alone (事, 事情 and 工作 are fillers already).
func genericHead(folded string) bool {
	return genericHeads[folded] || genericHeads[analysis.Singular(folded)]
}

var genericHeads = wordSet("matter issue thing affair stuff 事务 事宜 事项")

// ledIn reports whether, before token head, a question word asking who
// is followed by a lead-in saying who answers for the work ("is in charge
// of", "is responsible for", "handles", "takes care of", 负责, 管), with
// nothing kept between, and no determiner right before head ("who is in
// charge of the planning of events" asks about a planning). tok gives a
// token's folded form and whether it is left out of the words (filler,
// stop word or a phrasal verb of doing).
func ledIn(head int, tok func(j int) (folded string, out bool)) bool {
	lead := false
	for j := head - 1; j >= 0; j-- {
		f, out := tok(j)
		switch {
		case !out:
			return false
		case analysis.AsksWho(f):
			return lead
		case j == head-1 && determiners[f]:
			return false
		case doingVerbs[f] || leadIns[f] || f == "handle":
			lead = true
		}
	}
	return false
}

// leadIns are the fillers, besides the verbs of doing, that say who
// answers for the work: "in charge of", "responsible for"; and "for"
// itself, which is what a role question leaves of "who is responsible
// (accountable, answerable) for" once its role's word is taken out to
// search for the work (RoleQuestion.Work: "who is for …").
var leadIns = wordSet("charge responsible responsibility for")

// verbBeforeObject reports whether v, the first word kept after a
// lead-in, is a verb and o, right after it, its object: a Chinese word
// the dictionary tags as a verb before one it does not (组织 员工,
// not 工资 发放), or an English -ing form before a word (planning staff
// parties; after a preposition only a verb takes -ing).
func verbBeforeObject(v, o qword) bool {
	if v.han {
		return o.han && analysis.IsChineseVerb(v.term) && !analysis.IsChineseVerb(o.term)
	}
	return !o.han && len(v.folded) > 5 && strings.HasSuffix(v.folded, "ing")
}

// verbPair reports whether v and o, the first two words kept after a
// lead-in, are both Chinese words the dictionary tags as verbs (跟进 回款,
// 工资 发放): which is the verb is left to the index (plan.pairVerb).
func verbPair(v, o qword) bool {
	return v.han && o.han && analysis.IsChineseVerb(v.term) && analysis.IsChineseVerb(o.term)
}

// contactVerbs are the Chinese verbs of dealing with someone, whom a
// coverb puts before them (谁跟经销商联系, 谁和媒体打交道) or who follows
// them (谁对接经销商): in a question, verbs of doing (doingVerbs), as the
// English "deal with" is (phrasalDoingVerbs). A closed class.
var contactVerbs = []string{"联系", "联络", "打交道", "对接", "沟通", "接洽", "交涉", "往来", "来往"}

// frameTok is what frameAdverbsAndTimes reads of a query's token.
type frameTok struct {
	folded, term string
	han          bool
	out          bool // a filler or stop word: no word of the work
	filler       bool
	said         bool // a frequency word some text of the index says (qword.often)
}

// frameAdverbsAndTimes marks, among a question's n tokens, the words that
// frame its work without being any of it (leave): its adverbs ("who
// mainly handles advertising", "who else", 谁最终决定价格, 到底谁负责:
// analysis.IsQuestionAdverb), the modal verbs of a Chinese request (要
// of 价格要告诉谁: analysis.IsRequestModal) and its time phrases ("who
// pays salaries every month", "the budget for next year", 谁负责明年的预算:
// analysis.TimePhraseAt). Left in, such a word weighs as much as the work
// and outweighs it where the duties say it about other work ("Compile
// … request forms every month", 维护主要销售渠道), or makes the question
// unanswered where none says it; the work is the same in any month, and
// whoever mainly does it does it. A Chinese adverb or modal frames the
// question only where an adverb stands, right before a verb, a filler or
// a question word (谁主要负责, 最终由谁, 要问谁): before a noun it is a
// word of the work (主要销售渠道, 客户需要).
//
// A frequency word before a noun of the work that some text says ("the
// monthly sales plan", 每月的销售计划) says which work: it stays, marked
// often, a word that ranks and is never needed. One no text says is left
// out as any time word is ("the annual budget", 每天的考勤): kept, it
// would only make the question unanswered.
func frameAdverbsAndTimes(n int, tok func(i int) frameTok, leave func(i int), often func(i int)) {
	folded := make([]string, n)
	for i := range n {
		folded[i] = tok(i).folded
	}
	framing := func(t frameTok) bool {
		return t.han && (analysis.IsQuestionAdverb(t.folded) || analysis.IsRequestModal(t.folded))
	}
	// beforeVerb: the Chinese words after token i, past other adverbs and
	// modals (还要问谁), reach a verb, a filler or a question word.
	var beforeVerb func(i int) bool
	beforeVerb = func(i int) bool {
		if i+1 >= n {
			return false
		}
		switch next := tok(i + 1); {
		case next.filler || analysis.AsksWho(next.folded):
			return true
		case framing(next):
			return beforeVerb(i + 1)
		default:
			// A character alone after an adverb or modal is its verb
			// (要问谁, 主要管): the dictionary tags few of them so.
			return next.han && (analysis.IsChineseVerb(next.term) || utf8.RuneCountInString(next.term) == 1)
		}
	}
	// beforeAsking: the word after token i, past other adverbs and
	// modals, is a filler or a question word (要问谁, 需要找谁: 问 and 找
	// before 谁 are the request's, requestFrame): the modal frames the
	// request even after a verb (培训要问谁).
	var beforeAsking func(i int) bool
	beforeAsking = func(i int) bool {
		if i+1 >= n {
			return false
		}
		next := tok(i + 1)
		return next.filler || analysis.AsksWho(next.folded) || framing(next) && beforeAsking(i+1)
	}
	// afterVerb: the Chinese word before token i is a verb (doingVerbs,
	// or one the dictionary tags so) whose object the word begins:
	// 谁负责主要销售渠道, where 主要 says which channels.
	afterVerb := func(i int) bool {
		if i == 0 {
			return false
		}
		prev := tok(i - 1)
		return prev.han && (doingVerbs[prev.folded] || !prev.out && analysis.IsChineseVerb(prev.term))
	}
	// beforeNoun: token i is followed by a word of the work, as an
	// English adjective stands ("monthly sales"), or a Chinese modifier,
	// through 的 or before a word that is no verb (每月的销售计划,
	// 每月销售额); not by a stop word, a verb or more of a time phrase
	// ("monthly to marketing", 每月发工资).
	beforeNoun := func(i int) bool {
		if i+1 >= n {
			return false
		}
		next := tok(i + 1)
		if tok(i).han {
			if next.folded == "的" {
				return i+2 < n && tok(i+2).han && !tok(i+2).out
			}
			return next.han && !next.out && !analysis.IsChineseVerb(next.term)
		}
		// Frequencies said together say which work together: "yearly,
		// quarterly and monthly sales".
		j := i + 1
		for j+1 < n && (analysis.IsFrequencyWord(folded[j]) || folded[j] == "and" || folded[j] == "or") {
			j++
		}
		next = tok(j)
		return !next.han && !next.out && analysis.TimePhraseAt(folded, j) == 0
	}
	for i := 0; i < n; i++ {
		if k := analysis.TimePhraseAt(folded, i); k == 1 && tok(i).said && beforeNoun(i) {
			often(i)
			continue
		} else if k > 0 {
			for j := i; j < i+k; j++ {
				leave(j)
			}
			i += k - 1
			continue
		}
		switch t := tok(i); {
		case t.out:
		case !t.han && analysis.IsQuestionAdverb(t.folded), framing(t) && beforeVerb(i) && (!afterVerb(i) || beforeAsking(i)):
			leave(i)
		}
	}
}

// strandedBy reports whether the last of n tokens (folded) is the "by"
// a passive question strands at its end, whose object the question word
// is: "who are complaints handled by", "which team is the budget drawn
// up by", "who was it set by" ask what "complaints are handled by whom"
// asks. The question word opens the question, with at most a unit noun
// after it, and a form of be or get follows: the shape of an English
// passive question. That "by" ends the question; it is no word being
// typed.
func strandedBy(n int, folded func(i int) string) bool {
	if n < 4 || folded(n-1) != "by" || !analysis.AsksWho(folded(0)) && !analysis.AsksWhich(folded(0)) {
		return false
	}
	i := 1
	if analysis.IsUnitNoun(folded(i)) {
		i++
	}
	return slices.Contains(passiveAuxiliaries, folded(i))
}

// passiveAuxiliaries are the forms of be and get a passive is made with.
var passiveAuxiliaries = []string{"is", "are", "was", "were", "be", "been", "being", "am", "get", "gets", "got", "getting"}
