package model

import (
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/dutymap/dutymap/internal/lazyre"
	"github.com/dutymap/dutymap/model/analysis"
)

// Tier says how well a reference names a node. Lower is better; a
// resolver takes the best match any candidate reaches, and a tie within it
// is ambiguous.
type Tier uint8

const (
	TierExact  Tier = iota // a path, code, id, name or alias, ignoring case, "-" and "_"
	TierPrefix             // the start of an id, name or alias: "fin", "市场"
	TierWord               // the start of a later word, or (2+ runes) anywhere inside
	TierSlip               // a whole name one slip off or by its sound: "markting", 市场不 (shichangbu), xiaoshoubu, xsb
	TierAbbrev             // letters in order from the first: "mkt" in "marketing"
	TierSound              // the start of a Chinese name by its sound, in whole syllables: "xiaoshou", 销受 for 销售部
	TierTypo               // a few typing slips away (EditDistance, TypoLimit): "furniture-mkting"
	// TierTyping is a start of a Chinese name's pinyin that is no
	// reference on its own: ending inside a syllable ("xiaosh", "she" of
	// sheng), one syllable ("shi"), or initials not whole or of two
	// letters ("xs", "hq"). Short English words and abbreviations read so
	// by accident, so only a picker, whose list the user sees before
	// choosing, offers these (Rank, after every other tier); BestMatches,
	// Resolve and ResolveDepartment take them for no match.
	TierTyping
	TierNone
)

// Resolve finds the nodes ref names, trying in order:
//
//  1. a path of ids, exactly: marketing/positions/manager, sales/selling/3;
//  2. a path whose parts are ids, names, aliases or codes, the first also
//     an abbreviation of a document's name: mkt/positions/manager, and the
//     breadcrumbs search prints: "Sales department › Selling › Visit
//     customers." (a trailing " (3 places)" is ignored);
//  3. a code written on a node: 3.2.2, T-104;
//  4. the id, name or alias of a department, topic or relation, or else the
//     name or alias of sections and duties (exact matches only; their ids
//     repeat, so an id alone is only suggested);
//  5. the start or a word of a document's id, name or alias, the whole
//     of one with a slip (a letter off, a character of the same sound) or
//     in pinyin, an abbreviation, the start of one in whole syllables of
//     pinyin, in that order (see Tier): fin, 市场, markting, 市场不,
//     shichangbu, xsb, mkt, shichang. A start of pinyin ending inside a
//     syllable, or one syllable, or two initials (she, shi, hq) is no
//     reference: those are English words as often (see TierTyping).
//
// It returns every node the first step that finds any finds (several when
// ref is ambiguous), and how well they match; none when nothing does (see
// Suggest). Names match in every language and ignore case.
func (o *Org) Resolve(ref string) ([]*Node, Tier) {
	ref = strings.Trim(strings.TrimSpace(ref), "/")
	if ref == "" {
		return nil, TierNone
	}
	if n := o.Node(ref); n != nil {
		return []*Node{n}, TierExact
	}
	if n := o.Node(strings.ToLower(ref)); n != nil {
		return []*Node{n}, TierExact
	}
	if found := o.walk(ref); len(found) > 0 {
		return found, TierExact
	}
	q := Fold(ref)
	names := o.exact()
	if byCode := names.code[q]; len(byCode) > 0 {
		return byCode, TierExact
	}
	docs, m := BestMatches(ref, o.Documents())
	if m == TierExact {
		return ownName(q, docs), m
	}
	if named := names.name[q]; len(named) > 0 {
		return named, TierExact
	}
	// A section's Chinese name in pinyin, whole (fahuoyuan, fa huo yuan,
	// fa1huo4yuan2: 发货员), as a department's is read (soundTier): after
	// what names a node as written, before a name's start or a word of
	// one. Two syllables at least: one is an English word as often.
	if p := asPinyin(ref); p != "" && len(analysis.PinyinSplits(p)) > 0 {
		if sections := names.pinyin[p]; len(sections) > 0 && m > TierSlip {
			return sections, TierSlip
		}
	}
	return docs, m
}

