package ui

import "github.com/dutymap/dutymap/model"

// words is every string the explorer shows, in one language: one group per
// screen plus the shared ones. The catalogs are words_en.go and
// words_zh.go; TestCatalogsComplete checks that neither leaves a string
// out. Format verbs (%s, %d) are the same in both languages.
type words struct {
	// langName names each language in this language ("English", "英文").
	langName [model.NumLangs]string
	app      appWords
	keys     keyWords
	tree     treeWords
	page     pageWords
	field    fieldWords
	search   searchWords
	picker   pickerWords
	compare  compareWords
	matrix   matrixWords
	findings findingsWords
	chart    chartWords
	help     helpWords
}

// appWords are the root's own texts.
type appWords struct {
	builtin  string // the built-in organisation's name in the header
	tooSmall string // the window's size, then the least size
	// tooSmallShort says it in fewer cells, the least size first, then
	// the window's: on one line, or on two (tooSmallLines) when one is
	// too narrow for it.
	tooSmallShort string
	tooSmallLines [2]string
	noLang        string // %s: the language that is missing
	pickDept      string
	pickMatrix    string
	noSharedWork  string // m on a topic whose RACI lines name no unit
	noHistory     string
	noForward     string
	newContent    string // the content changed while the program ran
	// comparedGone: the content changed, and lacks the compared
	// department (%s its name, %s its id: the same name may be back under
	// another id), or both: the comparison was closed.
	comparedGone [2]string
	// matrixGone: the content changed, and lacks the department (%s its
	// name, %s its id) of the matrix on screen: the matrix was closed.
	matrixGone string
	// problem and problems lead the banner shown while the content's files
	// have one or %d problems; %s is the command that lists them.
	problem, problems string
	// serverProblem(s) lead the banner of an explorer over SSH while the
	// server's content has problems (%d of them), and serverAsk follows:
	// its user cannot run validate on the server, its owner can.
	serverProblem, serverProblems, serverAsk string
}

// keyWords describe the keys every screen shares.
type keyWords struct {
	more, quit, lang, search, compare, back, forward string
	matrix, findings                                 string
	move, up, down, pageUp, pageDown, first, last    string
	left, right                                      string // the chart's moves across a row
}

type treeWords struct {
	open, close, page string
	group, groupIntro string
}

type pageWords struct {
	scroll, top, bottom, tree, find, next, prev, jump string
	findPrompt, noMatches, keep, clear, preparing     string
}

// fieldWords describe the editing keys of every text field.
type fieldWords struct {
	clearStart, clearEnd, deleteWord, startEnd, wordMove, paste string
}

type searchWords struct {
	prompt, open, places, pick, matrix           string
	intro, recent, count, none, badge, matchedIn string
	// countPart is count with the results that mention a lesser word of
	// the query only (%d: the matches, then those), as owners' rows say
	// "in part".
	countPart string
	// intro heads the start page; examples follow it on the built-in
	// content, and lend their explanations to the examples drawn from
	// other content, where onlyIn says a d: example's department (%s).
	examples [4]searchExample
	onlyIn   string
	// twins explains the other-language example where only some duties
	// are written in both languages: a word of the other language finds a
	// duty through its text in that language, never an English-only one.
	twins string
	// searching stands where the results will be while the first search
	// of a query runs (a large index is still being prepared).
	searching string
	// The owners block: its heading, the results' heading below it, the
	// keys on an owner, and an owner's count of duties.
	owners, matches, openOwner, proof string
	// ownersRole heads the owners of a question about a role: %s is the
	// role ("accountable", "批准").
	ownersRole               string
	oneDuty, duties, partial string
	// (An owner proved by another unit's duty, which names it as the doer
	// or on its Responsible line, is labelled as the command line labels
	// it: search.NamedInNote, search.ResponsibleNote.)
	// bySummary stands for the count of an owner proved by its own
	// summary, no duty of it matching (its proof shows the summary).
	bySummary string
	// unlisted stands in an owner's row for the duty that proves it when
	// the query names the owner and the sources list no duties for it.
	unlisted string
	// The note on words no duty mentions (%s: the words, quoted, joined
	// by listSep), and how a result that is no word match comes close:
	// by a related word, or by the query's letters in order; and, among
	// the closest when no duty mentions the query, a section or a
	// department that does (in its description).
	// noMention and nothingClose: [1] for words mentioned apart but none
	// together (search.Results.NotMentioned).
	noMention, nothingClose [2]string
	// oneLangNothing and oneLangClosest: no duty mentions the words (%s),
	// written in one language, while departments are written only in the
	// other (search.OneLanguage.Note, the second %s); nothing comes close,
	// or the closest follow.
	oneLangNothing, oneLangClosest string
	notMentioned, listSep          string
	// didYouMean follows the words no duty mentions, in the note about
	// them (%s: the words they are likely slips of); searchedInstead says the query was searched
	// with those words instead (%s: the words as typed, then those).
	// When the note names several words, each suggestion says its word:
	// didYouMeanEach of meantFor (%s: the suggestion, then the word).
	didYouMean, searchedInstead string
	// readAs says the query was read as a department's name it is a slip
	// of (search.Results.ReadAs: %s the query, %s the name), as show says.
	readAs string
	// through wraps the note that names the words the matches hold only
	// through synonyms (search.ThroughNote, the CLI's wording) as a
	// sentence.
	through string
	// compare: the query asks how two departments differ
	// (search.Results.Compare; %s and %s: their names), which the
	// comparison answers: where to find it.
	compare string
	// chosen: the query offers units as alternatives, and one of them
	// does the work (search.Results.Chosen; %s the units offered, %s the
	// one); neither: none of them does it (%s the units, %s who does).
	// offerAnd and offerNor join the last two units offered.
	chosen, neither, offerAnd, offerNor string
	didYouMeanEach, meantFor            string
	// onlyCommon: a query of question words and stop words only (%s:
	// them); unknownDept: a d: reference naming no department (%s: it,
	// then the ids).
	onlyCommon, unknownDept string
	// tooCommon: no duty mentions a query whose words are all stop words
	// kept as typed ("up"): [0] with the closest results, [1] with none
	// (%s: the words).
	tooCommon                          [2]string
	nearRelated, nearLetters, mentions string
	// nearPart marks a result that mentions only a lesser word of the
	// query: ranked among the matches, not counted with them.
	nearPart string
	// nearMeant marks a closest result holding the word a "did you
	// mean" note suggests.
	nearMeant string
}

