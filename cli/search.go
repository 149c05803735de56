package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode"

	"github.com/dutymap/dutymap/cache"
	"github.com/dutymap/dutymap/compare"
	"github.com/dutymap/dutymap/internal/gcstart"
	"github.com/dutymap/dutymap/internal/termsafe"
	"github.com/dutymap/dutymap/model"
	"github.com/dutymap/dutymap/model/search"
	"github.com/spf13/cobra"
)

func init() { subcommands = append(subcommands, (*app).searchCmd) }

func (a *app) searchCmd() *cobra.Command {
	var limit int
	var owners bool
	var format *outputFormat
	cmd := &cobra.Command{
		// A warm search with a limited answer runs without collecting
		// (runSearch): the collector stays off from the start.
		Annotations: map[string]string{keepsGCPaused: "yes"},
		Use:         "search QUERY...",
		Short:       `Answer "who does X?": the duties that mention the query's words, or their owners`,
		Long: `search finds the duties (and sections, departments, topics and points) whose text
mentions the words of the query, best first, one per line: the path (which
"dutymap show" accepts), then department › sections › text. A text written the
same way in several places is listed once: " (2 places)" counts those in its
department, and those in other departments are named, " (also: Finance
department › Responsibilities)", so a duty two departments hold is never
shown as one's.

The query may be keywords or a question, in English or Chinese, with or without
punctuation: "who sets product prices?", "谁负责定价？". Question words and
fillers (who, which department, responsible for, handles; 谁, 哪个部门, 由, 负责)
are left out. A word also finds its other forms (price, prices, pricing), its
synonyms (set: determine, decide …; hire: recruit), its pinyin (dingjia, dj: 定价),
and its twin in the other language; a Chinese word finds the longer words it
is part of (财务: 财务部). Texts that hold more of the words, rarer words, and
words close together rank higher; a duty under a section or department named
by the query ranks higher too. The query's language decides which texts answer
it first: a Chinese query the Chinese texts, whatever --lang says.

A question that names a department or position ("谁负责财务", "who manages
finance") is answered by it: its name holds the query's main words as written
and its duties the rest, so it comes first, with all its duties, whether or not
they repeat its name. One the sources list no duties for is still named, with a
note saying so.

A question about a role of the responsibility matrix ("who is accountable for
pricing?", "who approves the budget", "which department is consulted on
promotions", "谁批准价格") lists the duties as any query does, the duties that
say it first ("who approves promotion funds" leads with "… approving promotion
funds"), and names on standard error the units holding that role for the work
asked about; --owners lists those units (accountable, consulted, informed or
responsible), each with its best duty. Only a question is read this way: "approve
promotion funds", "批准价格" look for the duties that say it. --json keeps its
shape: a role question's duty lines add "role" and "holders" (the units holding
it for that duty: unit, path), its --owners lines add "role". A duty with no
RACI lines is done and answered for by its department.

A query of nothing but question words and common words ("who", "谁负责") asks
for no work: search says so and exits 1. A code written whole ("S.1.2",
"3.2.2") finds its node first, and the pieces of the code ("1.2") find nothing
by themselves.

--owners answers "who" directly: the departments (and positions) holding the
matching duties, ranked by their best duty and how many match, each with the
duty that proves it. The count is of the duties that match the query's main
words (those carrying at least half its weight: "who sets product prices?"
counts the duties about setting prices or product prices, not those that only
set something up); an owner with none says how many duties match in part, or,
proved only by another unit's duty that names it as the doer, "named in a Sales
department duty". For a
question asking who does something, a duty holding only its verb matches in part
("Sort and file the department's documents" for "who files taxes"), and the owners
with a match come first, however many partial duties the others have.

fzf's syntax works too:
  'set            exactly "set", as a substring of the text
  d:marketing     only that department: its id, or the start of its id, name or
                  alias (dept:marketing too; several d: words allow any of them,
                  at most 20); one that names no department is an error listing
                  the ids
A word with a capital letter matches case in the letters-in-order fallback.

When no duty mentions any word of the query, search says so and lists the
closest results instead (related words, then letters in order), on standard
error (with --json, as JSON lines on standard output), and exits 1; a query in
one language says so too when departments are written only in the other ("The
content is written in English only; try English words"). When only some words are mentioned, it names the others on
standard error and lists what the rest find.

A text matches when it mentions the query's main words (those carrying half its
weight; a word held only through a synonym weighs what the synonym does); texts
that mention only a lesser word are listed where their scores rank them, marked
"(in part)", in the lines --limit leaves after the matches (--limit bounds the
lines, --json too); those left out are counted on standard error.

With --json (or --format json) each line is a JSON object: path, department (its name), owner (the department,
and the position when one holds the duty), where (department › sections), text,
lang, score, match (words; partial for a text that mentions only a lesser word,
listed where its score ranks it; among the closest results when no duty mentions
the query, also related for a text reached by a related word only, letters for
one holding the query's letters in order), places (the paths of every place),
departments (every department holding the text, the line's first) and positions (the matched characters of text, as indices of Unicode
code points). With --owners --json: owner (as the list names it: two owners
of one name also name the unit between), path (of the position or department), department (its id), score, duties (how many match the query's main
words), mentions (how many mention any word of it), named (the query names this
owner) and proof (the best duty: path, text, lang; null for a named owner the
sources list no duties for). When nothing matches, --json prints no line: an
empty stream of JSON lines, with the exit status 1.`,
		Example: `  dutymap search "who sets product prices?"
  dutymap search --owners "which department trains salespeople"
  dutymap search 谁负责定价 --lang zh
  dutymap search --owners "who is accountable for pricing?"
  dutymap search "market research" d:marketing
  dutymap search prices --limit 1 | cut -d' ' -f1 | xargs dutymap show
  dutymap search plan --limit 5 --json`,
		Args: func(cmd *cobra.Command, args []string) error {
			if query := searchQuery(args); search.Parse(query).IsEmpty() || !hasWordRune(query) {
				return &exitError{2, a.say(noQuery)}
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			f, err := format.get(nil)
			if err != nil {
				return err
			}
			return a.runSearch(searchQuery(args), limit, f == "json", owners)
		},
	}
	cmd.Flags().IntVar(&limit, "limit", 20, "print at most N lines, the matches first (or N owners); 0 prints all")
	setMin(cmd.Flags(), "limit", 0)
	format = a.addFormat(cmd.Flags(), "dutymap search", "text", "json")
	cmd.Flags().BoolVar(&owners, "owners", false, "print the owners of the matching duties: departments and positions")
	return cmd
}

// searchQuery is the query the arguments give, without the escape
// sequences in them, each dropped whole: the terminal never shows one, so
// "\x1b[31mred\x1b[0m" is the word red, not "31mred" and "0m" (tryout28
// P3).
func searchQuery(args []string) string {
	return termsafe.Plain(strings.Join(args, " "))
}

// hasWordRune reports whether s holds a letter or a digit: a query or a
// reference of punctuation alone ("-", "？", ".") has no word to look for
// (tryout28 P13: "-" was "nothing matches", rc 1, and "'" a usage error).
func hasWordRune(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsNumber(r) }) >= 0
}

