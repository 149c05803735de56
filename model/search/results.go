package search

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/dutymap/dutymap/model"
)

// Match says how a result matched the query.
type Match uint8

const (
	// Words: the node's text holds a word of the query, another form of
	// it, a synonym, its pinyin, or (for the word still being typed) a
	// word it begins; or, for exact ('x) terms, the text itself.
	Words Match = iota
	// Related: no word of the query, only a related term (a broader or
	// associated word of the synonym list). Offered among the closest
	// results when no duty mentions the query.
	Related
	// Letters: the query's letters occur in the text in order: the typo
	// fallback, listed below every word match.
	Letters
	// Partial: the text holds a word of the query, but not its main words
	// (those carrying half its weight, Owner.Duties): "Set up the honour
	// room" for "who sets product prices?". Ranked by its score among the
	// word matches, but not counted with them (Results.Matches), and left
	// out of the command line's list.
	Partial
	// Suggested: the text holds, with the query's other words, the word
	// that a word of the query no text holds is a typing slip away from
	// (Results.Corrected, suggested, not searched: "budget" for
	// "budjet"). Offered first among the closest results when no duty
	// mentions the query as typed.
	Suggested
)

func (m Match) String() string {
	return [...]string{"words", "related", "letters", "partial", "suggested"}[m]
}

// Result is one match: a text found at one or more places.
type Result struct {
	// Node is the best-ranked place.
	Node *model.Node
	// Places are all the nodes whose text is the same up to case,
	// punctuation and spacing and that match, in document order; len > 1
	// means "N places".
	Places []*model.Node
	// Score ranks results: higher is better. Word matches score their
	// BM25F weight (about 1 to 30); letters-in-order matches their
	// fuzzy score (300 to 1,200), on a scale of their own, always listed
	// after word matches.
	Score float64
	// Positions are the matched runes of Node.Title.In(Lang), as rune
	// indices, ascending.
	Positions []int
	// Lang is the language the text matched in: the one searched, or the
	// other one when the node matched only there ("matched in 中文").
	Lang  model.Lang
	Match Match
}

