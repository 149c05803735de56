package model

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Match is a leaf similar to another one, with how similar it is (0..1).
type Match struct {
	Node  *Node
	Score float64
}

// Pair is two similar leaves, one from each of two sets.
type Pair struct {
	A, B  *Node
	Score float64
}

// SimilarMin is the threshold to pass Similar for "also appears in": from
// it up, the built-in content's matches are the same duty in other words
// ("Decide the prices of the company's products" / "Set the product's
// price" / "Help decide product prices"); below it they drift to duties
// that merely share a topic.
const SimilarMin = 0.5

// clauseFactor scales a match that involves a clause rather than a whole
// duty: "Research the market, gather ..., and supply data for decisions"
// does research the market, but less plainly than a duty that says only
// that.
const clauseFactor = 0.75

// Similarity scores how alike two duties are, so that the same work written
// in different words by different departments can be found. Build one per
// organisation with NewSimilarity; it is read-only afterwards and safe for
// concurrent use.
//
// Each duty's sentence becomes a set of tokens per language: English stemmed
// words (stop words dropped, a small synonym table applied) and Chinese
// character bigrams. Two sets score their IDF-weighted Dice coefficient, so
// a rare shared word ("price") counts for more than a common one ("plan").
// A duty that lists several things ("Collect, analyse and file sales data;
// ...") also gets one set per clause, scored against other whole duties at
// clauseFactor, so that one clause can match a short duty elsewhere. Two
// duties score the best of their sets' scores in any language both are
// written in.
type Similarity struct {
	leaves []*Node
	pos    map[*Node]int32
	dict   map[string]int32
	langs  [NumLangs]langIndex
	pool   sync.Pool // *scratch
}

// unit is one scored token set: a whole duty or one of its clauses.
type unit struct {
	leaf  int32
	whole bool
	set   []int32 // sorted token ids; -1 for tokens the index never saw
	mass  float32 // total weight of set
}

// langIndex is the inverted index of one language.
type langIndex struct {
	units  []unit
	first  []int32   // leaf i owns units[first[i]:first[i+1]]
	post   [][]int32 // token id -> units holding it, ascending
	weight []float32 // token id -> IDF weight
	unseen float32   // weight of a token no indexed duty has
}

// scratch is the per-query state, pooled so that a query does not allocate
// arrays the size of the organisation.
type scratch struct {
	acc     []overlap // per unit: what it shares with the query unit
	best    []float32 // per leaf: best score so far
	seen    []bool    // per leaf: listed in touched
	touched []int32
	here    []int32
}

// NewSimilarity indexes every duty of org (points of topics and relations
// are not duties and are left out).
func NewSimilarity(org *Org) *Similarity {
	ix := &Similarity{pos: map[*Node]int32{}, dict: map[string]int32{}}
	for _, d := range org.Departments {
		d.Walk(func(n *Node) bool {
			if n.Kind == KindDuty {
				ix.pos[n] = int32(len(ix.leaves))
				ix.leaves = append(ix.leaves, n)
			}
			return true
		})
	}
	for l := range NumLangs {
		ix.split(l)
	}
	maxUnits := 0
	for l := range NumLangs {
		ix.weigh(l) // after every language is split, so ids cover the whole dictionary
		maxUnits = max(maxUnits, len(ix.langs[l].units))
	}
	n := len(ix.leaves)
	ix.pool.New = func() any {
		return &scratch{acc: make([]overlap, maxUnits), best: make([]float32, n), seen: make([]bool, n)}
	}
	return ix
}

// split tokenises every duty in l into its units.
func (ix *Similarity) split(l Lang) {
	li := &ix.langs[l]
	li.first = make([]int32, len(ix.leaves)+1)
	for i, n := range ix.leaves {
		li.first[i] = int32(len(li.units))
		for k, toks := range unitTokens(n.Title[l]) {
			li.units = append(li.units, unit{leaf: int32(i), whole: k == 0, set: ix.intern(toks)})
		}
	}
	li.first[len(ix.leaves)] = int32(len(li.units))
}

