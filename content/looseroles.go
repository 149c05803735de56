package content

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dutymap/dutymap/model"
	"github.com/dutymap/dutymap/model/analysis"
)

// looseRole is a line under a duty that reads like a RACI line with a
// wrong separator or none ("Accountable - marketing", "Responsible;
// sales", "负责 市场部"): it is glued onto the duty's text, so that the
// role would be lost while validate says ok (tryout17 #5). Whether its
// value names units is known only once the organisation is whole (see
// resolveRefs): real wrapped text ("responsible for the budget") names
// none and is left alone.
type looseRole struct {
	at    model.Loc
	lang  model.Lang
	key   string // the role word as written
	sep   string // the separator as written, "" for spaces
	value string
	want  attr        // the RACI key to write
	n     *model.Node // the duty it is under
}

// looseSeps are the characters taken for a separator written in place of
// the colon: dashes, equals signs, semicolons, arrows, bars and full stops
// of either width.
const looseSeps = "-–—=;；.。,，>→|－＝~"

// maxLooseKey bounds the role word, in bytes: "approved by" and "负责人"
// fit, a sentence does not.
const maxLooseKey = 24

// parseLooseRole reads line (an indented line under a duty, trimmed, that
// is no attribute line and no unknown role with a colon) as a role word,
// a separator other than the colon and a value. ok is false for a line
// whose first words are no role word.
func parseLooseRole(line string) (key, sep, value string, want attr, ok bool) {
	for i, r := range line {
		if i > maxLooseKey {
			break
		}
		if i == 0 || !(unicode.IsSpace(r) || strings.ContainsRune(looseSeps, r)) {
			continue
		}
		key = strings.TrimRightFunc(line[:i], unicode.IsSpace)
		rest := line[i:]
		cut := strings.TrimLeftFunc(rest, func(r rune) bool { return unicode.IsSpace(r) || strings.ContainsRune(looseSeps, r) })
		sep = strings.TrimSpace(rest[:len(rest)-len(cut)])
		value = strings.TrimSpace(cut)
		if value == "" || key == "" {
			return "", "", "", attrNone, false
		}
		if want, ok = looseRoleWord(key, sep); ok {
			return key, sep, value, want, true
		}
		// "approved by - finance": the key may hold a space; try on.
	}
	return "", "", "", attrNone, false
}

// looseRoleWord reports the RACI key a role word before sep stands for:
// a RACI key of either language, in any case, or a word unknownRole
// takes for one (an other scheme's role, a slip). A single letter stands
// for a role only before a written separator ("A - sales"): "a" and "I"
// before a space begin sentences.
func looseRoleWord(key, sep string) (attr, bool) {
	if utf8.RuneCountInString(key) == 1 && sep == "" {
		return attrNone, false
	}
	if k, _, ok := parseAttr(key + ":"); ok {
		return k, k.isRACI()
	}
	if _, _, want, ok := unknownRole(key + ": x"); ok && want != attrNone {
		return want, true
	}
	return attrNone, false
}

// reportLooseRoles reports the loose role lines that name units: those
// are RACI lines the missing colon turned into text. A line whose every
// name is a unit is one; so is a line with a written separator (not a
// bare space) whose value is a few short names, each a unit or a typo of
// one ("Accountable - stor" for store: the fix names the unit), or, after
// a RACI key as such, one short name of no unit yet ("负责 - 仓库"): prose
// wraps after a role word with a space, hardly with a dash (tryout18 C).
func (r *resolver) reportLooseRoles(lines []looseRole) {
	for _, l := range lines {
		names := splitNames(l.value)
		if len(names) == 0 {
			continue
		}
		written := "a space"
		if l.sep != "" {
			written = fmt.Sprintf("%q", l.sep)
		}
		keys := model.Zh // the key in the language the line writes it in
		if isASCII(l.key) {
			keys = model.En
		}
		if r.namesPeople(l, names) {
			// 负责人 张三: the line is a RACI line, and the person's unit is
			// the one to write (tryout26 U8).
			fix, _ := r.personFix(names, true, l.want, attrKey(l.want, keys), "", l.at, l.n)
			r.c.add(l.at.File, l.at.Line, fix,
				"this line looks like a RACI line, but %s stands where the colon belongs, so it is read as part of the duty's text", written)
			continue
		}
		fixed, hint, ok := r.looseNames(l, names)
		if !ok {
			continue
		}
		fix := "write  " + attrKey(l.want, keys) + fixed
		if !strings.EqualFold(l.key, l.want.String()) && l.key != attrNamesZh[l.want] {
			fix = fmt.Sprintf("for %s, %s", roleMeaning[l.want], fix)
		}
		if hint != "" {
			fix += ", and " + hint
		}
		r.c.add(l.at.File, l.at.Line, fix,
			"this line looks like a RACI line, but %s stands where the colon belongs, so it is read as part of the duty's text", written)
	}
}