// Results is what a search found.
type Results struct {
	// List holds the results, best first: word matches and partial ones,
	// then (when they leave room under the limit, or no duty mentions the
	// query) the closest ones: related-term and letters-in-order matches.
	List []Result
	// Matches counts the results that match by words (Match Words: they
	// mention the query's main words), all of them, though List holds at
	// most the limit: the count a header shows. Partial matches are not
	// counted.
	Matches int
	// Partial counts the results that mention only a lesser word of the
	// query (Match Partial), all of them, as Matches counts the matches:
	// the header counts them apart ("2 found · 41 in part"), as the
	// owners' rows do ("2 in part"). None when no duty mentions the query.
	Partial int
	// Missing lists the query's words that no text mentions, in either
	// language, as typed; and, when nothing matches, its exact terms that
	// no text contains ("'aprove").
	Missing []string
	// TooCommon lists the query's stop words kept as typed ("up" of "set
	// up", "in" of "log in", "A" of "M&A"), once each: the index drops
	// them, so no text holds them as words, and no note names them as
	// words no duty mentions.
	TooCommon []string
	// NoWork is the pronoun that is all an English question says of what
	// is done ("it" of "who approves it?"): the question names no work,
	// nothing is searched, and NoMention is set with an empty List.
	NoWork string
	// NoMention is set when the query has words and no duty or point
	// mentions any of them: List then holds the closest results
	// ("No duty mentions hiring; closest: …").
	NoMention bool
	// UnknownDepts lists the query's d: references that name no
	// department ("d:nosuch"): the search looked in none of them.
	UnknownDepts []string
	// Common lists the query's words, as typed, when every one is a
	// question word, filler or stop word ("who", "the", 谁负责): nothing
	// was searched for; List is empty.
	Common []string
	// Corrected lists the query's words that no text holds and a word of
	// the texts a typing slip away ("prcies": "prices"), what a "did you
	// mean" note names; Searched when nothing answered the query as typed
	// and these words, each the typed one with two neighbouring letters
	// swapped or, in a question's verb, a slip inside an inflected word's
	// base ("who colects"), were searched instead (any other slip is only
	// suggested: most are real words the content lacks, "invoices" for
	// "involves").
	Corrected []Correction
	// Words are the query's words that were searched for, as typed,
	// without question words and fillers.
	Words []string
	// Exact are the query's exact terms, as typed with their quote
	// ("'prices"): every match contains each of them.
	Exact []string
	// Lang is the language the query is written in, which answers it
	// first: List holds the texts that match in it, then those that match
	// only in the other. A Chinese query is Chinese, whatever the reader's
	// language; a query of both languages is the one most of its words are
	// in, or the reader's on a tie.
	Lang model.Lang

	// ReadAs is set when the query was read as a department's name it is
	// a slip of ("销受部", "markting"): the results are for the name.
	ReadAs *ReadAs

	// Through lists the query's words that no match says itself, every
	// match holding them only through a synonym ("purchases": "Buy
	// office supplies"), in the query's order: a note says so, as it
	// says which words no duty mentions. None when no duty mentions the
	// query.
	Through []Through

	// OutOfScope is set when a question names where to look (销售部 of
	// 销售部谁负责展会, its scope) and no duty there answers it while other
	// units' do: the owners are those others, and a note says the units
	// asked about have nothing on it (as it says which words no duty
	// mentions), not leaving them out silently.
	OutOfScope *OutOfScope

	// Compare holds the two departments a question about their
	// difference names ("difference between HR and finance", 策划部和市场部
	// 有什么不同), in the order it names them: the comparison of the two
	// answers it (difference.go). Nil for any other query.
	Compare []*model.Node

	// Offered holds the units a question offers as alternatives ("is
	// training done by HR or marketing", 定价是市场部还是销售部负责), in the
	// order it names them: the question was asked as who does the rest,
	// with them first among its owners (either.go, Results.Chosen). Nil
	// for any other query.
	Offered []*model.Node

	// roleWords are the words of a role's verb in a question about a
	// role (qword.role: 批准 of 谁批准付款, "approves"), as typed: what
	// the question asks, never work a note says no duty mentions
	// (withoutRoles).
	roleWords []string
	// order is the query's terms as typed, in order (exact ones without
	// their "'"): the order NotMentioned names them in.
	order []string
	// unanswered: NoMention because no duty mentions what a question asks
	// about, though they mention some of its words; Missing holds those
	// they do not ("who sets KPIs?": KPIs; "who recruits new staff?":
	// recruits).
	unanswered bool
	// ranking are the words of Words that only rank, as typed: a kept
	// frequency or time clause (qword.often), a role's verb (qword.role).
	// No note that nothing mentions the work names them.
	ranking  []string
	ownersOf func(limit int) []Owner
	// unlisted: an owner the query names holds no duties, so the first
	// owner may be one the sources list none for (FirstUnlisted).
	unlisted bool
	// workOf counts the work among the main matches and among the partial
	// ones, all of them, though List holds at most the limit (workCount);
	// nil when the word index did not answer.
	workOf func() (main, partial int)
	// mainWords are the query's words, as typed, that the main matches of
	// the work hold (nil when none is a main match, or the word index did
	// not answer): what a count of the main work says they mention.
	mainWords func() []string
	// wholeWork: for an unanswered question, the work (a topic's point)
	// that holds all it asks about though no duty does; nil otherwise.
	wholeWork func() map[*model.Node]bool
	mu        sync.Mutex
	owners    []Owner
	ownersN   int // the limit owners was computed for; 0 for all
	computed  bool
}

// OutOfScope names the units a question asks about (its scope) that hold
// no duty answering it, and the words of the work it asks for, as typed
// (展会 of 销售部谁负责展会), which a note quotes.
type OutOfScope struct {
	Units []*model.Node
	Words []string
}

// Correction is a query word no text holds and the word of the texts it
// is most likely a typing slip of.
type Correction struct {
	Typed string // as typed
	Word  string // the texts' word, folded
	// Searched: the query was searched with Word in Typed's place,
	// nothing answering it as typed.
	Searched bool
}

// Through is a query word that the matches hold only through synonyms.
type Through struct {
	Typed string   // the word as typed
	Via   []string // the synonyms as the best matches write them, folded ("buy"), at most maxVia
}

// maxVia bounds the synonyms a Through names.
const maxVia = 3

// ReadAs says how a search read its query as a department's name, as show
// reads a reference (model.BestMatches).
type ReadAs struct {
	Typed string      // the query as typed
	Node  *model.Node // the department
	Tier  model.Tier  // how the query names it: a slip (model.TierSlip)
}

// ErrSuperseded is returned by a Searcher's search that a newer search
// replaced before it finished.
var ErrSuperseded = errors.New("search: superseded by a newer search")