// searchHit is one --json line.
type searchHit struct {
	Path       string `json:"path"`
	Department string `json:"department"`
	// DepartmentID is the id of Department, the key an --owners line's
	// department holds, for a script joining the two.
	DepartmentID string   `json:"department_id"`
	Owner        string   `json:"owner"`
	Where        string   `json:"where"`
	Text         string   `json:"text"`
	Lang         string   `json:"lang"`
	Score        float64  `json:"score"`
	Match        string   `json:"match"`
	Places       []string `json:"places"`
	// Departments names every department the text stands in, as
	// Department does: the line's first, then the others (the text line's
	// "also:").
	Departments []string `json:"departments"`
	Positions   []int    `json:"positions"`
	// Role and Holders answer a role question ("who approves …"): the
	// role asked about, and the units holding it for this duty.
	Role    string      `json:"role,omitempty"`
	Holders []holderRef `json:"holders,omitempty"`
}

type holderRef struct {
	Unit string `json:"unit"`
	Path string `json:"path"`
}

// ownerHit is one --owners --json line.
type ownerHit struct {
	Owner      string `json:"owner"`
	Path       string `json:"path"`
	Department string `json:"department"`
	// DepartmentName is the name of Department (an id), as a match
	// line's department is written.
	DepartmentName string  `json:"department_name"`
	Score          float64 `json:"score"`
	Duties         int     `json:"duties"`
	Mentions       int     `json:"mentions"`
	// Role is the role a role question asked about ("accountable"): the
	// owner holds it for the matching duties.
	Role string `json:"role,omitempty"`
	// Named: the query names this owner; its duties match whether or not
	// they repeat its name.
	Named bool `json:"named"`
	// BySummary: the owner's own summary proves it (Proof's text is the
	// summary); Responsible: its proof is another unit's duty whose
	// Responsible line names it. Left out when false.
	BySummary   bool `json:"by_summary,omitempty"`
	Responsible bool `json:"responsible,omitempty"`
	// Accountable: how many of its matching duties another unit's
	// Responsible line takes, which it answers for (RACI's A), when they
	// are all its matches. Left out when 0.
	Accountable int `json:"accountable,omitempty"`
	// Share: for a department answering a question that asks for one
	// (its duties count its positions'), the position holding most of
	// them. Left out otherwise.
	Share *shareHit `json:"share,omitempty"`
	// Proof is the best matching duty; null for an owner the query names
	// and the sources list no duties for.
	Proof *proofHit `json:"proof"`
}

type proofHit struct {
	Path string `json:"path"`
	Text string `json:"text"`
	Lang string `json:"lang"`
}

// maxClosest bounds the closest results listed when nothing mentions the
// query: a pointer or two, not a second result list.
const maxClosest = 5