// PreferDepartment returns, of the several nodes a reference names by
// their start or less (Resolve's nodes at a tier below TierExact), the one
// department among them, and the others; or nil when they are not several,
// the tier is exact, or not exactly one is a department. "销售" begins 销售部
// and the relation 销售部向市场部反馈什么, "sale" begins "Sales department"
// and "Sales reports to marketing": a reader who types a department's
// short name means the department, as compare and matrix read it
// (ResolveDepartment), and the others are for the reader to be told of.
func PreferDepartment(found []*Node, tier Tier) (*Node, []*Node) {
	if len(found) < 2 || tier == TierExact {
		return nil, nil
	}
	var dept *Node
	var others []*Node
	for _, n := range found {
		switch {
		case n.Kind != KindDepartment:
			others = append(others, n)
		case dept != nil:
			return nil, nil // two departments: ambiguous
		default:
			dept = n
		}
	}
	if dept == nil {
		return nil, nil
	}
	return dept, others
}

// nameIndex finds nodes by their exact code, title or alias (folded), for
// Resolve: a reference that names nothing by path would otherwise fold
// every title of the organisation to find that out.
type nameIndex struct {
	once sync.Once
	code map[string][]*Node // folded code -> every node with it, in document order
	name map[string][]*Node // folded title or alias -> the sections, duties and points with it
	// pinyin: a section's Chinese name or alias in pinyin (asPinyin's
	// letters, ü as u) -> the sections with it: show fahuoyuan is 发货员.
	pinyin map[string][]*Node
}

// exact returns the name index, building it on first use (safe for
// concurrent use: the organisation is read by several sessions at once).
func (o *Org) exact() *nameIndex {
	ix := o.names
	ix.once.Do(func() {
		ix.code, ix.name, ix.pinyin = map[string][]*Node{}, map[string][]*Node{}, map[string][]*Node{}
		add := func(m map[string][]*Node, key string, n *Node) {
			if list := m[key]; len(list) == 0 || list[len(list)-1] != n {
				m[key] = append(list, n)
			}
		}
		for _, n := range o.all {
			if n.Code() != "" {
				add(ix.code, Fold(n.Code()), n)
			}
			if n.Kind.IsDocument() {
				continue
			}
			for l := range NumLangs {
				if n.Title[l] != "" {
					add(ix.name, Fold(n.Title[l]), n)
				}
				for _, a := range n.Aliases()[l] {
					add(ix.name, Fold(a), n)
				}
			}
			if n.Kind == KindSection {
				for _, name := range append([]string{n.Title[Zh]}, n.Aliases()[Zh]...) {
					full, _ := analysis.Pinyin(Fold(name))
					for _, p := range full {
						add(ix.pinyin, analysis.SpellU(p), n)
					}
				}
			}
		}
	})
	return ix
}

// ResolveDepartment is Resolve for departments only (the comparison and the
// search's d: filter): the departments ref names at the best match any
// reaches.
func (o *Org) ResolveDepartment(ref string) ([]*Node, Tier) {
	if d := o.Department(strings.TrimSpace(ref)); d != nil {
		return []*Node{d}, TierExact
	}
	found, m := BestMatches(ref, o.Departments)
	if m == TierExact {
		found = ownName(Fold(ref), found)
	}
	return found, m
}

// ownName keeps, of the nodes q (folded) names exactly, those whose id,
// code or name it is, when others have it only as an alias: "Alpha" is
// the department named Alpha before one that lists it among its aliases.
func ownName(q string, nodes []*Node) []*Node {
	if len(nodes) < 2 {
		return nodes
	}
	var own []*Node
	for _, n := range nodes {
		if Fold(n.ID) == q || n.Code() != "" && Fold(n.Code()) == q ||
			slices.ContainsFunc(n.Title[:], func(t string) bool { return t != "" && Fold(t) == q }) {
			own = append(own, n)
		}
	}
	if len(own) == 0 {
		return nodes
	}
	return own
}

// splitParts splits a breadcrumb at " › " or, when it has none, a path at
// "/" (a title may hold a "/", an id never does).
func splitParts(ref string) []string {
	sep := "/"
	if strings.Contains(ref, "›") {
		sep = "›"
	}
	parts := strings.Split(ref, sep)
	for i, p := range parts {
		parts[i] = strings.TrimSpace(p)
	}
	return parts
}

