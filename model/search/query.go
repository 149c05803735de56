package search

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/dutymap/dutymap/model/analysis"
)

// Query is a parsed search in fzf's style. Every term must match (AND).
//
//	set price      fuzzy terms: the letters in order, gaps allowed
//	'set price     an exact term: a substring ('set' too: a closing
//	               quote is punctuation)
//	d:marketing    only the department whose id is "marketing", or whose id,
//	dept:mkt       name or alias starts with the value (any case); several
//	               d: terms allow any of those departments
//
// Smart case, per term as in fzf: a term is matched ignoring case unless it
// has a capital.
type Query struct {
	Terms []Term
	Depts []string // lower-cased d: values, each once
	// Complete marks a query given whole (a command line's), not one
	// being typed: the last word of a question is a word, never the start
	// of one, so a last stop word of two letters ("who is") is a stop word
	// as any other.
	Complete bool
}

// MaxDepts bounds the d: filters a search reads: each is resolved against
// every department, and a query of 80,000 of them (740 KB of arguments)
// ran out of memory (hostile14 #3). A dozen departments is already a lot
// to narrow to; the command line refuses more (see cli search), and the
// search reads the first MaxDepts.
const MaxDepts = 20

// Term is one word of the query.
type Term struct {
	Text  string // as typed, without the leading '
	Exact bool
}

// Parse reads a query. Incomplete parts such as a lone ' or "d:" are left
// out, so results do not flicker to nothing while the user is typing them.
//
// A d: value given twice is kept once.
func Parse(s string) Query {
	var q Query
	var seen map[string]bool // the d: values so far
	for _, f := range strings.Fields(s) {
		if v, ok := deptValue(f); ok {
			if v = strings.ToLower(v); v != "" && !seen[v] {
				if seen == nil {
					seen = map[string]bool{}
				}
				seen[v] = true
				q.Depts = append(q.Depts, v)
			}
			continue
		}
		t := Term{Text: f}
		if rest, ok := strings.CutPrefix(f, "'"); ok {
			// A closing quote is punctuation, not part of the term:
			// 'price' is 'price, as "price" and ‘price’ are price. One
			// inside the word stays (customer's, don't).
			t = Term{Text: strings.TrimRight(rest, "'"), Exact: true}
		}
		// A Cyrillic or Greek look-alike letter in a Latin word, from a
		// switched keyboard layout or a paste ("priсe" with a Cyrillic
		// с), is the Latin letter it looks like, as a full-width letter
		// is (hostile15 #5).
		t.Text = analysis.LatinWord(t.Text)
		if foldText(t.Text, false) != "" { // not only invisible characters, typed or pasted
			q.Terms = append(q.Terms, t)
		}
	}
	return q
}

func deptValue(f string) (string, bool) {
	for _, p := range []string{"d:", "dept:"} {
		if len(f) >= len(p) && strings.EqualFold(f[:len(p)], p) {
			return f[len(p):], true
		}
	}
	return "", false
}

// String writes the query back in the syntax Parse reads:
// Parse(q.String()) equals q for any q that Parse returned.
func (q Query) String() string {
	parts := make([]string, 0, len(q.Terms)+len(q.Depts))
	for _, t := range q.Terms {
		if t.Exact {
			parts = append(parts, "'"+t.Text)
		} else {
			parts = append(parts, t.Text)
		}
	}
	for _, d := range q.Depts {
		parts = append(parts, "d:"+d)
	}
	return strings.Join(parts, " ")
}

// IsEmpty reports whether the query asks for nothing.
func (q Query) IsEmpty() bool { return len(q.Terms) == 0 && len(q.Depts) == 0 }

// narrows reports whether every text q matches is also matched by old, so
// that q can be searched among old's matches only. That holds when the
// department filters are the same and each of old's terms is implied by the
// term typed in its place: "set pr" after "set p", "set p" after "set".
func (q Query) narrows(old Query) bool {
	if len(q.Terms) < len(old.Terms) || !slices.Equal(q.Depts, old.Depts) {
		return false
	}
	for i, o := range old.Terms {
		if !implies(q.Terms[i], o) {
			return false
		}
	}
	return true
}

// implies reports whether every text matching t also matches o.
func implies(t, o Term) bool {
	if o.Exact && !t.Exact {
		return false
	}
	ot, tt := o.Text, t.Text
	switch {
	case hasUpper(ot) && !hasUpper(tt):
		return false // o is case-sensitive, t is not: t matches more
	default: // both in the form o is matched in
		ot, tt = foldText(ot, hasUpper(ot)), foldText(tt, hasUpper(ot))
	}
	if o.Exact {
		return strings.Contains(tt, ot)
	}
	return subseq(tt, ot) // o's letters in order inside t's, so inside any text t matches
}

// runeLen is the number of runes in s.
func runeLen(s string) int { return utf8.RuneCountInString(s) }