// The messages of an answer that is not a plain list, per language.
var (
	// noMention and nothingClose: [0] for terms no duty mentions, [1] for
	// terms duties mention apart but none together (Results.NotMentioned).
	noMention = [2][model.NumLangs]string{{
		"dutymap search: no duty mentions %s; closest:",
		"dutymap search：没有职责提到%s；最接近的：",
	}, {
		"dutymap search: no duty mentions %s together; closest:",
		"dutymap search：没有职责同时提到%s；最接近的：",
	}}
	// didYouMean follows the words no duty mentions; searchedInstead says
	// the query was searched with other words (search.Correction). When
	// the note names several words, each suggestion says its word
	// (didYouMeanEach of meantFor: the suggestion, then the word typed).
	didYouMean = [2][model.NumLangs]string{{
		" (did you mean %s?)",
		"（是不是要找%s？）",
	}, {
		" (did you mean %s?)",
		"（%s？）",
	}}
	meantFor = [model.NumLangs]string{
		"%s for %s",
		"%[2]s是不是要找%[1]s",
	}
	searchedInstead = [model.NumLangs]string{
		"dutymap search: no duty mentions %s; the results are for %s",
		"dutymap search：没有职责提到%s；以下是%s的结果",
	}
	notMentioned = [model.NumLangs]string{
		"dutymap search: no duty mentions %s; the results match the other words",
		"dutymap search：没有职责提到%s；以下结果匹配其余的词",
	}
	nothingClose = [2][model.NumLangs]string{{
		"dutymap search: no duty mentions %s, and nothing comes close",
		"dutymap search：没有职责提到%s，也没有相近的内容",
	}, {
		"dutymap search: no duty mentions %s together, and nothing comes close",
		"dutymap search：没有职责同时提到%s，也没有相近的内容",
	}}
	// oneLangNothing and oneLangClosest: no duty mentions the words (%s),
	// written in one language, while departments are written only in the
	// other (search.OneLanguage.Note, the second %s, as the explorer
	// says it); nothing comes close, or the closest follow.
	oneLangNothing = [model.NumLangs]string{
		"dutymap search: no duty mentions %s, and nothing comes close. %s",
		"dutymap search：没有职责提到%s，也没有相近的内容。%s",
	}
	oneLangClosest = [model.NumLangs]string{
		"dutymap search: no duty mentions %s. %s. Closest:",
		"dutymap search：没有职责提到%s。%s。最接近的：",
	}
	// tooCommon and tooCommonNothing: nothing answers a query whose words
	// are stop words kept as typed ("up", "AT&T"), which the index drops:
	// they are too common to search on, not unmentioned.
	tooCommon = [model.NumLangs]string{
		"dutymap search: too common to search on: %s; closest:",
		"dutymap search：太常见，无法搜索：%s；最接近的：",
	}
	tooCommonNothing = [model.NumLangs]string{
		"dutymap search: too common to search on: %s, and nothing comes close",
		"dutymap search：太常见，无法搜索：%s，也没有相近的内容",
	}
	onlyCommon = [model.NumLangs]string{
		"dutymap search: only common words: %s; add what the work is about (or write 'word to look for the word itself)",
		"dutymap search：只有常用词：%s；请加上要找的工作内容（或写 '词 来查找这个词本身）",
	}
	// noWork: an English question whose verb's only object is a pronoun
	// ("who approves it?") names no work to look for (search.Results.NoWork).
	noWork = [model.NumLangs]string{
		"dutymap search: the question names no work, only %s; write what the work is about in its place",
		"dutymap search：问题没有说出工作内容，只有%s；请在它的位置写出要找的工作",
	}
	nothing = [model.NumLangs]string{
		"dutymap search: nothing matches %s",
		"dutymap search：没有匹配 %s 的内容",
	}
	// nothingClosest: no text matches the query's words as the query
	// says them, though each word is mentioned (a noun a duty holds only
	// as its verb: "the tests", "Test every release"): the closest follow.
	nothingClosest = [model.NumLangs]string{
		"dutymap search: nothing matches %s; closest:",
		"dutymap search：没有匹配 %s 的内容；最接近的：",
	}
	noOwners = [model.NumLangs]string{
		"dutymap search: no duty of a department mentions %s",
		"dutymap search：没有哪个部门的职责提到%s",
	}
	unlisted = [model.NumLangs]string{
		"dutymap search: the owner is %s, but the sources list no duties for it",
		"dutymap search：负责的是%s，但资料中没有列出它的职责",
	}
	// compareNote: a question about how two departments differ (%s and
	// %s, named in the words of the note) is answered side by side by
	// compare, whose command (the third %s) the note gives.
	compareNote = [model.NumLangs]string{
		"dutymap search: %s and %s side by side: %s",
		"dutymap search：%s与%s的区别，并排对比：%s",
	}
	// chosenNote answers a question offering units as alternatives ("is
	// training done by HR or marketing"): of the units offered (%s, each
	// unit's name), the one whose duty does the work (%s; the list shows
	// the duty). neitherNote: none of them does it; %s, the owner that does.
	chosenNote = [model.NumLangs]string{
		"dutymap search: of %s, it is %s",
		"dutymap search：%s之中，是%s",
	}
	neitherNote = [model.NumLangs]string{
		"dutymap search: neither %s does it; it is %s",
		"dutymap search：%s都不负责；是%s",
	}
	unlistedLabel = [model.NumLangs]string{"no duties listed", "资料未列出职责"}
	partialNote   = [model.NumLangs]string{
		"dutymap search: %d more mention only a lesser word of the query (a higher --limit lists them, marked “in part”)",
		"dutymap search：另有 %d 项只提到查询中次要的词（调高 --limit 可列出，标为“部分匹配”）",
	}
)

func (a *app) runSearch(query string, limit int, asJSON, owners bool) error {
	if limit < 0 {
		return &exitError{2, a.say(searchLimit)}
	}
	// A search reads the cached index alone: the organisation is not
	// made, only the nodes the results name. A role question needs the
	// RACI lines, which are the organisation's.
	rq, isRole := search.AsksRole(query)
	how, q, n := cache.Store.OpenIndex, search.Parse(query), limit
	switch {
	case isRole && owners:
		how, q, n = cache.Store.Open, search.Parse(rq.Work), 0
	case isRole:
		how, q = cache.Store.Open, search.Parse(rq.List)
	}
	// The command line gives the query whole: no word is being typed
	// ("who is" has no words to search for, as "who are" has none).
	q.Complete = true
	if len(q.Depts) > search.MaxDepts {
		return &exitError{2, a.say(tooManyDepts, len(q.Depts), search.MaxDepts)}
	}
	if isRole || limit == 0 || a.host != nil {
		// These read the whole organisation or write an answer as large
		// as it: collected as usual. A limited answer from the cached
		// index alone leaves a few megabytes of garbage (about 10 at
		// 100,000 duties, start included), and the process ends: it runs
		// without a collection, unless the cache misses and the content
		// is loaded from its files (the cache turns the collector on).
		gcstart.Resume()
	}
	ld, lang, err := a.openWithIn(how)
	if err != nil {
		return err
	}
	answer := func() error {
		if ld.Status == cache.Miss {
			// After a miss, the next search reads the index this one
			// builds: the cache file is written beside the build, each
			// table as it is done, and ends once the answer is out (the
			// answer does not wait for it). A cache that cannot be
			// written only costs speed.
			save := ld.StartSave()
			// The cache holds the word and letters indexes of both
			// languages, and the search needs most of them (the word
			// indexes of both: a query in one language also finds what
			// only the other language's texts say, ERP in 在ERP系统中,
			// or dingjia for 定价): built at once, on every core, rather
			// than one after the other as the search asks for them.
			ld.Index.PrepareTables()
			err := a.answerSearch(ld, lang, query, q, n, rq, isRole, limit, asJSON, owners)
			_ = save()
			return err
		}
		err := a.answerSearch(ld, lang, query, q, n, rq, isRole, limit, asJSON, owners)
		// A hit whose files had new times records them for next time.
		_ = ld.Save()
		return err
	}
	if ld.Org != nil {
		return answer()
	}
	// The cached index alone. A damaged cache is dropped, and the answer
	// comes from the files (and a new cache, written for next time).
	fromFiles := func() error {
		if err := ld.Reload(); err != nil {
			return &exitError{1, a.say(hasProblem) + err.Error()}
		}
		return answer()
	}
	if limit == 0 {
		// An answer without a limit can be as large as the organisation:
		// it is written as it is made, not held back, so the whole index
		// is checked first (such an answer reads most of it anyway).
		if ld.CheckIndex() != nil {
			return fromFiles()
		}
		return answer()
	}
	// A limited answer: the index's blocks are checked as the search
	// reads them, so the answer is held back until it is known sound.
	stdout, stderr := a.io.Out, a.io.Err
	var out, errs bytes.Buffer
	a.io.Out, a.io.Err = &out, &errs
	resume := func() {}
	if a.host == nil {
		// One search in a short process, its answer limited: it leaves
		// a few megabytes of garbage (about 5 to 10 at 100,000 duties),
		// which collecting would cost more time than it frees memory.
		// (From a cache hit the collector is still off since the start,
		// gcstart; after a load from the files it was turned on.)
		resume = gcstart.Hold()
	}
	err = answer()
	resume()
	a.io.Out, a.io.Err = stdout, stderr
	if ld.Damaged() != nil {
		return fromFiles()
	}
	if _, werr := errs.WriteTo(stderr); werr != nil {
		return werr
	}
	if _, werr := out.WriteTo(stdout); werr != nil {
		return werr
	}
	return err
}