// namesPeople reports whether loose role line l names people only, by a
// key that names a role's holder or a RACI key (负责人 张三, 负责 - 王总),
// or with a written separator: no unit, a few names each reading as a
// person's.
func (r *resolver) namesPeople(l looseRole, names []string) bool {
	byPerson := personKey(l.key)
	if len(names) > maxLooseNames || !(byPerson || isRACIKey(l.key, l.want) || l.sep != "") || (!analysis.IsHanWord(l.key) && l.sep == "") {
		return false
	}
	for _, ref := range names {
		if len(r.named(ref)) > 0 || !looksLikePerson(ref, byPerson) {
			return false
		}
	}
	return true
}

// maxLooseNames and maxLooseName bound the value of a loose role line
// with a written separator that is read for names not all exact: a few
// names of a few words, not a sentence.
const (
	maxLooseNames = 3
	maxLooseName  = 32 // bytes
)

// looseNames reads the names of loose role line l: ok when the line is
// a RACI line (see reportLooseRoles), with the value to write after the
// key (typos replaced by the unit's path) and, for a name of no unit,
// the colon form's fix for it.
func (r *resolver) looseNames(l looseRole, names []string) (fixed, hint string, ok bool) {
	exact := true
	for _, ref := range names {
		if units := r.named(ref); len(units) == 0 || !allUnits(units) {
			exact = false
			break
		}
	}
	sep := ", "
	if l.lang == model.Zh {
		sep = "、"
	}
	if exact {
		return r.aloneNames(l.value, names, sep), "", true
	}
	if l.sep == "" || len(names) > maxLooseNames {
		return "", "", false
	}
	out := make([]string, len(names))
	for i, ref := range names {
		if len(ref) > maxLooseName || strings.Count(ref, " ") > 2 || strings.ContainsAny(ref, ".。!?！？") {
			return "", "", false
		}
		if units := r.named(ref); len(units) > 0 && allUnits(units) {
			out[i] = r.aloneNames(ref, []string{ref}, sep)
		} else {
			out[i] = r.nearUnit(ref)
		}
	}
	if !slices.Contains(out, "") {
		return strings.Join(out, sep), "", true
	}
	// A name of no unit: only one, alone after a RACI key as such.
	if len(names) > 1 || strings.Contains(names[0], " ") || !isRACIKey(l.key, l.want) {
		return "", "", false
	}
	return names[0], r.newUnitHint(names[0], l.lang, r.langDirs[l.at.File]), true
}

// aloneNames is value, the names of units, as a fix writes it: a name
// that would name another unit too where the fix is read (namesAlone) is
// written as its unit's path, the names joined by sep; else value as it is.
func (r *resolver) aloneNames(value string, names []string, sep string) string {
	out, changed := slices.Clone(names), false
	for i, ref := range names {
		if units := r.named(ref); len(units) == 1 && !r.namesAlone(ref, units[0]) {
			out[i], changed = units[0].Path, true
		}
	}
	if !changed {
		return value
	}
	return strings.Join(out, sep)
}

// nearUnit is the path of the one unit ref is close to, by the colon
// form's "did you mean" (unitHint), or "".
func (r *resolver) nearUnit(ref string) string {
	var near []string
	for _, n := range r.org.Suggest(ref, 20) {
		if model.IsUnit(n) && !slices.Contains(near, n.Path) {
			near = append(near, n.Path)
		}
	}
	if len(near) == 0 {
		near = r.misspelt(ref)
	}
	if len(near) != 1 {
		return ""
	}
	return near[0]
}

// newUnitHint is the fix for ref, written after a role word in a file of
// lang in the language folder dir as the one name of no unit yet: a unit
// given that id or name, or one that exists.
func (r *resolver) newUnitHint(ref string, lang model.Lang, dir string) string {
	in := "its file"
	if dir != "" {
		in += " in " + dir
	}
	hint := fmt.Sprintf("give a unit that name (name: %s in %s)", ref, in)
	if validID(ref) && isASCIIID(ref) {
		hint = fmt.Sprintf("give a unit that id or name (id: %s or name: %s in %s)", ref, ref, in)
	}
	units := r.nearestUnits(ref, 3)
	if len(units) == 0 {
		return hint
	}
	shown := make([]string, len(units))
	for i, u := range units {
		shown[i] = r.shownUnit(u, lang)
	}
	return hint + ", or name a unit that exists in its place, such as " + strings.Join(shown, ", ")
}

// isRACIKey reports whether key is written as the RACI key want of either
// language ("Accountable", "负责"), not a word taken for one nor a letter
// ("a - b" is more likely text).
func isRACIKey(key string, want attr) bool {
	return strings.EqualFold(key, want.String()) || key == attrNamesZh[want]
}
