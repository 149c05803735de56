package search

import (
	"strings"
	"unicode"

	"github.com/dutymap/dutymap/model"
)

// How an owner not counted by duties of its own is proved, in one wording
// for the command line and the explorer's "Who does it".

// ResponsibleNote labels an owner proved by a duty of unit whose
// Responsible line names it (Owner.Responsible): "Responsible for a duty
// of Engineering", "负责工程部的职责".
func ResponsibleNote(unit string, l model.Lang) string {
	if l == model.Zh {
		return "负责" + unit + "的职责"
	}
	return "Responsible for a duty of " + unit
}

// SharedWorkNote labels an owner proved by a point of a topic's shared
// work whose Responsible line names it (Owner.Responsible, its proof a
// point): "Responsible for shared work in Year-end close", "负责年终结算中的
// 共同工作". The point is no duty of another unit.
func SharedWorkNote(topic string, l model.Lang) string {
	if l == model.Zh {
		return "负责" + topic + "中的共同工作"
	}
	return "Responsible for shared work in " + topic
}

// NamedInNote labels an owner answered only by a duty of unit that names
// it as the doer: "named in a Sales department duty", "named in an
// Administration department duty", "销售部的职责点名由它做".
func NamedInNote(unit string, l model.Lang) string {
	if l == model.Zh {
		return unit + "的职责点名由它做"
	}
	return "named in " + indefinite(unit) + " " + unit + " duty"
}

// indefinite is the English article before a name, by how its first word
// is said: "an" before a vowel sound (Administration, HR as aitch-ar, an
// hour), "a" otherwise (Sales, a union, a one-stop desk, a name not in
// Latin letters).
func indefinite(name string) string {
	word, _, _ := strings.Cut(strings.TrimSpace(name), " ")
	r := []rune(word)
	if len(r) == 0 || r[0] > unicode.MaxASCII || !unicode.IsLetter(r[0]) {
		return "a"
	}
	lower := strings.ToLower(word)
	if len(r) >= 2 && strings.ToUpper(word) == word {
		// An abbreviation is said letter by letter: an HR, an SEO, a KPI.
		if strings.ContainsRune("aefhilmnorsx", rune(lower[0])) {
			return "an"
		}
		return "a"
	}
	for _, p := range []string{"uni", "use", "usu", "uti", "eu", "one", "once"} {
		if strings.HasPrefix(lower, p) {
			return "a"
		}
	}
	for _, p := range []string{"hour", "honest", "honou", "heir"} {
		if strings.HasPrefix(lower, p) {
			return "an"
		}
	}
	if strings.ContainsRune("aeiou", rune(lower[0])) {
		return "an"
	}
	return "a"
}