// answerSearch answers a search from ld's index, as runSearch describes.
func (a *app) answerSearch(ld *cache.Loaded, lang model.Lang, query string, q search.Query, n int, rq search.RoleQuestion, isRole bool, limit int, asJSON, owners bool) error {
	var res *search.Results
	if isRole && rq.Either != "" {
		// 审核 is reviewing as often as approving: where a duty says it
		// with the object, the question is who does that duty, which
		// that search answers.
		lq := search.Parse(rq.List)
		lq.Complete = true
		if said, err := searchMatches(ld.Index, lq, lang, limit); err == nil && rq.SaidAsWork(said) {
			q, n, isRole, res = lq, limit, false, said
		}
	}
	var err error
	if res == nil {
		res, err = searchMatches(ld.Index, q, lang, n)
	}
	// The content is searched in lang; search's own words are in the
	// interface language, as every command's are.
	say := a.interfaceLang()
	if err != nil {
		return &exitError{1, "dutymap search: " + err.Error()}
	}
	if len(res.UnknownDepts) > 0 {
		e := compare.RefError{Ref: res.UnknownDepts[0], Candidates: ld.Index.Departments()}
		return &exitError{2, a.say(cmdSays, "dutymap search", e.In(say))}
	}
	if len(res.Common) > 0 {
		return &exitError{1, fmt.Sprintf(onlyCommon[say], quoteList(res.Common, say))}
	}
	if res.NoWork != "" {
		return &exitError{1, fmt.Sprintf(noWork[say], quoteList([]string{res.NoWork}, say))}
	}
	if r := res.ReadAs; r != nil {
		// A slip of a department's name ("销受部"), read as show reads it.
		a.noteReading("dutymap search", r.Typed, r.Node, r.Tier, res.Lang)
	}
	if c := res.Compare; len(c) == 2 {
		// "difference between HR and finance": the comparison answers it.
		cmd := "dutymap compare " + c[0].Path + " " + c[1].Path
		fmt.Fprintln(a.io.Err, fmt.Sprintf(compareNote[say], oneLine(c[0].Title.In(say)), oneLine(c[1].Title.In(say)), cmd))
	}
	// A word no text holds, with the word it is likely a slip of: searched
	// instead when nothing answered the query as typed (said here, for the
	// holders of a role too: "waht team is responsible …"), else suggested.
	var meant []search.Correction
	var typed, searchedFor []string
	if isRole && rq.Slip.Typed != "" && !slices.ContainsFunc(res.Corrected, func(c search.Correction) bool { return c.Typed == rq.Slip.Typed }) {
		// The role's word read through its slip ("aproves"), which the
		// work searched for no longer holds: said as any slip searched.
		// In the query's order, as the others are.
		at := func(c search.Correction) int { return strings.Index(query, c.Typed) }
		k := 0
		for k < len(res.Corrected) && at(res.Corrected[k]) < at(rq.Slip) {
			k++
		}
		res.Corrected = slices.Insert(slices.Clone(res.Corrected), k, rq.Slip)
	}
	for _, c := range res.Corrected {
		if c.Searched {
			typed, searchedFor = append(typed, c.Typed), append(searchedFor, c.Word)
		} else {
			meant = append(meant, c)
		}
	}
	if len(searchedFor) > 0 {
		fmt.Fprintln(a.io.Err, fmt.Sprintf(searchedInstead[say], quoteList(typed, say), quoteList(searchedFor, say)))
	}
	// A role question whose work no duty mentions, and no RACI line gives
	// holders for (res.Holders draws on no duty then), is answered as the
	// question of doing it is: no duty mentions its head, the closest
	// lines, no owner, exit status 1.
	if isRole && owners {
		if !res.NoMention || len(res.Holders(rq.Role, 1)) > 0 {
			return a.searchHolders(rq.Role, res, say, limit, asJSON)
		}
		if limit > 0 && len(res.List) > limit {
			res.List = res.List[:limit] // searched without a limit, for the holders
		}
	}
	b, enc := newAnswer()
	flush := func() error { return b.writeTo(a.io.Out) }
	terms, together := res.NotMentioned()
	// A word the matches hold through another (报税 through 税务) is
	// mentioned: its note says so (noteThrough), and no note says no duty
	// mentions it.
	if held := slices.DeleteFunc(slices.Clone(terms), func(w string) bool {
		return slices.ContainsFunc(res.Through, func(t search.Through) bool { return t.Typed == w })
	}); len(held) > 0 || !res.NoMention {
		terms = held // a note never says no duty mentions nothing
	}
	quoted := quoteJoined(terms, say, together)
	// Words of one language no duty mentions, departments written only in
	// the other: that may be why.
	var oneLang string
	if res.NoMention && !together {
		if o, ok := ld.Index.WrittenOnlyInOther(terms); ok {
			oneLang = o.Note(say)
		}
	}
	if len(meant) > 0 {
		each := len(terms) > 1
		quoted += fmt.Sprintf(didYouMean[b2i(each)][say], suggestions(meant, each, say))
	}
	// One decision of what matched, for the owners as for the list: a
	// query nothing matches gets the same answer either way. A list of
	// related results only (a noun that its duty says only as a verb) is
	// no match: it is offered as the closest, never printed as an answer
	// (the list below stops at the first result that is no match, so it
	// would print nothing and exit 0).
	unmatched := !res.NoMention && len(res.List) > 0 && res.Matches == 0 && res.Partial == 0
	// closest is the answer of a query nothing matches: msg, then the
	// closest results, on standard error (as JSON lines on standard
	// output with --json, marked by how they were reached), exit status 1.
	closest := func(msg string) error {
		for _, r := range res.List[:min(len(res.List), maxClosest)] {
			if asJSON && !owners {
				if err := enc.Encode(hitJSON(r)); err != nil {
					return err
				}
				continue
			}
			msg += "\n  " + searchLine(r)
		}
		if err := flush(); err != nil {
			return err
		}
		return &exitError{1, msg}
	}
	switch {
	case unmatched:
		return closest(fmt.Sprintf(nothingClosest[say], termsafe.QuoteArg(query)))
	case len(res.List) == 0 && res.NoMention && len(q.Depts) == 0 && len(terms) == 0 && len(res.TooCommon) > 0:
		return &exitError{1, fmt.Sprintf(tooCommonNothing[say], quoteList(res.TooCommon, say))}
	case res.NoMention && len(terms) == 0 && len(res.TooCommon) == 0:
		// Nothing to name: no note says no duty mentions nothing
		// (verify27 V7's "no duty mentions ;"). Results.NotMentioned
		// names a query's words; this is for one with none left.
		return closest(fmt.Sprintf(nothing[say], termsafe.QuoteArg(query)))
	case len(res.List) == 0 && res.NoMention && len(q.Depts) == 0 && oneLang != "":
		return &exitError{1, fmt.Sprintf(oneLangNothing[say], quoted, oneLang)}
	case len(res.List) == 0 && res.NoMention && len(q.Depts) == 0:
		return &exitError{1, fmt.Sprintf(nothingClose[b2i(together)][say], quoted)}
	case len(res.List) == 0 || owners && res.Matches == 0 && res.Partial == 0 && !res.NoMention:
		return &exitError{1, fmt.Sprintf(nothing[say], termsafe.QuoteArg(query))}
	case res.NoMention:
		// As show does with a path it cannot find: the message and the
		// candidates on standard error, nothing on standard output.
		// With --json the closest results are the JSON lines, marked by
		// how they were reached (match: related, letters …), so a script
		// gets them too; the exit status still says nothing matched.
		msg := fmt.Sprintf(noMention[b2i(together)][say], quoted)
		if oneLang != "" {
			msg = fmt.Sprintf(oneLangClosest[say], quoted, oneLang)
		}
		if len(terms) == 0 && len(res.TooCommon) > 0 {
			msg = fmt.Sprintf(tooCommon[say], quoteList(res.TooCommon, say))
		}
		return closest(msg)
	}
	a.noteChosen(res, say)
	if owners {
		os := res.Owners(limit)
		if len(os) == 0 {
			// The matches are all topics' points, none a duty.
			// Named as searched: "headelss" was searched as "headless",
			// which a topic's point holds, and no duty.
			return &exitError{1, fmt.Sprintf(noOwners[say], quoteWords(append(searchedWords(res), res.Exact...), say))}
		}
		if len(terms) > 0 {
			fmt.Fprintln(a.io.Err, fmt.Sprintf(notMentioned[say], quoted))
		}
		a.noteThrough(res, say)
		a.noteOutOfScope(res, say)
		nodes := make([]*model.Node, len(os))
		for i, o := range os {
			nodes[i] = o.Node()
		}
		// Two owners of one name (every unit's "assistant") are told apart.
		labels := search.OwnerLabels(nodes, res.Lang)
		for i, o := range os {
			name := strings.Join(labels[i], " › ")
			if asJSON {
				if err := enc.Encode(ownerJSON(o, name, res.Lang)); err != nil {
					return err
				}
				continue
			}
			if o.Unlisted() {
				fmt.Fprintf(b, "%s  (%s)\n    %s\n", oneLine(name), unlistedLabel[res.Lang], o.Node().Path)
				continue
			}
			// The owner is named in the language the query is answered in,
			// as its duty is.
			fmt.Fprintf(b, "%s  (%s)\n    %s  %s\n", oneLine(name), dutiesLabel(o, res.Lang),
				o.Proof.Node.Path, oneLine(proofText(o)))
		}
		return flush()
	}
	if len(terms) > 0 {
		fmt.Fprintln(a.io.Err, fmt.Sprintf(notMentioned[say], quoted))
	}
	a.noteThrough(res, say)
	a.noteOutOfScope(res, say)
	// The query names an owner the sources list no duties for, the one
	// that answers it: the list holds it first, and says why it holds no
	// duty. One named after an owner with duties ("office": the General
	// manager's office, then the Trade union office) is a row like
	// another, not the answer.
	if o, ok := res.FirstUnlisted(); ok {
		fmt.Fprintln(a.io.Err, fmt.Sprintf(unlisted[say], oneLine(o.Name(res.Lang))))
	}
	if isRole && !asJSON {
		// The answer to the role question, beside the duties that say it:
		// the units holding the role for the work asked about.
		wq := search.Parse(rq.Work)
		wq.Complete = true
		work, err := ld.Index.Search(context.Background(), wq, lang, 0)
		if err != nil {
			return &exitError{1, "dutymap search: " + err.Error()}
		}
		fmt.Fprintln(a.io.Err, holdersNote(rq.Role, work, say))
	}
	// --limit bounds the lines, and a partial result never takes a
	// match's place: the first min(limit, matches) matches are listed,
	// and the partial results (a text that mentions only a lesser word of
	// the query) where their scores rank them, in the lines the matches
	// leave, marked: "(in part)", or "match":"partial" in JSON. The
	// right answer may be one ("Arrange cleaning of the venue." for "who
	// cleans the exhibition site?"), as the explorer shows it.
	partial, shown, lines := 0, 0, 0
	reserved := res.Matches // the matches still to list
	if limit > 0 {
		reserved = min(limit, res.Matches)
	}
	for _, r := range res.List {
		if r.Match != search.Words && r.Match != search.Partial {
			break // the typo fallback is for the explorer's type-ahead
		}
		if limit > 0 && lines == limit {
			break
		}
		if r.Match == search.Partial && limit > 0 && lines+reserved-shown >= limit {
			partial++
			continue // its line is a match's
		}
		lines++
		if r.Match == search.Words {
			shown++
		}
		if !asJSON {
			b.WriteString(searchLine(r))
			if r.Match == search.Partial {
				b.WriteString(partMark[say])
			}
			b.WriteByte('\n')
			continue
		}
		h := hitJSON(r)
		if isRole {
			h.Role, h.Holders = rq.Role.String(), holdersOf(r, rq.Role)
		}
		if err := enc.Encode(h); err != nil {
			return err
		}
	}
	if partial > 0 {
		fmt.Fprintln(a.io.Err, fmt.Sprintf(partialNote[say], partial))
	}
	return flush()
}

