package content

import (
	_ "embed"
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/dutymap/dutymap/model"
	"github.com/dutymap/dutymap/model/analysis"
)

// attr is the key of an attribute line: a line such as "Code: 3.2.2" right
// under a section heading, or indented under a duty's first line.
type attr uint8

const (
	attrNone attr = iota
	attrSources
	attrCode
	attrAliases
	attrResponsible
	attrAccountable
	attrConsulted
	attrInformed
	attrFrom
	attrTo
	attrReturns
	attrOverlaps
)

// attrKeys is the fixed table of attribute keys, lower-cased, in English and
// Chinese. A line whose key is not here is ordinary text.
var attrKeys = map[string]attr{
	"sources": attrSources, "source": attrSources, "来源": attrSources,
	"code": attrCode, "编号": attrCode,
	"aliases": attrAliases, "alias": attrAliases, "别名": attrAliases,
	"responsible": attrResponsible, "负责": attrResponsible,
	"accountable": attrAccountable, "批准": attrAccountable,
	"consulted": attrConsulted, "咨询": attrConsulted,
	"informed": attrInformed, "知会": attrInformed,
	// A RACI matrix writes the roles as letters; so may a line.
	"r": attrResponsible, "a": attrAccountable, "c": attrConsulted, "i": attrInformed,
	"from": attrFrom, "提供方": attrFrom,
	"to": attrTo, "接收方": attrTo,
	"returns": attrReturns, "回传": attrReturns,
	"overlaps": attrOverlaps, "重叠": attrOverlaps,
}

// attrNamesZh are the Chinese keys, as written in Chinese files.
var attrNamesZh = [...]string{"", "来源", "编号", "别名", "负责", "批准", "咨询", "知会", "提供方", "接收方", "回传", "重叠"}

// String is the English key, for messages.
func (a attr) String() string {
	return [...]string{"", "Sources", "Code", "Aliases", "Responsible", "Accountable", "Consulted", "Informed", "From", "To", "Returns", "Overlaps"}[a]
}

// isRACI reports a RACI line's key; role is its role.
func (a attr) isRACI() bool          { return a >= attrResponsible && a <= attrInformed }
func (a attr) role() model.RACIRole  { return model.RACIRole(a - attrResponsible) }
func (a attr) isLink() bool          { return a >= attrFrom && a <= attrReturns }
func (a attr) link() model.Link      { return model.Link(a - attrFrom) }
func raciAttr(r model.RACIRole) attr { return attrResponsible + attr(r) }
func linkAttr(k model.Link) attr     { return attrFrom + attr(k) }

// maxKeyEnd is the furthest byte of a line an attribute's colon stands
// at: the longest key is 11 bytes ("responsible"), spaces may follow it.
const maxKeyEnd = 16

// keyColon is the byte offset of the first colon (ASCII or full-width)
// in line, when it stands within maxKeyEnd bytes of the start, or -1.
// Only the start is looked through: it runs for every line of every
// file, and strings.IndexAny over a whole line of Chinese was a third of
// parsing the body. ':' is never part of a longer character, and 0xEF
// only starts one, so the bytes match where the characters do.
func keyColon(line string) int {
	for i := 0; i < len(line) && i <= maxKeyEnd; i++ {
		switch {
		case line[i] == ':':
			return i
		case line[i] == 0xEF && strings.HasPrefix(line[i:], "："):
			return i
		}
	}
	return -1
}

// parseAttr reads an attribute line ("Code: 3.2.2", "编号：3.2.2", "知 会：
// finance"), already stripped of its indentation. ok is false for any
// other line.
func parseAttr(line string) (key attr, value string, ok bool) {
	i := keyColon(line)
	if i <= 0 {
		return attrNone, "", false
	}
	written := strings.ToLower(strings.TrimRight(line[:i], " \t"))
	key, ok = attrKeys[written]
	if !ok {
		// A Chinese key with a space inside (知 会：, as an input method
		// may leave it) is the key: glued onto the duty's text, the role
		// would be lost while validate says ok.
		if joined := strings.Join(strings.Fields(written), ""); joined != written && analysis.IsHanWord(joined) {
			key, ok = attrKeys[joined]
		}
	}
	if !ok {
		return attrNone, "", false
	}
	_, size := utf8.DecodeRuneInString(line[i:])
	return key, strings.TrimSpace(line[i+size:]), true
}