// weigh counts how many duties hold each token in l, weighs the tokens and
// posts every unit under its tokens.
func (ix *Similarity) weigh(l Lang) {
	li := &ix.langs[l]
	li.post = make([][]int32, len(ix.dict))
	df := make([]int, len(ix.dict))
	docs := 0
	for u, un := range li.units {
		if un.whole {
			docs++
		}
		for _, t := range un.set {
			li.post[t] = append(li.post[t], int32(u))
			if un.whole {
				df[t]++
			}
		}
	}
	li.weight = make([]float32, len(ix.dict))
	for t := range df {
		li.weight[t] = idf(docs, df[t])
	}
	li.unseen = idf(docs, 0)
	for u := range li.units {
		li.units[u].mass = li.massOf(li.units[u].set)
	}
}

// idf is a token's weight: a smoothed inverse document frequency, squared.
// Squaring widens the gap between the words every department uses ("plan",
// "sale", "run") and the ones that say what a duty is about ("price",
// "display"); with plain IDF, "Run sales promotions" and "Carry out
// face-to-face selling" matched on "run" and "sale" alone. It is always
// positive, so even a word every duty has still counts a little.
func idf(docs, df int) float32 {
	v := math.Log(1 + float64(docs+1)/float64(df+1))
	return float32(v * v)
}

func (li *langIndex) w(t int32) float32 {
	if t < 0 {
		return li.unseen
	}
	return li.weight[t]
}

func (li *langIndex) massOf(set []int32) float32 {
	var m float32
	for _, t := range set {
		m += li.w(t)
	}
	return m
}

// intern turns tokens into sorted, distinct ids, adding new ones.
func (ix *Similarity) intern(toks []string) []int32 {
	ids := make([]int32, 0, len(toks))
	for _, t := range toks {
		id, ok := ix.dict[t]
		if !ok {
			id = int32(len(ix.dict))
			ix.dict[t] = id
		}
		ids = append(ids, id)
	}
	slices.Sort(ids)
	return slices.Compact(ids)
}

// lookup is intern for a leaf outside the index, leaving the index and
// toks as they are: unknown tokens become -1, kept once per distinct token
// since each still adds to the set's mass.
func (ix *Similarity) lookup(toks []string) []int32 {
	ids := make([]int32, 0, len(toks))
	var unknown []string
	for _, t := range toks {
		if id, ok := ix.dict[t]; ok {
			ids = append(ids, id)
		} else if !slices.Contains(unknown, t) {
			unknown = append(unknown, t)
			ids = append(ids, -1)
		}
	}
	slices.Sort(ids)
	out := ids[:0]
	for i, id := range ids {
		if id < 0 || i == 0 || id != ids[i-1] {
			out = append(out, id)
		}
	}
	return out
}

// unitsOf returns n's units in l: from the index when n is an indexed
// duty, else freshly tokenised.
func (ix *Similarity) unitsOf(n *Node, l Lang) []unit {
	li := &ix.langs[l]
	if i, ok := ix.pos[n]; ok {
		return li.units[li.first[i]:li.first[i+1]]
	}
	var out []unit
	for k, toks := range unitTokens(n.Title[l]) {
		set := ix.lookup(toks)
		out = append(out, unit{leaf: -1, whole: k == 0, set: set, mass: li.massOf(set)})
	}
	return out
}

// overlap is what two token sets share: the tokens' total weight and count.
type overlap struct {
	w float32
	n int32
}

func (o *overlap) add(w float32) { o.w += w; o.n++ }

// singleFactor scales a match resting on one shared word: "Coordinate
// production with sales" and "Coordinate the relations between
// departments" share a rare verb and little else.
const singleFactor = 0.6

// dice scores two units from what they share.
func dice(o overlap, a, b *unit) float32 {
	if o.n == 0 || (!a.whole && !b.whole) {
		return 0 // two clauses: "promotion plans" here and there says little
	}
	d := 2 * o.w / (a.mass + b.mass)
	if !a.whole || !b.whole {
		d *= clauseFactor
	}
	if o.n == 1 {
		d *= singleFactor
	}
	return d
}

// Score is how similar a and b are, from 0 (nothing in common) to 1 (the
// same words in some language). Either may be a leaf outside the index.
func (ix *Similarity) Score(a, b *Node) float64 {
	var best float32
	for l := range NumLangs {
		li := &ix.langs[l]
		ub := ix.unitsOf(b, l)
		for _, ua := range ix.unitsOf(a, l) {
			for k := range ub {
				best = max(best, dice(li.common(ua.set, ub[k].set), &ua, &ub[k]))
			}
		}
	}
	return float64(best)
}