// placesSuffix is what search adds to a text written in several places.
var placesSuffix = lazyre.New(`\s+\(\d+ places\)$`)

// walk reads ref as a path or breadcrumb of parts and follows it down from
// the documents its first part names.
func (o *Org) walk(ref string) []*Node {
	ref = placesSuffix().ReplaceAllString(ref, "")
	parts := splitParts(ref)
	if len(parts) < 2 {
		return nil
	}
	heads, _ := BestMatches(parts[0], o.Documents())
	var out []*Node
	for _, h := range heads {
		level := []*Node{h}
		for _, part := range parts[1:] {
			q := Fold(part)
			var next []*Node
			for _, n := range level {
				for _, c := range n.Children {
					if namedExactly(q, c, true) {
						next = append(next, c)
					}
				}
			}
			level = next
		}
		out = append(out, level...)
	}
	return out
}

// namedExactly reports whether q (folded) is n's code, a title or an alias
// in any language, or with byID its id.
func namedExactly(q string, n *Node, byID bool) bool {
	if (byID && Fold(n.ID) == q) || (n.Code() != "" && Fold(n.Code()) == q) {
		return true
	}
	for l := range NumLangs {
		if n.Title[l] != "" && Fold(n.Title[l]) == q {
			return true
		}
		for _, a := range n.Aliases()[l] {
			if Fold(a) == q {
				return true
			}
		}
	}
	return false
}

// BestMatches returns the nodes ref names at the best match any of them
// reaches, in the order given, and that match; TierNone and no nodes when
// ref names none. It compares ref with each node's id, code, titles and
// aliases (see NameTier).
func BestMatches(ref string, nodes []*Node) ([]*Node, Tier) {
	q := newNameQuery(ref)
	best := TierNone
	var found []*Node
	for _, n := range nodes {
		switch m := q.match(n); {
		case m >= TierTyping: // a start the user is typing, not a name
		case m < best:
			best, found = m, append(found[:0], n)
		case m == best:
			found = append(found, n)
		}
	}
	return found, best
}

// Rank orders the nodes ref names from the best match to the worst,
// keeping the given order within a match, and drops the nodes it does not
// name: the candidates of a picker as the user types. Unlike BestMatches
// it keeps the starts of a name's pinyin (TierTyping) as the last
// candidates: "xiaosh" or "xs" already lists 销售部.
func Rank(ref string, nodes []*Node) []*Node {
	q := newNameQuery(ref)
	var tiers [TierNone][]*Node
	for _, n := range nodes {
		if m := q.match(n); m != TierNone {
			tiers[m] = append(tiers[m], n)
		}
	}
	var out []*Node
	for _, t := range tiers {
		out = append(out, t...)
	}
	return out
}

// NameTier rates how well ref names n by its id, code, titles or aliases
// in any language. A complete reference takes TierTyping for no match.
func NameTier(ref string, n *Node) Tier { return newNameQuery(ref).match(n) }

// nameQuery is a reference made ready to compare with names: folded, and
// read as Chinese sounds where it can be.
type nameQuery struct {
	folded string
	runes  int        // in folded
	han    []rune     // folded, when it is all Chinese characters
	sounds [][]string // the readings of each of han (see sound)
	pinyin string     // the reference as pinyin letters (see asPinyin), or ""
	// heard remembers each character's readings: a picker's departments
	// share most of their characters (部, 华南), and it ranks them all at
	// every key.
	heard map[rune][]string
}

func newNameQuery(ref string) *nameQuery {
	q := &nameQuery{folded: Fold(ref)}
	q.runes = utf8.RuneCountInString(q.folded)
	if analysis.IsHanWord(q.folded) {
		q.han = []rune(q.folded)
		for _, r := range q.han {
			q.sounds = append(q.sounds, q.sound(r))
		}
	} else {
		q.pinyin = asPinyin(ref)
	}
	return q
}

// match is the best tier q reaches on n's code, id, titles or aliases.
func (q *nameQuery) match(n *Node) Tier {
	if q.folded == "" {
		return TierNone
	}
	if n.Code() != "" && Fold(n.Code()) == q.folded {
		return TierExact
	}
	best := q.tier(Fold(n.ID))
	for l := range NumLangs {
		if n.Title[l] != "" {
			best = min(best, q.tier(Fold(n.Title[l])))
		}
		for _, a := range n.Aliases()[l] {
			best = min(best, q.tier(Fold(a)))
		}
	}
	return best
}