// Owner is a department, or a position within one, holding duties that
// match: the answer to "who does this?".
type Owner struct {
	// Department is the department; Position the position (a section
	// with role position) holding the duties, or nil when the department
	// holds them outside any position.
	Department, Position *model.Node
	// Score ranks owners: the best duty's score plus a share of each
	// other matching duty's, so that an owner with several matching
	// duties beats one with a single duty of the same score.
	Score float64
	// Duties is how many of its duties match the query: mention its main
	// words, those carrying at least half the weight (inverse document
	// frequency) of the query words the content mentions. For one word,
	// every duty that mentions it; for "who sets product prices", the
	// duties that name prices and setting, or prices and products, but not
	// those that only set something up. It may be 0 for an owner ranked
	// on duties that each mention a lesser word, or on a duty of another
	// unit that names this one as the doer of the question's verb (its
	// Proof then: "Sell … through the channels the marketing department
	// has designed" for "who designs the channels?"; doersNamed), which
	// Mentions counts.
	Duties int
	// Mentions is how many of its duties mention any word of the query
	// (Duties ≤ Mentions): what the owner's score is made of.
	Mentions int
	// Proof is the owner's best matching duty. Its Node is nil for an
	// owner the query names that holds no duties: the sources list none
	// for it ("谁负责后勤": 后勤部, whose duties no source records).
	Proof Result
	// Named is set when the query names the owner: its department's or
	// position's name carries the query's main words. Its duties then
	// match, whether or not they repeat the name.
	Named bool
	// BySummary is set when the owner is proved by its own summary, not
	// by a duty (summary.go): Proof's Node is then the department or
	// position itself, whose summary says the query's main words
	// ("Manages the company's money" for "who manages money?").
	BySummary bool
	// Responsible is set when the owner's proof is a duty written in
	// another unit whose Responsible line names it: the owner does it
	// ("Hire engineers." under Engineering, Responsible: people).
	Responsible bool
	// Accountable is how many of the matching duties written in this
	// owner's unit another unit's Responsible line takes, the owner
	// answering for them (its RACI role A: model.AssignmentOf), when one of
	// them is its proof: it does not do them, it signs them off. For an
	// owner proved by a point of a topic's shared work, it is how many
	// matching points its Accountable line names (Responsible may name it
	// too).
	Accountable int
	// Parts are, for a department answering a question that asks for a
	// department (byDepartment), the owners it is made of, best first: the
	// department's own duties and each of its positions'. Duties and
	// Mentions add theirs up. Nil for every other owner, and for a
	// department whose own duties are all it has.
	Parts []Owner
}

// NotMentioned returns the terms a "no duty mentions …" message names,
// as typed, and whether the message is that no duty mentions them
// together. With NoMention: the query's words; or, for a query with exact
// terms, those no text holds, else all its words and exact terms, which
// texts hold apart but none together ("prices 'approve"); or, for a
// question whose verb alone is mentioned, the other words ("who sets
// KPIs?": KPIs). Otherwise the missing words, which the matches do without.
// With NoMention the terms are never none while the query has a word.
//
// The terms are in the order the query has them, an exact term without
// its "'": “zzz” or “qqq” for "'zzz qqq", as the CLI and the explorer
// both say it (JoinTerms).
func (r *Results) NotMentioned() (terms []string, together bool) {
	switch {
	case !r.NoMention, r.unanswered:
		terms = r.Missing
	case len(r.Exact) == 0:
		terms = r.searchedWords()
	case len(r.Missing) > 0:
		terms = r.Missing
	default:
		// One term alone is not mentioned, not "together".
		terms = append(r.searchedWords(), r.Exact...)
		together = len(terms) > 1
	}
	if r.NoMention && len(terms) == 0 {
		// An unanswered question whose every word some duty mentions
		// (Results.unanswered) is named by the words of its work, which
		// no duty mentions together: a note never names nothing ("no
		// duty mentions ;", verify27 V7), nor a word that only ranks
		// ("payment" of "who checks deliveries before payment").
		terms = append(r.searchedWords(), r.Exact...)
		if work := slices.DeleteFunc(slices.Clone(terms), func(w string) bool { return slices.Contains(r.ranking, w) }); len(work) > 0 {
			terms = work
		}
		together = len(terms) > 1
	}
	return r.inQueryOrder(terms), together
}

// inQueryOrder is terms (the query's words, and exact terms with their
// "'") in the order of the query's terms that hold them, exact terms
// without their "'"; a term none holds keeps its place after them.
func (r *Results) inQueryOrder(terms []string) []string {
	out := make([]string, len(terms))
	at := make([]int, len(terms))
	for i, t := range terms {
		out[i], at[i] = strings.TrimPrefix(t, "'"), len(r.order)
		for k, o := range r.order {
			if strings.Contains(o, out[i]) {
				at[i] = k
				break
			}
		}
	}
	idx := make([]int, len(out))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int { return at[a] - at[b] })
	sorted := make([]string, len(out))
	for i, k := range idx {
		sorted[i] = out[k]
	}
	return sorted
}

