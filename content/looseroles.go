package content

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dutymap/dutymap/model"
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
	want  attr // the RACI key to write
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

// reportLooseRoles reports the loose role lines whose every name is a
// unit: those are RACI lines the missing colon turned into text.
func (r *resolver) reportLooseRoles(lines []looseRole) {
	for _, l := range lines {
		names := splitNames(l.value)
		if len(names) == 0 {
			continue
		}
		all := true
		for _, ref := range names {
			if units := r.named(ref); len(units) == 0 || !allUnits(units) {
				all = false
				break
			}
		}
		if !all {
			continue
		}
		written := "a space"
		if l.sep != "" {
			written = fmt.Sprintf("%q", l.sep)
		}
		fix := "write  " + attrKey(l.want, l.lang) + l.value
		if !strings.EqualFold(l.key, l.want.String()) && l.key != attrNamesZh[l.want] {
			fix = fmt.Sprintf("for %s, %s", roleMeaning[l.want], fix)
		}
		r.c.add(l.at.File, l.at.Line, fix,
			"this line looks like a RACI line, but %s stands where the colon belongs, so it is read as part of the duty's text", written)
	}
}