type pickerWords struct {
	prompt, title, none, open string
	alone                     string // the content has no other department
	self                      string // %s: the department compared, which the query names
	// inDept: what was typed names a position, section or duty (%s) of
	// a department (%s); notDept: a topic or a hand-off (%s, its name),
	// kinds naming the two.
	inDept, notDept string
	kinds           [2]string // a topic, a hand-off
}

type compareWords struct {
	side, swap, open                                           string
	vs, traits, traitsNone, traitsUnknown, similar, only, none string
	traitsOfNone                                               string // %s: a department that describes no traits, beside one that does
	noneAlone                                                  string // Tab on a duty only one side has, the other none
	// split heads the work the two split by RACI (its count), splitIntro
	// says what that means.
	split, splitIntro                                       string
	relations, noRelations, topics, noTopics, self, tierFmt string
	preparing, comparing                                    string
	tiers                                                   [4]string // by model.Likeness
	// The picture (p): two boxes and the hand-offs between them.
	// splitCount counts a box's duties split by RACI and in no similar
	// pair.
	picture, list, similarCount, splitCount, ownCount string
	// handedBy, handsTo and comesBack mark, under a hand-off, the duty or
	// unit that hands it over, the one that takes it up, and what comes back.
	handedBy, handsTo, comesBack string
}

// chartWords are the organisation chart's.
type chartWords struct {
	chart, open, next, prev, move      string // keys
	title, linked, others, departments string
	// summary counts the departments and the hand-offs: one, then many;
	// summaryItems puts the items the hand-offs carry in brackets.
	summaryDepts, summaryHandOffs                [2]string
	summaryItems                                 string
	empty, none, duties, duty, items, item, help string
	ungrouped                                    string // the section of the departments of no group
	across                                       string // the section of the hand-offs between groups
}

// matrixWords are the responsibility matrix's.
type matrixWords struct {
	title, ofSearch, ofPair, duty, legend, only, shared, none, count string
	unitSep                                                          string // between the units a title names
	legendOthers                                                     string // the legend's words for the split's other letters
	// countOne is count for one duty ("1 duty", not "1 duties").
	countOne                            string
	open, role, all, sharedKey, columns string
}

// findingsWords are the ownership checks' list.
type findingsWords struct {
	title, checking, preparing, none, count, fix, open, scroll string
	severity                                                   [2]string // by ownership.Severity
}

type helpWords struct {
	title, close, scroll                                         string
	tree, page, find, field, search, picker, compare, everywhere string
	matrix, findings                                             string
	owners                                                       string
	mouse, click, twice, wheel, tabs                             string
	clickKey, twiceKey, wheelKey, tabsKey                        string
}

// catalog holds the words of each language; the index is a model.Lang.
var catalog = [model.NumLangs]*words{model.En: &wordsEn, model.Zh: &wordsZh}
