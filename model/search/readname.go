package search

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/dutymap/dutymap/model"
	"github.com/dutymap/dutymap/model/analysis"
)

// maxNameRunes bounds the queries read as a department's name: a name is
// a few words, a longer query is about work.
const maxNameRunes = 40

// readName reads a query that is a department's name, as show and
// compare read a reference (model.BestMatches, the same tiers), so that
// the department comes first: a department's id ("marketing", "sales";
// its name, alias or code, 市场部, the search puts first itself), or the
// whole of one's name one slip off or by its sound ("markting", 销受部,
// 市场不, 财物部, xiaoshoubu).
//
// A position's Chinese name spelt whole in pinyin ("fahuoyuan": 发货员) is
// read as the name too (readPositionName).
//
// Only those two tiers: the start of a name, a word inside one, letters in
// order or its pinyin's start are what ordinary words meet by accident
// ("plan" begins planning, "she" begins shengchan), and a search for them
// is a search for the work they say. A slip is read only when the texts
// do not hold the query as typed ("sale" is a word of its own, not a slip
// of "sales"): a word the content uses is searched as it is.
//
// For an id (or a name no text holds that is exactly one department's)
// it returns q, the department and TierExact: the search adds the
// department's names (names) and lists it first. For a
// slip it returns the query rewritten to the department's name in the
// language the slip was typed in (nameLang: 销售部 for 销受部 and
// xiaoshoubu), the department and TierSlip: the results are for that
// name, as the note says (Results.ReadAs). Otherwise q, nil, TierNone.
func (ix *Index) readName(q Query, lang model.Lang) (Query, *model.Node, model.Tier) {
	if len(q.Terms) == 0 || len(q.Depts) > 0 {
		return q, nil, model.TierNone
	}
	for _, t := range q.Terms {
		if t.Exact {
			return q, nil, model.TierNone
		}
	}
	ref := queryText(q)
	if utf8.RuneCountInString(ref) > maxNameRunes || analysis.IsQuestion(strings.ToLower(ref)) {
		return q, nil, model.TierNone
	}
	// A department's id, looked up without making the departments (an
	// index read from the cache alone makes nodes as results need them).
	// Its name, alias or code the search itself puts first (plan.name,
	// plan.codes).
	if d := ix.departmentByID(model.Fold(ref)); d != nil {
		return q, d, model.TierExact
	}
	// A query the texts hold is searched as it is; only one they do not,
	// a slip, is looked for among the names. In letters a slip takes three
	// at least (initials: xsb), as the first keys typed are not.
	if !hasHan(ref) && utf8.RuneCountInString(ref) < 3 || ix.holdsQuery(ref) {
		return q, nil, model.TierNone
	}
	found, tier := model.BestMatches(ref, ix.departments())
	if len(found) != 1 || tier != model.TierExact && tier != model.TierSlip {
		return ix.readPositionName(q, ref)
	}
	d := found[0]
	if tier == model.TierExact {
		return q, d, tier
	}
	name := d.Title.In(nameLang(ref, d, lang))
	out := Query{}
	for _, f := range strings.Fields(name) {
		out.Terms = append(out.Terms, Term{Text: f})
	}
	if len(out.Terms) == 0 {
		return q, nil, model.TierNone
	}
	return out, d, tier
}

// departmentByID returns the department whose id, folded, is folded, or
// nil.
func (ix *Index) departmentByID(folded string) *model.Node {
	if t := ix.table; t != nil {
		for d, s := range t.deptSeq {
			if model.Fold(t.deptID[d]) == folded {
				return ix.node(s)
			}
		}
		return nil
	}
	for _, d := range ix.depts {
		if model.Fold(d.ID) == folded {
			return d
		}
	}
	return nil
}

// holdsQuery reports whether some text holds the query as typed: in
// letters, each of its words (as a word, not as pinyin: "sale" is a
// word, "houqinbu" the sound of a name); in Chinese, the whole run as one
// word (销受部 is none).
func (ix *Index) holdsQuery(ref string) bool {
	folded := strings.ReplaceAll(analysis.Fold(ref), " ", "")
	if hasHan(folded) {
		_, ok := ix.wordsOf(model.Zh).term(folded)
		return ok
	}
	for _, w := range strings.Fields(analysis.Fold(ref)) {
		if !ix.holdsTerm(w) {
			return false
		}
	}
	return true
}

// nameLang is the language of d's name a slip was typed in: Chinese for
// Chinese characters (销受部) and for pinyin (xiaoshoubu, the sound of the
// Chinese name), English for a slip of an English name or alias of d
// ("marketing departmnt"), and the reader's, lang, for a slip of its id,
// which is no language's ("markting", "slaes"); the other language when d
// has no name in that one.
func nameLang(ref string, d *model.Node, lang model.Lang) model.Lang {
	q := model.Fold(ref)
	near := func(name string) bool {
		return name != "" && !hasHan(name) && model.EditDistance(q, model.Fold(name)) <= 1
	}
	l := model.Zh
	switch {
	case hasHan(q):
	case near(d.Title[model.En]) || slices.ContainsFunc(d.Aliases()[model.En], near):
		l = model.En
	case near(d.ID):
		l = lang
	}
	if d.Title[l] == "" {
		return l.Other()
	}
	return l
}

// names returns the whole names (wholeName) of d's titles and aliases in
// both languages: a query that names d by its id ("marketing") finds it
// first as its name would ("Marketing department").
func names(d *model.Node) []string {
	var an analysis.Analyzer
	var out []string
	for l := range model.NumLangs {
		for _, text := range append([]string{d.Title[l]}, d.Aliases()[l]...) {
			if name := wholeName(an.Tokens(text, nil)); name != "" && !slices.Contains(out, name) {
				out = append(out, name)
			}
		}
	}
	return out
}

// queryText is a query's terms as typed, one space between them.
func queryText(q Query) string {
	texts := make([]string, len(q.Terms))
	for i, t := range q.Terms {
		texts[i] = t.Text
	}
	return strings.Join(texts, " ")
}

// readPositionName reads a query in pinyin that spells a position's
// Chinese name whole ("fahuoyuan", "fa huo yuan": 发货员), as the name:
// the query rewritten to it, as for a department's name in pinyin, and
// the position, at TierSlip (the results say how it was read). The name
// must be the only one the letters spell, and one position's: a name two
// positions share is searched as typed, for its letters find both.
func (ix *Index) readPositionName(q Query, ref string) (Query, *model.Node, model.Tier) {
	letters := strings.ReplaceAll(analysis.Fold(ref), " ", "")
	if hasHan(letters) {
		return q, nil, model.TierNone
	}
	name, units := ix.wordsOf(model.Zh).spelledName(letters)
	if len(units) != 1 || ix.parent[units[0]] < 0 {
		return q, nil, model.TierNone // no name, a name of several, or a department's (read above)
	}
	return Query{Terms: []Term{{Text: name}}}, ix.node(units[0]), model.TierSlip
}