// JoinTerms joins the quoted terms a "no duty mentions …" message names,
// the last by "or", or by "and" when the message is that no duty
// mentions them together: “a”, “b” or “c”; “甲”、“乙”和“丙”. A list cut
// short (more) ends with "…" instead. The CLI and the explorer both say
// it so.
func JoinTerms(quoted []string, l model.Lang, together, more bool) string {
	switch {
	case more:
		return strings.Join(append(slices.Clip(quoted), "…"), l.ListSep())
	case len(quoted) < 2:
		return strings.Join(quoted, "")
	}
	joins := [model.NumLangs][2]string{model.En: {" or ", " and "}, model.Zh: {"、", "和"}}[l]
	last := joins[0]
	if together {
		last = joins[1]
	}
	return strings.Join(quoted[:len(quoted)-1], l.ListSep()) + last + quoted[len(quoted)-1]
}

// ThroughNote says which words the matches hold only through synonyms
// (Results.Through), in one wording for the CLI and the explorer:
// “salary” is matched through “wage”; “价钱”通过“定价”、“价格”匹配.
// quote puts a word in the caller's quotes, made safe for its output.
func ThroughNote(ts []Through, l model.Lang, quote func(word string) string) string {
	each := make([]string, 0, len(ts))
	for _, t := range ts {
		via := make([]string, len(t.Via))
		for i, v := range t.Via {
			via[i] = quote(v)
		}
		format := [model.NumLangs]string{model.En: "%s is matched through %s", model.Zh: "%s通过%s匹配"}[l]
		each = append(each, fmt.Sprintf(format, quote(t.Typed), JoinTerms(via, l, false, false)))
	}
	return strings.Join(each, [model.NumLangs]string{model.En: "; ", model.Zh: "；"}[l])
}

// searchedWords are the query's words, once each, without those too common
// to search on (TooCommon).
func (r *Results) searchedWords() []string {
	words := slices.DeleteFunc(slices.Clone(r.Words), func(w string) bool { return slices.Contains(r.TooCommon, w) })
	return onceEach(r.withoutRoles(words))
}

// withoutRoles returns words without the role's verb of a question about
// a role (roleWords), unless nothing else is left: 谁批准付款 asks who
// approves 付款, and when no duty mentions 付款 a note says so, not that
// none mentions 批准, which is the question's, as 负责 of 谁负责付款 is.
func (r *Results) withoutRoles(words []string) []string {
	if len(r.roleWords) == 0 {
		return words
	}
	rest := slices.DeleteFunc(slices.Clone(words), func(w string) bool { return slices.Contains(r.roleWords, w) })
	if len(rest) == 0 {
		return words
	}
	return rest
}

// Unlisted reports whether the owner is one the query names and the
// sources list no duties for.
func (o Owner) Unlisted() bool { return o.Proof.Node == nil }

// Name is the owner's name in lang: "Marketing department", or
// "Marketing department › Marketing manager" for a position.
func (o Owner) Name(lang model.Lang) string {
	if o.Position == nil {
		return o.Department.Title.In(lang)
	}
	return o.Department.Title.In(lang) + " › " + o.Position.Title.In(lang)
}

// OwnerLabels names owners shown together, one label each: node i is a
// department, or a position or unit within one, and label i its
// department's name then its own ("Marketing department", "Marketing
// department › Marketing manager"), one part per name, in lang. Owners
// whose labels would read alike get the units between, nearest first,
// until they differ: "North pricing department › Field unit › Pricing
// assistant" beside "North pricing department › Positions › Pricing
// assistant". Those alike all the way (two departments of one name) end
// with their paths: "Sales (sales-east)".
func OwnerLabels(nodes []*model.Node, lang model.Lang) [][]string {
	labels := make([][]string, len(nodes))
	between := make([][]*model.Node, len(nodes)) // the ancestors below the department, nearest first
	shown := make([]int, len(nodes))             // how many of them the label names
	label := func(i int) []string {
		n := nodes[i]
		d := n.Root()
		out := []string{d.Title.In(lang)}
		for k := shown[i] - 1; k >= 0; k-- {
			out = append(out, between[i][k].Title.In(lang))
		}
		if n != d {
			out = append(out, n.Title.In(lang))
		}
		return out
	}
	for i, n := range nodes {
		for p := n.Parent; p != nil && p.Parent != nil; p = p.Parent {
			between[i] = append(between[i], p)
		}
		labels[i] = label(i)
	}
	alike := func() [][]int {
		byLabel := map[string][]int{}
		var keys []string
		for i, l := range labels {
			k := strings.Join(l, "\x00")
			if byLabel[k] == nil {
				keys = append(keys, k)
			}
			byLabel[k] = append(byLabel[k], i)
		}
		var out [][]int
		for _, k := range keys {
			if len(byLabel[k]) > 1 {
				out = append(out, byLabel[k])
			}
		}
		return out
	}
	for grew := true; grew; {
		grew = false
		for _, g := range alike() {
			for _, i := range g {
				if shown[i] < len(between[i]) {
					shown[i]++
					labels[i], grew = label(i), true
				}
			}
		}
	}
	for _, g := range alike() {
		for _, i := range g {
			last := len(labels[i]) - 1
			labels[i][last] += " (" + nodes[i].Path + ")"
		}
	}
	return labels
}