// noteChosen says which of the units a question offers as alternatives
// does the work (search.Results.Chosen), or that none does and who does.
func (a *app) noteChosen(res *search.Results, say model.Lang) {
	if len(res.Offered) < 2 {
		return
	}
	name := func(n *model.Node) string {
		if n.Parent != nil {
			return oneLine(n.Root().Title.In(say)) + " › " + oneLine(n.Title.In(say))
		}
		return oneLine(n.Title.In(say))
	}
	offered := make([]string, len(res.Offered))
	for i, n := range res.Offered {
		offered[i] = name(n)
	}
	if o, ok := res.Chosen(); ok {
		fmt.Fprintln(a.io.Err, fmt.Sprintf(chosenNote[say], joinUnits(offered, offerJoin[say]), name(o.Node())))
		return
	}
	if os := res.Owners(1); len(os) > 0 && os[0].Duties > 0 {
		fmt.Fprintln(a.io.Err, fmt.Sprintf(neitherNote[say], joinUnits(offered, neitherJoin[say]), name(os[0].Node())))
	}
}

// offerJoin and neitherJoin join the last two units offered: "HR and
// marketing", "neither HR nor marketing".
var (
	offerJoin   = [model.NumLangs]string{" and ", "和"}
	neitherJoin = [model.NumLangs]string{" nor ", "和"}
)