// common is what two sorted sets share.
func (li *langIndex) common(a, b []int32) overlap {
	var sum overlap
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			if a[i] >= 0 {
				sum.add(li.weight[a[i]])
			}
			i++
			j++
		}
	}
	return sum
}

// Similar returns the indexed duties scoring at least min against n, best
// first (ties in document order). It leaves out n itself and the duties of
// n's own section, which are its neighbours rather than "the same duty
// elsewhere".
func (ix *Similarity) Similar(n *Node, min float64) []Match {
	s := ix.pool.Get().(*scratch)
	defer ix.pool.Put(s)
	for l := range NumLangs {
		li := &ix.langs[l]
		for _, q := range ix.unitsOf(n, l) {
			ix.accumulate(s, li, &q)
		}
	}
	var out []Match
	for _, j := range s.touched {
		score := float64(s.best[j])
		s.best[j], s.seen[j] = 0, false
		c := ix.leaves[j]
		if score < min || c == n || (n.Parent != nil && c.Parent == n.Parent) {
			continue
		}
		out = append(out, Match{c, score})
	}
	s.touched = s.touched[:0]
	slices.SortFunc(out, func(a, b Match) int {
		return cmp.Or(cmp.Compare(b.Score, a.Score), cmp.Compare(ix.pos[a.Node], ix.pos[b.Node]))
	})
	return out
}

// gather adds, for each token of q, its weight to the overlap of every unit
// posted under it, and returns the units touched (reusing here). The whole
// index and one comparison side share it; only their postings differ.
func gather(q *unit, weight []float32, post func(int32) []int32, acc []overlap, here []int32) []int32 {
	here = here[:0]
	for _, t := range q.set {
		if t < 0 {
			continue
		}
		w := weight[t]
		for _, u := range post(t) {
			if acc[u].n == 0 {
				here = append(here, u)
			}
			acc[u].add(w)
		}
	}
	return here
}

// accumulate scores query unit q against every unit sharing a token with
// it, and folds the scores into the per-leaf best.
func (ix *Similarity) accumulate(s *scratch, li *langIndex, q *unit) {
	s.here = gather(q, li.weight, func(t int32) []int32 { return li.post[t] }, s.acc, s.here)
	for _, u := range s.here {
		un := &li.units[u]
		d := dice(s.acc[u], q, un)
		s.acc[u] = overlap{}
		if !s.seen[un.leaf] {
			s.seen[un.leaf] = true
			s.touched = append(s.touched, un.leaf)
		}
		s.best[un.leaf] = max(s.best[un.leaf], d)
	}
}

// Pairs returns every pair (a from as, b from bs) scoring at least min,
// best first, then in the order of as and bs. It indexes bs alone, so the
// cost follows the two sides, not the whole organisation.
func (ix *Similarity) Pairs(as, bs []*Node, min float64) []Pair {
	if len(as) == 0 || len(bs) == 0 {
		return nil
	}
	var sides [NumLangs]side
	for l := range NumLangs {
		sides[l] = ix.side(bs, l)
	}
	best := make([]float32, len(bs))
	var out []Pair
	for _, a := range as {
		clear(best)
		for l := range NumLangs {
			for _, q := range ix.unitsOf(a, l) {
				sides[l].fold(&q, best)
			}
		}
		for j, sc := range best {
			if sc > 0 && float64(sc) >= min {
				out = append(out, Pair{a, bs[j], float64(sc)})
			}
		}
	}
	slices.SortStableFunc(out, func(x, y Pair) int { return cmp.Compare(y.Score, x.Score) })
	return out
}

// side is a small inverted index over one side of Pairs in one language;
// a unit's leaf field is its position in that side.
type side struct {
	li    *langIndex
	units []unit
	post  map[int32][]int32
	acc   []overlap
	here  []int32
}

func (ix *Similarity) side(bs []*Node, l Lang) side {
	s := side{li: &ix.langs[l], post: map[int32][]int32{}}
	for j, b := range bs {
		for _, u := range ix.unitsOf(b, l) {
			u.leaf = int32(j)
			for _, t := range u.set {
				if t >= 0 {
					s.post[t] = append(s.post[t], int32(len(s.units)))
				}
			}
			s.units = append(s.units, u)
		}
	}
	s.acc = make([]overlap, len(s.units))
	return s
}