// splitNames splits a list of names: by commas (either width), the Chinese
// enumeration comma and semicolons, but not by spaces, which names contain.
// The names are pieces of s, in a slice made to measure (a RACI line may
// name hundreds of units, and an organisation holds millions of names).
func splitNames(s string) []string {
	n := countNames(s)
	if n == 0 {
		return nil
	}
	out := make([]string, 0, n)
	for f := range strings.FieldsFuncSeq(s, isNameSep) {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}

// countNames is len(splitNames(s)), without making the names.
func countNames(s string) int {
	n := 0
	for f := range strings.FieldsFuncSeq(s, isNameSep) {
		if strings.TrimSpace(f) != "" {
			n++
		}
	}
	return n
}

func isNameSep(r rune) bool { return r == ',' || r == '，' || r == '、' || r == ';' || r == '；' }

// unitLists holds the reference lists of one file's RACI and hand-off
// lines by their text: a list written again (the same units named on
// every point of a topic) is the first one's, so that memory grows with
// the different lists a file writes, not with its lines; and the resolver
// resolves a shared list once (see resolver.units). The lists are never
// changed once made.
type unitLists map[string][]string

func (u unitLists) split(value string) []string {
	if refs, ok := u[value]; ok {
		return refs
	}
	refs := splitNames(value)
	if u != nil {
		u[value] = refs
	}
	return refs
}

// hasAttr reports whether n already carries key in lang.
func hasAttr(n *model.Node, key attr, lang model.Lang) bool {
	switch key {
	case attrSources:
		return n.Sources() != nil
	case attrCode:
		return n.Code() != ""
	case attrAliases:
		return n.Aliases()[lang] != nil
	case attrOverlaps:
		return n.Overlap() != nil
	}
	if key.isLink() {
		return n.Links().Has(key.link())
	}
	return n.RACI().Has(key.role())
}

// setAttr applies one attribute line to n, a section or leaf of a document
// of kind doc; what is wrong with it goes to c. It returns the source ids
// the line cites.
func setAttr(c *collector, file string, lang model.Lang, doc model.Kind, n *model.Node, key attr, value string, line int, names unitLists) []sourceRef {
	// The line's key is named as the line writes it, the other keys a
	// fix names in the same language (提供方：, or From: for a Chinese
	// file's English lines).
	keyLang := c.langAt(file, line, lang)
	k := func(a attr) string { return a.label(keyLang) }
	switch {
	case key.isRACI() && doc == model.KindRelation:
		c.add(file, line, fmt.Sprintf("say who hands the item over and who takes it up with %s and %s lines; RACI lines belong to duties and to topics' points", k(attrFrom), k(attrTo)),
			"%s line in a relation: its items are hand-offs, not duties", withArticle(k(key)))
		return nil
	case key.isLink() && doc != model.KindRelation:
		c.add(file, line, fmt.Sprintf("write hand-offs as items of a relation file (kind: relation) and link them with %s, %s and %s there; to keep the words, join them to the line above", k(attrFrom), k(attrTo), k(attrReturns)),
			"%s line outside a relation: only hand-offs have %s lines", withArticle(k(key)), k(key)).as(KindLinkOutsideRelation, "")
		return nil
	case key == attrOverlaps && (doc != model.KindDepartment || n.Kind != model.KindDuty):
		c.add(file, line, fmt.Sprintf("write %s under a duty of a department, naming the duty of another department it overlaps; to keep the words, join them to the line above", k(key)),
			"%s line under a %s: only a department's duty overlaps another", withArticle(k(key)), n.Kind)
		return nil
	}
	if value == "" {
		c.add(file, line, fmt.Sprintf("write the value after %s, or delete the line", k(key)), "%s has no value", k(key))
		return nil
	}
	switch {
	case key == attrSources:
		n.Edit().Sources = splitList(value)
		refs := make([]sourceRef, len(n.Sources()))
		for i, id := range n.Sources() {
			refs[i] = sourceRef{id: id, line: line}
		}
		return refs
	case key == attrCode:
		n.Edit().Code = value
	case key == attrAliases:
		n.Edit().Aliases[lang] = splitNames(value)
	case key == attrOverlaps:
		n.Edit().Overlap = &model.Overlap{Refs: splitNames(value), At: model.Loc{File: file, Line: line}}
	case key.isLink():
		if n.Links() == nil {
			n.Edit().Links = &model.Links{}
		}
		n.Links().Refs[key.link()] = names.split(value)
		n.Links().At[key.link()] = model.Loc{File: file, Line: line}
		if keyLang == model.Zh {
			n.Links().ZhKeys |= 1 << key.link()
		}
	default:
		if n.RACI() == nil {
			n.Edit().RACI = &model.RACI{}
		}
		n.RACI().Refs[key.role()] = names.split(value)
		n.RACI().At[key.role()] = model.Loc{File: file, Line: line}
		if keyLang == model.Zh {
			n.RACI().ZhKeys |= 1 << key.role()
		}
	}
	return nil
}

// mergeAttrs copies src's structural attributes into dst when dst has none,
// and reports those both give differently (a section's or duty's Sources,
// Code and RACI lines may be written in one language's file only; written in
// both they must agree). src is in lang l, dst in the other; srcLine and
// dstLine are where the node is given in each, and named holds the
// Sources: and Code: lines: two values that differ are reported at both
// lines, each naming the other, in its file's words.
func mergeAttrs(c *collector, dst, src *model.Node, l model.Lang, srcFile string, srcLine int, dstFile string, dstLine int, named map[attrPlace]model.Loc) {
	at := func(key attr, n *model.Node, lang model.Lang, file string, line int) model.Loc {
		if loc, ok := named[attrPlace{n.Loc[lang], key}]; ok {
			return loc
		}
		return model.Loc{File: file, Line: line}
	}
	// differ reports key at both sides; ids, when not nil, are the
	// source ids the values cite (see collector.differIDs).
	differ := func(key attr, mine, other string, ids []string) {
		s, d := at(key, src, l, srcFile, srcLine), at(key, dst, 1-l, dstFile, dstLine)
		for _, side := range [...]struct {
			here, there model.Loc
			lang        model.Lang
			mine, other string
		}{{s, d, l, mine, other}, {d, s, 1 - l, other, mine}} {
			label := c.labelAt(side.here.File, side.here.Line, key, side.lang)
			fix := fmt.Sprintf("write %s in one language's file only, or give it the same value as %s", label, side.there)
			if ids != nil {
				c.differIDs(sourceIDs, ids, side.here.File, side.here.Line, fix,
					"%s differs from %s (%s here, %s there)", label, side.there, side.mine, side.other)
			} else {
				c.add(side.here.File, side.here.Line, fix, "%s differs from %s (%s here, %s there)", label, side.there, side.mine, side.other)
			}
		}
	}
	switch {
	case src.Sources() == nil:
	case dst.Sources() == nil:
		dst.Edit().Sources = src.Sources()
	case !slices.Equal(dst.Sources(), src.Sources()):
		differ(attrSources, strings.Join(src.Sources(), ", "), strings.Join(dst.Sources(), ", "), append(slices.Clone(src.Sources()), dst.Sources()...))
	}
	switch {
	case src.Code() == "":
	case dst.Code() == "":
		dst.Edit().Code = src.Code()
	case dst.Code() != src.Code():
		differ(attrCode, src.Code(), dst.Code(), nil)
	}
	mergeRefs(c, dst, src)
}

// mergeRefs copies src's RACI and hand-off lines into dst where dst has
// none. Where both languages give a line with different words (负责：销售部
// beside Responsible: sales) it cannot tell yet whether they name the same
// units: the pair is kept in c and compared once the whole organisation is
// read (see resolveRefs).
func mergeRefs(c *collector, dst, src *model.Node) {
	if src.RACI() != nil {
		if dst.RACI() == nil {
			dst.Edit().RACI = &model.RACI{}
		}
		for _, role := range model.RACIRoles {
			s := src.RACI().Refs[role]
			switch d := &dst.RACI().Refs[role]; {
			case s == nil:
			case *d == nil:
				*d, dst.RACI().At[role] = s, src.RACI().At[role]
				dst.RACI().ZhKeys = dst.RACI().ZhKeys&^(1<<role) | src.RACI().ZhKeys&(1<<role)
			default:
				// Kept even when it says the same: a reference that
				// names nothing is then reported at both lines, each
				// of which needs the fix (tryout12 #8).
				dst.RACI().Twin[role] = src.RACI().At[role]
				if src.RACI().ZhKeys&(1<<role) != 0 {
					dst.RACI().ZhKeys |= 1 << (model.NumRACIRoles + role)
				}
				c.twins = append(c.twins, twinLine{node: dst, key: raciAttr(role), refs: s, at: src.RACI().At[role]})
			}
		}
	}
	switch s, d := src.Overlap(), dst.Overlap(); {
	case s == nil:
	case d == nil:
		dst.Edit().Overlap = s
	default:
		c.twins = append(c.twins, twinLine{node: dst, key: attrOverlaps, refs: s.Refs, at: s.At})
	}
	if src.Links() != nil {
		if dst.Links() == nil {
			dst.Edit().Links = &model.Links{}
		}
		for k := range model.NumLinks {
			s := src.Links().Refs[k]
			switch d := &dst.Links().Refs[k]; {
			case s == nil:
			case *d == nil:
				*d, dst.Links().At[k] = s, src.Links().At[k]
				dst.Links().ZhKeys = dst.Links().ZhKeys&^(1<<k) | src.Links().ZhKeys&(1<<k)
			case slices.Equal(*d, s):
				dst.Links().Twin[k] = src.Links().At[k]
				if src.Links().ZhKeys&(1<<k) != 0 {
					dst.Links().ZhKeys |= 1 << (model.NumLinks + k)
				}
			default:
				c.twins = append(c.twins, twinLine{node: dst, key: linkAttr(k), refs: s, at: src.Links().At[k]})
			}
		}
	}
}

// twinLine is a RACI or Overlaps line that both languages' files give
// (in the same words or in others), or a hand-off line they give in other
// words: compared once references can be resolved.
type twinLine struct {
	node *model.Node
	key  attr
	refs []string
	at   model.Loc
}

// otherRoles are keys that say who does what in other responsibility
// schemes (RASCI, DACI, RAPID) or in everyday words, each with the RACI
// key closest in meaning. A line written with one of them, or with a
// misspelt RACI key, is reported rather than silently read as text.
//
// Made on first use: only a line that is not an attribute line yet has a
// colon looks it up, and every process runs the package's initialisers.
var otherRoles = sync.OnceValue(func() map[string]attr {
	return map[string]attr{
		"responsibility": attrResponsible, "resp": attrResponsible, "doer": attrResponsible, "does": attrResponsible,
		"performer": attrResponsible, "perform": attrResponsible, "executor": attrResponsible, "execute": attrResponsible,
		"driver": attrResponsible, "执行": attrResponsible, "执行人": attrResponsible, "负责人": attrResponsible, "负责方": attrResponsible,
		"accountability": attrAccountable, "approver": attrAccountable, "approve": attrAccountable, "approval": attrAccountable,
		"approved by": attrAccountable, "owner": attrAccountable, "sign-off": attrAccountable, "signoff": attrAccountable,
		"sign off": attrAccountable, "decider": attrAccountable, "decide": attrAccountable, "decision": attrAccountable,
		"审批": attrAccountable, "审批人": attrAccountable, "签批": attrAccountable, "批准人": attrAccountable, "核准": attrAccountable, "问责": attrAccountable, "决策": attrAccountable,
		"consult": attrConsulted, "consultant": attrConsulted, "contributor": attrConsulted, "input": attrConsulted,
		"reviewer": attrConsulted, "advisor": attrConsulted, "adviser": attrConsulted, "support": attrConsulted,
		"supportive": attrConsulted, "审核": attrConsulted, "协商": attrConsulted, "征询": attrConsulted, "参与": attrConsulted, "支持": attrConsulted,
		"inform": attrInformed, "notify": attrInformed, "notified": attrInformed, "cc": attrInformed, "observer": attrInformed,
		"通知": attrInformed, "告知": attrInformed, "知悉": attrInformed, "知情": attrInformed, "知晓": attrInformed, "抄送": attrInformed,
	}
})

// roleMeaning says what each RACI role means, for the fixes of unknown roles.
var roleMeaning = map[attr]string{
	attrResponsible: "who does the work", attrAccountable: "who answers for it and signs it off",
	attrConsulted: "who is asked before it is done", attrInformed: "who is told once it is done",
}

// unknownRole reads a line that is not an attribute line and reports
// whether its key looks like a role ("Approver: finance", "S: sales",
// "Responsable: sales"): the key as written, its value, and the RACI key
// to write instead (attrNone for a letter that stands for no RACI role).
func unknownRole(line string) (key, value string, want attr, ok bool) {
	i := strings.IndexAny(line, ":：")
	if i <= 0 || i > 24 {
		return "", "", attrNone, false
	}
	key = strings.TrimRight(line[:i], " \t")
	_, size := utf8.DecodeRuneInString(line[i:])
	value = strings.TrimSpace(line[i+size:])
	k := strings.ToLower(key)
	for _, form := range []string{k, strings.TrimSuffix(k, "s"), strings.TrimSuffix(k, " by"), strings.TrimSuffix(k, "d")} {
		if a, found := otherRoles()[form]; found {
			return key, value, a, true
		}
	}
	if len(key) == 1 && ((key[0] >= 'A' && key[0] <= 'Z') || (key[0] >= 'a' && key[0] <= 'z')) {
		return key, value, attrNone, true
	}
	// A misspelt key: one letter off, or two in a long word.
	if len(k) >= 6 && len(k) <= 14 && isASCIIWord(k) {
		for _, a := range []attr{attrResponsible, attrAccountable, attrConsulted, attrInformed} {
			limit := 1
			if len(k) >= 9 {
				limit = 2
			}
			if d := model.EditDistance(k, strings.ToLower(a.String())); d > 0 && d <= limit {
				return key, value, a, true
			}
		}
	}
	// A misspelt Chinese key, with names after the colon: see zhRole.
	if value != "" && analysis.IsHanWord(key) {
		if a, ok := zhRole(key); ok {
			return key, value, a, true
		}
	}
	return "", "", attrNone, false
}

// zhPersonSuffixes end a Chinese key that names who holds a role: 通知人,
// 负责部门, 咨询方 (longest first).
var zhPersonSuffixes = []string{"人员", "部门", "单位", "岗位", "对象", "人", "方", "者"}

// zhStem is a Chinese role word that zhRole measures keys against.
type zhStem struct {
	word string
	role attr
	// person: the word counts only before a suffix naming who holds
	// the role (执行人, not 执行 alone, which otherRoles reads itself).
	person bool
}

// zhStems are the words zhRole measures a key against, in the order it
// tries them: the RACI keys, then the keys of otherRoles that end in a
// person suffix, without it (审批人: 审批); a key one character off one
// of them (负贵 for 负责, 审核人 for 审批人) stands for its role. The
// words near them (zhWordsNear, and the list zh_near.txt is generated
// from: the go:generate line below names them in this order, which a
// test checks) are the dictionary's words one character off them.
//
//go:generate go run ./internal/gennear -o zh_near.txt 负责 批准 咨询 知会 执行 审批
var zhStems = []zhStem{
	{attrNamesZh[attrResponsible], attrResponsible, false},
	{attrNamesZh[attrAccountable], attrAccountable, false},
	{attrNamesZh[attrConsulted], attrConsulted, false},
	{attrNamesZh[attrInformed], attrInformed, false},
	{"执行", attrResponsible, true},
	{"审批", attrAccountable, true},
}

// zhNearText is the words of gse's full dictionary one character off a
// stem of zhStems, one a line after a header naming the stems
// (internal/gennear). The compact dictionary the segmenter loads keeps
// the 20,000 most frequent words only and lacks many of them (批注, to
// annotate, beside 批准; 执笔, to draft, beside 执行), which were then taken
// for slips.
//
//go:embed zh_near.txt
var zhNearText string

// zhWordsNear are the dictionary's words one character off a stem
// zhRole measures keys against (知识 and 知会, 负担 and 负责, 执法 and 执行,
// 批注 and 批准): such a key is the word written, not a slip, unless
// otherRoles has it (知情, 知晓). Made on first use, which only a key one
// character off a role's word needs.
var zhWordsNear = sync.OnceValue(zhWordsNearFresh)

func zhWordsNearFresh() map[string]bool {
	near := map[string]bool{}
	for line := range strings.Lines(zhNearText) {
		w := strings.TrimSuffix(line, "\n")
		if w == "" || w[0] == '#' || otherRoles()[w] != attrNone || attrKeys[w] != attrNone {
			continue // the header, or a role's word
		}
		near[w] = true
	}
	return near
}

// zhRole reads a Chinese key (every rune a Chinese character) as the
// RACI role it stands for, measuring by characters: one of two changed
// (负贵 for 负责, 知汇 for 知会); or, before a suffix naming who holds the
// role (人, 方, 部门, …), a key's stem that is a role's word (通知人,
// 负责部门) or one character off a RACI key or a role's stem (负则人 for
// 负责人, 知情人, 审核人 for 审批人). A text line under a duty seldom begins
// with such a key and a colon; without the check the role meant is lost
// and the line is glued onto the duty. Keys one character off a longer
// word are not taken without the suffix (执行力 is not 执行人; 支付 is one
// character off 支持 and means paying), nor a two-character key one off
// another scheme's word (参考, a reference, is one off 参与).
func zhRole(key string) (attr, bool) {
	n := utf8.RuneCountInString(key)
	if n < 2 || n > 6 {
		return attrNone, false
	}
	oneOff := func(stem string, person bool) (attr, bool) {
		if utf8.RuneCountInString(stem) != 2 {
			return attrNone, false
		}
		for _, st := range zhStems {
			if (person || !st.person) && model.EditDistance(stem, st.word) == 1 {
				return st.role, !zhWordsNear()[stem]
			}
		}
		return attrNone, false
	}
	if a, ok := oneOff(key, false); ok {
		return a, true
	}
	for _, suffix := range zhPersonSuffixes {
		stem, cut := strings.CutSuffix(key, suffix)
		if !cut || utf8.RuneCountInString(stem) < 2 {
			continue
		}
		if a, ok := attrKeys[stem]; ok && a.isRACI() {
			return a, true
		}
		if a, ok := otherRoles()[stem]; ok {
			return a, true
		}
		return oneOff(stem, true)
	}
	return attrNone, false
}

// unknownRoleFix is the fix for a line unknownRole recognised, when the
// node has no line of the role it stands for (see bodyParser.roleFixes).
func unknownRoleFix(lang model.Lang, value string, want attr) string {
	if want == attrNone {
		return "write the role out: Responsible: (who does the work), Accountable: (who answers for it), Consulted: or Informed:; R:, A:, C: and I: are short for them"
	}
	return fmt.Sprintf("for %s, write  %s%s", roleMeaning[want], attrKey(want, lang), value)
}

// attrKey is key as a file of lang writes it, with its colon: "Responsible: ",
// "负责：".
func attrKey(key attr, lang model.Lang) string {
	if lang == model.Zh {
		return attrNamesZh[key] + "："
	}
	return key.String() + ": "
}

// label is key as a message about a line of a file in lang names it, in
// the file's own words, with its colon: "Responsible:", "负责：".
func (a attr) label(lang model.Lang) string { return strings.TrimRight(attrKey(a, lang), " ") }

// spell notes the language the attribute line at file:line (text, of a
// file in lang) writes its key in, when it is not the file's: an English
// key in a Chinese file, or a Chinese one in an English file.
func (c *collector) spell(file string, line int, text string, lang model.Lang) {
	i := strings.IndexAny(text, ":：")
	if i <= 0 {
		return
	}
	written := model.Zh
	if isASCII(text[:i]) {
		written = model.En
	}
	if written == lang {
		return
	}
	if c.spelt == nil {
		c.spelt = map[model.Loc]model.Lang{}
	}
	c.spelt[model.Loc{File: file, Line: line}] = written
}

// langAt is the language the key of the attribute line at file:line is
// written in, whatever the file's (lang): a message names the line's key,
// and the other keys its fix names, in it. A Chinese file's "Overlaps:"
// line was told about "重叠：" (tryout20).
func (c *collector) langAt(file string, line int, lang model.Lang) model.Lang {
	if l, ok := c.spelt[model.Loc{File: file, Line: line}]; ok {
		return l
	}
	return lang
}

// labelAt is key as the line at file:line writes it, with its colon:
// "Overlaps:" or "重叠：" (see langAt).
func (c *collector) labelAt(file string, line int, key attr, lang model.Lang) string {
	return key.label(c.langAt(file, line, lang))
}

// keyAt is labelAt as a fix writes the line out: "Overlaps: ", "重叠：".
func (c *collector) keyAt(file string, line int, key attr, lang model.Lang) string {
	return attrKey(key, c.langAt(file, line, lang))
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// withArticle puts "a" or "an" before a key, as its first letter is
// sounded ("an Overlaps:", "a To:", "a 重叠：").
func withArticle(key string) string {
	if strings.ContainsRune("AEIOUaeiou", rune(key[0])) {
		return "an " + key
	}
	return "a " + key
}

// attrValues splits an attribute's value into its items: source ids, or
// names.
func attrValues(key attr, value string) []string {
	if key == attrSources {
		return splitList(value)
	}
	return splitNames(value)
}

// joinValues writes items as one value, in the list style of lang.
func joinValues(lang model.Lang, items []string) string {
	return strings.Join(items, lang.ListSep())
}

func isASCIIWord(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return true
}