// joinUnits lists names, the last two joined by last ("A, B and C").
func joinUnits(names []string, last string) string {
	sep := ", "
	if strings.TrimSpace(last) != last {
		return strings.Join(names[:len(names)-1], sep) + last + names[len(names)-1]
	}
	return strings.Join(names[:len(names)-1], "、") + last + names[len(names)-1]
}

// partMark marks a plain line of a partial result, as the explorer does.
var partMark = [model.NumLangs]string{"  (in part)", "（部分匹配）"}

// noteThrough says which words of the query the matches hold only
// through synonyms (search.Results.Through): “salary” is matched through
// “wage”, in the explorer's words.
func (a *app) noteThrough(res *search.Results, lang model.Lang) {
	if len(res.Through) == 0 {
		return
	}
	quote := func(w string) string { return quoted([]string{w})[0] }
	fmt.Fprintln(a.io.Err, throughPrefix[lang]+search.ThroughNote(res.Through, lang, quote))
}

// noteOutOfScope says, when the units a question asks about (销售部 of
// 销售部谁负责展会) hold no duty on its work, that the results are other
// units' (search.Results.OutOfScope): the units asked about are not left
// out silently.
func (a *app) noteOutOfScope(res *search.Results, lang model.Lang) {
	if res.OutOfScope == nil {
		return
	}
	quote := func(w string) string { return quoted([]string{w})[0] }
	name := func(n *model.Node) string { return oneLine(n.Title.In(lang)) }
	fmt.Fprintln(a.io.Err, throughPrefix[lang]+res.OutOfScope.Note(lang, quote, name))
}

// throughPrefix starts the note of noteThrough, as every note of search.
var throughPrefix = [model.NumLangs]string{"dutymap search: ", "dutymap search："}

// answer buffers what a search prints, its lines or its JSON, so that
// standard output gets the answer whole or, on an error, not at all.
type answer struct{ strings.Builder }

// newAnswer returns an empty answer and the encoder of its JSON lines
// (HTML characters as they are: a duty's "&" stays "&").
func newAnswer() (*answer, *json.Encoder) {
	b := &answer{}
	enc := json.NewEncoder(b)
	enc.SetEscapeHTML(false)
	return b, enc
}

// writeTo writes the answer to w.
func (b *answer) writeTo(w io.Writer) error {
	_, err := io.WriteString(w, b.String())
	return err
}

