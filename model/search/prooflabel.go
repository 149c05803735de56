package search

import (
	"fmt"
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

// AccountableNote labels an owner proved by n matching duties written in
// it that another unit's Responsible line takes (Owner.Accountable): it
// answers for them, its role A, named as the page names it: "Accountable
// (A) for 1 duty", "批准（A）1 项职责".
func AccountableNote(n int, l model.Lang) string {
	if l == model.Zh {
		return fmt.Sprintf("%s（%s）%d 项职责", model.Accountable.Name(l), model.Accountable.Letter(), n)
	}
	duties := "duties"
	if n == 1 {
		duties = "duty"
	}
	return fmt.Sprintf("%s (%s) for %d %s", model.Accountable.Name(l), model.Accountable.Letter(), n, duties)
}

// ShareNote counts a department's matching duties when a question asks
// for a department (Owner.Parts), with the position holding the most of
// them (Owner.Share): "15 duties, 10 of them the market research
// supervisor's", "10 duties, all the market research supervisor's", "15
// 项职责，其中 10 项属市场调研主管". duties is the department's count; it
// says the count alone ("3 duties") when no position holds any.
func ShareNote(duties int, position string, share int, l model.Lang) string {
	if l == model.Zh {
		switch {
		case share == 0 || position == "":
			return fmt.Sprintf("%d 项职责", duties)
		case share == duties:
			return fmt.Sprintf("%d 项职责，都属%s", duties, position)
		}
		return fmt.Sprintf("%d 项职责，其中 %d 项属%s", duties, share, position)
	}
	count := fmt.Sprintf("%d duties", duties)
	if duties == 1 {
		count = "1 duty"
	}
	switch {
	case share == 0 || position == "":
		return count
	case share == duties:
		if duties == 1 {
			return count + ", the " + lowerTitle(position) + "'s"
		}
		return count + ", all the " + lowerTitle(position) + "'s"
	}
	return fmt.Sprintf("%s, %d of them the %s's", count, share, lowerTitle(position))
}

// lowerTitle is a position's title as it reads inside a sentence: its
// first letter small ("market research supervisor"), unless its first word
// is written in capitals (an abbreviation: "HR manager", "CEO").
func lowerTitle(title string) string {
	r := []rune(title)
	if len(r) == 0 || len(r) > 1 && unicode.IsUpper(r[1]) {
		return title
	}
	r[0] = unicode.ToLower(r[0])
	return string(r)
}

// SharedWorkNote labels an owner proved by a point of a topic's shared
// work whose Responsible line names it (Owner.Responsible, its proof a
// point), whose Accountable line does (Owner.Accountable), or both:
// "Responsible for shared work in Year-end close", "Accountable (A) for
// shared work in …", "R and A for shared work in …"; "负责年终结算中的共同
// 工作", "批准（A）…", "负责并批准（A）…". The
// point is no duty of another unit.
func SharedWorkNote(topic string, responsible, accountable bool, l model.Lang) string {
	a := model.Accountable
	if l == model.Zh {
		role := model.Responsible.Name(l)
		switch {
		case responsible && accountable:
			role += "并" + a.Name(l) + "（" + a.Letter() + "）"
		case accountable:
			role = a.Name(l) + "（" + a.Letter() + "）"
		}
		return role + topic + "中的共同工作"
	}
	role := "Responsible"
	switch {
	case responsible && accountable:
		// The letters, as the matrix writes them: "Responsible and
		// accountable (A)" pushed the proof out of the explorer's owners
		// block, and the next owner's with it (the labels share a column).
		role = model.Responsible.Letter() + " and " + a.Letter()
	case accountable:
		role = a.Name(l) + " (" + a.Letter() + ")"
	}
	return role + " for shared work in " + topic
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