// tier rates how well q names one folded name. A slip of the whole name
// ranks above letters in order, which a short reference meets inside many
// a longer name: "markting" is marketing, not also marketing-to-sales, and
// 市场不 (the same sounds as 市场部, as a pinyin keyboard offers them) is
// the marketing department, not a topic whose title holds 市, 场 and 不.
// A slip of any kind takes four characters or more (EditDistance counts
// characters): a three-character Chinese name takes only characters of
// its sound, for 企划部 is another department than 策划部, one character
// off.
func (q *nameQuery) tier(name string) Tier {
	switch {
	case name == "":
		return TierNone
	case q.folded == name:
		return TierExact
	case strings.HasPrefix(name, q.folded):
		return TierPrefix
	case len(q.folded) > len(name):
		// Longer than the name: only its sound or a slip may name it (a
		// pasted reference is not copied for every name it is held to).
	case strings.Contains(" "+name, " "+q.folded),
		q.runes >= 2 && strings.Contains(name, q.folded):
		return TierWord
	}
	near := func(limit int) bool {
		d := q.runes - utf8.RuneCountInString(name)
		return q.runes >= 4 && max(d, -d) <= limit && EditDistance(q.folded, name) <= limit
	}
	sound := q.soundTier(name)
	switch {
	case sound == TierSlip, near(1):
		return TierSlip
	case q.runes <= len(name) && isAbbrev(q.folded, name): // len in bytes, at least its runes: a long paste is no abbreviation
		return TierAbbrev
	case sound == TierSound:
		return TierSound
	case near(TypoLimit(q.folded)):
		return TierTypo
	}
	return sound
}

// soundTier rates how q names a Chinese name by its sound: TierSlip for the
// whole name, in characters that read as its own do one by one (销受部 for
// 销售部, 财物部 for 财务部), in pinyin of two syllables or more
// (xiaoshoubu, "xiǎo shòu bù") or by initials of three letters or more
// (xsb); TierSound for its start, in two characters (销受) or two whole
// syllables at least (xiaoshou); TierTyping for a start that only a
// picker offers (see TierTyping: xiaosh, xs, she, shi); TierNone otherwise.
//
// Pinyin letters are also English words and abbreviations: "she" begins
// sheng, "dan" dang, "yu" yun, "hq" are 后勤部's initials and "shi" is
// the first syllable of six names. Only whole syllables, two or more, or
// whole initials of three letters or more are unlikely to be anything but
// the name's sound.
func (q *nameQuery) soundTier(name string) Tier {
	if (q.han == nil && q.pinyin == "") || !analysis.IsHanWord(name) {
		return TierNone
	}
	chars := []rune(name)
	if q.han != nil {
		if len(q.han) < 2 || len(q.han) > len(chars) {
			return TierNone
		}
		for i, r := range q.han {
			if r != chars[i] && !shareReading(q.sounds[i], q.sound(chars[i])) {
				return TierNone
			}
		}
		if len(q.han) == len(chars) {
			return TierSlip
		}
		return TierSound
	}
	if len(q.pinyin) <= len(chars) {
		initials := make([]byte, 0, len(chars))
		for _, r := range chars {
			if s := q.sound(r); len(s) > 0 {
				initials = append(initials, s[0][0])
			}
		}
		switch ini := string(initials); {
		case q.pinyin == ini && len(ini) >= 3:
			return TierSlip
		case strings.HasPrefix(ini, q.pinyin):
			return min(TierTyping, q.spells(chars))
		}
	}
	if best := q.spells(chars); best <= TierSlip || !q.readingSlip(name) {
		return best
	}
	return TierSlip
}