// fold scores query unit q against this side and keeps each leaf's best.
func (s *side) fold(q *unit, best []float32) {
	s.here = gather(q, s.li.weight, func(t int32) []int32 { return s.post[t] }, s.acc, s.here)
	for _, u := range s.here {
		un := &s.units[u]
		best[un.leaf] = max(best[un.leaf], dice(s.acc[u], q, un))
		s.acc[u] = overlap{}
	}
}

// unitTokens returns the token lists of a sentence's units: the whole
// sentence first, then each clause worth a unit of its own (two tokens or
// more, fewer than the whole). Clauses end at , ; : brackets and "and", so
// "Analyse sales figures by region and propose plans" holds "Analyse sales
// figures by region".
func unitTokens(s string) [][]string {
	whole, clause := tokenize(s)
	if len(whole) == 0 {
		return nil
	}
	out := [][]string{whole}
	if clause[len(clause)-1] == clause[0] {
		return out // one clause: the whole says it all
	}
	n := distinct(whole)
	for i := 0; i < len(whole); {
		j := i
		for j < len(whole) && clause[j] == clause[i] {
			j++
		}
		if d := distinct(whole[i:j]); d >= 2 && d < n {
			out = append(out, whole[i:j:j])
		}
		i = j
	}
	return out
}

func distinct(toks []string) int {
	n := 0
	for i, t := range toks {
		if !slices.Contains(toks[:i], t) {
			n++
		}
	}
	return n
}

// word is an English word and the clause it stands in.
type word struct {
	text   string
	clause int
}

// tokenize splits a sentence into similarity tokens, stemmed English words
// and Chinese character bigrams, and numbers the clause of each (clauses
// ascend, so each clause's tokens are contiguous). Both kinds may occur in
// either language's text (a Chinese term quoted in English, "POP" in
// Chinese).
func tokenize(s string) (toks []string, clause []int) {
	var words []word
	var han []rune
	c := 0
	flushHan := func() {
		for _, g := range hanGrams(han) {
			toks, clause = append(toks, g), append(clause, c)
		}
		han = han[:0]
	}
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.Is(unicode.Han, r) && !hanStop[r]:
			han = append(han, r)
			i += size
		case isWordRune(r):
			flushHan()
			j := i
			for j < len(s) {
				r2, n := utf8.DecodeRuneInString(s[j:])
				if !isWordRune(r2) {
					break
				}
				j += n
			}
			w := strings.ToLower(s[i:j])
			if w == "and" {
				c++
			}
			words = append(words, word{w, c})
			i = j
		default:
			flushHan()
			if strings.ContainsRune(",;:()，；：。（）", r) {
				c++
			}
			i += size
		}
	}
	flushHan()
	// English after Han keeps each part's clauses ascending: a sentence
	// mixing both scripts is rare and only loses a clause boundary or two.
	for _, w := range englishTokens(words) {
		toks, clause = append(toks, w.text), append(clause, w.clause+c+1)
	}
	return toks, clause
}

// isWordRune accepts the letters and digits of English words (not Han,
// which tokenize treats apart).
func isWordRune(r rune) bool {
	return (unicode.IsLetter(r) || unicode.IsDigit(r)) && !unicode.Is(unicode.Han, r)
}

// hanGrams returns the character bigrams of a run of Han characters, or the
// character itself for a run of one.
func hanGrams(run []rune) []string {
	if len(run) == 1 {
		return []string{string(run)}
	}
	var out []string
	for i := 0; i+1 < len(run); i++ {
		out = append(out, string(run[i:i+2]))
	}
	return out
}

// hanStop are function characters that carry no meaning of their own; they
// split runs so that bigrams such as "的品" never form.
var hanStop = runeSet("的和与及并或等对在把将各之其以于由")

func runeSet(s string) map[rune]bool {
	m := map[rune]bool{}
	for _, r := range s {
		m[r] = true
	}
	return m
}

// englishTokens joins phrases, drops stop words, stems and maps synonyms.
func englishTokens(words []word) []word {
	var out []word
	for i := 0; i < len(words); i++ {
		w := words[i]
		st := stem(w.text)
		if i+1 < len(words) {
			if p, ok := phrases[st+" "+words[i+1].text]; ok {
				out = append(out, word{p, w.clause})
				i++
				continue
			}
		}
		if stopWords[w.text] || weakStems[st] {
			continue
		}
		if syn, ok := synonyms[st]; ok {
			st = syn
		}
		out = append(out, word{st, w.clause})
	}
	return out
}