// Node is the position, or the department when no position holds the
// duties.
func (o Owner) Node() *model.Node {
	if o.Position != nil {
		return o.Position
	}
	return o.Department
}

// Owners returns the owners of the matching duties, best first, at most
// limit (all when limit <= 0). Only word matches count, and only duties
// of departments (not topics' points).
// It is safe to call from several goroutines.
func (r *Results) Owners(limit int) []Owner {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.ownersOf == nil {
		return nil
	}
	if !r.computed || r.ownersN > 0 && (limit <= 0 || limit > r.ownersN) {
		r.owners, r.ownersN, r.computed = r.ownersOf(limit), max(limit, 0), true
	}
	if limit > 0 && len(r.owners) > limit {
		return r.owners[:limit]
	}
	return r.owners
}

// FirstUnlisted returns the first owner (Owners) when it is one the query
// names and the sources list no duties for, which the answer then says.
// Only an owner the query names can be one, so a search naming none
// answers without ranking its owners (at 100,000 duties a few
// milliseconds and a megabyte for a word in 2% of them).
func (r *Results) FirstUnlisted() (Owner, bool) {
	if !r.unlisted {
		return Owner{}, false
	}
	if os := r.Owners(1); len(os) > 0 && os[0].Unlisted() {
		return os[0], true
	}
	return Owner{}, false
}

// ownerDecay is the share of an owner's k-th best duty score that adds to
// its score: 1, 0.7, 0.49 … (a geometric sum, so that many weak matches
// cannot outweigh one strong one). After K. Balog, L. Azzopardi, M. de
// Rijke, "Formal models for expert finding in enterprise corpora" (SIGIR
// 2006): the document-centric model, with each duty owned by one owner.
const ownerDecay = 0.7

// weightCoverage is the share in an owner's score of how well its duties
// together cover the query: the sum over the query's words of its best
// duty's score for each (rank.go). An occupation whose tasks name the
// drone, the site and the inspection in three places answers "drone site
// inspections" better than one task naming one of them.
const weightCoverage = 1.0

// ownerScore folds an owner's duty scores, best first, into one.
func ownerScore(scores []float64) float64 {
	slices.SortFunc(scores, func(a, b float64) int { return cmp.Compare(b, a) })
	s, w := 0.0, 1.0
	for _, x := range scores {
		s += w * x
		w *= ownerDecay
	}
	return s
}

// Note says that the units a question asks about hold no duty on its
// work, and that the answer is other units', in one wording for the CLI
// and the explorer: Sales department has no duty mentioning “training”;
// other departments: / 销售部没有提到“展会”的职责；其他部门：. quote
// puts a word in the caller's quotes and name a unit's name in l, each
// made safe for its output.
func (o *OutOfScope) Note(l model.Lang, quote func(word string) string, name func(n *model.Node) string) string {
	names := make([]string, len(o.Units))
	depts := true
	for i, n := range o.Units {
		names[i] = name(n)
		depts = depts && n.Kind == model.KindDepartment
	}
	words := make([]string, len(o.Words))
	for i, w := range o.Words {
		words[i] = quote(w)
	}
	format := [2][model.NumLangs]string{
		{model.En: "%s has no duty mentioning %s; other units:", model.Zh: "%s没有提到%s的职责；其他单位："},
		{model.En: "%s has no duty mentioning %s; other departments:", model.Zh: "%s没有提到%s的职责；其他部门："},
	}[boolInt(depts)][l]
	return fmt.Sprintf(format, JoinTerms(names, l, false, false), JoinTerms(words, l, false, false))
}