// readingSlip reports whether q's pinyin letters are a reading of the
// Chinese name with two neighbouring letters swapped ("xiaoshuobu" of
// xiaoshoubu, 销售部; "shichagnbu" of shichangbu), six letters or more,
// as an English name one slip off is read as that name ("slaes"). Only a
// swap, as search reads pinyin (its swappedReading): a letter added or
// left out makes pinyin of other words, or English ones, too often
// ("xiaoshoubux" names nothing).
func (q *nameQuery) readingSlip(name string) bool {
	p := q.pinyin
	if len(p) < 6 || utf8.RuneCountInString(name) > 8 {
		return false
	}
	full, _ := analysis.Pinyin(name)
	for _, r := range full {
		if r = strings.ReplaceAll(r, "v", "u"); len(r) != len(p) {
			continue
		}
		i := 0
		for i < len(p) && p[i] == r[i] {
			i++
		}
		if i+1 < len(p) && p[i] == r[i+1] && p[i+1] == r[i] && p[i+2:] == r[i+2:] {
			return true
		}
	}
	return false
}

// spells rates how q's pinyin letters spell chars, one reading of each
// in turn: all of them, two or more (TierSlip: "xiaoshoubu" for 销售部),
// the start of them in two whole syllables or more (TierSound:
// "xiaoshou"), a shorter start or one ending inside a syllable
// (TierTyping: "xiaosh", "xiao"), or not (TierNone).
func (q *nameQuery) spells(chars []rune) Tier {
	p, best := q.pinyin, TierNone
	var walk func(i, k int)
	walk = func(i, k int) {
		switch {
		case k == len(p) && i >= 2 && i == len(chars):
			best = TierSlip
			return
		case k == len(p) && i >= 2:
			best = min(best, TierSound)
			return
		case k == len(p):
			best = min(best, TierTyping)
			return
		case i == len(chars) || best == TierSlip:
			return
		}
		for _, r := range q.sound(chars[i]) {
			switch rest := p[k:]; {
			case strings.HasPrefix(rest, r):
				walk(i+1, k+len(r))
			case strings.HasPrefix(r, rest):
				best = min(best, TierTyping)
			}
		}
	}
	walk(0, 0)
	return best
}

// sound returns a Chinese character's pinyin readings without tones, the
// most common first, with ü written u (go-pinyin writes it v: 绿 lv),
// from model/analysis's table; none for a character it lacks.
func (q *nameQuery) sound(r rune) []string {
	if s, ok := q.heard[r]; ok {
		return s
	}
	full, _ := analysis.Pinyin(string(r))
	full = slices.DeleteFunc(full, func(s string) bool { return s == "" })
	for i, s := range full {
		full[i] = strings.ReplaceAll(s, "v", "u")
	}
	if q.heard == nil {
		q.heard = map[rune][]string{}
	}
	q.heard[r] = full
	return full
}

// shareReading reports whether two characters' readings have one in
// common: 不 (bu, fou) and 部 (bu, pou) do.
func shareReading(a, b []string) bool {
	return slices.ContainsFunc(a, func(s string) bool { return slices.Contains(b, s) })
}

// asPinyin returns ref as the letters of pinyin, with tones, spaces and
// syllable marks left out: "Xiǎo shòu bù", "xiao3 shou4 bu4", "xiao-shou-bu"
// and "xiaoshoubu" are all "xiaoshoubu", and ü and v are u. It returns ""
// for a reference of other characters, or of fewer than two letters.
func asPinyin(ref string) string {
	var b strings.Builder
	syllableMark := func(r rune) bool { return r == ' ' || r == '-' || r == '_' || r == '\'' || r == '’' }
	for _, piece := range strings.FieldsFunc(analysis.Fold(ref), syllableMark) {
		// Tone numbers are read as search reads them
		// (analysis.TonelessPinyin): after whole syllables only.
		if strings.ContainsAny(piece, "12345") {
			toneless, ok := analysis.TonelessPinyin(piece)
			if !ok {
				return ""
			}
			piece = toneless
		}
		for _, r := range piece {
			switch {
			case r == 'v':
				r = 'u'
			case r < 'a' || r > 'z':
				return ""
			}
			b.WriteRune(r)
		}
	}
	if b.Len() < 2 {
		return ""
	}
	return b.String()
}

// TypoLimit is how many edits (EditDistance) a word or name typed as q may
// be off the one meant and still be taken for it: one, and one more for
// every 8 characters ("slaes" for sales, "furniture-mkting" three from
// furniture-marketing). The one rule of every "did you mean": names in
// show, compare and the picker, references in content files, words in
// search.
func TypoLimit(q string) int { return 1 + utf8.RuneCountInString(q)/8 }