// phrases are two-word verbs and terms that mean one thing, keyed by the
// first word's stem and the second word as written ("setting up" and "set
// up" alike); the value is a canonical token.
var phrases = map[string]string{
	"draw up": "set", "work out": "set", "lay down": "set", "map out": "plan",
	"set up": "establish", "carry out": "run", "carri out": "run", "put forward": "propos",
	"sum up": "summar", "follow up": "track", "long term": "longterm", "long range": "longterm",
	"public relations": "pr", "public relation": "pr",
}

// stopWords carry no meaning for telling duties apart. "company" and
// "department" are here because almost every duty is about one.
var stopWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`a an the and or nor but of to in on at by for from with without within into onto
		as is are be been being do does did has have had it its this that these those their them they there
		what which who whom whose when where why how all any each every both either neither other others such own same
		so than then too very more most also up down out over under about above after before during between through via per
		s t e g etc i you your we us our he she his her will would should must may might shall can could not no
		company companies department departments dept organisation organisations organization
		organizations enterprise enterprises behalf sure well`) {
		m[w] = true
	}
	return m
}()

// weakStems are verbs so general that sharing one says nothing: "Provide
// service after the sale" and "Provide logistics services" are not the
// same duty.
var weakStems = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields("provid giv help keep get tak ensur mak see bring put need abl want follow") {
		m[w] = true
	}
	return m
}()

// synonyms map a stem to the canonical stem of its group, for the verbs and
// nouns this domain says in many ways.
var synonyms = func() map[string]string {
	groups := map[string]string{
		"set":      "set formul draft devis decid determin",
		"plan":     "plan schem",
		"advert":   "advert advertis ad ads",
		"research": "research study survey investig",
		"analys":   "analys analysis analytic",
		"collect":  "collect gath",
		"sale":     "sale sal sel sold",
		"goal":     "goal target objectiv aim",
		"event":    "event activity campaign",
		"customer": "custom consum client buyer",
		"compet":   "compet competitor competit competitiv rival",
		"data":     "data inform figur statistic intelligenc fact",
		"forecast": "forecast predict",
		"train":    "train teach coach",
		"run":      "run organis hold conduct execut impl",
		"product":  "product merchandis",
	}
	m := map[string]string{}
	for canon, words := range groups {
		for _, w := range strings.Fields(words) {
			m[w] = canon
		}
	}
	return m
}()

// stem is a crude suffix stripper: enough that "prices", "pricing" and
// "price" meet, and "planning"/"planned"/"plans" meet "plan". It need not
// produce real words, only the same stem for one word's forms.
func stem(w string) string {
	if len(w) <= 3 {
		return w
	}
	w = britishSpelling.Replace(w)
	w = plural(w)
	for range 2 {
		cut := false
		for _, suf := range suffixes {
			if rest, ok := strings.CutSuffix(w, suf.s); ok && len(rest) >= suf.min {
				w, cut = rest, true
				break
			}
		}
		if !cut {
			break
		}
	}
	if len(w) > 3 && strings.HasSuffix(w, "e") {
		w = w[:len(w)-1]
	}
	if n := len(w); n > 3 && w[n-1] == w[n-2] && !isVowel(w[n-1]) {
		w = w[:n-1] // planning -> plann -> plan
	}
	return w
}

// britishSpelling folds -ize and -yze into -ise and -yse (organize, analyze).
var britishSpelling = strings.NewReplacer("iz", "is", "yz", "ys")

// suffixes are tried in order (after the plural is gone); min is the
// shortest stem allowed.
var suffixes = []struct {
	s   string
	min int
}{
	{"ation", 4}, {"ment", 4}, {"ing", 3}, {"ion", 4}, {"ate", 4}, {"er", 4}, {"ed", 3}, {"ly", 4}, {"al", 5},
}

func plural(w string) string {
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "sses"):
		return w[:len(w)-2]
	case strings.HasSuffix(w, "ss"), strings.HasSuffix(w, "us"), strings.HasSuffix(w, "is"):
		return w
	case strings.HasSuffix(w, "s"):
		return w[:len(w)-1]
	}
	return w
}

func isVowel(c byte) bool { return strings.IndexByte("aeiouy", c) >= 0 }