// searchMatches searches for up to limit matches (all when limit is 0):
// the ranked list mixes partial results with the matches, so a list cut
// at limit can hold fewer matches than there are. It asks for a longer
// list until it holds min(limit, res.Matches) of them.
func searchMatches(ix *search.Index, q search.Query, lang model.Lang, limit int) (*search.Results, error) {
	for n := limit; ; n *= 4 {
		if n > 1<<16 {
			n = 0
		}
		res, err := ix.Search(context.Background(), q, lang, n)
		if err != nil || n == 0 {
			return res, err
		}
		got := 0
		for _, r := range res.List {
			if r.Match == search.Words {
				got++
			}
		}
		if got >= min(limit, res.Matches) {
			return res, nil
		}
	}
}

func hitJSON(r search.Result) searchHit {
	h := searchHit{
		Path:         r.Node.Path,
		Department:   r.Node.Root().Title.In(r.Lang),
		DepartmentID: r.Node.Root().ID,
		Owner:        ownerName(r.Node, r.Lang),
		Where:        r.Node.Owner(r.Lang),
		Text:         r.Node.Title.In(r.Lang),
		Lang:         r.Lang.Code(),
		Score:        round(r.Score),
		Match:        r.Match.String(),
		Positions:    r.Positions,
	}
	if h.Positions == nil {
		h.Positions = []int{}
	}
	h.Departments = []string{h.Department}
	seen := map[*model.Node]bool{r.Node.Root(): true}
	for _, p := range r.Places {
		h.Places = append(h.Places, p.Path)
		if d := p.Root(); !seen[d] {
			seen[d] = true
			h.Departments = append(h.Departments, d.Title.In(r.Lang))
		}
	}
	return h
}

// shareHit is the position of a department holding the most of its
// matching duties, and how many (search.Owner.Share).
type shareHit struct {
	Position string `json:"position"`
	Path     string `json:"path"`
	Duties   int    `json:"duties"`
}

func ownerJSON(o search.Owner, name string, l model.Lang) ownerHit {
	h := ownerHit{Owner: name, Path: o.Node().Path, Department: o.Department.ID, DepartmentName: o.Department.Title.In(l), Score: round(o.Score), Duties: o.Duties, Mentions: o.Mentions, Named: o.Named,
		BySummary: o.BySummary, Responsible: o.Responsible, Accountable: o.Accountable}
	if pos, n := o.Share(); pos != nil {
		h.Share = &shareHit{Position: pos.Title.In(l), Path: pos.Path, Duties: n}
	}
	if !o.Unlisted() {
		h.Proof = &proofHit{Path: o.Proof.Node.Path, Text: proofText(o), Lang: o.Proof.Lang.Code()}
	}
	return h
}

// ownerName is who holds n: its department, and the position or
// sub-department above it when there is one (model.UnitWrittenIn), as
// --owners names it.
func ownerName(n *model.Node, l model.Lang) string {
	name := n.Root().Title.In(l)
	if u := model.UnitWrittenIn(n); u != nil && u != n.Root() {
		return name + " › " + u.Title.In(l)
	}
	return name
}

func round(x float64) float64 { return float64(int64(x*1000+0.5)) / 1000 }

// dutiesLabel counts an owner's duties that match the query's main words,
// or, when none does, those that mention a lesser word of it ("in part"),
// or names the unit whose duty names the owner as the doer.
func dutiesLabel(o search.Owner, l model.Lang) string {
	switch {
	// Proved by its own summary, no duty of it saying the question's
	// words: say so, not a count of duties its proof is none of.
	case o.BySummary && l == model.Zh:
		return "据部门概述"
	case o.BySummary:
		return "by its summary"
	// Proved by a point of a topic's shared work whose Responsible or
	// Accountable line names it (the roles it holds), or another unit's
	// duty whose Responsible line names it: it does that work.
	case (o.Responsible || o.Accountable > 0) && o.Proof.Node.Kind == model.KindPoint:
		return search.SharedWorkNote(oneLine(o.Proof.Node.Root().Title.In(l)), o.Responsible, o.Accountable > 0, l)
	case o.Responsible:
		return search.ResponsibleNote(oneLine(o.Proof.Node.Root().Title.In(l)), l)
	// Proved by its own duty that another unit's Responsible line takes:
	// it answers for the work (RACI's A), not a partial match.
	case o.Accountable > 0:
		return search.AccountableNote(o.Accountable, l)
	// A department answering a question that asks for one: its duties
	// with its positions', and the position holding most of them.
	case o.Parts != nil && o.Duties > 0:
		pos, share := o.Share()
		name := ""
		if pos != nil {
			name = oneLine(pos.Title.In(l))
		}
		return search.ShareNote(o.Duties, name, share, l)
	// Answered only by another unit's duty that names it as the doer: say
	// whose duty names it, not a count of its own duties that its proof
	// is none of ("7 in part" beside a Sales duty).
	case o.Duties == 0 && o.Proof.Node != nil && !model.Within(o.Proof.Node, o.Node()) && o.Proof.Node.Kind != model.KindPoint:
		return search.NamedInNote(oneLine(o.Proof.Node.Root().Title.In(l)), l)
	case o.Duties == 0 && l == model.Zh:
		return fmt.Sprintf("%d 项部分匹配", o.Mentions)
	case o.Duties == 0:
		return fmt.Sprintf("%d in part", o.Mentions)
	case l == model.Zh:
		return fmt.Sprintf("%d 项职责", o.Duties)
	case o.Duties == 1:
		return "1 duty"
	}
	return fmt.Sprintf("%d duties", o.Duties)
}

// proofText is the text that proves an owner: its best duty's sentence,
// or its own summary when that proves it (search.Owner.BySummary).
func proofText(o search.Owner) string {
	if o.BySummary {
		if t := o.Proof.Node.Summary().In(o.Proof.Lang); t != "" {
			return t
		}
	}
	return o.Proof.Node.Title.In(o.Proof.Lang)
}

// quoteWords lists words in quotes: “hiring”, or “a” or “b” (English);
// “招聘”、“招人” (Chinese).
func quoteWords(words []string, l model.Lang) string { return quoteJoined(words, l, false) }