// isAbbrev reports whether q's runes occur in name in order, starting with
// name's first rune, so "mkt" abbreviates "marketing" but not "party-mass
// work department".
func isAbbrev(q, name string) bool {
	qr, nr := []rune(q), []rune(name)
	if len(qr) < 2 || qr[0] != nr[0] {
		return false
	}
	i := 0
	for _, r := range nr {
		if i < len(qr) && r == qr[i] {
			i++
		}
	}
	return i == len(qr)
}

var foldReplacer = strings.NewReplacer("-", " ", "_", " ", "’", "'")

// Fold prepares a name for comparison: folded as search folds words
// (analysis.Fold: case, accents, compatibility forms, traditional Chinese
// in its simplified form), with "-", "_" and runs of spaces as one space,
// so "general-office", "General office", "general  office" and
// "ＧＥＮＥＲＡＬ office" are alike, and so are 銷售部 and 销售部.
func Fold(s string) string {
	s = foldReplacer.Replace(analysis.Fold(strings.TrimSpace(s)))
	if !strings.Contains(s, "  ") && !strings.ContainsAny(s, "\t\n") {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// Suggest returns up to limit nodes close to a reference that names
// nothing, for a "did you mean" list: nodes whose id is ref (sections'
// ids repeat, so Resolve does not take them), then documents ref nearly
// names or, failing those, begins in pinyin (TierTyping), then nodes whose path, title or alias contains ref or the last
// part of a path, sections before duties, then the children of the longest
// part of a path that exists.
func (o *Org) Suggest(ref string, limit int) []*Node {
	ref = placesSuffix().ReplaceAllString(strings.Trim(strings.TrimSpace(ref), "/"), "")
	q := Fold(ref)
	if q == "" {
		return nil
	}
	var out []*Node
	for _, n := range o.all {
		if Fold(n.ID) == q {
			out = append(out, n)
		}
	}
	parts := splitParts(ref)
	if docs, m := BestMatches(parts[0], o.Documents()); m != TierNone {
		if len(parts) == 1 {
			out = append(out, docs...)
		} else if len(docs) == 1 {
			// Read the rest below the one document the head names.
			parts[0] = docs[0].ID
		}
	} else if len(parts) == 1 {
		// Names whose pinyin ref begins ("gong" for 工会办公室): no
		// reference, but worth a "did you mean".
		out = append(out, Rank(ref, o.Documents())...)
	}
	needles := []string{q}
	if last := Fold(parts[len(parts)-1]); len(parts) > 1 && last != "" {
		needles = append(needles, last)
	}
	var sections, leaves []*Node
	for _, n := range o.all {
		if slices.ContainsFunc(needles, func(s string) bool { return mentions(n, s) }) {
			if n.Kind.IsLeaf() {
				leaves = append(leaves, n)
			} else {
				sections = append(sections, n)
			}
		}
	}
	out = append(append(out, sections...), leaves...)
	if len(out) == 0 && len(parts) == 1 {
		// A slip in a position's or unit's name ("merchandizer", "customer
		// service specialists"): the sections it nearly names, nearest
		// first, as documents' names are read above.
		out = o.nearlyNamedSections(q)
	}
	if len(parts) > 1 {
		// A path or breadcrumb: what it nearly names first, then the
		// children of the deepest node it names.
		near, below := o.nearest(parts)
		out = append(append(near, out...), below...)
	}
	var uniq []*Node
	for _, n := range out {
		if len(uniq) == limit {
			break
		}
		if !slices.Contains(uniq, n) {
			uniq = append(uniq, n)
		}
	}
	return uniq
}

// nearlyNamedSections are the sections (positions, units, sections of a
// document) whose id, title or alias q is at most TypoLimit edits off,
// nearest first. Duties are left out: a duty's text is no name. A q longer
// than a name can be is no slip of one (EditDistance costs its length
// times the name's).
func (o *Org) nearlyNamedSections(q string) []*Node {
	if utf8.RuneCountInString(q) > maxSlipName {
		return nil
	}
	type near struct {
		n *Node
		d int
	}
	var found []near
	for _, n := range o.all {
		if n.Kind != KindSection {
			continue
		}
		if d := nearlyNamed(q, n); d >= 0 {
			found = append(found, near{n, d})
		}
	}
	slices.SortStableFunc(found, func(a, b near) int { return a.d - b.d })
	out := make([]*Node, len(found))
	for i, f := range found {
		out[i] = f.n
	}
	return out
}

// maxSlipName bounds, in characters, the names nearlyNamedSections reads
// a slip of.
const maxSlipName = 64

// nearest follows a path or breadcrumb down from the documents its first
// part names, by id, code, title or alias, and where no child is named
// exactly, by the children nearest in spelling (see nearlyNamed): a
// breadcrumb one character off ("市场部 › 岗位 › 市场经理") leads to the node
// it nearly names. It returns the nodes the whole ref leads to that way
// (none when it names them exactly: Resolve finds those), and, when the
// walk stops at a part no child is near, the children of where it stopped.
func (o *Org) nearest(parts []string) (near, below []*Node) {
	level, m := BestMatches(parts[0], o.Documents())
	if m == TierNone {
		return nil, nil
	}
	fuzzy := m != TierExact
	for _, part := range parts[1:] {
		q := Fold(part)
		var exact, close []*Node
		best := -1
		for _, n := range level {
			for _, c := range n.Children {
				if namedExactly(q, c, true) {
					exact = append(exact, c)
					continue
				}
				if d := nearlyNamed(q, c); d >= 0 && (best < 0 || d <= best) {
					if d < best {
						close = close[:0]
					}
					best, close = d, append(close, c)
				}
			}
		}
		switch {
		case len(exact) > 0:
			level = exact
		case len(close) > 0:
			level, fuzzy = close, true
		default:
			for _, n := range level {
				below = append(below, n.Children...)
			}
			return nil, below
		}
	}
	if !fuzzy {
		return nil, nil
	}
	return level, nil
}

// nearlyNamed is the smallest edit distance, in characters, between q
// (folded) and n's id, titles and aliases, when one is at most TypoLimit
// edits off; -1 otherwise.
func nearlyNamed(q string, n *Node) int {
	limit := TypoLimit(q)
	best := -1
	try := func(name string) {
		if d := EditDistance(q, Fold(name)); d <= limit && (best < 0 || d < best) {
			best = d
		}
	}
	try(n.ID)
	for l := range NumLangs {
		if n.Title[l] != "" {
			try(n.Title[l])
		}
		for _, a := range n.Aliases()[l] {
			try(a)
		}
	}
	return best
}

// EditDistance is the edit distance between a and b in characters
// (runes) as a typist makes it: the insertions, deletions, substitutions
// and swaps of two neighbouring characters ("slaes" for sales, "nmae" for
// name) that turn one into the other, each one edit. This is the optimal
// string alignment distance (Damerau-Levenshtein without editing a
// swapped pair again; F. J. Damerau, "A technique for computer detection
// and correction of spelling errors", CACM 7(3), 1964). Cost
// O(len(a)·len(b)); for names and words, not documents.
func EditDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev2 := make([]int, len(rb)+1)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(rb)]
}

// mentions reports whether n's path, code, title or aliases contain s
// (folded).
// A leaf's path only repeats its section's, so leaves match by text.
func mentions(n *Node, s string) bool {
	if (!n.Kind.IsLeaf() && strings.Contains(Fold(n.Path), s)) || (n.Code() != "" && strings.Contains(Fold(n.Code()), s)) {
		return true
	}
	for l := range NumLangs {
		if strings.Contains(Fold(n.Title[l]), s) {
			return true
		}
		for _, a := range n.Aliases()[l] {
			if strings.Contains(Fold(a), s) {
				return true
			}
		}
	}
	return false
}

// NamedAny reports, for each node, whether one of refs names it at the best
// tier that ref reaches among nodes (see BestMatches): the departments that
// search's d: filter keeps.
func NamedAny(refs []string, nodes []*Node) []bool {
	ok := make([]bool, len(nodes))
	index := make(map[*Node]int, len(nodes))
	for i, n := range nodes {
		index[n] = i
	}
	for _, ref := range refs {
		found, _ := BestMatches(ref, nodes)
		for _, n := range found {
			ok[index[n]] = true
		}
	}
	return ok
}