// searchedWords are the query's words as searched: each as typed, or as
// the word it was searched as instead (search.Correction).
func searchedWords(res *search.Results) []string {
	words := slices.Clone(res.Words)
	for _, c := range res.Corrected {
		if i := slices.Index(words, c.Typed); c.Searched && i >= 0 {
			words[i] = c.Word
		}
	}
	return words
}

// suggestions quotes the words a "did you mean" note suggests, each with
// the word typed when the note names several (forEach): “looks” for
// “books”.
func suggestions(meant []search.Correction, forEach bool, l model.Lang) string {
	q := make([]string, 0, len(meant))
	for _, c := range meant[:min(len(meant), maxEchoWords)] {
		s := "“" + echoWord(c.Word) + "”"
		if forEach {
			s = fmt.Sprintf(meantFor[l], s, "“"+echoWord(c.Typed)+"”")
		}
		q = append(q, s)
	}
	return quoteSep(q, len(meant) > maxEchoWords, l)
}

// quoteJoined quotes words as quoteWords does, the last joined by "and"
// when and is set (words no duty mentions together), else by "or", as the
// explorer joins them (search.JoinTerms); a list cut at maxEchoWords ends
// as quoteList's does, with "…" for the rest.
func quoteJoined(words []string, l model.Lang, and bool) string {
	return search.JoinTerms(quoted(words), l, and, len(words) > maxEchoWords)
}

// quoteList lists words in quotes, all of them: “who”, “the” (English);
// “谁”、“负责” (Chinese); past maxEchoWords the rest as "…".
func quoteList(words []string, l model.Lang) string {
	return quoteSep(quoted(words), len(words) > maxEchoWords, l)
}

// quoted puts the first maxEchoWords words in quotes, each as echoWord
// shows it.
func quoted(words []string) []string {
	q := make([]string, 0, min(len(words), maxEchoWords))
	for _, w := range words[:min(len(words), maxEchoWords)] {
		q = append(q, "“"+echoWord(w)+"”")
	}
	return q
}

// quoteSep lists quoted words, with "…" when more were left out.
func quoteSep(q []string, more bool, l model.Lang) string {
	if more {
		q = append(q, "…")
	}
	return strings.Join(q, l.ListSep())
}

// searchLine is "path  department › sections › text", in the language the
// text matched in, with where else the same text is written (placesNote).
func searchLine(r search.Result) string {
	return r.Node.Path + "  " + oneLine(r.Node.Breadcrumb(r.Lang, true)) + placesNote(r)
}

// maxAlsoDepts bounds the other departments a line names: a text written
// the same in every department is a line, not a list of them all.
const maxAlsoDepts = 3

// placesWords are the words of placesNote, per language.
var placesWords = [model.NumLangs]struct {
	open, close, places, placesHere, also, sep, many string
	more                                             [2]string // other departments not named: 1, more
}{
	model.En: {" (", ")", "%d places", "%d places in this department", "also: ", "; ", "%s, %d places", [2]string{"%d more department", "%d more departments"}},
	model.Zh: {"（", "）", "%d 处", "本部门 %d 处", "另见：", "；", "%s %d 处", [2]string{"另有 %d 个部门", "另有 %d 个部门"}},
}

// placesNote says where else r's text is written, in r's language: places
// in its own department are counted, " (2 places)"; those in other
// departments are named, " (also: Finance department › Responsibilities)",
// as a duty two departments hold is not one department's. "" for a text
// written once.
func placesNote(r search.Result) string {
	if len(r.Places) < 2 {
		return ""
	}
	w, l, own := placesWords[r.Lang], r.Lang, r.Node.Root()
	// The other departments in the order their first place comes, each
	// with its places.
	var depts []*model.Node
	byDept := map[*model.Node][]*model.Node{}
	for _, p := range r.Places {
		d := p.Root()
		if d != own && byDept[d] == nil {
			depts = append(depts, d)
		}
		byDept[d] = append(byDept[d], p)
	}
	here := len(byDept[own])
	if len(depts) == 0 {
		return w.open + fmt.Sprintf(w.places, here) + w.close
	}
	var parts []string
	for _, d := range depts[:min(len(depts), maxAlsoDepts)] {
		if ps := byDept[d]; len(ps) == 1 {
			parts = append(parts, oneLine(ps[0].Owner(l)))
		} else {
			parts = append(parts, fmt.Sprintf(w.many, oneLine(d.Title.In(l)), len(ps)))
		}
	}
	if n := len(depts) - maxAlsoDepts; n > 0 {
		parts = append(parts, fmt.Sprintf(w.more[b2i(n > 1)], n))
	}
	note := w.also + strings.Join(parts, w.sep)
	if here > 1 {
		note = fmt.Sprintf(w.placesHere, here) + w.sep + note
	}
	return w.open + note + w.close
}

// oneLine keeps a text on its line: content titles have no line breaks,
// but a layer's could.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// Echoed words are capped as termsafe.QuoteArg caps a whole argument: a
// message names what was asked, it does not repeat 100,000 characters of
// it.
const (
	maxEchoWord  = 30 // cells of one word
	maxEchoWords = 8  // words listed
)

func echoWord(s string) string { return termsafe.CutArg(s, maxEchoWord) }

// b2i is 1 for true, 0 for false: an index into a pair of messages.
func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// search's usage messages.
var (
	noQuery      = [model.NumLangs]string{"dutymap search: give some words to search for\nexample: dutymap search \"who sets product prices?\"", "dutymap search：请给出要搜索的词\n示例：dutymap search 谁负责定价"}
	searchLimit  = [model.NumLangs]string{"dutymap search: --limit must be 0 (all) or more", "dutymap search：--limit 必须为 0（全部）或更大"}
	tooManyDepts = [model.NumLangs]string{"dutymap search: the query names %d departments with d:, and a search narrows to at most %d\n  fix: name fewer departments, or leave d: out: every result names its department", "dutymap search：查询用 d: 指定了 %d 个部门，而搜索最多只能限定 %d 个\n  修正：少指定几个部门，或去掉 d:：每条结果都会写明它的部门"}
)
